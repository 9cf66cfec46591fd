import JixiaoModel
import JixiaoRules

/// The document as one self-contained web page, print-ready on A4: the department part on
/// the first page, then each project on a page of its own in the 绩效目标表 layout (merged
/// 一级 and 二级 cells, the table's own columns, the header row repeated on every page a
/// long table takes), with its review status, the opinions and the findings highlighted
/// beside it — a cell a finding is about is shaded and lettered (E/W/i), never by colour
/// alone. A draft says so in a box at the top of the first page.
public struct HTMLFormat: ExportFormat {
    public init() {}

    public var id: String { "html" }
    public var title: String { "网页（可打印，A4）" }
    public var fileExtension: String { "html" }
    public var kind: ExportKind { .document }

    public func render(_ input: ExportInput) -> [UInt8] {
        let d = input.document
        var body: [String] = ["<section class=\"page first\">"]
        if let note = input.draftNote { body.append(HTML.element("p", "【\(note)】", class: "draft")) }
        body.append(HTML.element("h1", ExportText.title(d) + (input.draftNote == nil ? "（定稿）" : "（草稿）")))
        let unit = [d.department.code, d.department.unitName].filter { !$0.isEmpty }.joined(separator: " ")
        var meta = ["单位：" + (unit.isEmpty ? "—" : unit)]
        if !d.department.reviewedBy.isEmpty { meta.append("审核：" + d.department.reviewedBy) }
        body.append(HTML.element("p", meta.joined(separator: "　"), class: "meta"))
        body += overview(input)
        body += department(input)
        body.append(HTML.element("p", ExportText.provenance(input.record), class: "provenance"))
        body.append("</section>")
        for k in d.projects.indices { body += project(input, k) }
        return HTML.page(title: ExportText.title(d), body: body)
    }

    /// The projects with their budgets, review status and findings, and the total.
    func overview(_ input: ExportInput) -> [String] {
        let d = input.document
        var out = ["<h3>项目一览</h3>", "<table class=\"overview\">", HTML.colgroup([0.6, 4.2, 1.8, 0.9, 1.8]),
                   "<thead><tr><th class=\"num\">序号</th><th>项目名称</th><th class=\"num\">预算数（元）</th><th>审核</th><th>问题</th></tr></thead>",
                   "<tbody>"]
        for (k, p) in d.projects.enumerated() {
            let f = input.findings(ofProjectAt: k)
            out.append("<tr><td class=\"num\">\(p.number)</td><td>\(HTML.text(p.name))</td><td class=\"num\">\(HTML.text(p.amountCell(p.budget.total, printed: p.budget.totalFigure.printed)))</td>"
                       + "<td>\(status(d, k))</td><td>\(HTML.text(f.isEmpty ? "—" : ExportText.counts(f)))</td></tr>")
        }
        out.append("<tr><th></th><th>合计 \(d.projects.count) 个项目\(HTML.text(d.totalBudgetNote))</th><th class=\"num\">\(HTML.text(d.totalBudgetCell))</th><th></th><th>\(HTML.text(ExportText.counts(input.findings)))</th></tr>")
        out += ["</tbody>", "</table>"]
        return out
    }

    func department(_ input: ExportInput) -> [String] {
        let o = input.document.overall
        var out: [String] = []
        if !o.summary.isEmpty {
            out.append("<h3>一、总体绩效目标</h3>")
            out += o.summary.map { HTML.element("p", $0.text) }
        }
        if !o.subGoals.isEmpty {
            out.append("<h3>二、分项绩效目标</h3>")
            out.append("<ol>")
            for g in o.subGoals {
                out.append("<li>\(HTML.text(g.goal))" + (g.indicators.isEmpty ? "" : "<br><span class=\"note\">绩效指标：\(HTML.text(g.indicators))</span>") + "</li>")
            }
            out.append("</ol>")
        }
        if !o.measures.isEmpty {
            out.append("<h3>三、工作保障措施</h3>")
            out += o.measures.map { HTML.element("p", ($0.number.map { "\($0). " } ?? "") + $0.text) }
        }
        let general = input.findings.filter { $0.projectIndex == nil }
        if !general.isEmpty { out += findingsBox("部门层面审核发现的问题", general) }
        return out
    }

    func status(_ d: Document, _ k: Int) -> String {
        let s = d.review.status(ofProjectAt: k)
        return "<span class=\"status status-\(s.rawValue)\">\(s.chinese)</span>"
    }

    func findingsBox(_ title: String, _ findings: [Finding]) -> [String] {
        ["<div class=\"findings\">", "<p><b>\(HTML.text(title))</b>（\(HTML.text(ExportText.counts(findings)))）</p>"]
            + findings.map { f in
                "<p><span class=\"sev sev-\(f.severity.rawValue)\">\(f.severity.marker)</span>"
                    + HTML.text(ExportText.place(f) + "：" + ExportText.finding(f)) + "</p>"
            }
            + ["</div>"]
    }

    func project(_ input: ExportInput, _ k: Int) -> [String] {
        let d = input.document, p = d.projects[k]
        var out = ["<section class=\"page project\" id=\"project-\(p.number)\">"]
        if let note = input.draftNote { out.append(HTML.element("p", "【\(note)】", class: "draft")) }
        out.append(HTML.element("h2", "\(p.number). \(p.name.isEmpty ? p.heading : p.name)"))
        if !p.tableTitle.isEmpty { out.append(HTML.element("p", p.tableTitle, class: "meta")) }

        var facts: [(String, String)] = [("项目编码", p.code.isEmpty ? "（表中未填）" : p.code)]
        let unit = [p.unit.code, p.unit.name].filter { !$0.isEmpty }.joined(separator: " ")
        facts.append(("单位", (unit.isEmpty ? "（表中未印）" : unit) + "（\(p.unit.currencyLabel)）"))
        if !p.heading.isEmpty { facts.append(("表头", p.heading)) }
        facts += p.facts.map { ($0.label, $0.text) }
        out.append("<table class=\"facts\"><tbody>")
        out += facts.map { "<tr><td class=\"label\">\(HTML.text($0.0))</td><td>\(HTML.text($0.1))</td></tr>" }
        out.append("<tr><td class=\"label\">审核状态</td><td>\(status(d, k))</td></tr>")
        out.append("</tbody></table>")

        let cellFindings = { (part: Location.Part) in input.findings(ofProjectAt: k).filter { $0.location.part == part } }
        out.append("<table class=\"budget\">" + HTML.colgroup([1.4, 1.4, 3]) + "<thead><tr><th>预算规模</th><th class=\"num\">金额（元）</th><th>说明</th></tr></thead><tbody>")
        for line in ExportText.budgetLines(p) {
            out.append("<tr><td>\(line.label)</td><td class=\"num\">\(HTML.text(line.cell ?? "—"))</td><td class=\"note\">\(HTML.text(line.note))</td></tr>")
        }
        for i in p.budget.items {
            out.append("<tr><td>\(HTML.text(i.label))</td><td class=\"num\">\(HTML.text(i.amount.map { p.amountCell($0, printed: i.printed) } ?? "—"))</td><td class=\"note\">\(HTML.text("原文“\(i.printed)”"))</td></tr>")
        }
        out.append("<tr><td>资金用途</td><td colspan=\"2\"\(shade(cellFindings(.usage)))>\(HTML.text(p.usage.isEmpty ? "（空）" : p.usage))</td></tr>")
        out.append("</tbody></table>")

        if !p.spendingPlan.checkpoints.isEmpty {
            let plan = p.spendingPlan.checkpoints
            out.append("<table class=\"plan\"><thead><tr><th>资金支出计划（%）</th>" + plan.map { "<th class=\"num\">\($0.label)</th>" }.joined() + "</tr></thead>")
            out.append("<tbody><tr><td\(shade(cellFindings(.spendingPlan)))>计划支出比例</td>" + plan.map { "<td class=\"num\">\(HTML.text($0.figure.isEmpty ? "—" : $0.figure))</td>" }.joined() + "</tr></tbody></table>")
        }
        out.append("<h3>绩效目标</h3>")
        // Each goal with the number the document printed on it, where that is not its place.
        out.append(p.goals.isEmpty ? "<p>（空）</p>" : "<ol>" + p.goals.enumerated().map { k, g in
            (g.number == k + 1 ? "<li>" : "<li value=\"\(g.number)\">") + HTML.text(g.text) + "</li>"
        }.joined() + "</ol>")

        out += indicatorTable(input, k)
        if !p.notes.isEmpty { out += p.notes.map { HTML.element("p", $0.text, class: "note") } }

        let opinions = d.review.projects[String(k + 1)]?.opinions ?? []
        if !opinions.isEmpty {
            out.append("<div class=\"opinions\"><p><b>审核意见</b></p>")
            out += opinions.map { HTML.element("p", ExportText.opinion($0, utcOffset: input.record.utcOffset)) }
            out.append("</div>")
        }
        let findings = input.findings(ofProjectAt: k)
        if !findings.isEmpty { out += findingsBox("审核发现的问题", findings) }
        out.append("</section>")
        return out
    }

    /// ` class="error"` for a cell the worst of `findings` is about; "" for none.
    func shade(_ findings: [Finding]) -> String {
        guard let worst = findings.map(\.severity).min() else { return "" }
        return " class=\"\(worst.rawValue)\""
    }

    func indicatorTable(_ input: ExportInput, _ k: Int) -> [String] {
        let p = input.document.projects[k]
        let table = IndicatorTable(p)
        let weights = table.columns.map { c -> Double in
            if c.isText { return 2.6 }
            if c.field == .value || c.field == .basis { return 1.5 }
            return 1.1
        }
        var out = ["<h3>绩效指标</h3>", "<table class=\"indicators\">", HTML.colgroup(weights),
                   "<thead><tr>" + table.columns.map { "<th>\(HTML.text($0.header))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for (r, cells) in table.rows.enumerated() {
            let rowFindings = input.findings(ofProjectAt: k, row: r + 1)
            var tds: [String] = []
            for (c, text) in cells.enumerated() {
                let spans = c == 0 ? table.level1Spans : c == 1 ? table.level2Spans : nil
                var attributes = ""
                if let spans {
                    guard let span = spans.first(where: { $0.lowerBound == r }) else { continue }
                    if span.count > 1 { attributes += " rowspan=\"\(span.count)\"" }
                }
                let column = table.columns[c]
                let here = rowFindings.filter { f in
                    column.field != nil && (f.location.field == column.field || (f.location.field == nil && column.field == .name))
                }
                attributes += shade(here)
                let marks = here.isEmpty ? "" : "<span class=\"sev sev-\(here.map(\.severity).min()!.rawValue)\">"
                    + here.map(\.severity.marker).joined() + "</span>"
                tds.append("<td\(attributes)>\(marks)\(HTML.text(text))</td>")
            }
            out.append("<tr>" + tds.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }
}
