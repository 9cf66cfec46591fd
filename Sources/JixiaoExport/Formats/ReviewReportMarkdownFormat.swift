import JixiaoModel
import JixiaoReports
import JixiaoRules

/// The 审核意见书 in Markdown: the same parts as the text, tables as Markdown tables and
/// the 需补充完善事项 as a task list the unit can tick.
public struct ReviewReportMarkdownFormat: ExportFormat {
    public init() {}

    public var id: String { "report-md" }
    public var option: String { "md" }
    public var title: String { "审核意见书（Markdown）" }
    public var fileExtension: String { "md" }
    public var kind: ExportKind { .report }

    public func render(_ input: ExportInput) -> [UInt8] {
        let r = input.reviewReport
        let e = MarkdownText.inline
        var out = ["# " + e(r.title), ""]
        out += MarkdownText.table(["项目", "内容"], [
            ["单位", r.unit.isEmpty ? r.department : r.unit], ["审核单位", r.bureau.isEmpty ? "—" : r.bureau],
            ["审核人", r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")], ["日期", r.date.isEmpty ? "—" : r.date],
        ])
        out += ["", "*" + e(r.provenance) + "*", "", "## 一、综合评定", ""]
        out += ReviewReportText.gradeLines(r).map { "- " + e($0) }
        out.append("")
        var rows = r.dimensions.map { d in [d.name, String(d.errors), String(d.warnings), String(d.infos), d.score.map { ReviewReportText.score($0) } ?? "—"] }
        rows.append(["合计", String(r.dimensions.reduce(0) { $0 + $1.errors }), String(r.dimensions.reduce(0) { $0 + $1.warnings }),
                     String(r.dimensions.reduce(0) { $0 + $1.infos }), r.grade?.score.map { ReviewReportText.score($0) } ?? "—"])
        out += MarkdownText.table(["审核维度", "错误", "警告", "提示", "得分"], rows, right: [1, 2, 3, 4])
        out += ["", "**评定理由**", ""]
        out += r.reasons.isEmpty ? ["- 规则未发现问题"] : r.reasons.map { "- " + e($0) }
        out += ["", "## 二、审核情况", ""]
        var summary = r.projects.map { p in
            [String(p.number), p.name, p.budgetCell, p.status.chinese, String(p.count(.error)), String(p.count(.warning)), String(p.count(.info))]
        }
        summary.append(["", "合计 \(r.projects.count) 个项目" + r.totalBudgetNote, r.totalBudgetCell, "通过 \(r.approvedCount)", "", "", ""])
        out += MarkdownText.table(["序号", "项目名称", "预算数（元）", "审核", "错误", "警告", "提示"], summary, right: [0, 2, 4, 5, 6])
        if !r.removedLines.isEmpty { out += [""] + r.removedLines.map { e($0) + "  " } }
        out += ["", "## 三、各项目审核意见", ""]
        for (k, p) in r.projects.enumerated() {
            out += ["### （\(ReviewReportText.chineseNumber(k + 1))）\(p.number)\\. " + e(p.name), ""]
            out += ["项目编码 \(e(p.code.isEmpty ? "—" : p.code))；预算数 \(e(p.budgetSaid))；审核状态：**\(p.status.chinese)**", ""]
            if !p.opinions.isEmpty {
                out += ["**审核意见**", ""] + p.opinions.map { "> " + e(r.opinion($0)) + "  " } + [""]
            }
            for (n, sec) in p.sections.enumerated() {
                out += ["**\(n + 1). \(sec.section.rawValue)**", ""]
                out += sec.items.isEmpty ? ["- 无"] : sec.items.map { "- " + e(ReviewReportText.item($0)) }
                out.append("")
            }
            out += ["**需补充完善事项**", ""]
            out += p.checklist.isEmpty ? ["- 无"] : p.checklist.map { "- [ ] " + e($0) }
            out.append("")
        }
        out += ["## 四、部门层面审核意见", ""]
        out += r.general.isEmpty ? ["- 无"] : r.general.map { "- " + e(ReviewReportText.item($0)) }
        out += ["", "## 五、豁免的问题", ""]
        out += r.waivers.isEmpty ? ["- 无（审核人未豁免任何问题）"] : r.waivers.map { "- " + e(ReviewReportText.waiver($0, r)) }
        out += ["", "审核人：\(e(r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")))　　日期：\(r.date.isEmpty ? "—" : r.date)"]
        return Array((out.joined(separator: "\n") + "\n").utf8)
    }
}
