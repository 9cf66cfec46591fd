import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JixiaoModel
import JixiaoRules
import JixiaoStore

/// Writing an export, for `jixiao export`, `jixiao report` and the workstation's `x` alike:
/// the target is checked, the format renders, the file is written (`ExportFile`: atomic,
/// durable, never over a device, a link or — unless asked — an existing file), its
/// SHA-256 is taken, and the export is journaled with the format, the file and the
/// digest, so `jixiao verify` can later tell the file for what it is.
public enum DocumentExport {
    public struct Outcome: Equatable, Sendable {
        public var format: String
        public var kind: ExportKind
        public var path: String
        public var isDraft: Bool
        public var sha256: String
        /// The journal line recording the export.
        public var entry: JournalEntry

        /// What to tell the reviewer: what happened first, the path last (a long path is
        /// what a narrow screen clips).
        public var summary: String {
            let what = kind == .report ? "已导出审核意见书" : "已导出" + (isDraft ? "草稿" : "定稿")
            return "\(what)（\(format)，日志第 \(entry.seq) 条，SHA-256 \(Hashing.abbreviated(sha256))）：\(path)"
        }
    }

    /// Writes `format` of the session's document to `path`. A document export is refused
    /// while a project is not approved or an error is neither corrected nor waived, unless
    /// `allowDraft`; then it is marked a draft. An
    /// existing file is replaced only with `replace`. The workspace's own `exports/`
    /// folder is created on first use; any other folder must exist. A read-only session
    /// exports nothing: an export that is not journaled could not be verified. Nothing is
    /// written when anything is refused or fails, and nothing is journaled.
    public static func write(_ format: any ExportFormat, of session: DocumentSession, to path: String,
                             allowDraft: Bool, replace: Bool = false, settings: RuleSettings = .standard,
                             actor: String, time: String, timeZone: TimeZone = .current,
                             interrupted: () -> Bool = { false }) throws -> Outcome {
        if let reason = session.readOnlyReason { throw ExportError.readOnly(reason) }
        let document = session.document
        // A 定稿 is every project approved and no error left open (ReviewGate).
        let blockers = format.kind == .document
            ? ReviewGate.finalBlockers(document, findings: RuleEngine(settings: settings).check(document).all) : nil
        if let blockers, !blockers.isEmpty && !allowDraft {
            if !blockers.unapproved.isEmpty { throw ExportError.notApproved(blockers.unapproved.map { document.projects[$0].number }) }
            throw ExportError.openErrors(blockers.openErrors.map { ReviewGate.describe($0, in: document) })
        }
        let folder = ExportFile.folderOf(path)
        if folder == Workspace.exportsFolder(root: session.workspaceRoot) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        // Refuse before the work of rendering; checked again as the file is placed.
        let replacing = try ExportFile.check(path, replace: replace) != nil

        var input = try self.input(for: session, settings: settings, timeZone: timeZone)
        input.draftNote = blockers.flatMap { $0.isEmpty ? nil : "审核中的草稿：" + $0.summary }
        let bytes = try format.render(input)
        // Asked to stop while it rendered: nothing is written. Once the file is being
        // written, it is placed and journaled whole (`RecordWrite`).
        if interrupted() { throw ExportError.interrupted(path) }
        let digest = Hashing.sha256(bytes)
        let entry: JournalEntry = try RecordWrite.uninterrupted {
            try ExportFile.write(bytes, to: path, replace: replace)
            do {
                return try session.record(.exported(.init(format: format.id, file: absolute(path), sha256: digest,
                                                          draft: input.draftNote != nil)),
                                          actor: actor, time: time, result: document)
            } catch {
                // An export the journal does not know could never be verified: take back the
                // file this export created (a replaced file is gone either way).
                if !replacing { unlink(path) }
                throw error
            }
        }
        return Outcome(format: format.id, kind: format.kind, path: path, isDraft: input.draftNote != nil,
                       sha256: digest, entry: entry)
    }

    /// What a format renders for the session's document: the findings of the workspace's
    /// rules and the journal's record of the state (no draft note: `write` sets it).
    public static func input(for session: DocumentSession, settings: RuleSettings = .standard,
                             timeZone: TimeZone = .current) throws -> ExportInput {
        let journal = JournalFile.parse(try DurableFile.read(session.files.journal) ?? [])
        var record = ExportRecord.of(journal, documentID: session.id, utcOffset: 0)
        record.utcOffset = timeZone.secondsFromGMT(for: ExportRecord.parse(record.time) ?? Date())
        let findings = RuleEngine(settings: settings).check(session.document).all
        return ExportInput(document: session.document, findings: findings, record: record)
    }

    /// Where the workstation suggests writing an export: `exports/430001-2021.txt` in the
    /// workspace, `exports/430001-2021-审核意见书.html` for the report.
    public static func suggestedPath(in workspace: Workspace, document id: String, format: any ExportFormat) -> String {
        workspace.exportsFolder + "/" + id + (format.kind == .report ? "-审核意见书" : "") + "." + format.fileExtension
    }

    /// Where a path typed in the workstation points: `~/…` under the home folder, an
    /// absolute path as it is, anything else under the workspace's `exports/`.
    public static func workstationPath(_ typed: String, workspaceRoot: String) -> String {
        if typed.hasPrefix("/") { return typed }
        if typed == "~" || typed.hasPrefix("~/") { return HomeFolder.expanding(typed) }
        return Workspace.exportsFolder(root: workspaceRoot) + "/" + typed
    }

    /// The path as the journal records it: absolute, so `verify` can name the file
    /// wherever it is run from.
    static func absolute(_ path: String) -> String {
        let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (p as NSString).standardizingPath
    }
}
