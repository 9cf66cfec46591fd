import JixiaoModel

/// A table whose money has no unit: `预算数 814`, and neither `单位：元`/`单位：万元` nor a
/// unit in a label or after a figure. 814 元 and 814 万元 differ ten thousand times; the
/// reviewer is told, and the other rules say the figures as printed and do not set them
/// against amounts written with a unit (`Project.budgetUnitUnprinted`).
enum CurrencyAbsent {
    static let rule = Rule(
        id: "budget.currency-absent",
        title: "项目表没有印金额单位",
        help: """
        项目表的金额要有单位：表头的“单位：元”或“单位：万元”，或金额栏的名称（“项目资金（万元）”），或金额后的单位（“854万元”）。\
        一个也没有，预算数“814”是 814 元还是 814 万元，表中看不出，两者相差一万倍。Jixiao 按印出的数字读：不作换算，\
        报告和其他提示照印出的数字写金额，并注明未印单位；成本指标、资金用途中写明单位的金额不与预算数比较（单位不明，比了也不作数），\
        同样不写单位的金额仍相互比较。请在表头写明金额单位，或在金额后写明单位。
        """,
        category: .completeness, severity: .warning, basis: .systemConvention,
        check: .project { ctx in
            let p = ctx.project
            guard p.unit.currencyUnprinted else { return [] }
            let bare = p.bareFigures
            guard let first = bare.first else { return [] }
            let shown = bare.prefix(3).map { "\($0.label)\(Say.quote($0.printed))" }
            let figures = Say.list(shown) + (bare.count > 3 ? "等 \(bare.count) 个金额" : "")
            // On the row of the first such figure (鄂州 2022: the 合计 row of its table of costs).
            return [ctx.finding(Location(part: .budget, line: first.line),
                                "表中没有印金额单位（没有“单位：元”或“单位：万元”，金额栏名称和金额后也没有写单位）：\(figures)是元还是万元，表中看不出；按印出的数字读，不作换算，也不与成本指标、资金用途中写明单位的金额比较",
                                suggestion: "在表头写明金额单位（单位：元 或 单位：万元），或在\(Say.quote(first.printed))\(bare.count > 1 ? "等金额" : "")后写明单位")]
        },
        failing: [
            RuleExample("表头没有“单位：元”，预算数只印数字", at: .project(1, .budget)) { d in
                d[project: 1].unit.currency = ""
            },
        ],
        passing: [
            RuleExample("没有印单位，但每个金额后都写了单位") { d in
                d[project: 1].unit.currency = ""
                d[project: 1].budget = Budget(total: Money(yuan: 8_540_000), fiscal: Money(yuan: 8_540_000), other: .zero,
                                              totalFigure: BudgetFigure(source: .stated, printed: "854万"),
                                              fiscalFigure: BudgetFigure(source: .stated, printed: "854万"), otherFigure: .missing)
            },
            RuleExample("没有印单位，表中也没有金额（由 budget.missing 指出）") { d in
                d[project: 1].unit.currency = ""
                d[project: 1].budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                                              fiscalFigure: .missing, otherFigure: .missing)
            },
        ])
}
