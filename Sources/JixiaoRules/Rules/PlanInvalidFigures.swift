import JixiaoModel

enum PlanInvalidFigures {
    static let rule = Rule(
        id: "plan.invalid-figures",
        title: "资金支出计划的数字不成立",
        help: """
        支出计划的数字是累计比例：每个在 0% 到 100% 之间，后一个节点不小于前一个。超出范围、后面比前面小，或写的不是数字，\
        说明填错了（常见的是填成了当期比例或金额）。请按累计比例改正。
        """,
        category: .feasibility, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let location = Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan)
            var out: [Finding] = []
            var previous: (Checkpoint, Double)?
            for c in plan.checkpoints where !c.figure.isEmpty {
                guard let value = PlanInvalidFigures.percent(c)?.doubleValue else {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 写的是\(quoted: c.figure)，不是百分比",
                                           suggestion: "写累计支出比例，如“50.00%”"))
                    continue
                }
                if value > 100 {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 为 \(c.figure)，超过 100%",
                                           suggestion: "累计比例不超过 100%"))
                }
                if let (pc, pv) = previous, value < pv {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 为 \(c.figure)，比 \(pc.label) 的 \(pc.figure) 还少：累计比例不会减少",
                                           suggestion: "按累计比例填写，后一节点不小于前一节点"))
                }
                previous = (c, value)
            }
            return out
        },
        failing: [
            RuleExample("6月底比 3月底少", at: .project(1, .spendingPlan)) { $0[project: 1].spendingPlan[month: 6].figure = "20.00%" },
            RuleExample("超过 100%", at: .project(1, .spendingPlan)) { $0[project: 1].spendingPlan[month: 12].figure = "120.00%" },
            RuleExample("写成文字", at: .project(2, .spendingPlan)) { $0[project: 2].spendingPlan[month: 3].figure = "一季度" },
        ],
        passing: [
            RuleExample("相邻节点相同") { $0[project: 1].spendingPlan[month: 6].figure = "25.00%" },
        ])

    /// `c.percent`, a figure of ASCII digits and points with or without a closing `%` (most
    /// are: `25.00%`) read as it is: it is its own half-width form without blanks, and its
    /// last Character is its last byte. Any other figure is read by `percent`.
    static func percent(_ c: Checkpoint) -> DecimalText? {
        var figure = c.figure
        let digits: Int? = figure.withUTF8 { b in
            for x in b where !(x >= 0x30 && x <= 0x39 || x == 0x2E || x == 0x25) { return nil }
            return b.count > 0 && b[b.count - 1] == 0x25 ? b.count - 1 : b.count
        }
        guard let digits else { return c.percent }
        return digits == figure.utf8.count ? DecimalText(figure) : DecimalText(String(figure.dropLast()))
    }
}
