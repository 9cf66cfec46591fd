import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// A two-level template (鄂州 2022: `一级指标 | 二级指标 | 绩效标准 | 当年预期实现值`, its 一级 column
/// holding 数量指标/质量指标): read as 二级 and 三级 (judge's session 23), the table is said once to
/// have no 一级 — not that a 一级 column it has was left empty, nor that each row lacks its 三级.
@Suite struct TwoLevelTemplateTests {
    static func findings(header: String, rows: [String]) throws -> [Finding] {
        let lines = ["1.办公大楼运行保障绩效目标表", "", "某中心\t\t单位：万元", "项目名称\t办公大楼运行保障",
                     "预算规模及资金用途\t预算数\t814\t其中：财政资金\t814\t其他资金\t0", "绩效目标\t保障办公大楼正常运行。", header] + rows
        let d = try DocumentReader.read(text: "**某中心\n2022 年项目支出绩效目标**\n\n" + lines.joined(separator: "\n") + "\n")
        return RuleEngine().check(d).all
    }

    @Test func aTwoLevelTableIsSaidOnceToHaveNoFirstLevel() throws {
        let all = try Self.findings(header: "一级指标\t二级指标\t绩效标准\t当年预期实现值", rows: [
            "数量指标\t办公大楼日常维修维护次数\t反映办公大楼全年维修维护情况\t2280次",
            "\t大楼安检巡察次数\t反映大楼保卫巡检情况\t200次",
            "质量指标\t日常维修维护验收合格率\t反映办公大楼全年维修维护质量情况\t≥92%",
        ])
        let frame = all.filter { $0.rule == "indicator.level2-frame" }
        #expect(frame.map(\.message) == ["表中“一级指标”一栏写的是二级指标（如“数量指标”），没有一级指标；按二级指标读作产出指标"])
        #expect(frame.first?.suggestion == "按一级、二级、三级指标填写，“数量指标”写在一级指标“产出指标”下")
        #expect(all.filter { $0.rule == "indicator.row-incomplete" }.isEmpty)
        #expect(all.filter { $0.rule == "indicator.basis-category" }.isEmpty)
        // A table with a 一级 column left blank is still told to fill it.
        let blank = try Self.findings(header: "一级指标\t二级指标\t三级指标\t指标值", rows: ["\t数量指标\t维修次数\t2280次"])
        #expect(blank.filter { $0.rule == "indicator.level2-frame" }.map(\.message) == ["一级指标一栏空着，按二级指标“数量指标”读作产出指标"])
    }
}
