import JixiaoModel
import Testing
@testable import JixiaoRules

/// Rows of a real 山东 table (session 27), read through the reader and the engine:
/// 临邑县师范附属小学 项目支出目标申报表 (2025年度), 小学教育公用经费 (judge-docs j7), whose levels are
/// named with 值 (产出值 › 时效值) and whose value column is `年度数值`.
@Suite struct ShandongTablesTests {
    static func linyi() throws -> Document {
        try NewRealTablesTests.document(unit: "临邑县师范附属小学", name: "小学教育公用经费", money: ("438.768", "438.768", ""),
                                        goal: "小学教育公用经费每生每年780元。", rows: [
                                            "产出值\t数量值\t小学就读人数\t<=6962人\t",
                                            "\t时效值\t教育均衡化发展\t有效\t",
                                            "效益值\t社会效益值\t教学质量提高、办学条件改善\t=100%\t",
                                        ], header: "一级\t二级\t三级\t年度数值\t备注")
    }

    /// A 时效 row that names no time is advised a deadline in the document's own year, as
    /// indicator.not-quantified advises it (the rule said 2021 whatever the year).
    @Test func aTimeRowIsAdvisedADeadlineInTheDocumentsYear() throws {
        let d = try Self.linyi()
        #expect(d.department.year == 2023)
        let f = NewRealTablesTests.findings(d, "indicator.level2-meaning")
        #expect(f.count == 1)
        #expect(f.first?.suggestion == "时效指标写完成时限或及时率，如“2023年12月底前”")
        #expect(NewRealTablesTests.findings(d, "indicator.not-quantified").first?.suggestion?.contains("2023年12月底前") == true)
    }

    /// The levels named with 值 are the frame's: a quantity's ceiling is a quantity's, and the
    /// missing 满意度 block is missed.
    @Test func levelsNamedWithValueAreJudgedAsTheFramesLevels() throws {
        let d = try Self.linyi()
        #expect(NewRealTablesTests.findings(d, "indicator.comparator-direction").map(\.message).first?.contains("数量指标“小学就读人数”") == true)
        #expect(NewRealTablesTests.findings(d, "indicator.level1-missing").contains { $0.message.contains("没有满意度指标") })
    }
}
