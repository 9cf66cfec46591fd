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

    /// The document as imported, and the stamps, for a session.
    public static func of(_ session: DocumentSession) throws -> (imported: Document, stamps: [FieldPath: ChangeStamp]) {
        guard let source = try DurableFile.read(session.files.source) else {
            throw StoreError("找不到 \(session.files.source)", hint: "导入的原文不见了：从备份（如 git）恢复")
        }
        let imported: Document
        do { imported = try DocumentReader.read(bytes: source) } catch {
            throw StoreError("\(session.files.source) 无法读取：\(error.message)")
        }
        let journal = JournalFile.parse(try DurableFile.read(session.files.journal) ?? [])
        return (imported, stamps(journal.entries))
    }

    /// Every field changed since import (of one project, when given), in document order.
    public static func changedFields(_ session: DocumentSession, project: Int? = nil) throws -> [ChangedField] {
        let (imported, stamps) = try of(session)
        return session.document.changedFields(since: imported, stamps: stamps, project: project)
    }
}
