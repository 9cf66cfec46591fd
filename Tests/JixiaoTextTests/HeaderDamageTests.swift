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

/// A scan's `*` inside one of the table's own row labels (`项*目名称`, `其中：财*政资金`,
/// `年度*目标`): read as the label, the printed cell kept for the rule. Before: the project
/// had no name, the money no fiscal part, the goal row no label.
@Suite struct RowLabelDamageTests {
    static func project(_ rows: [String]) throws -> Project {
        try DocumentReader.read(text: smallDocument(tables: [("机关监控设备维护费绩效目标表", rows)])).projects[0]
    }

    @Test func strayStarsInTheNameMoneyAndGoalLabels() throws {
        var rows = tableRows(name: "机关监控设备维护费", total: "20000.00", fiscal: "15000.00", other: "5000.00")
        rows[0] = "项目编码\t13030622ABCDEFGHIJKLM\t\t项*目名称\t机关监控设备维护费\t\t"
        rows[1] = "预算规模及资金用途\t预*算数\t20000.00\t其中：财*政资金\t15000.00\t其他*资金\t5000.00"
        rows[rows.firstIndex { $0.hasPrefix("绩效目标") }!] = "年度*目标\t1. 完成测试。\t\t\t\t\t"
        let p = try Self.project(rows)
        #expect(p.name == "机关监控设备维护费")
        #expect(p.budget.total == Money(yuan: 20000))
        #expect(p.budget.fiscal == Money(yuan: 15000))
        #expect(p.budget.other == Money(yuan: 5000))
        #expect(p.goals.map(\.text) == ["完成测试。"])
        #expect(p.usage == "用于测试的资金。")
        #expect(p.printedLabels.map(\.text) == ["项*目名称", "预*算数", "其中：财*政资金", "其他*资金", "年度*目标"])
    }

    /// A `*` in a name or a usage text is the document's text, not a label's damage.
    @Test func aStarInANameIsKept() throws {
        var rows = tableRows(name: "机关*监控设备维护费")
        rows[2] = "\t用于*测试的资金。\t\t\t\t\t"
        let p = try Self.project(rows)
        #expect(p.name == "机关*监控设备维护费")
        #expect(p.usage == "用于*测试的资金。")
        #expect(p.printedLabels.isEmpty)
    }

    /// A scan's speck read as a full stop (`项.目名称`, `预．算数`) is read past as a `*` is.
    /// Before: the project had no name, and the money no total or fiscal part.
    @Test func strayDotsInTheNameAndMoneyLabels() throws {
        var rows = tableRows(name: "机关监控设备维护费", total: "20000.00", fiscal: "15000.00", other: "5000.00")
        rows[0] = "项目编码\t13030622ABCDEFGHIJKLM\t\t项.目名称\t机关监控设备维护费\t\t"
        rows[1] = "预算规模及资金用途\t预．算数\t20000.00\t其中：财.政资金\t15000.00\t其他资金\t5000.00"
        let p = try Self.project(rows)
        #expect(p.name == "机关监控设备维护费")
        #expect(p.budget.total == Money(yuan: 20000))
        #expect(p.budget.fiscal == Money(yuan: 15000))
        #expect(p.printedLabels.map(\.text) == ["项.目名称", "预．算数", "其中：财.政资金"])
    }

    /// A dot that is something else stays: after a number (`1.项目名称`, a list's number), in a
    /// name or a usage text, or where the cell is a label as printed (`一.年度目标`).
    @Test func aDotThatIsTheDocumentsOwnIsKept() throws {
        var rows = tableRows(name: "机关.监控设备维护费")
        rows[2] = "\t用于.测试的资金。\t\t\t\t\t"
        let p = try Self.project(rows)
        #expect(p.name == "机关.监控设备维护费")
        #expect(p.usage == "用于.测试的资金。")
        #expect(p.printedLabels.isEmpty)
    }
}
