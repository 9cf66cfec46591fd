import JixiaoTextLayout
import JixiaoModel

/// The document as text for people at a terminal: `jixiao show` and the summary bare
/// `jixiao` prints off a terminal. Columns are aligned by display width, amounts
/// right-aligned with thousands separators.
public enum DocumentReport {
    /// Department, totals, and one line per project.
    public static func overview(_ d: Document) -> String {
        var out: [String] = []
        let dep = d.department
        out.append("\(dep.name) \(dep.year) 年部门预算绩效文本" + (dep.isDraft ? "（草案）" : ""))
        out.append("单位编码 \(dep.code)  \(dep.unitName)    审核：\(dep.reviewedBy.isEmpty ? "—" : dep.reviewedBy)")
        out.append("项目 \(d.projects.count) 个，预算数合计 \(d.totalBudget.grouped) 元" +
                   "（财政资金 \(d.projects.reduce(Money.zero) { $0 + $1.budget.fiscal }.grouped) 元）")
        out.append("")
        var t = TextTable(columns: [
            .init("序号", .right), .init("项目编码"), .init("项目名称"), .init("预算数（元）", .right), .init("审核"),
        ])
        for (i, p) in d.projects.enumerated() {
            t.append([String(p.number), p.code, p.name, p.budget.total.grouped, d.review.status(ofProjectAt: i).chinese])
        }
        t.append(["", "", "合计", d.totalBudget.grouped, ""])
        out += t.render()
        return out.joined(separator: "\n") + "\n"
    }

    /// One project: header, amounts, plan, goals and the indicator table, numbered so a
    /// reviewer can name a row in `jixiao set`.
    public static func project(_ d: Document, at index: Int) -> String {
        let p = d.projects[index]
        var out: [String] = []
        out.append("\(p.number). \(p.name)")
        if TextNormalization.withoutBlanks(p.heading) != TextNormalization.withoutBlanks(p.name + "绩效目标表") {
            out.append("   表头：\(p.heading)")
        }
        out.append("")
        var header = TextTable(columns: [.init(""), .init("")])
        header.append(["项目编码", p.code])
        header.append(["单位", "\(p.unit.code) \(p.unit.name)（单位：\(p.unit.currency)）"])
        header.append(["审核状态", d.review.status(ofProjectAt: index).chinese])
        out += header.render(header: false)
        out.append("")
        var money = TextTable(columns: [.init(""), .init("", .right)])
        money.append(["预算数", p.budget.total.grouped + " 元"])
        money.append(["  其中：财政资金", p.budget.fiscal.grouped + " 元"])
        money.append(["        其他资金", p.budget.other.grouped + " 元"])
        out += money.render(header: false)
        out.append("")
        out.append("资金用途")
        out += DisplayWidth.wrap(p.usage.isEmpty ? "（空）" : p.usage, to: 76).map { "  " + $0 }
        out.append("")
        out.append("资金支出计划（%）")
        if p.spendingPlan.checkpoints.isEmpty {
            out.append("  （表中没有时间节点）")
        } else {
            var plan = TextTable(columns: p.spendingPlan.checkpoints.map { .init($0.label + ($0.labelled ? "" : "*"), .right) })
            plan.append(p.spendingPlan.checkpoints.map { $0.figure.isEmpty ? "—" : $0.figure })
            out += plan.render().map { "  " + $0 }
            if !p.spendingPlan.hasFigures { out.append("  （没有填写任何数字）") }
            if p.spendingPlan.checkpoints.contains(where: { !$0.labelled }) {
                out.append("  * 表头没有这一列，按顺序推定")
            }
        }
        out.append("")
        out.append("绩效目标")
        if p.goals.isEmpty { out.append("  （空）") }
        for g in p.goals { out.append("  \(g.number). \(g.text)") }
        out.append("")
        out.append("绩效指标")
        var t = TextTable(columns: [.init("#", .right)] + IndicatorField.columnTitles.map { .init($0) })
        var previous: Indicator?
        for (r, i) in p.indicators.enumerated() {
            t.append([String(r + 1), i.level1 == previous?.level1 ? "" : i.level1] + IndicatorField.allCases.map { i[$0] })
            previous = i
        }
        out += t.render().map { "  " + $0 }
        return out.joined(separator: "\n") + "\n"
    }
}
