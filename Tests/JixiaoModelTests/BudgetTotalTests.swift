import Testing
@testable import JixiaoModel

/// 预算数合计 adds the project tables' 预算数 and leaves a 部门整体支出绩效目标表 out: its
/// 预算数 is the department's whole spending, the projects' included.
@Suite struct BudgetTotalTests {
    /// Three tables: 10,000 (9,000 财政), 200,000 (150,000 财政), 30,000 (30,000 财政).
    func threeTables() -> Document {
        var d = tinyDocument()
        let first = d.projects[0]
        d.projects = [(Int64(10_000), Int64(9_000)), (200_000, 150_000), (30_000, 30_000)].enumerated().map { k, amounts in
            var p = first
            p.number = k + 1
            p.budget = Budget(total: Money(yuan: amounts.0), fiscal: Money(yuan: amounts.1), other: Money(yuan: amounts.0 - amounts.1))
            return p
        }
        return d
    }

    @Test func aDepartmentWideTableIsLeftOutOfTheTotals() {
        var d = threeTables()
        #expect(d.totalBudget == Money(yuan: 240_000) && d.knownTotalBudget == Money(yuan: 240_000))
        #expect(d.departmentWideTableCount == 0 && d.totalBudgetNote.isEmpty)
        d.projects[1].heading = "部门整体支出绩效目标表"
        #expect(d.totalBudget == Money(yuan: 40_000))
        #expect(d.knownTotalBudget == Money(yuan: 40_000))
        #expect(d.sum(\.fiscal) == Money(yuan: 39_000))
        #expect(d.sum(\.other) == Money(yuan: 1_000))
        #expect(d.departmentWideTableCount == 1)
        #expect(d.totalBudgetNote == "（不含部门整体支出绩效目标表）")
        d.projects[2].tableTitle = "2021年部门整体绩效目标表"
        #expect(d.totalBudget == Money(yuan: 10_000))
        #expect(d.totalBudgetNote == "（不含 2 张部门整体支出绩效目标表）")
    }

    /// A document whose only table with a 预算数 is the department's has no known project total.
    @Test func onlyTheDepartmentWideTableStatesABudget() {
        var d = threeTables()
        d.projects.removeLast()
        d.projects[0].heading = "部门整体支出绩效目标表"
        d.projects[1].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing, fiscalFigure: .missing,
                                      otherFigure: .missing)
        #expect(d.knownTotalBudget == nil)
        #expect(d.unstatedTotalBudget == "项目表中未填预算数（部门整体支出绩效目标表的预算数不计入）")
        d.projects[0].heading = "项目支出绩效目标表"
        #expect(d.knownTotalBudget == Money(yuan: 10_000))
        d.projects[0].budget = d.projects[1].budget
        #expect(d.knownTotalBudget == nil && d.unstatedTotalBudget == "预算数表中未填")
    }

    @Test func theNoteSaysHowManyTablesAreLeftOut() {
        #expect(BudgetTotalNote.text(leavingOut: 0) == "")
        #expect(BudgetTotalNote.text(leavingOut: 1) == "（不含部门整体支出绩效目标表）")
        #expect(BudgetTotalNote.text(leavingOut: 3) == "（不含 3 张部门整体支出绩效目标表）")
    }
}
