import JixiaoModel

/// What `jixiao log --verify` checks: the chain line by line, the journal against the
/// position `document.json` records (a cut tail or an altered last line), and the replay
/// from `source.txt` against `document.json`.
public struct JournalVerification: Sendable {
    public var entries: [JournalEntry]
    public var problems: [JournalProblem]

    public var isIntact: Bool { problems.isEmpty }

    public static func verify(folder: String) throws(StoreError) -> JournalVerification {
        let files = DocumentFiles(folder: folder)
        let journalBytes = try DurableFile.read(files.journal) ?? []
        let journal = JournalFile.parse(journalBytes)
        var problems = journal.problems
        let stored = try DocumentSession.loadStored(files.document)

        if problems.isEmpty {
            if stored.journal.seq < 1 {
                problems.append(.headMismatch(seq: stored.journal.seq))
            } else if journal.lastSeq < stored.journal.seq {
                problems.append(.cutTail(expectedSeq: stored.journal.seq, foundSeq: journal.lastSeq))
            } else if journal.lineHashes[stored.journal.seq - 1] != stored.journal.head {
                problems.append(.headMismatch(seq: stored.journal.seq))
            }
        }
        if problems.isEmpty {
            guard let source = try DurableFile.read(files.source) else {
                problems.append(.replayFailed(line: 1, reason: "找不到 \(DocumentFiles.sourceName)"))
                return JournalVerification(entries: journal.entries, problems: problems)
            }
            do {
                // The journal may be ahead of document.json after a crash; compare at
                // the position the document records.
                let replayed = try JournalReplay.replay(source: source, entries: Array(journal.entries.prefix(stored.journal.seq)))
                if replayed != stored.document {
                    let diff = stored.document.differences(from: replayed)
                    problems.append(.replayDiffers(diff.prefix(5).joined(separator: "；")))
                }
            } catch {
                problems.append(error)
            }
        }
        return JournalVerification(entries: journal.entries, problems: problems)
    }
}
