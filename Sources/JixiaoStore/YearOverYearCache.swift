import Foundation
import JixiaoModel
import JixiaoRules

/// `year-over-year.json` beside a document whose unit's previous-year document is in the
/// workspace: the findings of the year-over-year rules (`FindingSet.yearOverYearRules`)
/// for that pair. Those rules read indicators, which a summary does not keep; with this
/// cache the department picker opens neither document while both are unchanged. Stale
/// when either journal's length or the rule settings differ; rebuilt from the two
/// documents then. Deleting it loses nothing.
struct YearOverYearCache: Codable, Equatable, Sendable {
    static let currentFormat = 2

    var format = Self.currentFormat
    var previous: String
    var journalBytes: Int
    var previousJournalBytes: Int
    var rulesDigest: String
    var findings: [Finding]
    /// Each finding's project by position, which a finding's JSON leaves out (it names the
    /// project by code, and codes can repeat): reports name the project by it.
    var projectIndices: [Int?]

    init(previous: String, journalBytes: Int, previousJournalBytes: Int, rulesDigest: String, findings: [Finding]) {
        self.previous = previous
        self.journalBytes = journalBytes
        self.previousJournalBytes = previousJournalBytes
        self.rulesDigest = rulesDigest
        self.findings = findings
        projectIndices = findings.map(\.projectIndex)
    }

    /// Whether it still holds for `current` and `previous` as their summaries are.
    func holds(for current: DocumentSummary, previous other: DocumentSummary) -> Bool {
        format == Self.currentFormat && previous == other.id && journalBytes == current.journalBytes
            && previousJournalBytes == other.journalBytes && rulesDigest == current.rulesDigest && rulesDigest == other.rulesDigest
            && projectIndices.count == findings.count
    }

    /// The findings with their projects' positions.
    var placedFindings: [Finding] {
        zip(findings, projectIndices).map { f, index in
            var f = f
            f.projectIndex = index
            return f
        }
    }
}

extension Workspace {
    /// The open findings across documents of each document, from the summaries: what the
    /// department picker marks. The same findings as `documentSetFindings`, less those the
    /// reviewer waived. The rules that compare codes, names and amounts run on the
    /// summaries; the year-over-year rules come from each pair's cache, and only a pair
    /// whose cache is missing or stale is opened (several at a time) and its cache written.
    public func openFindingsAcrossDocuments(_ summaries: [DocumentSummary]) throws(StoreError) -> [String: [Finding]] {
        let found = try findingsAcrossDocuments(summaries)
        var out: [String: [Finding]] = [:]
        for s in summaries {
            guard let findings = found[s.id] else { continue }
            let open = FindingSet.acrossDocuments(findings, waivedBy: s.acrossWaivers).findings.filter(\.isOpen)
            if !open.isEmpty { out[s.id] = open }
        }
        return out
    }

    /// The findings across documents of each document, from the summaries, before any
    /// waiver: what `check` reports (with the waivers, and those gone stale). `of`: only
    /// these documents' year-over-year findings are wanted (the other pairs' caches are
    /// not read, nor their documents opened when stale); nil for all.
    public func findingsAcrossDocuments(_ summaries: [DocumentSummary], of wanted: Set<String>? = nil) throws(StoreError) -> [String: [Finding]] {
        let engine = RuleEngine(settings: settings.review)
        var found = engine.checkSet(summaries.map { DocumentSetMember(id: $0.id, document: $0.keysOnly) })
            .mapValues { $0.filter { !FindingSet.yearOverYearRules.contains($0.rule) } }.filter { !$0.value.isEmpty }
        // Each document with its unit's previous year's, by unit code.
        var byUnitYear: [String: Int] = [:]
        for (k, s) in summaries.enumerated() {
            let code = TextNormalization.withoutBlanks(s.unitCode)
            if !code.isEmpty { byUnitYear["\(code)|\(s.year)"] = k }
        }
        let pairs: [(current: Int, previous: Int)] = summaries.indices.compactMap { k in
            let code = TextNormalization.withoutBlanks(summaries[k].unitCode)
            guard !code.isEmpty, wanted?.contains(summaries[k].id) ?? true else { return nil }
            return byUnitYear["\(code)|\(summaries[k].year - 1)"].map { (k, $0) }
        }
        let results = Parallel.map(pairs.count) { n throws(StoreError) -> [Finding] in
            let (c, p) = pairs[n]
            let files = self.files(of: summaries[c].id)
            if let bytes = try? DurableFile.read(files.yearOverYear),
               let cache = try? StableJSON.decode(YearOverYearCache.self, from: bytes),
               cache.holds(for: summaries[c], previous: summaries[p]) {
                return cache.placedFindings
            }
            let members = [DocumentSetMember(id: summaries[c].id, document: try openDocument(summaries[c].id, access: .read).document),
                           DocumentSetMember(id: summaries[p].id, document: try openDocument(summaries[p].id, access: .read).document)]
            let findings = (engine.checkSet(members)[summaries[c].id] ?? []).filter { FindingSet.yearOverYearRules.contains($0.rule) }
            let cache = YearOverYearCache(previous: summaries[p].id, journalBytes: summaries[c].journalBytes,
                                          previousJournalBytes: summaries[p].journalBytes, rulesDigest: summaries[c].rulesDigest,
                                          findings: findings)
            // Written only while the document is as its summary says (a writer's change wins).
            if DocumentSummaryFile.journalBytes(files) == summaries[c].journalBytes, let bytes = try? StableJSON.pretty(cache) {
                try? DurableFile.write(bytes, to: files.yearOverYear, synced: false)
            }
            return findings
        }
        for ((c, _), result) in zip(pairs, results) {
            let id = summaries[c].id
            let findings = try result.get()
            if !findings.isEmpty { found[id] = FindingSet.ordered((found[id] ?? []) + findings) }
        }
        return found
    }
}

extension Workspace {
    /// After an import: the year-over-year caches of the pairs the document is in (with its
    /// unit's previous and next year), written, so the picker opens neither document. A
    /// cache: when this cannot be done, the picker does it.
    func writeYearOverYearCaches(around id: String) {
        guard let s = try? summary(of: id) else { return }
        let code = TextNormalization.withoutBlanks(s.unitCode)
        guard !code.isEmpty, id == "\(code)-\(s.year)" else { return }
        // Looked up by name, not by listing the workspace: an import of a thousand files does this a thousand times.
        func present(_ id: String) -> Bool { FileManager.default.fileExists(atPath: files(of: id).document) }
        for (current, previous) in [(id, "\(code)-\(s.year - 1)"), ("\(code)-\(s.year + 1)", id)]
        where present(current) && present(previous) {
            if let a = try? summary(of: current), let b = try? summary(of: previous) { _ = try? openFindingsAcrossDocuments([a, b]) }
        }
    }
}
