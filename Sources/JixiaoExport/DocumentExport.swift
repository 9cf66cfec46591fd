import Foundation
import JixiaoModel
import JixiaoStore

/// Writing an export, for `jixiao export` and the workstation's `x` alike: the format
/// renders, the file is written durably, its SHA-256 is taken, and the export is
/// journaled with the format, the file and the digest, so the file can later be checked
/// against the journal.
public enum DocumentExport {
    public struct Outcome: Equatable, Sendable {
        public var format: String
        public var path: String
        public var isDraft: Bool
        public var sha256: String
        /// The journal line recording the export; nil when the document is open read-only.
        public var entry: JournalEntry?
        /// Why the export is not in the journal, when it is not.
        public var notJournaledBecause: String?

        /// What to tell the reviewer: what happened first, the path last (a long path is
        /// what a narrow screen clips).
        public var summary: String {
            let what = "已导出" + (isDraft ? "草稿" : "定稿")
            if let entry {
                return "\(what)（日志第 \(entry.seq) 条，SHA-256 \(Hashing.abbreviated(sha256))）：\(path)"
            }
            return "\(what)（未记入日志：\(notJournaledBecause ?? "")）：\(path)"
        }
    }

    /// Writes `format` of the session's document to `path`. A document export is refused
    /// while a project is not approved unless `allowDraft`; then it is marked a draft. The
    /// workspace's own `exports/` folder is created on first use; any other folder must
    /// exist. Nothing is written when anything is refused.
    public static func write(_ format: any ExportFormat, of session: DocumentSession, to path: String,
                             allowDraft: Bool, actor: String, time: String) throws -> Outcome {
        let document = session.document
        let pending = format.kind == .document ? document.unapprovedProjectIndices : []
        if !pending.isEmpty && !allowDraft {
            throw ExportError.notApproved(pending.map { document.projects[$0].number })
        }
        let draftNote = pending.isEmpty ? nil : "审核中的草稿：\(pending.count) 个项目未通过审核"
        let bytes = try format.render(ExportInput(document: document, draftNote: draftNote))

        let folder = (path as NSString).deletingLastPathComponent
        if folder == Workspace.exportsFolder(root: session.workspaceRoot) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            throw ExportError.noSuchFolder(folder)
        }
        try DurableFile.write(bytes, to: path)

        var outcome = Outcome(format: format.id, path: path, isDraft: draftNote != nil, sha256: Hashing.sha256(bytes))
        if let reason = session.readOnlyReason {
            outcome.notJournaledBecause = reason
        } else {
            outcome.entry = try session.record(
                .exported(.init(format: format.id, file: path, sha256: outcome.sha256, draft: outcome.isDraft)),
                actor: actor, time: time, result: document)
        }
        return outcome
    }

    /// Where the workstation suggests writing an export: `exports/430001-2021.txt` in the
    /// workspace.
    public static func suggestedPath(in workspace: Workspace, document id: String, format: any ExportFormat) -> String {
        workspace.exportsFolder + "/" + id + "." + format.fileExtension
    }
}
