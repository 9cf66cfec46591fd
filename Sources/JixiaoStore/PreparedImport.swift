import Foundation
import JixiaoModel
import JixiaoRules

/// What `check` writes of a document's findings (the command line renders it: text and
/// JSON are its business), handed to a batch import so the first `check` after it copies
/// instead of checking again.
public typealias CheckOutput = @Sendable (_ id: String, _ document: Document, _ findings: FindingSet) throws -> CachedCheck

/// What every file of an import is checked with: the rules' engine and the digest of its
/// settings, made once per import (an engine and a digest made for each file were ~0.4 %
/// of an import's instructions).
struct ImportRules: Sendable {
    let settings: RuleSettings
    let engine: RuleEngine
    let digest: String

    init(_ settings: RuleSettings) {
        self.settings = settings
        engine = RuleEngine(settings: settings)
        digest = DocumentSummaryFile.rulesDigest(settings)
    }
}

/// One file of a batch import made ready before the workspace is locked: read, checked for
/// its summary, and every file of its folder encoded — several at a time, one per core.
/// Storing it is then only writing (`Workspace.stage`).
struct PreparedImport: Sendable {
    let document: Document
    let source: [UInt8]
    let journal: [UInt8]
    let stored: [UInt8]
    let summary: [UInt8]
    /// What `summary` holds: the summary `summary(of:)` reads back once it is stored (when
    /// the workspace still has `rulesDigest`), handed to the year-over-year caches instead.
    let documentSummary: DocumentSummary
    /// The rules' digest the summary and `check` were made with (the workspace's settings
    /// when it was prepared): kept only if the workspace still has those settings.
    let rulesDigest: String
    let check: CachedCheck?
    /// The encoding the file was in when it was converted to UTF-8 (`SourceEncoding`).
    var convertedFrom: String?

    /// The file at `path` (as the reviewer named it), read and prepared.
    init(path: String, actor: String, time: String, rules: ImportRules, checkOutput: CheckOutput?) throws {
        let text = try Workspace.readDocument(Workspace.readInput(path), namedAs: path)
        try self.init(document: text.document, source: text.source,
                      fileName: FileName.of(path), actor: actor, time: time, rules: rules,
                      checkOutput: checkOutput)
        convertedFrom = text.convertedFrom
    }

    /// `document`, read from `bytes` (the file `fileName`), prepared.
    init(document: Document, source bytes: [UInt8], fileName: String, actor: String, time: String, rules: ImportRules,
         checkOutput: CheckOutput?) throws {
        let id = document.id
        let imported = JournalEvent.imported(.init(document: id, file: fileName, sourceSHA256: Hashing.sha256(bytes),
                                                   projects: document.projects.count))
        let (_, line, position) = try JournalFile.line(imported, after: .start, actor: actor, time: time)
        let findings = rules.engine.check(document)
        let summary = DocumentSummaryFile.make(document, findings: findings, id: id, lastChange: time, journalBytes: line.count,
                                               rulesDigest: rules.digest)
        self.document = document
        source = bytes
        journal = line
        stored = try StoredDocument(journal: position, document: document).encoded()
        self.summary = DocumentSummaryFile.bytes(summary)
        documentSummary = summary
        rulesDigest = summary.rulesDigest
        check = try checkOutput?(id, document, findings)
    }
}

extension Workspace {
    /// Writes a prepared document into a new folder of its own beside the documents, to be
    /// moved into place by the caller, who holds the workspace's lock. `synced: false` for a
    /// batch, which is written back at once (`importFiles`); one file is fsynced as it is
    /// written. Nothing is left behind when a write fails; the caches (summary, check) are
    /// written when they can be.
    func stage(_ prepared: PreparedImport, synced: Bool = false) throws(StoreError) -> String {
        let id = prepared.document.id
        let tmp = try makeImportFolder(for: id)
        let files = DocumentFiles(folder: tmp)
        do throws(StoreError) {
            // The folder is the import's own until it is moved into place: each file is
            // created in it directly, and the folder synced once when `synced`.
            try DurableFile.create(prepared.source, at: files.source, readOnly: true, synced: synced)
            try DurableFile.create(prepared.journal, at: files.journal, synced: synced)
            try DurableFile.create(prepared.stored, at: files.document, synced: synced)
            if prepared.rulesDigest == rulesDigest {
                try? DurableFile.create(prepared.summary, at: files.summary, synced: false)
                if let check = prepared.check, let key = checkCacheKey(of: id, files: files) {
                    try? DurableFile.create(parts: check.encodedParts(key: key), at: files.checkCache, synced: false)
                }
            }
            if synced { try DurableFile.syncFolder(tmp) }
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
        return tmp
    }

    /// A new, empty folder in the workspace for the document `id` being imported, named as
    /// a temporary (a crash leaves it recognisable).
    func makeImportFolder(for id: String) throws(StoreError) -> String {
        // The id and eight hex digits drawn once per process: a batch stages each id once,
        // so the name is new unless a crashed import left one like it — then `mkdir` says
        // so and fresh digits are drawn. (Drawn per document, it was a `getrandom` call
        // per file of a district for nothing.)
        var tag = Self.processTag
        while true {
            let tmp = root + "/.import-\(id)-\(tag)" + DurableFile.temporarySuffix
            if mkdir(tmp, 0o777) == 0 { return tmp }
            guard errno == EEXIST else {
                throw StoreError("无法在工作区 \(root) 中创建文件夹：\(String(cString: strerror(errno)))", hint: "检查权限和磁盘空间")
            }
            tag = Self.randomHex()
        }
    }

    /// `randomHex` once for the process.
    static let processTag = randomHex()

    /// Eight upper-case hex digits, random.
    static func randomHex() -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var n = UInt32.random(in: .min ... .max)
        var out = [UInt8](repeating: 0, count: 8)
        for k in (0..<8).reversed() {
            out[k] = digits[Int(n & 0xF)]
            n >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
