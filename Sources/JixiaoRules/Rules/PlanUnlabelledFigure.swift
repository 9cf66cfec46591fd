import JixiaoModel

enum PlanUnlabelledFigure {
    static let rule = Rule(
        id: "plan.unlabelled-figure",
        title: "资金支出计划的数字上方没有时间节点",
        help: """
        表头列出的时间节点比下面的数字少：多出的数字不知道是哪个节点的。按惯例 3、6、10 月底之后是 12月底，Jixiao 照此理解，\
        但文本本身不完整。请在表头补上这个时间节点。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let labelled = plan.checkpoints.filter(\.labelled).map(\.label)
            return plan.checkpoints.filter { !$0.labelled }.map { c in
                ctx.finding(Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan),
                            "资金支出计划的数字\(quoted: c.figure)上方没有时间节点（表头只有 \(Say.list(labelled))），按 \(c.label) 理解",
                            suggestion: "在表头补上“\(c.label)”")
            }
        },
        failing: [
            RuleExample("四个数字、三个节点", at: .project(1, .spendingPlan)) { $0[project: 1].spendingPlan[month: 12].labelled = false },
        ],
        passing: [
            RuleExample("节点和数字一样多") { $0[project: 2].spendingPlan[month: 3].figure = "25.00%" },
        ])
}
