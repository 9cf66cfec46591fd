import JixiaoModel

enum FiscalSum {
    static let rule = Rule(
        id: "budget.fiscal-sum",
        title: "财政资金与其他资金之和不等于预算数",
        help: """
        预算数 = 财政资金 + 其他资金。两者之和与预算数不等，说明其中至少一个数填错了，预算无法批复。\
        请对照预算一体化系统中的项目预算核对三个数。
        """,
        category: .appropriateness, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let b = ctx.project.budget
            let sum = b.fiscal + b.other
            guard sum != b.total else { return [] }
            return [ctx.finding(Location(part: .budget, line: ctx.project.lines.budget),
                                "预算数 \(Say.money(b.total)) 不等于财政资金 \(Say.money(b.fiscal)) 加其他资金 \(Say.money(b.other))（合计 \(Say.money(sum))，相差 \(Say.money(Money(fen: (b.total - sum).fen.magnitude == 0 ? 0 : abs((b.total - sum).fen)))))",
                                suggestion: "对照预算一体化系统核对预算数、财政资金和其他资金")]
        },
        failing: [
            RuleExample("财政资金多填一位", at: .project(1, .budget)) { $0[project: 1].budget.fiscal = Money(yuan: 2_000_000) },
            RuleExample("漏填其他资金", at: .project(2, .budget)) { $0[project: 2].budget.other = .zero },
        ],
        passing: [
            RuleExample("全部为财政资金") { $0[project: 2].budget.fiscal = Money(yuan: 150_000); $0[project: 2].budget.other = .zero },
        ])
}
