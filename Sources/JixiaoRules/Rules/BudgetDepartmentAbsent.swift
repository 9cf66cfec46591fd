import JixiaoModel

/// A 部门整体 table that prints no money: a note, not `budget.missing`'s error. 88号's
/// 部门（单位）整体支出绩效目标申报表 lists the year's main tasks with their 预算金额 and a
/// 金额合计; some provinces' 整体绩效目标表 (湖南's, 江西's) have no money field at all, the
/// department's money being in the 部门预算 published with it. Either way the table's
/// targets are still reviewed; what the reviewer has to do is look the money up elsewhere.
enum BudgetDepartmentAbsent {
    static let rule = Rule(
        id: "budget.department-absent",
        title: "部门整体绩效目标表没有列预算",
        help: """
        财预〔2015〕88号的部门（单位）整体支出绩效目标申报表按年度主要任务列预算金额（总额、财政拨款、其他资金）和金额合计，\
        用来看年度目标与部门资金是否相称。有的省份的整体绩效目标表模板没有金额栏，只列部门职责、年度总体目标和绩效指标，\
        部门整体的资金见同时公开的部门预算（收支总表）。表中没有金额不妨碍审核指标，但成本指标、年度目标无从与资金相比：\
        请对照部门预算核对；模板有金额栏而空着的，请按部门预算填写。项目表没有金额由“表中没有预算金额”（budget.missing）指出。
        """,
        category: .completeness, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            guard p.isDepartmentWide, p.budget.hasNoAmounts else { return [] }
            return [ctx.finding(Location(part: .budget, line: p.lines.budget),
                                "部门整体绩效目标表中没有列预算金额（年度预算、财政拨款、其他资金都没有）",
                                suggestion: "对照部门预算（收支总表）核对年度目标和成本指标与资金是否相称；模板有金额栏的，按部门预算填写")]
        },
        failing: [
            RuleExample("部门整体支出绩效目标表，三个金额都空着", at: .project(2, .budget)) { d in
                d[project: 2].heading = "部门整体支出绩效目标表"
                d[project: 2].name = ""
                d[project: 2].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
        ],
        passing: [
            RuleExample("部门整体支出绩效目标表列了预算数") { d in
                d[project: 2].heading = "部门整体支出绩效目标表"
                d[project: 2].name = ""
            },
            RuleExample("项目表没有金额（由 budget.missing 指出）") { d in
                d[project: 2].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
        ])
}
