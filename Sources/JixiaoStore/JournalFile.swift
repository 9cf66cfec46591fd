import JixiaoModel

/// `journal.jsonl` as read from disk: the entries that parse and chain correctly, and
/// every problem found — never repaired.
public struct JournalFile: Sendable {
    public var entries: [JournalEntry]
    /// SHA-256 of each entry's line, parallel to `entries`.
    public var lineHashes: [String]
    public var problems: [JournalProblem]

    /// The hash the next line must carry as `prev`.
    public var head: String { lineHashes.last ?? Hashing.genesis }
    public var lastSeq: Int { entries.last?.seq ?? 0 }

    /// Appends `event` as the line after `position`, durably, and returns the entry and
    /// the new position: its number and the hash of its line, which the next line's `prev`
    /// carries. The one place a journal line is written.
    public static func append(_ event: JournalEvent, after position: JournalPosition, actor: String, time: String,
                              to path: String) throws(StoreError) -> (entry: JournalEntry, position: JournalPosition) {
        let (entry, line, next) = try self.line(event, after: position, actor: actor, time: time)
        try DurableFile.append(line, to: path)
        return (entry, next)
    }

    /// The line (with its newline) that records `event` after `position`, its entry, and
    /// the position after it.
    static func line(_ event: JournalEvent, after position: JournalPosition, actor: String, time: String)
        throws(StoreError) -> (entry: JournalEntry, line: [UInt8], position: JournalPosition) {
        let entry = JournalEntry(seq: position.seq + 1, time: time, actor: actor, event: event, prev: position.head)
        var line: [UInt8]
        if case .imported(let p) = event {
            line = importLine(entry, p)
        } else {
            do { line = try StableJSON.line(entry) } catch { throw StoreError("无法编码日志记录：\(error)") }
        }
        let head = JournalPosition(seq: entry.seq, head: Hashing.sha256(line))
        line.append(newline)
        return (entry, line, head)
    }

    /// The `import` line as `StableJSON.line(entry)` writes it (keys sorted, compact,
    /// strings escaped as the encoder escapes them), written by hand: the encoder was
    /// ~120 K instructions for each document of a batch import, more than the rest of
    /// its journal. The tests hold the two to the same bytes.
    static func importLine(_ entry: JournalEntry, _ p: JournalEvent.Imported) -> [UInt8] {
        var w = PrettyJSONWriter(capacity: 256 + p.file.utf8.count + entry.actor.utf8.count, compact: true)
        var o = PrettyJSONWriter.Object(depth: 0)
        o.key("actor", &w); w.string(entry.actor)
        o.key("kind", &w); w.raw("\"import\"")
        o.key("payload", &w)
        var payload = PrettyJSONWriter.Object(depth: 1)
        payload.key("document", &w); w.string(p.document)
        payload.key("file", &w); w.string(p.file)
        payload.key("projects", &w); w.integer(p.projects)
        payload.key("sourceSHA256", &w); w.string(p.sourceSHA256)
        payload.close(&w)
        o.key("prev", &w); w.string(entry.prev)
        o.key("seq", &w); w.integer(entry.seq)
        o.key("time", &w); w.string(entry.time)
        o.close(&w)
        return w.bytes
    }

    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// Where the last line starts when it is torn (no newline: a write that did not
    /// finish); nil when the journal ends with a complete line.
    public var tornTailOffset: Int?

    /// Splits and checks the chain: each line must be complete, parse, carry the next
    /// sequence number and the hash of the line before it. A line ending in CR LF (a
    /// journal git checked out with `autocrlf`) is read as the line without the CR, which
    /// is what was written and hashed. A document's journal opens with its import;
    /// `ofDocument: false` reads a record of exports alone (`WorkspaceExports`), which may be
    /// empty.
    public static func parse(_ bytes: [UInt8], ofDocument: Bool = true) -> JournalFile {
        var file = JournalFile(entries: [], lineHashes: [], problems: [])
        if bytes.isEmpty {
            guard ofDocument else { return file }
            file.problems.append(.empty)
            return file
        }
        var prevHash = Hashing.genesis
        var start = 0
        var lineNo = 0
        while start < bytes.count {
            lineNo += 1
            let end = bytes[start...].firstIndex(of: newline)
            var line = bytes[start..<(end ?? bytes.count)]
            if line.last == carriageReturn { line = line.dropLast() }
            guard let end else {
                // Whether or not what is there parses, a line without its newline is a
                // write that did not finish.
                file.problems.append(.tornLastLine(line: lineNo))
                file.tornTailOffset = start
                return file
            }
            guard let entry = try? StableJSON.decode(JournalEntry.self, from: Array(line)) else {
                file.problems.append(.unreadable(line: lineNo))
                return file
            }
            if entry.seq != lineNo {
                file.problems.append(.wrongSequence(line: lineNo, found: entry.seq))
                return file
            }
            if entry.prev != prevHash {
                file.problems.append(.brokenChain(line: lineNo))
                return file
            }
            if ofDocument, lineNo == 1, entry.kind != "import" {
                file.problems.append(.noImport)
                return file
            }
            if !ofDocument, entry.kind != "export" {
                file.problems.append(.notExport(line: lineNo))
                return file
            }
            let h = Hashing.sha256(line)
            file.entries.append(entry)
            file.lineHashes.append(h)
            prevHash = h
            start = end + 1
        }
        return file
    }

    /// Whether the journal's only problem is a torn last line after every line the
    /// document at `position` reflects: a write that was never acknowledged (the append
    /// reports success only after the whole line is on disk), safe to cut off.
    public func hasUnacknowledgedTornTail(after position: JournalPosition) -> Bool {
        guard tornTailOffset != nil, problems.count == 1, case .tornLastLine = problems[0] else { return false }
        return position.seq <= lastSeq
    }
}

/// What can be wrong with a journal, in the reviewer's words.
public enum JournalProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unreadable(line: Int)
    case tornLastLine(line: Int)
    case wrongSequence(line: Int, found: Int)
    case brokenChain(line: Int)
    case noImport
    /// A line of the workspace's record of exports that records something else.
    case notExport(line: Int)
    /// The document records a later journal head than the journal has: lines were cut.
    case cutTail(expectedSeq: Int, foundSeq: Int)
    /// The last line differs from what the document (or an export) recorded.
    case headMismatch(seq: Int)
    case sourceChanged
    /// `document.json` does not match its checksum: changed outside Jixiao.
    case documentEdited
    case replayFailed(line: Int, reason: String)
    case replayDiffers(String)

    public var description: String {
        switch self {
        case .empty:
            "日志是空的：连导入记录都没有"
        case .unreadable(let l):
            "日志第 \(l) 行无法解析：这一行被改动或损坏了"
        case .tornLastLine(let l):
            "日志最后一行（第 \(l) 行）不完整：写入时被中断；未做任何修复"
        case .wrongSequence(let l, let found):
            "日志第 \(l) 行的序号是 \(found)，应为 \(l)：有记录被删除、插入或改动"
        case .brokenChain(let l):
            "日志第 \(l) 行记录的前一行哈希（prev）与第 \(l - 1) 行不符：第 \(l - 1) 行被改动过"
        case .noImport:
            "日志第 1 行不是导入记录"
        case .notExport(let l):
            "第 \(l) 行不是导出记录"
        case .cutTail(let expected, let found):
            "日志只有 \(found) 条记录，但文档记录的最后一条是第 \(expected) 条：日志末尾被截掉了"
        case .headMismatch(let seq):
            "日志第 \(seq) 行的哈希与文档记录的不符：最后一行被改动过"
        case .documentEdited:
            "\(DocumentFiles.documentName) 与它的校验和不符：在 Jixiao 之外被改动过"
        case .sourceChanged:
            "\(DocumentFiles.sourceName) 与导入时的哈希不符：原始文本被改动过"
        case .replayFailed(let l, let reason):
            "按日志重放到第 \(l) 行时失败：\(reason)"
        case .replayDiffers(let what):
            "按日志从 \(DocumentFiles.sourceName) 重放的结果与 \(DocumentFiles.documentName) 不一致：\(what)"
        }
    }
}
