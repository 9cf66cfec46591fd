import JixiaoModel

/// What `jixiao log --verify` checks: the chain line by line, the journal against the
/// position `document.json` records (a cut tail or an altered last line), `document.json`
/// against its checksum, and the replay from `source.txt` against `document.json`.
///
/// The two files are read as one commit left them (`JournalLock`, shared): a writer that
/// is active meanwhile never makes a sound journal look cut or torn.
public struct JournalVerification: Sendable {
    public var entries: [JournalEntry]
    public var problems: [JournalProblem]
    /// What is worth knowing but not wrong: a torn last line that was never acknowledged
    /// (the next writer cuts it off), a line the document does not reflect yet.
    public var notes: [String] = []
    /// SHA-256 of the last line: the whole history, in 64 characters, to write down
    /// outside the workspace (see docs/reliability.md).
    public var head: String = Hashing.genesis

    public var isIntact: Bool { problems.isEmpty }

    public static func verify(folder: String) throws(StoreError) -> JournalVerification {
        let files = DocumentFiles(folder: folder)
        let commit = JournalLock(journal: files.journal, exclusive: false)
        let documentBytes = try DurableFile.read(files.document)
        let journalBytes = try DurableFile.read(files.journal) ?? []
        commit?.release()
        guard let documentBytes else { throw StoreError("找不到 \(files.document)") }
        var journal = JournalFile.parse(journalBytes)
        let stored = try DocumentSession.decodeStored(documentBytes, path: files.document)
        var notes: [String] = []
        if journal.hasUnacknowledgedTornTail(after: stored.journal) {
            notes.append("日志第 \(journal.lastSeq + 1) 行没有写完（写入时中断，从未确认）：下次修改文档时截去")
            journal.problems = []
        }
        var problems = journal.problems
        if stored.checksumMatches(documentBytes) == false {
            problems.append(.documentEdited)
        }
        if journal.problems.isEmpty {
            if stored.journal.seq < 1 {
                problems.append(.headMismatch(seq: stored.journal.seq))
            } else if journal.lastSeq < stored.journal.seq {
                problems.append(.cutTail(expectedSeq: stored.journal.seq, foundSeq: journal.lastSeq))
            } else if journal.lineHashes[stored.journal.seq - 1] != stored.journal.head {
                problems.append(.headMismatch(seq: stored.journal.seq))
            } else if journal.lastSeq > stored.journal.seq {
                notes.append("日志比 \(DocumentFiles.documentName) 多 \(journal.lastSeq - stored.journal.seq) 条记录（保存时中断）：下次以编辑方式打开时补存")
            }
        }
        var result = JournalVerification(entries: journal.entries, problems: problems, notes: notes, head: journal.head)
        // A document.json changed by hand is replayed too: the differences say what changed.
        if problems.isEmpty || problems == [.documentEdited] {
            guard let source = try DurableFile.read(files.source) else {
                result.problems.append(.replayFailed(line: 1, reason: "找不到 \(DocumentFiles.sourceName)"))
                return result
            }
            do {
                // The journal may be ahead of document.json after a crash; compare at
                // the position the document records.
                let replayed = try JournalReplay.replay(source: source, entries: Array(journal.entries.prefix(stored.journal.seq)),
                                                          revisionText: files.readSource(version:))
                if replayed != stored.document {
                    let diff = stored.document.differences(from: replayed)
                    result.problems.append(.replayDiffers(diff.prefix(5).joined(separator: "；")))
                }
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }
}
