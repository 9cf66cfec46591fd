import JixiaoModel
import JixiaoText

/// What the reviewer changed since import: the document as imported (read again from
/// `source.txt`) against the current one, each changed field stamped with the journal
/// line that last set it.
public enum ChangeHistory {
    /// For every field an edit, undo or redo line set, the last such line.
    public static func stamps(_ entries: [JournalEntry]) -> [FieldPath: ChangeStamp] {
        var stamps: [FieldPath: ChangeStamp] = [:]
        for e in entries {
            let stamp = ChangeStamp(seq: e.seq, actor: e.actor, time: e.time)
            switch e.event {
            case .edited(let x):
                if let field = ProjectField(parsing: x.field) {
                    stamps[FieldPath(projectIndex: x.project - 1, field: field)] = stamp
                }
            case .undone(let r), .redone(let r):
                r.change.stamping(&stamps, with: stamp)
            default:
                break
            }
        }
        return stamps
    }

    /// The document as imported — the latest version's text, after a revision — and the
    /// stamps of the lines since, for a session.
    public static func of(_ session: DocumentSession) throws -> (imported: Document, stamps: [FieldPath: ChangeStamp]) {
        let journal = JournalFile.parse(try DurableFile.read(session.files.journal) ?? [])
        let lastRevision = journal.entries.lastIndex { if case .revised = $0.event { true } else { false } }
        var version = 1
        if let k = lastRevision, case .revised(let r) = journal.entries[k].event { version = r.version }
        let path = session.files.source(version: version)
        guard let source = try DurableFile.read(path) else {
            throw StoreError("找不到 \(path)", hint: "导入的原文不见了：从备份（如 git）恢复")
        }
        let imported: Document
        do { imported = try DocumentReader.read(bytes: source) } catch {
            throw StoreError("\(path) 无法读取：\(error.message)")
        }
        return (imported, stamps(Array(journal.entries[(lastRevision.map { $0 + 1 } ?? 0)...])))
    }

    /// The latest revision, as the journal recorded it; nil before any.
    public static func latestRevision(_ session: DocumentSession) throws -> RevisionRecord? {
        let all = try revisions(session)
        return all.last.map { e, r in Self.record(e, r, in: all) }
    }

    /// Revision `version` as the journal recorded it, with the document it is to be read
    /// against: the current one for the latest revision (its notes say what the decisions
    /// are now), else the document as it stood right after that revision, replayed from
    /// the sources and the journal — later revisions may have moved its projects. Nil when
    /// there is no such revision.
    public static func revision(_ session: DocumentSession, version: Int) throws -> (record: RevisionRecord, document: Document)? {
        let journal = JournalFile.parse(try DurableFile.read(session.files.journal) ?? [])
        let revisions = journal.entries.indices.compactMap { k -> (Int, JournalEvent.Revised)? in
            if case .revised(let r) = journal.entries[k].event { (k, r) } else { nil }
        }
        guard let (k, r) = revisions.first(where: { $0.1.version == version }) else { return nil }
        let record = Self.record(journal.entries[k], r, in: try Self.revisions(session))
        if k == revisions.last?.0 { return (record, session.document) }
        guard let source = try DurableFile.read(session.files.source) else {
            throw StoreError("找不到 \(session.files.source)", hint: "导入的原文不见了：从备份（如 git）恢复")
        }
        do {
            let then = try JournalReplay.replay(source: source, entries: Array(journal.entries[...k]),
                                                revisionText: session.files.readSource(version:))
            return (record, then)
        } catch {
            throw StoreError("第 \(version) 版导入时的文档无法从日志重放：\(error)", hint: "jixiao log --verify 查看日志哪里有问题")
        }
    }

    /// A `revise` line as the record the reports read, with the time the version before it
    /// was imported (`since`), found among `all` the revisions.
    static func record(_ e: JournalEntry, _ r: JournalEvent.Revised, in all: [(entry: JournalEntry, revision: JournalEvent.Revised)]) -> RevisionRecord {
        RevisionRecord(version: r.version, file: r.file, actor: e.actor, time: e.time, seq: e.seq, comparison: r.comparison,
                       since: all.last { $0.revision.version == r.version - 1 }?.entry.time)
    }

    /// The revisions in the journal, oldest first: each `revise` line with its payload.
    public static func revisions(_ session: DocumentSession) throws -> [(entry: JournalEntry, revision: JournalEvent.Revised)] {
        let journal = JournalFile.parse(try DurableFile.read(session.files.journal) ?? [])
        return journal.entries.compactMap { e in
            if case .revised(let r) = e.event { (e, r) } else { nil }
        }
    }

    /// Every field changed since import (of one project, when given), in document order.
    public static func changedFields(_ session: DocumentSession, project: Int? = nil) throws -> [ChangedField] {
        let (imported, stamps) = try of(session)
        return session.document.changedFields(since: imported, stamps: stamps, project: project)
    }
}
