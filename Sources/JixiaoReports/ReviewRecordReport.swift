import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The review record as text for a terminal: opinions and waivers (`jixiao show`), the
/// 综合评定 with its score table (`jixiao grade`, `jixiao show`), what the reviewer changed
/// (`jixiao changes`). Times come as the journal records them (UTC); `time` shows them in
/// the reviewer's zone.
public enum ReviewRecordReport {
    public typealias TimeFormat = (String) -> String

    /// Per opinion: `退回意见  王审核  2026-11-25 20:05 +08:00  第 2 行指标（…）`, then its text.
    public static func opinions(_ d: Document, at index: Int, time: TimeFormat) -> [String] {
        let opinions = d.review.opinions(ofProjectAt: index)
        guard !opinions.isEmpty else { return [] }
        var out = ["审核意见"]
        for o in opinions {
            let row = o.row.map { "  第 \($0) 行指标（\(rowName(d, index, $0))）" } ?? ""
            out.append("  \(o.label)  \(o.reviewer)  \(time(o.time))\(row)")
            out += DisplayWidth.wrap(o.text, to: ReportLayout.textWidth - 4).map { "    " + $0 }
        }
        return out
    }

    static func rowName(_ d: Document, _ index: Int, _ row: Int) -> String {
        let rows = d.projects[index].indicators
        return rows.indices.contains(row - 1) ? rows[row - 1].name : "?"
    }

    /// The waivers of one project (nil: the department), each with its finding as it read,
    /// the reason and who; a stale one says so.
    public static func waivers(_ d: Document, at index: Int?, stale: [Waiver], time: TimeFormat) -> [String] {
        let waivers = d.review.waivers(ofProjectAt: index)
        guard !waivers.isEmpty else { return [] }
        var out = ["豁免的问题"]
        for w in waivers {
            let severity = Severity(rawValue: w.severity)?.chinese ?? w.severity
            let state = stale.contains(w) ? "（已失效：问题已不存在）" : ""
            out.append("  \(w.place) [\(w.rule)]\(state)")
            out += DisplayWidth.wrap("\(severity)：\(w.message)", to: ReportLayout.textWidth - 4).map { "    " + $0 }
            out.append("    \(w.reason)  —— \(w.reviewer)  \(time(w.time))")
        }
        return out
    }

    /// 综合评定: the grade given (or 未评定) and Jixiao's suggestion with its score table.
    public static func grade(_ d: Document, _ assessment: GradeAssessment, time: TimeFormat) -> [String] {
        var out = ["综合评定"]
        if let g = d.review.grade {
            var line = "  评定：\(g.grade.chinese)（\(g.grade.meaning)）  \(g.reviewer)  \(time(g.time))"
            if g.differsFromSuggestion, let s = g.suggested { line += "  与当时的建议“\(s.chinese)”不同" }
            out.append(line)
            if !g.comment.isEmpty {
                out += DisplayWidth.wrap("总体意见：" + g.comment, to: ReportLayout.textWidth - 4).map { "  " + $0 }
            }
        } else {
            out.append("  评定：未评定（jixiao grade 优|良|中|差 --comment 总体意见）")
        }
        out += assessment.lines.map { "  " + $0 }
        return out
    }

    /// `综合评定 良`, or `未评定（建议 中）`: one phrase for titles.
    public static func gradeTitle(_ d: Document, _ assessment: GradeAssessment) -> String {
        if let g = d.review.grade { return "综合评定 \(g.grade.chinese)" }
        return "未评定（建议 \(assessment.suggested.chinese)）"
    }

    /// The fields changed since import: project, field, imported and current value, who,
    /// when, which journal line.
    public static func changes(_ changes: [ChangedField], in d: Document, time: TimeFormat) -> String {
        guard !changes.isEmpty else { return "自导入以来没有修改任何字段\n" }
        var t = TextTable(columns: [.init("项目", .right), .init("字段"), .init("导入时", maxWidth: 24), .init("现在", maxWidth: 24),
                                    .init("修改人"), .init("时间"), .init("日志", .right)])
        for c in changes {
            t.append([c.path.isDepartment ? "部门" : String(d.projects[c.path.projectIndex].number), d.label(of: c.path),
                      c.imported.isEmpty ? "（空）" : c.imported, c.current.isEmpty ? "（空）" : c.current,
                      c.stamp?.actor ?? "—", c.stamp.map { time($0.time) } ?? "—", c.stamp.map { "第 \($0.seq) 条" } ?? "—"])
        }
        let projects = Set(changes.filter { !$0.path.isDepartment }.map(\.path.projectIndex)).count
        let department = changes.contains { $0.path.isDepartment }
        let what = department ? "部门整体绩效目标" + (projects > 0 ? "和 \(projects) 个项目" : "") : " \(projects) 个项目"
        return (t.render() + ["", "共 \(changes.count) 个字段，涉及\(what)"]).joined(separator: "\n") + "\n"
    }
}
