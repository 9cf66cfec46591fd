import JixiaoModel

enum TargetLowered {
    static let rule = Rule(
        id: "bureau.target-lowered",
        title: "预算增加，指标值却比上年降低",
        help: """
        工作区里有同一单位上一年度的文本时，比较延续项目的同名指标：今年预算数比上年多，而“≥”“>”类指标的下限却比上年低\
        （如合格率由 ≥98% 降为 ≥95%，完成数量由 ≥5 期降为 ≥4 期）。多花钱、少办事，绩效目标的设定不合理，\
        审核时应要求说明。单位须与上年相同才比较；“≤”类的上限（成本、时限）随预算变化是常见的，不在此列。请提高指标值，或说明降低的原因。
        """,
        category: .appropriateness, severity: .warning, basis: .reviewExperience,
        check: .documentSet { ctx in
            var out: [Finding] = []
            for pair in YearOverYear.pairs(ctx.members) {
                let now = ctx.members[pair.current].document.projects, before = ctx.members[pair.previous].document.projects
                for (c, p) in pair.continuing where now[c].budget.total > before[p].budget.total
                    && YearOverYear.budgetsComparable(before[p], now[c]) {
                    // Last year's floors by indicator name, looked up once per row.
                    var floors: [String: TargetValue.Quantity] = [:]
                    for (_, i) in before[p].judgedRows {
                        if let q = floor(i), floors[TextNormalization.withoutBlanks(i.name)] == nil { floors[TextNormalization.withoutBlanks(i.name)] = q }
                    }
                    for (row, i) in now[c].judgedRows {
                        guard let q = floor(i), let last = floors[TextNormalization.withoutBlanks(i.name)], q.unit == last.unit,
                              q.number.doubleValue < last.number.doubleValue else { continue }
                        out.append(ctx.finding(in: pair.current, projectAt: c, .indicator(i, row: row, field: .value),
                                               "\(i.label)的指标值为\(quoted: i.value.raw)，上年（\(ctx.members[pair.previous].label)）为"
                                               + "\(quoted: last.comparator.rawValue + last.number.text + last.unit)，"
                                               + "而\(YearOverYear.budgetChange(from: before[p].budget.total, to: now[c].budget.total))",
                                               suggestion: "预算增加时指标值不应低于上年：提高指标值，或在指标值确定依据中说明降低的原因",
                                               related: before[p].code.isEmpty ? [] : [before[p].code], documents: [pair.previous]))
                    }
                }
            }
            return out
        },
        failing: [
            RuleExample("预算增加，合格率由 ≥98% 降为 ≥95%", at: .cell(project: 1, row: 2, .value),
                        alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                            $0[project: 1].budget = Budget(total: Money(yuan: 150_000), fiscal: Money(yuan: 150_000), other: .zero)
                            $0[project: 1][row: 2].value = TargetValue("≥98%")
                        }]) { _ in },
        ],
        passing: [
            RuleExample("预算增加，指标值提高", alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                $0[project: 1].budget = Budget(total: Money(yuan: 150_000), fiscal: Money(yuan: 150_000), other: .zero)
                $0[project: 1][row: 2].value = TargetValue("≥90%")
            }]) { _ in },
            RuleExample("预算减少，指标值随之降低", alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                $0[project: 1].budget = Budget(total: Money(yuan: 250_000), fiscal: Money(yuan: 250_000), other: .zero)
                $0[project: 1][row: 2].value = TargetValue("≥98%")
            }]) { _ in },
        ])

    /// A 指标值 that sets a floor (`≥95%`, `>4期`): the level the unit commits to reach.
    private static func floor(_ i: Indicator) -> TargetValue.Quantity? {
        guard let q = i.value.quantity, q.comparator == .atLeast || q.comparator == .greaterThan else { return nil }
        return q
    }
}
