import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The 审核意见书 as plain text, for a terminal or a mail: numbered parts as the bureau's
/// form has them, tables aligned by display width, amounts right-aligned with thousands
/// separators, long lines wrapped at 76 columns.
public enum ReviewReportText {
    static let width = 76

    public static func render(_ r: ReviewReport) -> String {
        var out: [String] = [r.title, String(repeating: "=", count: min(DisplayWidth.of(r.title), width)), ""]
        out.append("单位：" + (r.unit.isEmpty ? r.department : r.unit))
        out.append("审核单位：" + (r.bureau.isEmpty ? "—" : r.bureau))
        out.append("审核人：" + (r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")))
        out.append("日期：" + (r.date.isEmpty ? "—" : r.date))
        out.append("（\(r.provenance)）")
        out.append("")

        out += ["一、综合评定", ""]
        out += gradeLines(r).flatMap { wrap($0, indent: "  ") }
        out.append("")
        var t = TextTable(columns: [.init("审核维度"), .init("错误", .right), .init("警告", .right), .init("提示", .right),
                                    .init("得分", .right)])
        for d in r.dimensions {
            t.append([d.name, String(d.errors), String(d.warnings), String(d.infos), d.score.map { score($0) } ?? "—"])
        }
        t.append(["合计", String(r.dimensions.reduce(0) { $0 + $1.errors }), String(r.dimensions.reduce(0) { $0 + $1.warnings }),
                  String(r.dimensions.reduce(0) { $0 + $1.infos }), r.grade?.score.map { score($0) } ?? "—"])
        out += t.render().map { "  " + $0 }
        out.append("")
        out.append("  评定理由：")
        if r.reasons.isEmpty { out.append("    规则未发现问题") }
        for reason in r.reasons { out += wrap("- " + reason, indent: "    ", hanging: "      ") }
        out.append("")

        out += ["二、审核情况", ""]
        var s = TextTable(columns: [.init("序号", .right), .init("项目名称"), .init("预算数（元）", .right), .init("审核"),
                                    .init("错误", .right), .init("警告", .right), .init("提示", .right)])
        for p in r.projects {
            s.append([String(p.number), p.name, p.budgetCell, p.status.chinese, String(p.count(.error)),
                      String(p.count(.warning)), String(p.count(.info))])
        }
        s.append(["", "合计 \(r.projects.count) 个项目" + r.totalBudgetNote, r.totalBudgetCell, "", "", "", ""])
        out += s.render().map { "  " + $0 }
        out.append("  通过 \(r.approvedCount) 个，退回 \(r.returnedCount) 个，待审 \(r.projects.count - r.approvedCount - r.returnedCount) 个。")
        for line in r.removedLines { out += wrap(line, indent: "  ", hanging: "    ") }
        out.append("")

        out += ["三、各项目审核意见", ""]
        for (k, p) in r.projects.enumerated() {
            out.append("（\(ReviewReportText.chineseNumber(k + 1))）\(p.number). \(p.name)")
            out += wrap("项目编码 \(p.code.isEmpty ? "—" : p.code)；预算数 \(p.budgetSaid)；审核状态：\(p.status.chinese)",
                        indent: "  ")
            if !p.opinions.isEmpty {
                out.append("  审核意见：")
                for o in p.opinions { out += wrap("- " + r.opinion(o), indent: "    ", hanging: "      ") }
            }
            for (n, sec) in p.sections.enumerated() {
                out.append("  \(n + 1). \(sec.section.rawValue)")
                if sec.items.isEmpty { out.append("     无") }
                for i in sec.items { out += wrap(item(i), indent: "     ", hanging: "       ") }
            }
            out.append("  需补充完善事项：")
            if p.checklist.isEmpty { out.append("     无") }
            for (n, c) in p.checklist.enumerated() { out += wrap("□ \(n + 1). \(c)", indent: "     ", hanging: "         ") }
            out.append("")
        }

        out += ["四、部门层面审核意见", ""]
        if r.general.isEmpty { out.append("  无") }
        for i in r.general { out += wrap(item(i), indent: "  ", hanging: "    ") }
        out.append("")

        out += ["五、豁免的问题", ""]
        if r.waivers.isEmpty { out.append("  无（审核人未豁免任何问题）") }
        for w in r.waivers { out += wrap(waiver(w, r), indent: "  ", hanging: "    ") }
        out.append("")
        out.append("审核人：\(r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、"))　　日期：\(r.date.isEmpty ? "—" : r.date)")
        return out.joined(separator: "\n") + "\n"
    }

    /// The grade, its meaning, the overall opinion and Jixiao's suggestion; or that none is
    /// given yet.
    public static func gradeLines(_ r: ReviewReport) -> [String] {
        guard let g = r.grade else {
            return ["评定：尚未评定（审核人评定优、良、中、差后列在这里）"]
        }
        var lines = ["评定：\(g.grade)（\(g.meaning)）"]
        if !g.comment.isEmpty { lines.append("总体审核意见：\(g.comment)") }
        if let s = g.suggested, s != g.grade {
            lines.append("Jixiao 按问题评分建议：\(s)" + (g.score.map { "（\(score($0)) 分）" } ?? "") + "；审核人另行评定")
        } else if let sc = g.score {
            lines.append("评分：\(score(sc)) 分")
        }
        lines.append("评定人：\(g.reviewer)，\(r.time(g.time))")
        return lines
    }

    /// `[错误] 绩效指标第 1 行（…）› 指标值：…。建议：…`.
    public static func item(_ i: ReviewReport.Item) -> String {
        "[\(i.severity.chinese)] \(i.place)：\(i.message)" + (i.suggestion.map { "。建议：\($0)" } ?? "")
    }

    public static func waiver(_ w: ReviewReport.WaiverLine, _ r: ReviewReport) -> String {
        (w.project.map { "项目 \($0) " } ?? "部门 ") + "\(w.place)：\(w.message)（\(w.rule)）；理由：\(w.reason)（\(w.reviewer)，\(r.time(w.time))）"
    }

    public static func score(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(format: "%.1f", s)
    }

    static func wrap(_ s: String, indent: String, hanging: String? = nil) -> [String] {
        let room = width - max(DisplayWidth.of(indent), DisplayWidth.of(hanging ?? indent))
        let lines = DisplayWidth.wrap(s, to: room)
        return lines.enumerated().map { k, l in (k == 0 ? indent : (hanging ?? indent)) + l }
    }

    /// 一, 二, … 九十九: how the form numbers its parts.
    public static func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        return String(n)
    }
}
