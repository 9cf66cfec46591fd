import JixiaoModel

enum IndicatorsUnchanged {
    static let rule = Rule(
        id: "bureau.indicators-unchanged",
        title: "延续项目预算变化较大，绩效指标却照抄上年",
        help: """
        工作区里有同一单位上一年度的文本时，逐个比较延续项目（编码相同，或名称相同）：预算数比上年增减超过设定比例\
        （默认 20%，jixiao.json 的 review.budgetChangeShare），而绩效指标和指标值与上年一字不差。\
        资金规模变了，产出和效益却不变，说明指标是照抄的，没有按今年的资金重新测算。请按今年的预算重新测算指标值，或说明不变的理由。
        """,
        category: .appropriateness, severity: .warning, basis: .reviewExperience,
        check: .documentSet { ctx in
            let share = ctx.settings.budgetChangeShareInForce
            var out: [Finding] = []
            for pair in YearOverYear.pairs(ctx.members) {
                let now = ctx.members[pair.current].document.projects, before = ctx.members[pair.previous].document.projects
                for (c, p) in pair.continuing {
                    let a = before[p].budget.total, b = now[c].budget.total
                    guard a.fen > 0, abs(Double(b.fen - a.fen)) > share * Double(a.fen),
                          YearOverYear.budgetsComparable(before[p], now[c]) else { continue }
                    let rows = now[c].judgedRows.map(\.indicator), last = before[p].judgedRows.map(\.indicator)
                    guard !rows.isEmpty, rows.map(key) == last.map(key) else { continue }
                    out.append(ctx.finding(in: pair.current, projectAt: c, Location(part: .budget, line: now[c].lines.budget),
                                           "与上年（\(ctx.members[pair.previous].label)）相比，\(YearOverYear.budgetChange(from: a, to: b))，"
                                           + "\(rows.count) 项绩效指标及指标值却与上年完全相同",
                                           suggestion: "按今年的预算重新测算产出和效益指标值，或在指标值确定依据中说明不变的理由",
                                           related: before[p].code.isEmpty ? [] : [before[p].code], documents: [pair.previous]))
                }
            }
            return out
        },
        failing: [
            RuleExample("预算比上年增加 67%，指标照抄", at: .project(1, .budget),
                        alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                            $0[project: 1].budget = Budget(total: Money(yuan: 120_000), fiscal: Money(yuan: 120_000), other: .zero)
                        }]) { _ in },
        ],
        passing: [
            RuleExample("预算变化不到 20%", alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                $0[project: 1].budget = Budget(total: Money(yuan: 180_000), fiscal: Money(yuan: 180_000), other: .zero)
            }]) { _ in },
            RuleExample("预算增加，指标值也随之调整", alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                $0[project: 1].budget = Budget(total: Money(yuan: 120_000), fiscal: Money(yuan: 120_000), other: .zero)
                $0[project: 1][row: 1].value = TargetValue("≥3期")
            }]) { _ in },
        ])

    /// A row as compared with last year's: its name and 指标值 as written, blanks left out.
    private static func key(_ i: Indicator) -> String {
        TextNormalization.withoutBlanks(i.name) + "|" + TextNormalization.withoutBlanks(i.value.raw)
    }
}
