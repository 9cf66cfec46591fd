#if canImport(Glibc)
import Glibc
#endif

/// `exports.jsonl` at the workspace's root: the record of exports that belong to no one
/// document — the bureau's department summary (`jixiao show -o`, the picker's `x`). Its
/// lines are export lines hash-chained exactly as a document's journal (`JournalFile`), so
/// `jixiao verify` can tell a summary sent out for what it is, as it does a document's
/// export.
public enum WorkspaceExports {
    public static let fileName = "exports.jsonl"

    public static func path(in workspace: Workspace) -> String { workspace.root + "/" + fileName }

    /// The record as it stands: the lines that chain, and any problem found.
    public static func read(in workspace: Workspace) throws(StoreError) -> JournalFile {
        JournalFile.parse(try DurableFile.read(path(in: workspace)) ?? [], ofDocument: false)
    }

    /// Each document's last journal line that changed it (exports change nothing), by id:
    /// the state a summary made now shows. Read before the summary is made, so a change
    /// meanwhile makes the record older than the file, never newer.
    public static func documentStates(in workspace: Workspace) throws(StoreError) -> [String: Int] {
        var states: [String: Int] = [:]
        for id in workspace.documentIDs() {
            let journal = JournalFile.parse(try DurableFile.read(workspace.files(of: id).journal) ?? [])
            states[id] = lastChange(journal)
        }
        return states
    }

    /// The last line of `journal` that changed its document or review; 0 when none.
    public static func lastChange(_ journal: JournalFile) -> Int {
        journal.entries.last { $0.kind != "export" }?.seq ?? 0
    }

    /// Appends the export durably after the last line, holding the file's lock the way a
    /// document's writer holds its journal's. A last line torn by a crash was never
    /// acknowledged and is cut off first; any other damage refuses the export, for a line
    /// chained onto it could never be verified.
    public static func record(_ export: JournalEvent.Exported, in workspace: Workspace,
                              actor: String, time: String) throws(StoreError) -> JournalEntry {
        let path = path(in: workspace)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd >= 0 {
            close(fd)
            // A new file's name must survive a crash as its line does.
            try DurableFile.syncFolder(workspace.root)
        } else if errno != EEXIST {
            throw StoreError("无法打开 \(path)：\(String(cString: strerror(errno)))", hint: "检查工作区文件夹的权限")
        }
        guard let lock = JournalLock(journal: path, exclusive: true) else {
            throw StoreError("无法锁定 \(path)", hint: "检查工作区文件夹的权限")
        }
        defer { lock.release() }
        var journal = try read(in: workspace)
        // Parsing stops at the first problem: a torn tail is then the only one.
        if let torn = journal.tornTailOffset {
            try DurableFile.truncate(path, to: torn)
            journal.problems = []
        }
        if let problem = journal.problems.first {
            throw StoreError("工作区的导出记录 \(path) 有问题（\(problem)），这次导出不能记在它后面",
                             hint: "把 \(fileName) 移到别处保存（它记着以前的导出），再导出")
        }
        let position = JournalPosition(seq: journal.lastSeq, head: journal.head)
        return try JournalFile.append(.exported(export), after: position, actor: actor, time: time, to: path).entry
    }
}
