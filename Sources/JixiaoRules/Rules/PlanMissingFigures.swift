import JixiaoModel

enum PlanMissingFigures {
    static let rule = Rule(
        id: "plan.missing-figures",
        title: "资金支出计划没有填写数字",
        help: """
        资金支出计划按时间节点填写累计支出占预算的比例（如 3月底 25%、6月底 50%），财政据此安排资金调度、监控执行进度。\
        一个数字也没有，或只填了一部分，进度就无从监控。请按累计比例填写每个时间节点；某节点前已全部支出的，其后各节点填 100%。
        """,
        category: .feasibility, severity: .warning, basis: .systemConvention,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let location = Location(part: .spendingPlan, line: ctx.project.lines.plan)
            // A table without the row is said once for the document (`plan.absent`).
            if ctx.project.hasNoSpendingPlan { return [] }
            if plan.checkpoints.isEmpty {
                return [ctx.finding(location, "资金支出计划没有时间节点，也没有数字",
                                    suggestion: "按 3月底、6月底、10月底（12月底）填写累计支出比例")]
            }
            let empty = plan.checkpoints.filter { $0.figure.isEmpty }
            if empty.count == plan.checkpoints.count {
                return [ctx.finding(location,
                                    "资金支出计划没有填写任何数字（时间节点：\(Say.list(plan.checkpoints.map(\.label)))）",
                                    suggestion: "按累计支出比例填写各时间节点，如 25%、50%、75%")]
            }
            guard !empty.isEmpty else { return [] }
            let filled = plan.checkpoints.filter { !$0.figure.isEmpty }.map { "\($0.label) \($0.figure)" }
            return [ctx.finding(location,
                                "资金支出计划只填了 \(Say.list(filled))，\(Say.list(empty.map(\.label)))未填写",
                                suggestion: "按累计比例补全；此前已全部支出的节点填 100%")]
        },
        failing: [
            RuleExample("三个节点都是空的", at: .project(2, .spendingPlan)) { d in
                for month in [3, 6, 10] { d[project: 2].spendingPlan[month: month].figure = "" }
            },
            RuleExample("只填了 3月底", at: .project(1, .spendingPlan)) { d in
                for month in [6, 10, 12] { d[project: 1].spendingPlan[month: month].figure = "" }
                d[project: 1].spendingPlan[month: 3].figure = "100.00%"
            },
        ],
        passing: [
            RuleExample("三个节点都填了（没有 12月底一栏是正常的）") { $0[project: 2].spendingPlan[month: 10].figure = "90.00%" },
            RuleExample("表中没有资金支出计划一行（另作一次说明）") { $0[project: 2].layout.hasSpendingPlan = false },
        ])
}
