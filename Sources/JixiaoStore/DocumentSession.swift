import Foundation
import JixiaoModel
import JixiaoRules

/// An open document: its current state, the journal position, and — when opened for
/// writing and no other process has it — the lock that makes this the one writer.
///
/// Every change is journaled first and then saved. The journal line is the record: once
/// it is on disk the change is done, even when saving `document.json` afterwards fails
/// (that save is redone by the next change, by `close`, or when the document is next
/// opened). A journal append that fails is taken back before the error is reported, so
/// a change reported as failed is never in the journal.
public final class DocumentSession {
    public enum Access: Sendable { case write, read }

    /// Why a session is read-only.
    public enum ReadOnlyCause: Sendable, Equatable {
        /// Opened for reading.
        case requested
        /// Another process is editing the document.
        case busy
        /// The folder could not be locked.
        case lockFailed
        /// The journal, or the document against it, has a problem someone must look at.
        case journalProblem
        /// `document.json` was changed outside Jixiao.
        case documentChanged
        /// An append failed and could not be taken back.
        case journalUnsettled
    }

    public let id: String
    public let folder: String
    public let files: DocumentFiles
    public private(set) var document: Document
    /// Why the session is read-only, when it is; nil when this is the writer.
    public private(set) var readOnlyReason: String?
    public private(set) var readOnlyCause: ReadOnlyCause?
    /// `document.json` did not match its checksum: changed outside Jixiao (then the session
    /// is read-only, whether or not it was opened for reading).
    public private(set) var changedOutside = false
    /// Things the reviewer should know about opening: a recovered edit, a journal problem.
    public private(set) var notices: [String] = []
    public private(set) var position: JournalPosition
    /// The time of the journal's last entry as it was read when the document was opened
    /// ("" for none): what a summary of the document as opened says it last changed.
    public let openedLastChange: String
    /// Set when the last change is in the journal but `document.json` could not be saved
    /// (why): the change is done; the save is tried again before the next change.
    public private(set) var unsavedBecause: String?

    private var lock: DocumentLock?
    /// The projects' bytes as last saved: a save re-encodes only what changed.
    private var encodings = ProjectEncodings()
    /// The findings of `document` as last counted for its summary, with the rule settings
    /// they were counted under; nil before the first change unless the opener counted them
    /// (`adopt`), or when the settings could not be read. A change then re-checks only what
    /// it changed, and an approval asks these for open errors: a whole check of a large
    /// department was most of an edit's cost.
    private var counted: (settings: RuleSettings, findings: FindingSet)?

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// The workspace the document is in.
    public var workspaceRoot: String { (folder as NSString).deletingLastPathComponent }

    init(folder: String, id: String, access: Access, wait: Double = 0) throws(StoreError) {
        self.id = id
        self.folder = folder
        let files = DocumentFiles(folder: folder)
        self.files = files
        let fm = FileManager.default
        guard fm.fileExists(atPath: files.document) || fm.fileExists(atPath: files.journal) else {
            throw StoreError("工作区里没有文档 \(id)", hint: "用 jixiao import 导入，或检查 --document")
        }
        var lock: DocumentLock?
        var reason: String?
        var cause: ReadOnlyCause?
        if access == .write {
            switch DocumentLock.acquire(folder: folder, wait: wait) {
            case .acquired(let l): lock = l
            case .busy:
                (reason, cause) = ("另一个 Jixiao 正在编辑 \(id)：本次以只读方式打开", .busy)
            case .failed(let why):
                (reason, cause) = ("无法锁定 \(folder)（\(why)）：本次以只读方式打开", .lockFailed)
            }
        } else {
            (reason, cause) = ("以只读方式打开", .requested)
        }
        var notices: [String] = []
        if lock != nil {
            notices += Self.removeTemporaryFiles(in: folder)
            notices += Workspace.removeAbandonedImports(in: (folder as NSString).deletingLastPathComponent)
        }

        // Readers see the two files as one commit left them (JournalLock).
        let commit = JournalLock(journal: files.journal, exclusive: lock != nil)
        defer { commit?.release() }
        var journal = JournalFile.parse(try DurableFile.read(files.journal) ?? [])
        openedLastChange = journal.entries.last?.time ?? ""
        let loaded = try Self.load(files, journal: journal, writable: lock != nil)
        document = loaded.document
        position = loaded.position
        self.lock = lock
        self.readOnlyReason = reason
        self.readOnlyCause = cause
        self.notices = notices + loaded.notices
        if let changed = loaded.changedOutside {
            changedOutside = true
            makeReadOnly(changed, cause: .documentChanged)
        }
        if journal.hasUnacknowledgedTornTail(after: position), let offset = journal.tornTailOffset {
            let line = journal.lastSeq + 1
            if self.lock != nil {
                try DurableFile.truncate(files.journal, to: offset)
                self.notices.append("日志第 \(line) 行没有写完（上次写入时中断，从未确认）：已截去")
            } else {
                self.notices.append("日志第 \(line) 行没有写完（上次写入时中断，从未确认）：下次以编辑方式打开时截去")
            }
            journal.problems = []
            journal.tornTailOffset = nil
        }
        if loaded.rebuilt {
            if self.lock != nil { try save() }
            return
        }
        try reconcile(with: journal)
    }

    struct Loaded {
        var document: Document
        var position: JournalPosition
        var notices: [String] = []
        /// Why the document must not be edited: it was changed outside Jixiao.
        var changedOutside: String?
        /// Rebuilt from the journal (document.json was missing): to be saved by a writer.
        var rebuilt = false
    }

    /// Reads `document.json` and checks its checksum; when it is missing, rebuilds it
    /// from `source.txt` and the journal.
    static func load(_ files: DocumentFiles, journal: JournalFile, writable: Bool) throws(StoreError) -> Loaded {
        guard let bytes = try DurableFile.read(files.document) else {
            return try rebuild(files, journal: journal, writable: writable)
        }
        // The checksum first: a file that is what Jixiao wrote has its strings validated
        // once, not decoded and compared (`DocumentJSONParser.knownValidString`).
        let leading = DocumentJSONParser.leadingChecksum(bytes)
        let leadingMatches = leading.map { StoredDocument.checksumMatches($0, bytes) }
        let stored = try decodeStored(bytes, path: files.document, written: leadingMatches == true)
        var loaded = Loaded(document: stored.document, position: stored.journal)
        let matches = leading != nil && stored.checksum == leading ? leadingMatches : stored.checksumMatches(bytes)
        if matches == false {
            loaded.changedOutside = "\(DocumentFiles.documentName) 在 Jixiao 之外被改动过（校验和不符）：本次以只读方式打开，改动不会被记入日志。"
                + "运行 jixiao log --verify 查看与日志的差异；要放弃这些改动，删除 \(files.document)，Jixiao 会从日志重建它"
        }
        return loaded
    }

    /// `document.json` is gone: what `source.txt` and the journal make of it.
    static func rebuild(_ files: DocumentFiles, journal: JournalFile, writable: Bool) throws(StoreError) -> Loaded {
        let entries = journal.entries
        let unacknowledged = journal.tornTailOffset != nil && journal.problems.count == 1
        if !journal.problems.isEmpty && !unacknowledged {
            throw StoreError("找不到 \(files.document)，日志也有问题（\(journal.problems[0])），无法重建",
                             hint: "从备份（如 git）恢复 \(DocumentFiles.documentName)")
        }
        guard let source = try DurableFile.read(files.source) else {
            throw StoreError("找不到 \(files.document) 和 \(files.source)，无法重建文档", hint: "从备份（如 git）恢复这两个文件")
        }
        let document: Document
        do {
            document = try JournalReplay.replay(source: source, entries: entries, revisionText: files.readSource(version:))
        } catch {
            throw StoreError("找不到 \(files.document)，从日志重建也失败了：\(error)",
                             hint: "从备份（如 git）恢复 \(DocumentFiles.documentName)")
        }
        let done = writable ? "已从 \(DocumentFiles.sourceName) 和日志重建（\(entries.count) 条记录）"
            : "已在内存中从 \(DocumentFiles.sourceName) 和日志重建（\(entries.count) 条记录），以编辑方式打开时保存"
        return Loaded(document: document, position: JournalPosition(seq: journal.lastSeq, head: journal.head),
                      notices: ["找不到 \(DocumentFiles.documentName)：\(done)"], rebuilt: true)
    }

    static func loadStored(_ path: String) throws(StoreError) -> StoredDocument {
        guard let bytes = try DurableFile.read(path) else {
            throw StoreError("找不到 \(path)")
        }
        return try decodeStored(bytes, path: path)
    }

    /// The file as Jixiao writes it is read by `DocumentJSONParser`; anything else by
    /// JSONDecoder, which says what is wrong and where.
    /// `written`: the bytes are known to be what Jixiao wrote (their checksum matches).
    static func decodeStored(_ bytes: [UInt8], path: String, written: Bool = false) throws(StoreError) -> StoredDocument {
        if let stored = DocumentJSONParser.parse(bytes, written: written) { return stored }
        return try decodeStoredWithFoundation(bytes, path: path)
    }

    static func decodeStoredWithFoundation(_ bytes: [UInt8], path: String) throws(StoreError) -> StoredDocument {
        do {
            return try StableJSON.decode(StoredDocument.self, from: bytes)
        } catch {
            throw StoreError("\(path) 无法解析：\(describe(error))",
                             hint: "删除 \(DocumentFiles.documentName)，Jixiao 会从日志重建它；或运行 jixiao log --verify 查看")
        }
    }

    /// Compares the journal with the position `document.json` records. One whole valid
    /// line ahead is a save that a crash interrupted: the line is applied (its old values
    /// must match, as in a replay), named in a notice, and saved if writable. Anything
    /// else — a torn or altered journal, a cut tail, more than one line ahead (a crash
    /// leaves at most one) — makes the session read-only and is reported, never repaired.
    private func reconcile(with journal: JournalFile) throws(StoreError) {
        if let problem = journal.problems.first {
            makeReadOnly("日志有问题（\(problem)）：本次以只读方式打开；运行 jixiao log --verify 查看", cause: .journalProblem)
            return
        }
        if position.seq < 1 {
            makeReadOnly("\(DocumentFiles.documentName) 记录的日志位置无效（\(position.seq)）：本次以只读方式打开；运行 jixiao log --verify 查看",
                         cause: .journalProblem)
            return
        }
        if journal.lastSeq < position.seq {
            makeReadOnly("\(JournalProblem.cutTail(expectedSeq: position.seq, foundSeq: journal.lastSeq))：本次以只读方式打开",
                         cause: .journalProblem)
            return
        }
        if journal.lineHashes[position.seq - 1] != position.head {
            makeReadOnly("\(JournalProblem.headMismatch(seq: position.seq))：本次以只读方式打开", cause: .journalProblem)
            return
        }
        let ahead = journal.lastSeq - position.seq
        guard ahead > 0 else { return }
        guard ahead == 1 else {
            makeReadOnly("日志比 \(DocumentFiles.documentName) 多出 \(ahead) 条记录（第 \(position.seq + 1)–\(journal.lastSeq) 条）："
                         + "一次中断最多留下 1 条未保存的记录，这些记录不是中断留下的，不会被应用；本次以只读方式打开，运行 jixiao log 查看",
                         cause: .journalProblem)
            return
        }
        let entry = journal.entries[position.seq]
        do {
            document = try JournalReplay.apply(entry, to: document, revisionText: files.readSource(version:))
        } catch {
            makeReadOnly("日志\(entry.described)无法应用（\(error)）：本次以只读方式打开", cause: .journalProblem)
            return
        }
        position = JournalPosition(seq: journal.lastSeq, head: journal.head)
        if isReadOnly {
            notices.append("日志\(entry.described)尚未保存到 \(DocumentFiles.documentName)，已在内存中应用")
        } else {
            try save()
            notices.append("已从日志恢复上次未保存完的修改：\(entry.described)。若这不是您或同事所做，运行 jixiao log --verify 检查")
        }
    }

    private func makeReadOnly(_ reason: String, cause: ReadOnlyCause) {
        notices.append(reason)
        if readOnlyReason == nil {
            readOnlyReason = reason
            readOnlyCause = cause
        }
        lock?.release()
        lock = nil
    }

    /// Records an event: appends it to the journal, then saves the new document. Throws
    /// only when the journal line is not on disk; a failed save after it sets
    /// `unsavedBecause` instead (the change is done).
    @discardableResult
    public func record(_ event: JournalEvent, actor: String, time: String, result: Document) throws(StoreError) -> JournalEntry {
        if let readOnlyReason {
            throw StoreError("不能修改：\(readOnlyReason)", kind: readOnlyCause == .busy ? .busy : .other)
        }
        if let refusal = InvisibleCharacters.refusal(of: actor, as: "审核人姓名") {
            throw StoreError(refusal, hint: "用 --reviewer 或 JIXIAO_REVIEWER 给出审核人姓名")
        }
        let commit = JournalLock(journal: files.journal, exclusive: true)
        defer { commit?.release() }
        if unsavedBecause != nil {
            // The journal is never more than one line ahead of document.json.
            try save()
            unsavedBecause = nil
        }
        let before = document
        let entry: JournalEntry
        do {
            (entry, position) = try JournalFile.append(event, after: position, actor: actor, time: time, to: files.journal)
        } catch {
            if error.kind == .journalUnsettled {
                makeReadOnly(error.message, cause: .journalUnsettled)
            }
            throw error
        }
        document = result
        lastChange = RecordChange.between(before, result)
        let findings = recount(from: before)
        do {
            try save()
            if let findings { refreshSummary(lastChange: time, findings: findings) }
        } catch {
            unsavedBecause = error.message
        }
        return entry
    }

    /// What the last recorded line changed, for undo; empty for a line that changed nothing
    /// (an export).
    public private(set) var lastChange = RecordChange()

    /// Sets one field, journaled as an edit with the old and the new text. An approved
    /// project goes back to 待审 with the edit (`Edited.reopened`): what was approved is no
    /// longer what the table says. Nil when the field already had that text.
    @discardableResult
    public func set(_ path: FieldPath, to text: String, actor: String, time: String) throws -> JournalEntry? {
        let old = document.value(at: path)
        let (updated, reopened) = try document.editing(path, to: text)
        let new = updated.value(at: path) ?? ""
        if old == new { return nil }
        // The department part is project 0, with no code.
        let code = path.isDepartment ? "" : document.projects[path.projectIndex].code
        return try record(.edited(.init(project: path.projectIndex + 1, code: code, field: path.field.description,
                                        old: old ?? "", new: new, reopened: reopened ? true : nil)),
                          actor: actor, time: time, result: updated)
    }

    /// Approves, returns, reopens or comments on a project, journaled. Approval is refused
    /// while the project has an error not corrected or waived (by the rules of `settings`),
    /// and for a 退回 project until the reviewer confirms its opinion was `answered`. Nil
    /// when the action would change nothing (approving an approved project).
    /// `acrossDocuments`: this document's findings across documents (waivers applied), whose
    /// errors block an approval too.
    @discardableResult
    public func review(_ action: ReviewAction, projectAt index: Int, comment: String?, row: Int? = nil,
                       answered: Bool = false, settings: RuleSettings = .standard, acrossDocuments: [Finding] = [],
                       actor: String, time: String) throws -> JournalEntry? {
        let updated = try reviewed(action, projectAt: index, comment: comment, row: row, answered: answered,
                                   settings: settings, acrossDocuments: acrossDocuments, actor: actor, time: time)
        if updated == document { return nil }
        let text = comment.map { TextNormalization.trimmed($0) }
        return try record(.reviewed(.init(project: index + 1, code: document.projects[index].code, action: action.rawValue,
                                          comment: comment, row: row, labelled: text?.isEmpty == false ? true : nil,
                                          answered: answered && action == .approve ? true : nil)),
                          actor: actor, time: time, result: updated)
    }

    /// The document `review` would record, or the reason it would refuse — nothing written:
    /// what a decision on several projects (批量审核) asks of each before it writes any.
    /// `findings`: the document's, when the caller has counted them already.
    public func reviewed(_ action: ReviewAction, projectAt index: Int, comment: String?, row: Int? = nil,
                         answered: Bool = false, settings: RuleSettings = .standard, findings counted: FindingSet? = nil,
                         acrossDocuments: [Finding] = [], actor: String, time: String) throws -> Document {
        guard document.projects.indices.contains(index) else {
            throw EditError("没有第 \(index + 1) 个项目（文档共 \(document.projects.count) 个项目）")
        }
        // What was typed is checked first; then whether the project may be approved.
        let updated = try document.applying(action, toProjectAt: index, comment: comment, row: row,
                                            reviewer: actor, time: time)
        if action == .approve && document.review.status(ofProjectAt: index) != .approved {
            let findings = counted ?? self.findings(under: settings) ?? RuleEngine(settings: settings).check(document)
            let blocking = ReviewGate.blocking(findings.all + acrossDocuments, project: index)
            if !blocking.isEmpty { throw ReviewRefusal.openErrors(project: index, blocking, in: document, id: id) }
            if document.review.status(ofProjectAt: index) == .returned && !answered {
                throw ReviewRefusal.returnedNotAnswered(project: index, in: document)
            }
        }
        return updated
    }

    /// Records waivers (核实无误 / 豁免：理由) of findings; nil when each is already recorded
    /// with the same reason.
    @discardableResult
    public func waive(_ waivers: [Waiver], actor: String, time: String) throws -> JournalEntry? {
        let recorded = document.review.waivers
        if !waivers.isEmpty, waivers.allSatisfy({ w in recorded.contains { $0.address == w.address && $0.reason == w.reason } }) {
            return nil
        }
        let updated = try document.waiving(waivers)
        return try record(.waived(.init(waivers: waivers)), actor: actor, time: time, result: updated)
    }

    /// Takes back recorded waivers; the journal line keeps each in full.
    @discardableResult
    public func unwaive(_ waivers: [Waiver], actor: String, time: String) throws -> JournalEntry {
        let updated = try document.unwaiving(waivers.map(\.address))
        return try record(.unwaived(.init(waivers: waivers)), actor: actor, time: time, result: updated)
    }

    /// Gives the document its 综合评定; nil when it already has this grade and comment.
    @discardableResult
    public func grade(_ grade: DocumentGrade, actor: String, time: String) throws -> JournalEntry? {
        if let g = document.review.grade, g.grade == grade.grade, g.comment == TextNormalization.trimmed(grade.comment) {
            return nil
        }
        let updated = try document.grading(grade)
        return try record(.graded(.init(grade: updated.review.grade!)), actor: actor, time: time, result: updated)
    }

    /// Undoes line `seq` by making `change` (the inverse of what that line did), journaled
    /// as `undo`; `redo` makes the inverse of an undo, journaled as `redo`. The document
    /// must be where line `seq` left it.
    @discardableResult
    public func undo(of seq: Int, change: RecordChange, actor: String, time: String) throws -> JournalEntry {
        let updated = try change.apply(to: document)
        return try record(.undone(.init(of: seq, change: change)), actor: actor, time: time, result: updated)
    }

    @discardableResult
    public func redo(of seq: Int, change: RecordChange, actor: String, time: String) throws -> JournalEntry {
        let updated = try change.apply(to: document)
        return try record(.redone(.init(of: seq, change: change)), actor: actor, time: time, result: updated)
    }

    /// Keeps findings the opener counted of `checked` (the workstation checks a document
    /// to show it) when that is the document as it is now: the first change then re-checks
    /// only what it changed instead of the whole document. Findings of another document
    /// state are not kept.
    public func adopt(_ findings: FindingSet, of checked: Document, countedUnder settings: RuleSettings) {
        guard checked == document else { return }
        counted = (settings, findings)
    }

    /// The document's findings when they were counted with its last change under
    /// `settings`; nil otherwise (nothing changed yet in this session, or other settings).
    public func findings(under settings: RuleSettings) -> FindingSet? {
        counted.flatMap { $0.settings == settings ? $0.findings : nil }
    }

    /// `counted` brought to the document after a change from `before`, under the
    /// workspace's rule settings as they are now (a whole check when they changed); nil,
    /// and nothing counted, when they cannot be read.
    private func recount(from before: Document) -> (settings: RuleSettings, findings: FindingSet)? {
        guard let settings = (try? Workspace.open(at: workspaceRoot))?.settings.review else {
            counted = nil
            return nil
        }
        let engine = RuleEngine(settings: settings)
        let findings = if let counted, counted.settings == settings {
            engine.check(document, changedFrom: before, previous: counted.findings)
        } else {
            engine.check(document)
        }
        counted = (settings, findings)
        return counted
    }

    /// `summary.json` after a change, from the findings counted under the workspace's rule
    /// settings (a cache: when it cannot be written, the picker rebuilds it).
    private func refreshSummary(lastChange: String, findings: (settings: RuleSettings, findings: FindingSet)) {
        DocumentSummaryFile.write(DocumentSummaryFile.make(document, findings: findings.findings, id: id, lastChange: lastChange,
                                                           journalBytes: DocumentSummaryFile.journalBytes(files),
                                                           settings: findings.settings, version: DocumentSummaryFile.version(files)),
                                  to: files)
    }

    private func save() throws(StoreError) {
        let bytes: [UInt8]
        do {
            bytes = try encodings.encoded(StoredDocument(journal: position, document: document))
        } catch {
            throw StoreError("无法编码文档：\(error)")
        }
        try DurableFile.write(bytes, to: files.document)
    }

    /// Temporary files a killed save left in the document's folder (only a writer makes
    /// them, and this one holds the lock).
    static func removeTemporaryFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let stray = names.filter { $0.hasPrefix(".") && $0.hasSuffix(DurableFile.temporarySuffix) }
        for name in stray { unlink(folder + "/" + name) }
        return stray.isEmpty ? [] : ["已删除上次中断的保存留下的 \(stray.count) 个临时文件"]
    }

    /// Ends the session: a save the last change could not make is tried once more, and
    /// the lock is released.
    public func close() {
        if unsavedBecause != nil, lock != nil, (try? save()) != nil { unsavedBecause = nil }
        lock?.release()
        lock = nil
    }

    deinit { close() }
}

func describe(_ error: any Error) -> String {
    if let d = error as? DecodingError {
        switch d {
        case .dataCorrupted(let c):
            // Foundation's own words are English ("The given data was not valid JSON."); ours are Chinese.
            if c.debugDescription.allSatisfy(\.isASCII) {
                let path = c.codingPath.map(\.stringValue).joined(separator: ".")
                return path.isEmpty ? "不是有效的 JSON（文件被截断或改坏了）" : "字段 \(path) 的值不对"
            }
            return c.debugDescription
        case .keyNotFound(let k, _): return "缺少字段 \(k.stringValue)"
        case .typeMismatch(_, let c): return "字段类型不对：\(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case .valueNotFound(_, let c): return "缺少值：\(c.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: return "\(d)"
        }
    }
    return "\(error)"
}
