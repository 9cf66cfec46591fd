import JixiaoModel

enum CostAboveBudget {
    static let rule = Rule(
        id: "indicator.cost-above-budget",
        title: "成本指标金额超过预算数",
        help: """
        成本指标反映完成产出的成本，以预算支出标准为上限：成本目标不能超过项目的预算数。\
        超过了，要么金额单位写错（元与万元），要么成本目标没有按预算测算。预算数印得比财政资金加其他资金还少（如“年度资金总额 0”）时，\
        那是预算数的错，另由“财政资金与其他资金之和不等于预算数”指出，成本指标按两者之和衡量。请按预算数和支出标准重新核定成本指标。
        """,
        category: .appropriateness, severity: .error, basis: .regulation("财预〔2021〕101号"),
        check: .project { ctx in
            let p = ctx.project
            // A budget printed with no unit (`814`) cannot be set against a cost written with one
            // (`≤500万元`): `budget.currency-absent` says so.
            guard p.budget.totalSource != .missing, !p.budgetUnitUnprinted else { return [] }
            // A 预算数 printed below its own parts (`年度资金总额 0`, `财政拨款 90`) is
            // `budget.fiscal-sum`'s error: a cost within the parts is not measured against it too.
            let parts = p.budget.fiscal + p.budget.other
            let limit = parts > p.budget.total ? parts : p.budget.total
            let limitSaid = limit == p.budget.total ? "预算数 \(Say.money(p.budget.total))" : "财政资金与其他资金合计 \(Say.money(parts))"
            return ctx.compactMapJudged { row, i in
                guard ctx.labels(row).isCost, let amount = i.value.amount, amount.money > limit,
                      ctx.fundingStatement(row) == nil else { return nil }
                return ctx.finding(row: row, field: .value,
                                   "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)（\(Say.money(amount.money))）超过\(limitSaid)",
                                   suggestion: "核对金额单位（元/万元），按预算支出标准重定成本上限，不超过预算数")
            }
        },
        failing: [
            RuleExample("人均成本误写成万元", at: .cell(project: 1, row: 4, .value)) { $0[project: 1][row: 4][.value] = "≤800万元" },
        ],
        passing: [
            RuleExample("成本等于预算数") { $0[project: 2][row: 4][.value] = "≤15万元" },
            RuleExample("预算数印作 0、财政资金 15 万元（预算数之误另行提示），成本不超过 15 万元") { d in
                d[project: 2].budget.total = .zero
                d[project: 2].budget.fiscal = Money(yuan: 150_000)
                d[project: 2].budget.other = .zero
                d[project: 2][row: 4][.value] = "≤15万元"
            },
        ])
}
