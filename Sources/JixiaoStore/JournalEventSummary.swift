import Foundation
import JixiaoModel
import JixiaoRules

/// A journal line in the reviewer's words — 通过, 退回, 意见, 豁免, fields as the
/// workstation names them (第 1 行指标的指标值), undo and redo as such — for `jixiao log`
/// and for the notice that says which line was recovered after a crash.
extension JournalEvent {
    /// `导入`, `修改`, `通过`, `退回`, `取消审核`, `意见`, `豁免`, `取消豁免`, `评定`, `撤销`,
    /// `重做`, `导出`.
    public var kindName: String {
        switch self {
        case .imported: "导入"
        case .revised(let r): "导入修改稿（第 \(r.version) 版）"
        case .edited: "修改"
        case .reviewed(let r): ReviewAction(rawValue: r.action)?.chinese ?? "审核"
        case .waived: "豁免"
        case .unwaived: "取消豁免"
        case .graded: "评定"
        case .undone: "撤销"
        case .redone: "重做"
        case .exported: "导出"
        }
    }

    /// What was done: `项目 3 第 1 行指标的指标值：“57.66 万元” → “8 万元”`.
    public var summary: String {
        switch self {
        case .imported(let i):
            return "\(i.file)（\(i.projects) 个项目，SHA-256 \(Hashing.abbreviated(i.sourceSHA256))）"
        case .revised(let r):
            return "\(r.file)（\(r.projects) 个项目，SHA-256 \(Hashing.abbreviated(r.sourceSHA256))）：\(r.comparison.summary)"
        case .edited(let x):
            let field = ProjectField(parsing: x.field)?.chinese ?? x.field
            return "\(FieldPath.place(ofProject: x.project)) \(field)：“\(x.old)” → “\(x.new)”" + (x.reopened == true ? "；项目原已通过，修改后回到待审" : "")
        case .reviewed(let r):
            var s = "项目 \(r.project)"
            if let row = r.row { s += " 第 \(row) 行指标" }
            if r.answered == true { s += "（确认退回意见已落实）" }
            if let c = r.comment, !c.isEmpty { s += "：\(c)" }
            return s
        case .waived(let w):
            return w.waivers.map(\.summary).joined(separator: "；")
        case .unwaived(let w):
            return w.waivers.map { "\($0.place) [\($0.rule)]" }.joined(separator: "；")
        case .graded(let g):
            var s = g.grade.grade.chinese
            if let suggested = g.grade.suggested {
                s += "（建议 \(suggested.chinese)" + (g.grade.score.map { "，得分 \(GradeAssessment.format($0))" } ?? "") + "）"
            }
            return s + (g.grade.comment.isEmpty ? "" : "：\(g.grade.comment)")
        case .undone(let r):
            return "第 \(r.of) 条：" + r.change.summary.joined(separator: "；")
        case .redone(let r):
            return "第 \(r.of) 条的撤销：" + r.change.summary.joined(separator: "；")
        case .exported(let x):
            return "\(x.format) → \(x.file)\(x.draft ? "（草稿）" : "")，SHA-256 \(Hashing.abbreviated(x.sha256))"
        }
    }
}

extension JournalEntry {
    /// `第 5 条（王审核，2026-11-25 20:05:00 +08:00，修改 项目 3 …）`, in the local zone.
    public var described: String { described(in: .current) }

    /// The same in `zone`.
    public func described(in zone: TimeZone) -> String {
        "第 \(seq) 条（\(actor)，\(JournalTime.local(time, in: zone))，\(event.kindName) \(event.summary)）"
    }
}
