import JixiaoModel

enum PlanYearEnd {
    static let rule = Rule(
        id: "plan.year-end",
        title: "12月底支出比例不到 100%",
        help: """
        表中有 12月底一栏时，到年底累计支出一般应为 100%；不到 100%，意味着预算当年花不完，可能形成结转结余。\
        只有 3月底、6月底、10月底三栏的表是常见格式，不作提示。请核实年底能否支出完毕，必要时调整预算规模。
        """,
        category: .feasibility, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            guard let c = ctx.project.spendingPlan.checkpoint(month: 12), let v = c.percent?.doubleValue, v < 100 else { return [] }
            return [ctx.finding(Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan),
                                "资金支出计划 12月底为 \(c.figure)，年底仍有 \(formatted(100 - v))% 的预算未支出",
                                suggestion: "核实年底能否支出完毕；确实支出不完的，考虑调减预算")]
        },
        failing: [
            RuleExample("12月底 90%", at: .project(1, .spendingPlan)) { $0[project: 1].spendingPlan[month: 12].figure = "90.00%" },
        ],
        passing: [
            RuleExample("没有 12月底一栏") { $0[project: 2].spendingPlan[month: 10].figure = "75.00%" },
        ])

    private static func formatted(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
