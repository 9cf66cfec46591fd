import JixiaoModel

enum PlanAbsent {
    static let rule = Rule(
        id: "plan.absent",
        title: "表中没有资金支出计划",
        help: """
        部门预算中的项目表有“资金支出计划（%）”一行，按 3月底、6月底、10月底（12月底）写累计支出比例，财政据此调度资金、监控进度。\
        公开的项目表常常没有这一行。没有这一行时，Jixiao 只在这里说明一次，不逐个项目报“没有填写数字”。\
        请按预算一体化系统的表样补上资金支出计划。
        """,
        category: .feasibility, severity: .info, basis: .systemConvention,
        check: .document { ctx in
            // A 部门整体 table has no 资金支出计划 in any template (88号's 部门整体支出绩效目标申报表 neither).
            LayoutGapNote.findings(ctx, where: \.hasNoSpendingPlan, counting: { !$0.isDepartmentWide }, part: .spendingPlan,
                                   line: { $0.lines.budget },
                                   all: { $0 == 1 ? "项目表没有资金支出计划一行" : "全部 \($0) 个项目表都没有资金支出计划一行" },
                                   one: { "项目 \($0.number).\($0.name) 的表没有资金支出计划一行，而本文档其他项目表有" },
                                   suggestion: "补上资金支出计划，按时间节点写累计支出比例，如 3月底 25%、6月底 50%、10月底 75%")
        },
        failing: [
            RuleExample("两个项目都没有计划行", at: .document(.department)) { d in
                for p in 1...2 { d[project: p].layout.hasSpendingPlan = false }
            },
            RuleExample("只有一个项目没有计划行", at: .project(1, .spendingPlan)) { $0[project: 1].layout.hasSpendingPlan = false },
        ],
        passing: [
            RuleExample("部门整体支出绩效目标表没有计划行（模板本来没有）") { d in
                d[project: 1].heading = "部门整体支出绩效目标表"
                d[project: 1].layout.hasSpendingPlan = false
            },
            RuleExample("有计划行而数字没填，是另一回事") { d in
                for month in [3, 6, 10] { d[project: 2].spendingPlan[month: month].figure = "" }
            },
        ])
}
