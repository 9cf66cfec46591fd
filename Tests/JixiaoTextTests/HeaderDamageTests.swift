import JixiaoModel
import Testing
@testable import JixiaoText

@Suite struct HeaderDamageTests {
    /// A scan's `*` inside a header word: the header it is. Before: `二*级指标` was a column
    /// of no kind (the 二级 texts went into extras), `一*级指标` no header at all.
    @Test(arguments: ["一级指标\t二*级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t",
                      "一*级指标\t二级指标\t三级指标\t绩效指标描述\t指*标值\t指标值确定依据\t"])
    func strayStarInAHeaderWord(_ header: String) throws {
        var rows = tableRows(name: "机关监控设备维护费")
        rows[rows.firstIndex { $0.hasPrefix("一级指标") }!] = header
        let p = try DocumentReader.read(text: smallDocument(tables: [("机关监控设备维护费绩效目标表", rows)])).projects[0]
        #expect(p.indicators.map(\.level2) == ["数量指标", "服务对象满意度指标"])
        #expect(p.indicators.map(\.value.raw) == ["≥4次", "≥90%"])
        #expect(p.indicators.allSatisfy { $0.extras.isEmpty })
        #expect(p.layout.indicatorColumns.map(\.kind) == IndicatorColumn.standardSix.map(\.kind))
        #expect(p.layout.indicatorColumns.map(\.header) == header.split(separator: "\t").map(String.init))
    }
}
