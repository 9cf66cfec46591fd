import Foundation
import JixiaoModel
import JixiaoRules

/// `summary.json` beside each document (docs/workspace-format.md): what the department
/// picker shows, written with every import and every recorded change, and rebuilt from the
/// document when it is missing, unreadable or stale. Stale is told without parsing the
/// document: the journal's length (every change appends a line) or the rule settings
/// differ from those it was made with. It is a cache: nothing is lost if it is deleted.
public enum DocumentSummaryFile {
    /// The summary of `document`, whose journal is `journalBytes` long and last changed at
    /// `lastChange`, counting open findings with `settings`.
    public static func make(_ document: Document, id: String, lastChange: String, journalBytes: Int,
                            settings: RuleSettings, version: Int = 1) -> DocumentSummary {
        make(document, findings: RuleEngine(settings: settings).check(document), id: id, lastChange: lastChange,
             journalBytes: journalBytes, settings: settings, version: version)
    }

    /// The same, from the document's findings as `RuleEngine.check` gave them with
    /// `settings` (its waivers applied).
    public static func make(_ document: Document, findings set: FindingSet, id: String, lastChange: String, journalBytes: Int,
                            settings: RuleSettings, version: Int = 1) -> DocumentSummary {
        make(document, findings: set, id: id, lastChange: lastChange, journalBytes: journalBytes,
             rulesDigest: rulesDigest(settings), version: version)
    }

    /// The same, with `rulesDigest(settings)` already made (a workspace makes it once).
    static func make(_ document: Document, findings set: FindingSet, id: String, lastChange: String, journalBytes: Int,
                     rulesDigest digest: String, version: Int = 1) -> DocumentSummary {
        // Counted where they are: the order `set.all` puts them in counts for nothing here.
        // (By index, each finding asked in place: `for f in list` copied every finding out.)
        var open = (error: 0, warning: 0, info: 0)
        func count(_ list: [Finding]) {
            for k in list.indices where list[k].isOpen {
                switch list[k].severity {
                case .error: open.error += 1
                case .warning: open.warning += 1
                case .info: open.info += 1
                }
            }
        }
        for list in set.perProject { count(list) }
        count(set.fromDocumentRules)
        let statuses = document.projects.indices.map { document.review.status(ofProjectAt: $0) }
        let dep = document.department
        let budget = document.budgetTotalsByUnit
        return DocumentSummary(
            id: id, unitCode: dep.code, unitName: dep.unitName.isEmpty ? dep.name : dep.unitName, departmentName: dep.name,
            year: dep.year,
            projects: document.projects.count, budgetTotal: budget.yuan,
            errors: open.error, warnings: open.warning, infos: open.info,
            approved: statuses.filter { $0 == .approved }.count, returned: statuses.filter { $0 == .returned }.count,
            pending: statuses.filter { $0 == .pending }.count, grade: document.review.grade?.grade,
            lastChange: lastChange,
            projectKeys: document.projects.map {
                ProjectKey(number: $0.number, code: $0.code, name: $0.name, budget: $0.budget.total, codeLine: $0.lines.code, budgetLine: $0.lines.budget)
            },
            acrossWaivers: document.review.waivers.filter { FindingSet.isAcrossDocuments($0.rule) }, version: version,
            journalBytes: journalBytes, rulesDigest: digest, budgetUnprinted: budget.unprinted)
    }

    /// A digest of the rule settings and of the rules themselves: findings counted under
    /// other settings, or by a Jixiao whose rules differ (one added, a severity or its
    /// wording changed, or only its code: another build, `ProgramIdentity`), are stale.
    public static func rulesDigest(_ settings: RuleSettings) -> String {
        Hashing.sha256(((try? StableJSON.line(settings)) ?? []) + Array((catalogueDigest + "\u{1E}" + ProgramIdentity.current).utf8))
    }

    /// The digest of the rule catalogue as text, made once (a summary's freshness is asked
    /// a thousand times when the picker opens): each rule's id, category, severity, basis,
    /// title, help and the names of its examples.
    private static let catalogueDigest: String = Hashing.sha256(Array(RuleCatalogue.all.map { r in
        ([r.id, r.category.rawValue, r.severity.rawValue, "\(r.basis)", r.title, r.help]
            + (r.failing + r.passing).map(\.title)).joined(separator: "\u{1F}")
    }.joined(separator: "\u{1E}").utf8))

    /// The latest version of the text: the highest N with `source-N.txt` there (1 for none).
    static func version(_ files: DocumentFiles) -> Int {
        var n = 1
        while FileManager.default.fileExists(atPath: files.source(version: n + 1)) { n += 1 }
        return n
    }

    /// A file's modification time in nanoseconds; nil when it cannot be had.
    static func modified(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec
    }

    static func journalBytes(_ files: DocumentFiles) -> Int {
        var st = stat()
        return stat(files.journal, &st) == 0 ? Int(st.st_size) : -1
    }

    /// Writes the summary of the document in `files` (atomic, not fsynced: a failure or a
    /// crash is not the reviewer's concern — a summary that is missing, torn or of an
    /// older journal is rebuilt when next needed).
    static func write(_ summary: DocumentSummary, to files: DocumentFiles) {
        try? DurableFile.write(bytes(summary), to: files.summary, synced: false)
    }

    /// The summary as `StableJSON.pretty` writes it, written by hand (`PrettyJSONWriter`):
    /// the encoder was most of what writing a document's summary and cache cost.
    static func bytes(_ summary: DocumentSummary) -> [UInt8] {
        var w = PrettyJSONWriter(capacity: 1024 + 256 * (summary.projectKeys.count + summary.acrossWaivers.count))
        w.summary(summary)
        w.raw("\n")
        return w.bytes
    }

    /// The stored summary when it is still true of the document: same format, same journal
    /// length, same rule settings, and written no earlier than `document.json` was last
    /// modified (every save writes the document first, then its summary): a document
    /// changed or damaged outside Jixiao after its summary was kept is read again, never
    /// listed as the summary remembers it.
    static func fresh(_ files: DocumentFiles, rulesDigest digest: String) -> DocumentSummary? {
        guard let written = modified(files.summary), let changed = modified(files.document), written >= changed,
              let bytes = try? DurableFile.read(files.summary),
              let summary = DocumentJSONParser.parseSummary(bytes) ?? (try? StableJSON.decode(DocumentSummary.self, from: bytes)),
              summary.format == DocumentSummary.currentFormat,
              summary.journalBytes == journalBytes(files),
              summary.rulesDigest == digest else { return nil }
        return summary
    }
}

extension Workspace {
    /// Every document's summary, for the department picker: read from `summary.json`
    /// where it is fresh, else rebuilt from the document (opened read-only) and written
    /// back. A document that cannot be opened is left out and its reason returned.
    public func summaries() -> (summaries: [DocumentSummary], problems: [String]) {
        let ids = documentIDs()
        var out: [DocumentSummary] = []
        var problems: [String] = []
        // Several at a time: a thousand small files, and any stale one rebuilt from its document.
        for (id, result) in zip(ids, Parallel.map(ids.count) { k throws(StoreError) in try summary(of: ids[k]) }) {
            switch result {
            case .success(let summary): out.append(summary)
            case .failure(let error): problems.append("\(id)：\(error.message)")
            }
        }
        return (out, problems)
    }

    /// One document's summary: fresh from its file, or rebuilt.
    public func summary(of id: String) throws(StoreError) -> DocumentSummary {
        let files = self.files(of: id)
        if let fresh = DocumentSummaryFile.fresh(files, rulesDigest: rulesDigest) { return fresh }
        let bytesBefore = DocumentSummaryFile.journalBytes(files)
        let session = try openDocument(id, access: .read)
        let journal = JournalFile.parse((try? DurableFile.read(files.journal)) ?? [])
        var summary = DocumentSummaryFile.make(session.document, id: id, lastChange: journal.entries.last?.time ?? "",
                                               journalBytes: bytesBefore, settings: settings.review,
                                               version: DocumentSummaryFile.version(files))
        summary.changedOutside = session.changedOutside ? true : nil
        // Written only when the journal did not grow meanwhile (a writer's own summary wins).
        if DocumentSummaryFile.journalBytes(files) == bytesBefore { DocumentSummaryFile.write(summary, to: files) }
        return summary
    }
}
