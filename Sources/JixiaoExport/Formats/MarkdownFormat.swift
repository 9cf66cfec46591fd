import JixiaoModel
import JixiaoRules

/// The document as Markdown: the department part, then one section per project with its
/// header, budget (amounts right-aligned with thousands separators), 资金用途, plan,
/// goals, the indicator table with every column the table had, the review status and
/// opinions and the findings. A draft says so on its first line. Markdown has no merged
/// cells: a 一级 or 二级 cell is left blank under the same one, as the printed tables do.
public struct MarkdownFormat: ExportFormat {
    public init() {}

    public var id: String { "md" }
    public var title: String { "Markdown" }
    public var fileExtension: String { "md" }
    public var kind: ExportKind { .document }

    public func render(_ input: ExportInput) -> [UInt8] {
        let d = input.document
        var out: [String] = []
        if let note = input.draftNote {
            out += ["> **【\(MarkdownText.inline(note))】**", ""]
        }
        out.append("# " + MarkdownText.inline(ExportText.title(d) + (input.draftNote == nil ? "（定稿）" : "（草稿）")))
        out.append("")
        let unit = [d.department.code, d.department.unitName].filter { !$0.isEmpty }.joined(separator: " ")
        var facts = ["单位：" + (unit.isEmpty ? "—" : unit)]
        if !d.department.preparedBy.isEmpty { facts.append("编制：" + d.department.preparedBy) }
        if !d.department.reviewedBy.isEmpty { facts.append("审核：" + d.department.reviewedBy) }
        facts.append("项目 \(d.projects.count) 个，" + (d.unprintedUnitTables.unprinted > 0 ? d.totalBudgetSaid
            : d.knownTotalBudget.map { "预算数合计 \(ExportText.yuan($0)) 元\(d.totalBudgetNote)" } ?? d.unstatedTotalBudget))
        out += facts.map { "- " + MarkdownText.inline($0) }
        out += ["", "*" + MarkdownText.inline(ExportText.provenance(input.record)) + "*", ""]
        out += department(d)
        let general = input.findings.filter { $0.projectIndex == nil }
        if !general.isEmpty {
            out += ["**部门层面审核发现的问题**（\(ExportText.counts(general))）", ""]
            out += general.map { "- " + MarkdownText.inline(ExportText.place($0) + "：" + ExportText.finding($0)) }
            out.append("")
        }
        out += ["## 预算项目绩效目标", ""]
        for k in d.projects.indices { out += project(input, k) }
        return Array((out.joined(separator: "\n") + "\n").utf8)
    }

    func department(_ d: Document) -> [String] {
        let o = d.overall
        guard !o.summary.isEmpty || !o.subGoals.isEmpty || !o.measures.isEmpty else { return [] }
        var out = ["## 部门整体绩效目标", ""]
        if !o.summary.isEmpty {
            out += ["### 一、总体绩效目标", ""]
            for p in o.summary { out += [MarkdownText.inline(p.text), ""] }
        }
        if !o.subGoals.isEmpty {
            out += ["### 二、分项绩效目标", ""]
            for g in o.subGoals {
                out.append("\(g.number)\\. " + MarkdownText.inline(g.goal))
                if !g.indicators.isEmpty { out.append("   绩效指标：" + MarkdownText.inline(g.indicators)) }
                out.append("")
            }
        }
        if !o.measures.isEmpty {
            out += ["### 三、工作保障措施", ""]
            for m in o.measures { out += [(m.number.map { "\($0)\\. " } ?? "") + MarkdownText.inline(m.text), ""] }
        }
        return out
    }

    func project(_ input: ExportInput, _ k: Int) -> [String] {
        let d = input.document, p = d.projects[k]
        var out = ["### \(p.number)\\. " + MarkdownText.inline(p.name.isEmpty ? p.heading : p.name), ""]
        var header: [[String]] = [["项目编码", p.code.isEmpty ? "（表中未填）" : p.code]]
        if !p.heading.isEmpty { header.append(["表头", p.heading]) }
        if !p.tableTitle.isEmpty { header.append(["表题", p.tableTitle]) }
        let unit = [p.unit.code, p.unit.name].filter { !$0.isEmpty }.joined(separator: " ")
        header.append(["单位", (unit.isEmpty ? "（表中未印）" : unit) + "（\(p.unit.currencyLabel)）"])
        for f in p.facts { header.append([f.label, f.text]) }
        header.append(["审核状态", ExportText.status(d, k)])
        out += MarkdownText.table(["项目", "内容"], header)
        out.append("")

        let budget = ExportText.budgetLines(p)
        var money = budget.map { [$0.label, $0.cell ?? "—", $0.note] }
        for i in p.budget.items { money.append([i.label, i.amount.map { p.amountCell($0, printed: i.printed) } ?? "—", "原文“\(i.printed)”"]) }
        out += MarkdownText.table(["预算", "金额（元）", "说明"], money, right: [1])
        out.append("")
        out += ["**资金用途**：" + MarkdownText.inline(p.usage.isEmpty ? "（空）" : p.usage), ""]
        if !p.spendingPlan.checkpoints.isEmpty {
            out.append("**资金支出计划（%）**")
            out.append("")
            let plan = p.spendingPlan.checkpoints
            out += MarkdownText.table(plan.map(\.label), [plan.map { $0.figure.isEmpty ? "—" : $0.figure }],
                                      right: Set(plan.indices))
            out.append("")
        } else if p.layout.hasSpendingPlan {
            out += ["**资金支出计划（%）**：（表中没有时间节点）", ""]
        }
        out.append("**绩效目标**")
        out.append("")
        if p.goals.isEmpty { out.append("（空）") }
        for g in p.goals { out.append("\(g.number)\\. " + MarkdownText.inline(g.text)) }
        out.append("")

        let table = IndicatorTable(p)
        out.append("**绩效指标**")
        out.append("")
        var rows: [[String]] = []
        for (r, cells) in table.rows.enumerated() {
            var row = cells
            if !table.level1Spans.contains(where: { $0.lowerBound == r }) { row[0] = "" }
            if !table.level2Spans.contains(where: { $0.lowerBound == r }) { row[1] = "" }
            rows.append(row)
        }
        out += MarkdownText.table(table.columns.map(\.header), rows)
        out.append("")
        if !p.notes.isEmpty {
            out += p.notes.map { "> " + MarkdownText.inline($0.text) }
            out.append("")
        }

        let opinions = d.review.projects[String(k + 1)]?.opinions ?? []
        if !opinions.isEmpty {
            out += ["**审核意见**", ""]
            out += opinions.map { "- " + MarkdownText.inline(ExportText.opinion($0, utcOffset: input.record.utcOffset)) }
            out.append("")
        }
        let findings = input.findings(ofProjectAt: k)
        if !findings.isEmpty {
            out += ["**审核发现的问题**（\(ExportText.counts(findings))）", ""]
            out += findings.map { "- " + MarkdownText.inline(ExportText.place($0) + "：" + ExportText.finding($0)) }
            out.append("")
        }
        return out
    }
}
