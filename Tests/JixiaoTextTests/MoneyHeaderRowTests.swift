import JixiaoModel
import Testing
@testable import JixiaoText

/// A money block printed as a header of labels with the figures in the row below
/// (`预算规模（元） | 预算数 | 财政资金 | 其他资金` over `| 20,000.00 | 20,000.00 | 0.00`), as
/// workbooks lay it out — Jixiao's own export among them. Before, the labels were read
/// without figures (预算数 表中未填) and the figures were glued into the 资金用途 text.
@Suite struct MoneyHeaderRowTests {
    static func table(money: [String], plan: [String] = ["资金支出计划（%）\t\t3月底\t6月底\t10月底", "\t\t25.00%\t50.00%\t75.00%"]) -> String {
        (["2021年机关监控设备维护费绩效目标表",
          "430001 某单位\t\t\t\t单位：元",
          "项目编码\t\t1303062138UGYGE79H5MN",
          "项目名称\t\t机关监控设备维护费"]
         + money
         + ["资金用途\t\t机关大院监控设备需不定期维护，每年需要经费2万元。"]
         + plan
         + ["绩效目标\t\t1. 保障监控设备正常运行。",
            "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据",
            "产出指标\t数量指标\t维护设备数量\t维护监控设备\t≥40台\t工作计划",
            "满意度指标\t服务对象满意度指标\t工作人员满意度\t工作人员满意度\t≥95%\t历史经验"]).joined(separator: "\n")
    }

    @Test func figuresUnderAHeaderOfMoneyLabelsAreTheirs() throws {
        let text = Self.table(money: ["预算规模（元）\t\t预算数\t财政资金\t其他资金", "\t\t20,000.00\t18,000.00\t2,000.00"])
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.budget.total == Money(yuan: 20_000))
        #expect(p.budget.fiscal == Money(yuan: 18_000))
        #expect(p.budget.other == Money(yuan: 2_000))
        #expect(p.usage == "机关大院监控设备需不定期维护，每年需要经费2万元。")
    }

    @Test func aDashUnderALabelIsNone() throws {
        let text = Self.table(money: ["预算规模（元）\t\t预算数\t财政资金\t其他资金", "\t\t20,000.00\t20,000.00\t—"])
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.budget.total == Money(yuan: 20_000))
        #expect(p.budget.otherSource != .stated)
        #expect(p.budget.other == .zero)
        #expect(!p.usage.contains("20,000"))
    }

    /// A row under the labels that is text, or figures out of the labels' columns, is not
    /// taken as their figures: it stays the 资金用途 it was.
    @Test(arguments: ["\t\t每年需要经费2万元", "\t20,000.00\t\t20,000.00"])
    func aRowThatIsNotTheirFiguresIsLeftAsItWas(below: String) throws {
        let text = Self.table(money: ["预算规模（元）\t\t预算数\t财政资金\t其他资金", below])
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.budget.totalSource == .missing)
        #expect(p.usage.contains(below.split(separator: "\t").first.map(String.init) ?? ""))
    }

    /// A dash printed in a 资金支出计划 cell is “none”, as in a money cell: the checkpoint is
    /// unfilled (a warning that figures are missing), not a figure that is no percentage.
    @Test func aDashInThePlanLeavesItsCheckpointUnfilled() throws {
        let text = Self.table(money: ["预算规模及资金用途\t预算数\t20000.00\t其中：财政资金\t20000.00\t其他资金\t0"],
                              plan: ["资金支出计划（%）\t\t3月底\t6月底\t10月底", "\t\t—\t50.00%\t/"])
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.spendingPlan.checkpoints.map(\.figure) == ["", "50.00%", ""])
    }

    /// A list typed one item a line in one cell (Alt+Enter) keeps its items apart when the
    /// cell is put on one line.
    @Test func itemsTypedOnePerLineKeepASpaceBeforeTheirNumber() {
        #expect(WrappedCell.join(["1. 做好节能监督管理工作", "2. 公共机构节能工作的有序开展。"])
                == "1. 做好节能监督管理工作 2. 公共机构节能工作的有序开展。")
        #expect(WrappedCell.join(["做好节能监督", "管理工作"]) == "做好节能监督管理工作")
        #expect(WrappedCell.join(["1. 做好节能监督管理工作；", "2. 有序开展。"]) == "1. 做好节能监督管理工作；2. 有序开展。")
    }
}
