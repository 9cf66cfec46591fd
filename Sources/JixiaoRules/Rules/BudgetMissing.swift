import JixiaoModel

enum BudgetMissing {
    static let rule = Rule(
        id: "budget.missing",
        title: "表中没有预算金额",
        help: """
        项目表要写明预算规模：预算数，其中财政资金、其他资金。一个金额也没有，就无从判断目标与资金是否相称，\
        成本指标也没有上限可比。请按预算一体化系统中的项目预算填写。预算数空着而能由财政资金和其他资金推出的，不算；\
        部门整体绩效目标表没有金额的，由“部门整体绩效目标表没有列预算”（budget.department-absent）提示。
        """,
        category: .completeness, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let p = ctx.project
            // A 部门整体 table without money is `budget.department-absent`'s note: some provinces'
            // templates have no money field, the department's money being in its 部门预算.
            guard p.budget.hasNoAmounts, !p.isDepartmentWide else { return [] }
            return [ctx.finding(Location(part: .budget, line: p.lines.budget),
                                "表中没有预算数，也没有财政资金和其他资金",
                                suggestion: "填写预算数和其中的财政资金、其他资金")]
        },
        failing: [
            RuleExample("三个金额都空着", at: .project(1, .budget)) { d in
                d[project: 1].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
        ],
        passing: [
            RuleExample("部门整体支出绩效目标表没有金额（由 budget.department-absent 提示）") { d in
                d[project: 2].heading = "部门整体支出绩效目标表"
                d[project: 2].name = ""
                d[project: 2].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
            RuleExample("预算数空着，由财政资金推出") { d in
                d[project: 1].budget = Budget(total: Money(yuan: 200_000), fiscal: Money(yuan: 200_000), other: .zero,
                                              totalFigure: .derived, fiscalFigure: .stated, otherFigure: .missing)
            },
        ])
}
