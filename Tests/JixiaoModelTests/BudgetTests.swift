import Foundation
import Testing
@testable import JixiaoModel

/// Budgets as real tables give them: a total without a figure, itemised sources, no amounts.
@Suite struct BudgetTests {
    func item(_ label: String, _ yuan: Int64?) -> BudgetItem {
        BudgetItem(label: label, printed: yuan.map { String($0) } ?? "", amount: yuan.map { Money(yuan: $0) }, line: 1)
    }

    @Test func totalDerivedFromItsParts() {
        let b = Budget(total: .zero, fiscal: Money(yuan: 63000), other: .zero, totalFigure: .missing, fiscalFigure: .stated,
                       otherFigure: .stated).derivingMissing()
        #expect(b.total == Money(yuan: 63000))
        #expect(b.totalSource == .derived)
        #expect(!b.isStated(.total))
    }

    @Test func partsDerivedFromItemisedSources() {
        let b = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing, fiscalFigure: .missing,
                       otherFigure: .missing, items: [
                           item("1、一般公共预算", 50), item("2、政府性基金", 30), item("(二)自有资金小计", 20),
                           item("1、事业收入", 20), item("(三)其他收入", 5), item("中期资金总额", 999),
                       ]).derivingMissing()
        #expect(b.fiscal == Money(yuan: 80))
        #expect(b.fiscalSource == .derived)
        // Top-level lines when there are any: 自有资金小计 and 其他收入, not 事业收入 again.
        #expect(b.other == Money(yuan: 25))
        #expect(b.total == Money(yuan: 105))
        #expect(b.totalSource == .derived)
    }

    @Test func nothingToDeriveFrom() {
        let b = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing, fiscalFigure: .missing,
                       otherFigure: .missing).derivingMissing()
        #expect(b.hasNoAmounts)
        #expect(b.totalSource == .missing)
    }

    @Test(arguments: [
        ("预算数", BudgetItemKind.total), ("年度资金总额", .total), ("资金总额", .total), ("项目金额", .total),
        ("项目总预算", .total), ("部门预算", .total), ("绩效金额", .total), ("其中：财政资金", .fiscal), ("财政拨款", .fiscal),
        ("上级资金", .fiscal), ("当年市级财政资金", .fiscal), ("年度本级预算金额", .fiscal), ("一般公共预算", .fiscal),
        ("其中:财政投款", .fiscal), ("(一)财政拨款小计", .fiscal), ("其他资金", .other), ("其它资金", .other),
        ("(三)其他收入", .other), ("自有资金", .other), ("中期资金总额", .mediumTerm),
    ])
    func vocabulary(_ label: String, _ kind: BudgetItemKind) {
        #expect(BudgetItemKind.of(label) == kind)
    }

    @Test func notMoneyLabels() {
        for label in ["预算规模及资金用途", "项目名称", "实施单位", "绩效目标"] {
            #expect(BudgetItemKind.of(label) == nil, "\(label)")
        }
        #expect(BudgetItemKind.level(of: "(一)财政拨款小计") == 1)
        #expect(BudgetItemKind.level(of: "1、一般公共预算") == 2)
        #expect(BudgetItemKind.level(of: "其中：财政资金") == 0)
        #expect(BudgetItemKind.level(of: "二、其他收入") == 1)
    }

    @Test func sampleBudgetsEncodeAsBefore() throws {
        let b = Budget(total: Money(yuan: 20000), fiscal: Money(yuan: 20000), other: .zero)
        let json = String(decoding: try JSONEncoder().encode(b), as: UTF8.self)
        #expect(!json.contains("Figure"))
        #expect(!json.contains("items"))
        let derived = Budget(total: .zero, fiscal: Money(yuan: 5), other: .zero, totalFigure: .missing, fiscalFigure: .stated,
                             otherFigure: .missing).derivingMissing()
        let again = try JSONDecoder().decode(Budget.self, from: try JSONEncoder().encode(derived))
        #expect(again == derived)
    }

    @Test func editingAnAmountStatesItAndRederivesTheTotal() throws {
        var d = Document(department: Department(code: "", unitName: "某局", name: "某局", year: 2021, preparedBy: "", reviewedBy: "",
                                                isDraft: false, currency: "元", lines: .init(title: 1)),
                         overall: OverallTargets(), contents: [], projects: [])
        d.projects.append(Project(number: 1, heading: "", unit: TableUnit(code: "", name: "某局", currency: "元"), code: "",
                                  name: "甲", budget: Budget(total: Money(yuan: 5), fiscal: Money(yuan: 5), other: .zero,
                                                            totalFigure: .derived, fiscalFigure: .stated, otherFigure: .missing),
                                  usage: "", spendingPlan: SpendingPlan(checkpoints: []), goals: [], indicators: [],
                                  lines: .init(heading: 0, unit: 0, code: 0, budget: 0, usage: nil, plan: 0, planFigures: nil,
                                               goals: 0, indicatorHeader: 0)))
        #expect(d.value(at: FieldPath(projectIndex: 0, field: .budget(.total))) == "")
        let e = try d.setting(FieldPath(projectIndex: 0, field: .budget(.other)), to: "3")
        #expect(e.projects[0].budget.other == Money(yuan: 3))
        #expect(e.projects[0].budget.otherSource == .stated)
        #expect(e.projects[0].budget.total == Money(yuan: 8))
        #expect(e.projects[0].budget.totalSource == .derived)
        #expect(e.id == "某局-2021")
    }
}
