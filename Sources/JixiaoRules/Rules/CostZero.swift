import JixiaoModel

enum CostZero {
    static let rule = Rule(
        id: "indicator.cost-zero",
        title: "成本指标的目标值为 0",
        help: """
        成本指标写的是完成产出要花的钱，以预算支出标准为上限。目标值写成 0（“=0万元/人”“0万元”“0”），\
        要么是没有填写、系统里留了默认的 0，要么是按整万元取整后小额成本成了 0，要么这一项本来没有支出——都不是能考核的成本目标。\
        请按预算支出标准填写成本上限（不足 1 万元的改用元作单位）；本项目没有这项支出的，删去这一行。\
        其他指标写 0 是正常的目标（事故次数 0 次、投诉 0 件），不在此列；社会成本、生态环境成本指标写 0 表示没有负面影响，也不在此列。
        """,
        category: .completeness, severity: .warning, basis: .regulation("财预〔2021〕101号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                let k = ctx.labels(row)
                guard let q = i.value.quantity, applies(k, q) else { return nil }
                let per = q.unitDenominator.map { "/\($0)" } ?? ""
                return ctx.finding(row: row, field: .value,
                                   "\(label: k, i)的指标值\(quoted: i.value.raw)是 0：成本目标不会是零，像是没有填写，或小额成本按整万元取整成了 0",
                                   suggestion: "按预算支出标准填写成本上限，如“≤N元\(per)”（不足 1 万元的用元作单位）；本项目没有这项支出的，删去这一行")
            }
        },
        failing: [
            RuleExample("人均成本“=0万元/人”", at: .cell(project: 1, row: 4, .value)) { $0[project: 1][row: 4][.value] = "=0万元/人" },
            RuleExample("成本“0万元”", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "0万元" },
            RuleExample("成本只写“0”", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "0" },
        ],
        passing: [
            RuleExample("成本写了上限") { $0[project: 1][row: 4][.value] = "≤800元/人" },
            RuleExample("小额成本写到小数（“≤0.04万元/人”）") { $0[project: 1][row: 4][.value] = "≤0.04万元/人" },
            RuleExample("数量指标写 0（“安全事故 0 次”）") { d in
                d[project: 1][row: 1][.name] = "培训安全事故次数"
                d[project: 1][row: 1][.value] = "0次"
            },
            RuleExample("生态环境成本指标写 0（没有负面影响）") { d in
                d[project: 2][row: 4].level1 = IndicatorFrame.cost
                d[project: 2][row: 4][.level2] = "生态环境成本指标"
                d[project: 2][row: 4][.name] = "绿化养护对周边环境的影响"
                d[project: 2][row: 4][.value] = "0"
            },
        ])

    /// Whether a row with these labels and this value is a zero cost target. A bare `0` is
    /// one only where the dimension is money (成本指标, 经济成本指标): a 社会成本 or 生态环境成本
    /// of 0 says there is no harm. `indicator.unit-missing` leaves such a `0` to this rule:
    /// one piece of advice for the cell.
    static func applies(_ k: RowLabels, _ q: TargetValue.Quantity) -> Bool {
        guard k.isCost, isZero(q) else { return false }
        let money = q.unitKind == .money || UnitKind.of(q.unitNumerator) == .money
        return money || (q.unitKind == .none && k.isMoneyCost)
    }

    /// Whether the target is exactly zero (`0`, `0.00`), not a range from zero.
    static func isZero(_ q: TargetValue.Quantity) -> Bool {
        q.upper == nil && q.number.integerDigits == "0" && q.number.fractionDigits.allSatisfy { $0 == "0" }
    }
}
