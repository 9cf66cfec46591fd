import Foundation
import JixiaoStore

/// `jixiao verify FILE`: is this file an export of the workspace, which one, and has the
/// document changed since? The file's SHA-256 is looked up among the export lines of the
/// documents' journals (the journal's hash chain vouches for those lines); a file at a
/// path the journal exported to whose digest is not there was changed after the export.
public struct ExportVerification: Sendable {
    /// One journal line that exported exactly these bytes.
    public struct Match: Sendable {
        /// The document whose journal has the line; "" for the workspace's own record
        /// (`exports.jsonl`: the department summary).
        public var documentID: String
        public var entry: JournalEntry
        public var export: JournalEvent.Exported
        /// The lines after the export that changed the document or its review (edits,
        /// decisions, opinions): what the file no longer shows.
        public var laterChanges: [JournalEntry]
        /// For a department summary: the documents changed or imported after it, and those
        /// it showed that are no longer in the workspace.
        public var laterDocuments: [String] = []
        public var goneDocuments: [String] = []
    }

    public enum Verdict: Sendable {
        /// The file is byte for byte what these journal lines exported.
        case exported([Match])
        /// Not these bytes, but the journal exported to this path: changed since.
        case changedSinceExport([Match])
        /// No journal of the workspace knows the file.
        case unknown
    }

    public var path: String
    public var sha256: String
    public var verdict: Verdict
    /// Journals that could not be read to their end: what they say after the problem was
    /// not searched.
    public var journalProblems: [(documentID: String, problem: JournalProblem)]
    /// The documents searched when not all were (`--document`): a file unknown to them may
    /// still be another document's export.
    public var searchedOnly: [String]? = nil

    public var matches: Bool {
        if case .exported = verdict { return true }
        return false
    }

    /// The workspace's own record of department summaries is searched too: a summary shows
    /// every document, so it is an export of each. `allDocuments`: `documents` are all the
    /// workspace has (else only those named: what changed since is told of them only, and
    /// no document the summary showed is said to be gone).
    public static func verify(file path: String, in workspace: Workspace, documents: [String],
                              allDocuments: Bool = true) throws -> ExportVerification {
        guard let bytes = try DurableFile.read(path) else {
            throw StoreError("找不到文件 \(path)", hint: "检查路径")
        }
        let digest = Hashing.sha256(bytes)
        let absolute = DocumentExport.absolute(path)
        var exact: [Match] = [], samePath: [Match] = []
        var problems: [(String, JournalProblem)] = []
        let consider = { (match: Match) in
            if match.export.sha256 == digest {
                exact.append(match)
            } else if DocumentExport.absolute(match.export.file) == absolute {
                samePath.append(match)
            }
        }
        // Each document's last change: what a department summary exported before it misses.
        var lastChange: [String: Int] = [:]
        for id in documents {
            let journal = JournalFile.parse(try DurableFile.read(workspace.files(of: id).journal) ?? [])
            problems += journal.problems.map { (id, $0) }
            for (k, entry) in journal.entries.enumerated() {
                guard case .exported(let x) = entry.event else { continue }
                let later = journal.entries[(k + 1)...].filter { $0.kind != "export" }
                consider(Match(documentID: id, entry: entry, export: x, laterChanges: Array(later)))
            }
            lastChange[id] = WorkspaceExports.lastChange(journal)
        }
        let own = try WorkspaceExports.read(in: workspace)
        problems += own.problems.map { (WorkspaceExports.fileName, $0) }
        for entry in own.entries {
            guard case .exported(let x) = entry.event else { continue }
            let shown = x.documents ?? [:]
            let later = lastChange.filter { shown[$0.key] != $0.value }.map(\.key).sorted()
            let gone = allDocuments ? shown.keys.filter { lastChange[$0] == nil }.sorted() : []
            consider(Match(documentID: "", entry: entry, export: x, laterChanges: [], laterDocuments: later, goneDocuments: gone))
        }
        let verdict: Verdict = !exact.isEmpty ? .exported(exact) : !samePath.isEmpty ? .changedSinceExport(samePath) : .unknown
        return ExportVerification(path: path, sha256: digest, verdict: verdict, journalProblems: problems,
                                  searchedOnly: allDocuments ? nil : documents)
    }

    /// What `jixiao verify` prints: the verdict first, then each export line it rests on.
    public var report: String {
        var out: [String] = []
        switch verdict {
        case .exported(let ms):
            out.append("一致：\(path) 是本工作区导出的文件，内容未改动（SHA-256 \(Hashing.abbreviated(sha256))）")
            for m in ms { out += describe(m) }
        case .changedSinceExport(let ms):
            out.append("不一致：\(path) 导出后被改动过（现在的 SHA-256 \(Hashing.abbreviated(sha256)) 与导出时不符）")
            for m in ms { out += describe(m) }
        case .unknown:
            if let ids = searchedOnly {
                let named = ids.joined(separator: "、")
                out.append("不一致：\(path) 不是 \(named) 导出的文件（\(named) 的导出记录和工作区的部门汇总记录里，没有哪条的 SHA-256 是 \(Hashing.abbreviated(sha256))）")
                out.append("  不带 --document 再核对一次，可在工作区的全部文档中查找")
            } else {
                out.append("不一致：\(path) 不是本工作区导出的文件（没有哪条导出记录的 SHA-256 是 \(Hashing.abbreviated(sha256))）")
            }
        }
        for p in journalProblems {
            out.append(p.documentID == WorkspaceExports.fileName
                ? "注意：工作区的导出记录 \(WorkspaceExports.fileName) 有问题（\(p.problem)），问题之后的记录没有核对"
                : "注意：\(p.documentID) 的日志有问题（\(p.problem)），问题之后的记录没有核对；运行 jixiao log --verify 查看")
        }
        return out.joined(separator: "\n") + "\n"
    }

    func describe(_ m: Match) -> [String] {
        if m.documentID.isEmpty { return describeSummary(m) }
        let kind = ExportFormats.named(m.export.format)
        let what = kind.map { $0.kind == .report ? $0.title : "\(m.export.draft ? "文档草稿" : "文档定稿")，\($0.title)" }
            ?? (m.export.draft ? "草稿" : "定稿")
        var out = ["  \(m.documentID) 日志第 \(m.entry.seq) 条：\(what)（格式 \(m.export.format)），\(m.entry.actor) 于 \(ExportRecord.local(m.entry.time, utcOffset: TimeZone.current.secondsFromGMT())) 导出到 \(m.export.file)"]
        out.append("  原导出的 SHA-256：\(m.export.sha256)")
        if m.laterChanges.isEmpty {
            out.append("  此后文档和审核记录没有变化")
        } else {
            let first = m.laterChanges.first!.seq, last = m.laterChanges.last!.seq
            let range = first == last ? "第 \(first) 条" : "第 \(first)–\(last) 条"
            out.append("  此后文档或审核记录又有 \(m.laterChanges.count) 处变化（日志\(range)）：文件反映的是导出时的状态")
        }
        return out
    }

    /// A line of the workspace's own record: a department summary.
    func describeSummary(_ m: Match) -> [String] {
        var out = ["  工作区导出记录（\(WorkspaceExports.fileName)）第 \(m.entry.seq) 条：部门审核汇总（格式 \(m.export.format)），\(m.entry.actor) 于 \(ExportRecord.local(m.entry.time, utcOffset: TimeZone.current.secondsFromGMT())) 导出到 \(m.export.file)"]
        out.append("  原导出的 SHA-256：\(m.export.sha256)")
        let named = { (ids: [String]) in ids.prefix(5).joined(separator: "、") + (ids.count > 5 ? " 等" : "") }
        if m.laterDocuments.isEmpty && m.goneDocuments.isEmpty {
            out.append("  此后各文档和审核记录没有变化")
        }
        if !m.laterDocuments.isEmpty {
            out.append("  此后 \(m.laterDocuments.count) 份文档或其审核记录有变化或是新导入的（\(named(m.laterDocuments))）：汇总反映的是导出时的状态")
        }
        if !m.goneDocuments.isEmpty {
            out.append("  汇总里的 \(m.goneDocuments.count) 份文档已不在工作区（\(named(m.goneDocuments))）")
        }
        return out
    }
}
