import Foundation
import JixiaoModel
import JixiaoRules

/// `check.cache` beside each document: what `jixiao check` wrote for the document last
/// time — its findings as text and as elements of the JSON report, already made safe for
/// a terminal — with their counts, kept while the document, its journal, the rule
/// settings and the program are those it was made from. A bureau checks the same
/// thousand documents again and again and changes a few: those few are checked again,
/// the rest are copied. It is a cache: deleting it costs one recount.
///
/// The file is one JSON line (`Header`), then the JSON bytes, then the text bytes; a file
/// whose length disagrees with its header (torn by a crash: it is written without fsync)
/// is not believed.
public struct CachedCheck: Equatable, Sendable {
    public struct Header: Codable, Equatable, Sendable {
        static let currentFormat = 1
        var format = Self.currentFormat
        /// What it was made from (`Workspace.checkCacheKey`).
        var key: String
        /// Open findings by severity (`error`, `warning`, `info`), and the waived ones.
        public var open: [String: Int]
        public var waived: Int
        public var staleWaivers: [Waiver]
        var jsonBytes: Int
        var textBytes: Int
    }

    public var header: Header
    /// The findings as elements of `check --format json`'s array, no comma before the first.
    public var json: [UInt8]
    /// The document's part of `check`'s text report.
    public var text: [UInt8]

    public init(open: [Severity: Int], waived: Int, staleWaivers: [Waiver], json: [UInt8], text: [UInt8]) {
        var byName: [String: Int] = [:]
        for (severity, n) in open { byName[severity.rawValue] = n }
        header = Header(key: "", open: byName, waived: waived, staleWaivers: staleWaivers, jsonBytes: json.count, textBytes: text.count)
        self.json = json
        self.text = text
    }

    public var findings: Int { header.open.values.reduce(header.waived, +) }
    public func open(_ severity: Severity) -> Int { header.open[severity.rawValue] ?? 0 }

    /// The file's bytes: the header as `StableJSON.line` writes it, written by hand
    /// (`PrettyJSONWriter`, compact), then the JSON and the text.
    func encoded(key: String) -> [UInt8] {
        encodedParts(key: key).flatMap { $0 }
    }

    /// The same in its three parts — the header line, the JSON, the text — written one
    /// after the other (`DurableFile.write(parts:)`): the JSON and the text, most of a
    /// thousand documents' caches, are not copied to be written.
    func encodedParts(key: String) -> [[UInt8]] {
        var h = header
        h.key = key
        var w = PrettyJSONWriter(capacity: 512 + 256 * h.staleWaivers.count, compact: true)
        w.header(h)
        w.raw("\n")
        return [w.bytes, json, text]
    }

    /// Which of the two a reader wants: `check` writes one format.
    public enum Part: Sendable { case json, text, both }

    /// The cache in the file at `path` when it was made from `key` and is whole; only the
    /// `part` asked for is read (the other is left empty).
    static func read(_ path: String, key: String, part: Part) -> CachedCheck? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard count > 0 else { return [] }
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return n == count ? out : nil
        }
        // The header is one line at the start, a few hundred bytes (more with stale waivers).
        var head = bytes(at: 0, count: min(size, 4096)) ?? []
        if head.firstIndex(of: 0x0A) == nil, size > head.count { head = bytes(at: 0, count: size) ?? [] }
        guard let newline = head.firstIndex(of: 0x0A),
              let header = DocumentJSONParser.parseCheckHeader(head[..<newline])
                ?? (try? StableJSON.decode(Header.self, from: Array(head[..<newline]))),
              header.format == Header.currentFormat, header.key == key,
              header.jsonBytes >= 0, header.textBytes >= 0,
              size - newline - 1 == header.jsonBytes + header.textBytes else { return nil }
        let jsonAt = newline + 1, textAt = jsonAt + header.jsonBytes
        guard let json = part == .text ? [] : bytes(at: jsonAt, count: header.jsonBytes),
              let text = part == .json ? [] : bytes(at: textAt, count: header.textBytes) else { return nil }
        return CachedCheck(header: header, json: json, text: text)
    }

    private init(header: Header, json: [UInt8], text: [UInt8]) {
        self.header = header
        self.json = json
        self.text = text
    }
}

extension Workspace {
    /// What a document's cached check and summary are keyed by: its folder, the identity
    /// of `document.json` and `journal.jsonl` as the file system knows them (inode, size,
    /// modification and status-change times — every save replaces the one and appends to
    /// the other, and no tool can set a file's status-change time back), and the rules
    /// (settings, catalogue, program). Nil when either file is missing.
    public func checkCacheKey(of id: String) -> String? { checkCacheKey(of: id, files: files(of: id)) }

    /// The same for the document's files in `files` (an import's folder before it is moved
    /// into place: moving a folder leaves its files' identities as they are).
    func checkCacheKey(of id: String, files: DocumentFiles) -> String? {
        func identity(_ path: String) -> String? {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            return "\(st.st_ino),\(st.st_size),\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec),\(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)"
        }
        guard let document = identity(files.document), let journal = identity(files.journal) else { return nil }
        return "\(id)|\(document)|\(journal)|\(rulesDigest)"
    }

    /// The cached check of a document when it holds for `key` (only `part` read).
    public func cachedCheck(of id: String, key: String, part: CachedCheck.Part = .both) -> CachedCheck? {
        CachedCheck.read(files(of: id).checkCache, key: key, part: part)
    }

    /// `check-across.cache` in the workspace's folder: what `check` wrote of the findings
    /// across documents the last time it checked the whole workspace, kept under a digest
    /// of every document's key (`acrossKey`): while no document changed, none of their
    /// summaries is read again.
    public static let acrossCacheName = "check-across.cache"

    /// The digest of the documents' keys, in order: changes when any document, the set of
    /// documents, the settings or the program does.
    public static func acrossKey(_ keys: [String]) -> String { Hashing.sha256(Array(keys.joined(separator: "\n").utf8)) }

    public func cachedAcross(key: String, part: CachedCheck.Part = .both) -> CachedCheck? {
        CachedCheck.read(root + "/" + Self.acrossCacheName, key: key, part: part)
    }

    /// Keeps `check` as what was written across documents for the documents with `key`.
    public func keepAcross(_ check: CachedCheck, key: String) {
        try? DurableFile.write(parts: check.encodedParts(key: key), to: root + "/" + Self.acrossCacheName, synced: false)
    }

    /// Keeps `check` as the document's cached check, and `summary` as its summary, when
    /// the document is still as `key` says (a writer's change meanwhile wins). A cache:
    /// a failure to write is nobody's concern.
    public func keep(_ check: CachedCheck, summary: DocumentSummary?, of id: String, key: String) {
        guard checkCacheKey(of: id) == key else { return }
        let files = self.files(of: id)
        if let summary { DocumentSummaryFile.write(summary, to: files) }
        try? DurableFile.write(parts: check.encodedParts(key: key), to: files.checkCache, synced: false)
    }

    /// The document's summary when `summary.json` still holds.
    public func freshSummary(of id: String) -> DocumentSummary? {
        DocumentSummaryFile.fresh(files(of: id), rulesDigest: rulesDigest)
    }

    /// The summary of a document just opened and checked (`findings` as `RuleEngine.check`
    /// gave them with the workspace's settings). `lastChange`: the time of the journal's
    /// last entry when the caller read it (`DocumentSession.openedLastChange`), else the
    /// journal is read for it.
    /// `changedOutside`: the session found `document.json` changed outside Jixiao.
    public func summary(of id: String, document: Document, findings: FindingSet, lastChange: String? = nil,
                        changedOutside: Bool = false) -> DocumentSummary {
        let files = self.files(of: id)
        let lastChange = lastChange ?? JournalFile.parse((try? DurableFile.read(files.journal)) ?? []).entries.last?.time ?? ""
        var summary = DocumentSummaryFile.make(document, findings: findings, id: id, lastChange: lastChange,
                                               journalBytes: DocumentSummaryFile.journalBytes(files), rulesDigest: rulesDigest,
                                               version: DocumentSummaryFile.version(files))
        summary.changedOutside = changedOutside ? true : nil
        return summary
    }
}

extension PrettyJSONWriter {
    /// `CachedCheck.Header`'s synthesized encoding, keys sorted.
    mutating func header(_ h: CachedCheck.Header) {
        var o = Object(depth: 0)
        o.key("format", &self); integer(h.format)
        o.key("jsonBytes", &self); integer(h.jsonBytes)
        o.key("key", &self); string(h.key)
        o.key("open", &self); counts(h.open, depth: 1)
        o.key("staleWaivers", &self); array(h.staleWaivers, depth: 1) { w, waiver, depth in w.waiver(waiver, depth: depth) }
        o.key("textBytes", &self); integer(h.textBytes)
        o.key("waived", &self); integer(h.waived)
        o.close(&self)
    }
}
