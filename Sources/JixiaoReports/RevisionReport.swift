import JixiaoModel
import JixiaoRules

/// The second round as text (`jixiao changes --since-revision`): per project, what the
/// unit changed since the version before — field, the text before and after — with the
/// reviewer's opinions beside the changes that answer them (a row's opinion under that
/// row's changes, the project's opinions at its head), and the decision before → after.
public enum RevisionReport {
    /// The revision that made version `version` from `file`, recorded by `actor` at `at`.
    public struct Revision: Sendable {
        public var version: Int
        public var file: String
        public var actor: String
        public var time: String
        public var seq: Int
        public var comparison: RevisionComparison

        public init(version: Int, file: String, actor: String, time: String, seq: Int, comparison: RevisionComparison) {
            self.version = version
            self.file = file
            self.actor = actor
            self.time = time
            self.seq = seq
            self.comparison = comparison
        }
    }

    /// The report; `project` (0-based, in the current document) limits it to one project.
    public static func text(_ r: Revision, in d: Document, project: Int? = nil, time: ReviewRecordReport.TimeFormat) -> String {
        let cmp = r.comparison
        var out = ["第 \(r.version) 版（\(r.file)，\(r.actor) \(time(r.time)) 导入，日志第 \(r.seq) 条）与第 \(r.version - 1) 版比较：\(cmp.summary)"]
        if cmp.departmentChanged && project == nil { out.append("部门整体部分（总体目标、目录或封面）也有改动") }
        if let g = cmp.clearedGrade, project == nil { out.append("原综合评定 \(g.grade.chinese) 已清除，须重新评定") }
        let shown: [ProjectRevision]
        if let project {
            shown = cmp.projects.filter { $0.new == project + 1 }
        } else {
            shown = cmp.projects.filter { !$0.changes.isEmpty || !$0.match.isMatched || $0.match == .name }
        }
        for p in shown {
            out.append("")
            out += lines(p, r, in: d, time: time)
        }
        if project == nil {
            let same = cmp.unchanged
            if !same.isEmpty {
                out.append("")
                let numbers = same.compactMap(\.new).map(String.init).joined(separator: "、")
                out.append("未改的 \(same.count) 个项目（\(numbers)）保留审核结论")
                let returned = same.filter { $0.before == .returned }
                if !returned.isEmpty {
                    out.append("  其中退回而单位没有改动：" + returned.map { "\($0.new ?? 0). \($0.name)" }.joined(separator: "、"))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func lines(_ p: ProjectRevision, _ r: Revision, in d: Document, time: ReviewRecordReport.TimeFormat) -> [String] {
        var out: [String] = []
        let now = p.new.map { d.review.status(ofProjectAt: $0 - 1) }
        var decision = p.decisionText
        if let now, now != p.after { decision += "（现在：\(now.chinese)）" }
        switch p.match {
        case .removed:
            out.append("原 \(p.old ?? 0). \(p.name)（\(p.code)）：\(decision)")
            for o in p.review?.opinions ?? [] { out.append("  " + opinion(o, time: time)) }
            for w in p.waivers { out.append("  豁免 [\(w.rule)]：\(w.reason)（\(w.reviewer)）") }
            return out
        case .added:
            out.append("\(p.new ?? 0). \(p.name)（\(p.code)）：\(decision)")
            return out
        case .code, .name:
            let moved = p.old != p.new ? "，原第 \(p.old ?? 0) 个" : ""
            let how = p.match == .name ? "，项目编码不同，按项目名称对应" : ""
            out.append("\(p.new ?? 0). \(p.name)（\(p.code)\(moved)\(how)）：\(decision)")
        }
        // The opinions recorded before the revision: what the changes may answer.
        let opinions = p.new.map { d.review.opinions(ofProjectAt: $0 - 1) }?.filter { $0.time <= r.time } ?? []
        for o in opinions where o.row == nil { out.append("  " + opinion(o, time: time)) }
        for m in p.movedRows where m.to == nil {
            out.append("  原第 \(m.from) 行的意见：该行在修改稿中已删去，意见留在项目上")
        }
        if p.changes.isEmpty { out.append("  没有改动") }
        var rowsShown = Set<Int>()
        for (k, c) in p.changes.enumerated() {
            out.append("  \(c.label)：“\(c.old.isEmpty ? "（空）" : c.old)” → “\(c.new.isEmpty ? "（空）" : c.new)”")
            // A row's opinions under the last change to that row.
            if let row = c.row, !p.changes[(k + 1)...].contains(where: { $0.row == row }) {
                rowsShown.insert(row)
                for o in opinions where o.row == row { out.append("    ↳ " + opinion(o, time: time)) }
            }
        }
        for o in opinions where o.row != nil && !rowsShown.contains(o.row!) {
            out.append("  第 \(o.row!) 行（未改）的" + opinion(o, time: time))
        }
        return out
    }

    /// `退回意见（王审核，11-26 09:00）：完成率目标偏低`.
    static func opinion(_ o: Opinion, time: ReviewRecordReport.TimeFormat) -> String {
        let row = o.row.map { "第 \($0) 行的" } ?? ""
        return "\(row)\(o.label)（\(o.reviewer)，\(time(o.time))）：\(o.text)"
    }
}
