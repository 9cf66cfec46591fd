import JixiaoModel

enum FiscalSum {
    static let rule = Rule(
        id: "budget.fiscal-sum",
        title: "财政资金与其他资金之和不等于预算数",
        help: """
        预算数 = 财政资金 + 其他资金。两者之和与预算数不等，说明其中至少一个数填错了，预算无法批复。\
        表中与它们并列的其他来源（如政府性基金、上年结转资金）一并计入。\
        请对照预算一体化系统中的项目预算核对三个数。
        """,
        category: .appropriateness, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let b = ctx.project.budget
            func say(_ m: Money) -> String { Say.budget(m, of: ctx.project) }
            let location = Location(part: .budget, line: ctx.project.lines.budget)
            // No split printed at all (a total only), a total derived from its parts, or no
            // amounts: nothing to add up.
            guard b.totalSource == .stated, b.fiscalSource != .missing || b.otherSource != .missing else { return [] }
            let sum = b.fiscal + b.other
            guard sum != b.total else { return [] }
            // The table's other unnumbered sources make up the rest: `资金总额 16 | 一般公共预算 10 |
            // 政府性基金 6`, `年度资金总额 16 | 当年财政拨款 10 | 上年结转资金 6` — it adds up as printed.
            let beside = b.items.filter { $0.level == 0 && ($0.kind == .fiscal || $0.kind == .other) }.compactMap(\.amount)
            if !beside.isEmpty, beside.reduce(sum, +) == b.total { return [] }
            let gap = Money(fen: abs((b.total - sum).fen))
            if b.otherSource == .missing, sum < b.total {
                // 164万元 of which 财政资金 132万元, and nothing said about the rest.
                return [ctx.finding(location,
                                    "预算数 \(say(b.total))，财政资金 \(say(b.fiscal))，其他资金未填写：有 \(say(gap)) 没有写明来源",
                                    suggestion: "填写其他资金（\(say(gap))）及其来源，或核对预算数和财政资金")]
            }
            return [ctx.finding(location,
                                "预算数 \(say(b.total)) 不等于财政资金 \(say(b.fiscal)) 加其他资金 \(say(b.other))（合计 \(say(sum))，相差 \(say(gap))）",
                                suggestion: "对照预算一体化系统核对预算数、财政资金和其他资金")]
        },
        failing: [
            RuleExample("财政资金多填一位", at: .project(1, .budget)) { $0[project: 1].budget.fiscal = Money(yuan: 2_000_000) },
            RuleExample("漏填其他资金", at: .project(2, .budget)) { $0[project: 2].budget.other = .zero },
            RuleExample("其他资金没有填，差额来源不明", at: .project(2, .budget)) { d in
                d[project: 2].budget = Budget(total: Money(yuan: 150_000), fiscal: Money(yuan: 100_000), other: .zero,
                                              totalFigure: .stated, fiscalFigure: .stated, otherFigure: .missing)
            },
        ],
        passing: [
            RuleExample("只写了预算数，没有分财政资金和其他资金") { d in
                d[project: 2].budget = Budget(total: Money(yuan: 150_000), fiscal: .zero, other: .zero, totalFigure: .stated,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
            RuleExample("预算数空着，由财政资金和其他资金推出") { d in
                d[project: 2].budget = Budget(total: Money(yuan: 150_000), fiscal: Money(yuan: 100_000), other: Money(yuan: 50_000),
                                              totalFigure: .derived, fiscalFigure: .stated, otherFigure: .stated)
            },
            RuleExample("全部为财政资金") { $0[project: 2].budget.fiscal = Money(yuan: 150_000); $0[project: 2].budget.other = .zero },
            RuleExample("财政资金之外另列政府性基金，合计等于预算数") { d in
                d[project: 2].budget = Budget(total: Money(yuan: 150_000), fiscal: Money(yuan: 100_000), other: .zero,
                                              totalFigure: .stated, fiscalFigure: .stated, otherFigure: .missing,
                                              items: [BudgetItem(label: "政府性基金", printed: "50000", amount: Money(yuan: 50_000), line: 1)])
            },
        ])
}
