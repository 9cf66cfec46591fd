import JixiaoModel

enum AmountVsBudget {
    static let rule = Rule(
        id: "indicator.amount-vs-budget",
        title: "写明项目资金的指标与预算数不符",
        help: """
        指标写的是项目所需资金（名称或描述有“所需资金”“经费金额”等）时，金额应等于预算数。\
        不等，要么指标抄自别的项目或往年，要么预算数有误；考核时将无从对照。比较时按指标值写出的精度：13.33 万元与 133,306 元一致。\
        请把金额改为预算数（可一键采纳建议），或核实预算数。
        """,
        category: .appropriateness, severity: .error, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            return ctx.compactMapJudged { row, i in
                guard let amount = ctx.fundingStatement(row) else { return nil }
                let unprinted = p.budgetUnitUnprinted
                let message = unprinted
                    ? "\(label: ctx.labels(row), i)写的是项目所需资金，指标值\(quoted: i.value.raw)与预算数 \(Say.budget(p.budget.total, of: p)) 不符"
                    : "\(label: ctx.labels(row), i)写的是项目所需资金，指标值\(quoted: i.value.raw)（\(Say.money(amount.money))）与预算数 \(Say.money(p.budget.total)) 不符"
                if ctx.isQuantityStatingMoney(row) {
                    // In a 数量指标 the budget figure would still be an input, not an output:
                    // no one-click fix that leads into `indicator.input-as-output`. One advice.
                    return ctx.finding(row: row, field: .value, message,
                                       suggestion: "数量指标写这笔钱完成的工作量（次数、台（套）数、人数、面积），资金是投入，不是产出；项目资金以预算数 \(Say.budget(p.budget.total, of: p)) 为准")
                }
                if unprinted {
                    // No one-click fix: it would have to write a unit the table does not print.
                    return ctx.finding(row: row, field: .value, message,
                                       suggestion: "金额与预算数 \(Say.budget(p.budget.total, of: p)) 一致，并写明单位；或核实预算数")
                }
                let to = rewrite(i.value.raw, amount: amount, as: p.budget.total)
                return ctx.finding(row: row, field: .value, message,
                                   suggestion: "改为\(quoted: to)，与预算数一致；或核实预算数",
                                   fix: Fix(.indicator(row: row, .value), from: i.value.raw, to: to))
            }
        },
        failing: [
            RuleExample("所需资金写 57.66 万元，预算数 20 万元", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1][row: 4][.name] = "培训经费金额"
                $0[project: 1][row: 4][.description] = "教师培训所需资金"
                $0[project: 1][row: 4][.value] = "≤57.66 万元"
            },
            RuleExample("数量指标写所需资金 57.66 万元：只提这一条，不给改成预算数的一键修改", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "培训经费金额"
                $0[project: 1][row: 1][.description] = "教师培训所需资金"
                $0[project: 1][row: 1][.value] = "57.66 万元"
            },
            RuleExample("单位：万元 的表中写 57.66", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1].unit.currency = "万元"
                $0[project: 1][row: 4][.description] = "教师培训所需资金"
                $0[project: 1][row: 4][.value] = "≤57.66"
            },
        ],
        passing: [
            RuleExample("13.33 万元对预算数 133,306 元") {
                $0[project: 1].budget = Budget(total: Money(yuan: 133_306), fiscal: Money(yuan: 133_306), other: .zero)
                $0[project: 1][row: 1][.description] = "教师培训所需资金"
                $0[project: 1][row: 1][.value] = "13.33 万元"
            },
            RuleExample("不是项目总资金的金额（人均成本）") { $0[project: 1][row: 4][.value] = "≤800元" },
            RuleExample("大写金额与预算数一致：贰拾万元") {
                $0[project: 1][row: 4][.description] = "教师培训所需资金"
                $0[project: 1][row: 4][.value] = "≤贰拾万元"
            },
        ])

    /// The value rewritten with the budget in the unit and precision it was written in:
    /// `57.66 万元` with 80,000 元 → `8 万元`.
    private static func rewrite(_ raw: String, amount: WrittenAmount, as budget: Money) -> String {
        let fenPerUnit = amount.unit.fenPerUnit
        let written = amount.step.fen >= fenPerUnit ? 0 : String(fenPerUnit / max(amount.step.fen, 1)).count - 1
        // Round the budget to the written decimals, then drop trailing zeros.
        var scale: Int64 = 1
        for _ in 0..<written { scale *= 10 }
        let unitsTimesScale = (budget.fen * scale * 2 + fenPerUnit) / (2 * fenPerUnit)
        var text = String(unitsTimesScale / scale)
        if written > 0 {
            var frac = String(unitsTimesScale % scale)
            frac = String(repeating: "0", count: written - frac.count) + frac
            while frac.last == "0" { frac.removeLast() }
            if !frac.isEmpty { text += "." + frac }
        }
        let normalized = TextNormalization.halfWidth(raw)
        // Only a value written in digits and in the unit itself is rewritten in place
        // (`≤57.66 万元` → `≤8 万元`); `五十七万元`, `57.66万`, `5千元` get the plain form.
        guard let q = TargetValue(raw).quantity, !q.inChineseNumerals, q.unit == amount.unit.rawValue
        else { return text + amount.unit.rawValue }
        let parts = normalized.split(separator: q.number.text, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return text + amount.unit.rawValue }
        return parts[0] + text + parts[1]
    }
}
