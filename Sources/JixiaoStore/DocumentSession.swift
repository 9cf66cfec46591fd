import Foundation
import JixiaoModel

/// An open document: its current state, the journal position, and — when opened for
/// writing and no other process has it — the lock that makes this the one writer.
/// Every change is journaled first and then saved, both durably.
public final class DocumentSession {
    public enum Access: Sendable { case write, read }

    public let id: String
    public let folder: String
    public let files: DocumentFiles
    public private(set) var document: Document
    /// Why the session is read-only, when it is; nil when this is the writer.
    public private(set) var readOnlyReason: String?
    /// Things the reviewer should know about opening: a recovered edit, a journal problem.
    public private(set) var notices: [String] = []
    public private(set) var position: JournalPosition

    private var lock: DocumentLock?

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// The workspace the document is in.
    public var workspaceRoot: String { (folder as NSString).deletingLastPathComponent }

    init(folder: String, id: String, access: Access) throws(StoreError) {
        self.id = id
        self.folder = folder
        files = DocumentFiles(folder: folder)
        guard FileManager.default.fileExists(atPath: files.document) else {
            throw StoreError("工作区里没有文档 \(id)", hint: "用 jixiao import 导入，或检查 --document")
        }
        if access == .write {
            switch DocumentLock.acquire(folder: folder) {
            case .acquired(let l): lock = l
            case .busy: readOnlyReason = "另一个 Jixiao 正在编辑 \(id)：本次以只读方式打开"
            case .failed(let reason): readOnlyReason = "无法锁定 \(folder)（\(reason)）：本次以只读方式打开"
            }
        } else {
            readOnlyReason = "以只读方式打开"
        }
        let stored = try Self.loadStored(files.document)
        document = stored.document
        position = stored.journal
        try reconcileJournal()
    }

    static func loadStored(_ path: String) throws(StoreError) -> StoredDocument {
        guard let bytes = try DurableFile.read(path) else {
            throw StoreError("找不到 \(path)")
        }
        do {
            return try StableJSON.decode(StoredDocument.self, from: bytes)
        } catch {
            throw StoreError("\(path) 无法解析：\(describe(error))",
                             hint: "\(DocumentFiles.documentName) 可由日志重建：运行 jixiao log --verify 查看")
        }
    }

    /// Compares the journal with the position `document.json` records. A journal ahead
    /// by whole valid lines is a save that a crash interrupted: those lines are applied
    /// (and saved, if writable). Anything else — a torn or altered journal, a cut
    /// tail — makes the session read-only and is reported, never repaired.
    private func reconcileJournal() throws(StoreError) {
        let bytes = try DurableFile.read(files.journal) ?? []
        let journal = JournalFile.parse(bytes)
        if let problem = journal.problems.first {
            makeReadOnly("日志有问题（\(problem)）：本次以只读方式打开；运行 jixiao log --verify 查看")
            return
        }
        if position.seq < 1 {
            makeReadOnly("\(DocumentFiles.documentName) 记录的日志位置无效（\(position.seq)）：本次以只读方式打开；运行 jixiao log --verify 查看")
            return
        }
        if journal.lastSeq < position.seq {
            makeReadOnly("\(JournalProblem.cutTail(expectedSeq: position.seq, foundSeq: journal.lastSeq))：本次以只读方式打开")
            return
        }
        if journal.lineHashes[position.seq - 1] != position.head {
            makeReadOnly("\(JournalProblem.headMismatch(seq: position.seq))：本次以只读方式打开")
            return
        }
        guard journal.lastSeq > position.seq else { return }
        var doc = document
        for entry in journal.entries[position.seq...] {
            do {
                doc = try JournalReplay.apply(entry, to: doc)
            } catch {
                makeReadOnly("日志第 \(entry.seq) 行无法应用（\(error)）：本次以只读方式打开")
                return
            }
        }
        let recovered = journal.lastSeq - position.seq
        document = doc
        position = JournalPosition(seq: journal.lastSeq, head: journal.head)
        if isReadOnly {
            notices.append("日志中有 \(recovered) 条记录尚未保存到 \(DocumentFiles.documentName)，已在内存中应用")
        } else {
            try save()
            notices.append("已从日志恢复 \(recovered) 条上次未保存完的修改")
        }
    }

    private func makeReadOnly(_ reason: String) {
        notices.append(reason)
        readOnlyReason = readOnlyReason ?? reason
        lock?.release()
        lock = nil
    }

    /// Records an event: appends it to the journal, then saves the new document.
    @discardableResult
    public func record(_ event: JournalEvent, actor: String, time: String, result: Document) throws(StoreError) -> JournalEntry {
        if let readOnlyReason { throw StoreError("不能修改：\(readOnlyReason)") }
        let entry: JournalEntry
        (entry, position) = try JournalFile.append(event, after: position, actor: actor, time: time, to: files.journal)
        document = result
        try save()
        return entry
    }

    /// Sets one field, journaled as an edit with the old and the new text.
    @discardableResult
    public func set(_ path: FieldPath, to text: String, actor: String, time: String) throws -> JournalEntry? {
        let old = document.value(at: path)
        let updated = try document.setting(path, to: text)
        let new = updated.value(at: path) ?? ""
        if old == new { return nil }
        let p = document.projects[path.projectIndex]
        return try record(.edited(.init(project: path.projectIndex + 1, code: p.code, field: path.field.description,
                                        old: old ?? "", new: new)),
                          actor: actor, time: time, result: updated)
    }

    /// Approves, returns, reopens or comments on a project, journaled.
    @discardableResult
    public func review(_ action: ReviewAction, projectAt index: Int, comment: String?, actor: String,
                       time: String) throws -> JournalEntry {
        let updated = try document.applying(action, toProjectAt: index, comment: comment, reviewer: actor, time: time)
        return try record(.reviewed(.init(project: index + 1, code: document.projects[index].code,
                                          action: action.rawValue, comment: comment)),
                          actor: actor, time: time, result: updated)
    }

    private func save() throws(StoreError) {
        let stored = StoredDocument(journal: position, document: document)
        let bytes: [UInt8]
        do { bytes = try StableJSON.pretty(stored) } catch { throw StoreError("无法编码文档：\(error)") }
        try DurableFile.write(bytes, to: files.document)
    }

    public func close() {
        lock?.release()
        lock = nil
    }

    deinit { lock?.release() }
}

func describe(_ error: any Error) -> String {
    if let d = error as? DecodingError {
        switch d {
        case .dataCorrupted(let c): return c.debugDescription
        case .keyNotFound(let k, _): return "缺少字段 \(k.stringValue)"
        case .typeMismatch(_, let c): return "字段类型不对：\(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case .valueNotFound(_, let c): return "缺少值：\(c.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: return "\(d)"
        }
    }
    return "\(error)"
}
