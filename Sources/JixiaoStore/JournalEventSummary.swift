import Foundation

/// A journal line in the reviewer's words, for `jixiao log` and for the notice that says
/// which line was recovered after a crash.
extension JournalEvent {
    /// `导入`, `修改`, `审核`, `导出`.
    public var kindName: String {
        switch self {
        case .imported: "导入"
        case .edited: "修改"
        case .reviewed: "审核"
        case .exported: "导出"
        }
    }

    /// What was done: `项目 3 indicator.1.value：“57.66 万元” → “8 万元”`.
    public var summary: String {
        switch self {
        case .imported(let i):
            "\(i.file)（\(i.projects) 个项目，SHA-256 \(Hashing.abbreviated(i.sourceSHA256))）"
        case .edited(let x):
            "项目 \(x.project) \(x.field)：“\(x.old)” → “\(x.new)”"
        case .reviewed(let r):
            "项目 \(r.project) \(r.action)" + (r.comment.map { "：\($0)" } ?? "")
        case .exported(let x):
            "\(x.format) → \(x.file)\(x.draft ? "（草稿）" : "")，SHA-256 \(Hashing.abbreviated(x.sha256))"
        }
    }
}

extension JournalEntry {
    /// `第 5 条（王审核，2026-11-25 12:05:00，修改 项目 3 …）`.
    public var described: String {
        let when = time.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
        return "第 \(seq) 条（\(actor)，\(when)，\(event.kindName) \(event.summary)）"
    }
}
