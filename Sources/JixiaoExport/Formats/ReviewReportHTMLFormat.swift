import JixiaoModel
import JixiaoReports
import JixiaoRules

/// The 审核意见书 as one self-contained web page, print-ready on A4: the 综合评定 with its
/// score table on the first page, then each project's opinions on a page of its own —
/// the opinions and findings highlighted, the checklist with boxes to tick.
public struct ReviewReportHTMLFormat: ExportFormat {
    public init() {}

    public var id: String { "report-html" }
    public var option: String { "html" }
    public var title: String { "审核意见书（网页，可打印）" }
    public var fileExtension: String { "html" }
    public var kind: ExportKind { .report }

    public func render(_ input: ExportInput) -> [UInt8] {
        let r = input.reviewReport
        var b = ["<section class=\"page first\">", HTML.element("h1", r.title), "<table class=\"facts\"><tbody>"]
        for (k, v) in [("单位", r.unit.isEmpty ? r.department : r.unit), ("审核单位", r.bureau.isEmpty ? "—" : r.bureau),
                       ("审核人", r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")), ("日期", r.date.isEmpty ? "—" : r.date)] {
            b.append("<tr><td class=\"label\">\(k)</td><td>\(HTML.text(v))</td></tr>")
        }
        b += ["</tbody></table>", "<h2>一、综合评定</h2>"]
        b += ReviewReportText.gradeLines(r).map { HTML.element("p", $0) }
        b += ["<table class=\"scores\">", HTML.colgroup([2, 1, 1, 1, 1]),
              "<thead><tr><th>审核维度</th><th class=\"num\">错误</th><th class=\"num\">警告</th><th class=\"num\">提示</th><th class=\"num\">得分</th></tr></thead><tbody>"]
        for d in r.dimensions {
            b.append("<tr><td>\(d.name)</td><td class=\"num\">\(d.errors)</td><td class=\"num\">\(d.warnings)</td><td class=\"num\">\(d.infos)</td><td class=\"num\">\(d.score.map { ReviewReportText.score($0) } ?? "—")</td></tr>")
        }
        b.append("<tr><th>合计</th><th class=\"num\">\(r.dimensions.reduce(0) { $0 + $1.errors })</th><th class=\"num\">\(r.dimensions.reduce(0) { $0 + $1.warnings })</th><th class=\"num\">\(r.dimensions.reduce(0) { $0 + $1.infos })</th><th class=\"num\">\(r.grade?.score.map { ReviewReportText.score($0) } ?? "—")</th></tr>")
        b += ["</tbody></table>", "<h3>评定理由</h3>", "<ul>"]
        b += r.reasons.isEmpty ? ["<li>规则未发现问题</li>"] : r.reasons.map { HTML.element("li", $0) }
        b += ["</ul>", "<h2>二、审核情况</h2>", "<table class=\"summary\">", HTML.colgroup([0.7, 4, 1.8, 0.9, 0.7, 0.7, 0.7]),
              "<thead><tr><th class=\"num\">序号</th><th>项目名称</th><th class=\"num\">预算数（元）</th><th>审核</th><th class=\"num\">错误</th><th class=\"num\">警告</th><th class=\"num\">提示</th></tr></thead><tbody>"]
        for p in r.projects {
            b.append("<tr><td class=\"num\">\(p.number)</td><td>\(HTML.text(p.name))</td><td class=\"num\">\(HTML.text(p.budgetCell))</td><td>\(status(p.status))</td><td class=\"num\">\(p.count(.error))</td><td class=\"num\">\(p.count(.warning))</td><td class=\"num\">\(p.count(.info))</td></tr>")
        }
        b.append("<tr><th></th><th>合计 \(r.projects.count) 个项目（通过 \(r.approvedCount)）\(HTML.text(r.totalBudgetNote))</th><th class=\"num\">\(HTML.text(r.totalBudgetCell))</th><th></th><th></th><th></th><th></th></tr>")
        b += ["</tbody></table>"]
        b += r.removedLines.map { HTML.element("p", $0) }
        b.append("<h2>四、部门层面审核意见</h2>")
        b += r.general.isEmpty ? ["<p>无</p>"] : ["<div class=\"findings\">"] + r.general.map(item) + ["</div>"]
        b.append("<h2>五、豁免的问题</h2>")
        b += r.waivers.isEmpty ? ["<p>无（审核人未豁免任何问题）</p>"] : r.waivers.map { HTML.element("p", ReviewReportText.waiver($0, r)) }
        b.append(HTML.element("p", r.provenance, class: "provenance"))
        b.append("</section>")

        for (k, p) in r.projects.enumerated() {
            b.append("<section class=\"page project\" id=\"project-\(p.number)\">")
            b.append(HTML.element("h2", (k == 0 ? "三、各项目审核意见　" : "") + "（\(ReviewReportText.chineseNumber(k + 1))）\(p.number). \(p.name)"))
            b.append("<p>项目编码 \(HTML.text(p.code.isEmpty ? "—" : p.code))；预算数 \(HTML.text(p.budgetSaid))；审核状态：\(status(p.status))</p>")
            if !p.opinions.isEmpty {
                b += ["<div class=\"opinions\"><p><b>审核意见</b></p>"] + p.opinions.map { HTML.element("p", r.opinion($0)) } + ["</div>"]
            }
            for (n, sec) in p.sections.enumerated() {
                b.append(HTML.element("h3", "\(n + 1). \(sec.section.rawValue)"))
                b += sec.items.isEmpty ? ["<p>无</p>"] : ["<div class=\"findings\">"] + sec.items.map(item) + ["</div>"]
            }
            b.append("<h3>需补充完善事项</h3>")
            b += p.checklist.isEmpty ? ["<p>无</p>"]
                : ["<ul class=\"checklist\">"] + p.checklist.enumerated().map { HTML.element("li", "□ \($0.offset + 1). \($0.element)") } + ["</ul>"]
            b.append("</section>")
        }
        b.append("<p class=\"meta\">审核人：\(HTML.text(r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")))　日期：\(HTML.text(r.date.isEmpty ? "—" : r.date))</p>")
        return HTML.page(title: r.title, body: b)
    }

    func status(_ s: ReviewStatus) -> String { "<span class=\"status status-\(s.rawValue)\">\(s.chinese)</span>" }

    func item(_ i: ReviewReport.Item) -> String {
        "<p><span class=\"sev sev-\(i.severity.rawValue)\">\(i.severity.marker)</span>"
            + HTML.text("\(i.place)：\(i.message)" + (i.suggestion.map { "。建议：\($0)" } ?? "")) + "</p>"
    }
}
