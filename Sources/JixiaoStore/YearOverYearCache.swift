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

    /// The file's bytes: what `StableJSON.pretty(self)` writes (keys sorted, trailing
    /// newline), written by hand (`FindingJSONWriter`): JSONEncoder boxing every finding was
    /// ~14 M instructions of an import of 100 texts and ~25 M of a cold check. A change
    /// to the type must be made here too; the tests hold the two to the same bytes.
    func encoded() -> [UInt8] {
        var w = FindingJSONWriter(capacity: 256 + findings.count * 768)
        var o = PrettyJSONWriter.Object(depth: 0)
        o.key("findings", &w)
        findings.withUnsafeBufferPointer { findings in
            w.array(Array(findings.indices), depth: 1) { w, k, depth in w.finding(at: findings.baseAddress! + k, depth: depth) }
        }
        o.key("format", &w); w.integer(format)
        o.key("journalBytes", &w); w.integer(journalBytes)
        o.key("previous", &w); w.string(previous)
        o.key("previousJournalBytes", &w); w.integer(previousJournalBytes)
        o.key("projectIndices", &w)
        w.array(projectIndices, depth: 1) { w, index, _ in
            if let index { w.integer(index) } else { w.raw("null") }
        }
        o.key("rulesDigest", &w); w.string(rulesDigest)
        o.close(&w)
        w.raw("\n")
        return w.bytes
    }

    /// The cache in `bytes`: read by hand, or by JSONDecoder where the parser gives up.
    static func decoded(_ bytes: [UInt8]) -> YearOverYearCache? {
        DocumentJSONParser.parseYearOverYear(bytes) ?? (try? StableJSON.decode(YearOverYearCache.self, from: bytes))
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

/// A unit's two years, the current one and its previous: the key of a pair's findings.
public struct YearOverYearPair: Hashable, Sendable {
    public var current: String
    public var previous: String

    public init(current: String, previous: String) {
        self.current = current
        self.previous = previous
    }
}

extension RuleEngine {
    /// The same settings with only the rules `ids`, or with all but them: the findings of
    /// those rules, in the same order (rules are ordered by their place in the catalogue).
    func only(_ ids: Set<String>) -> RuleEngine { RuleEngine(rules: rules.filter { ids.contains($0.id) }, settings: settings) }

    func without(_ ids: Set<String>) -> RuleEngine { RuleEngine(rules: rules.filter { !ids.contains($0.id) }, settings: settings) }
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
    ///
    /// `known`: a pair's findings as its cache holds them, by `YearOverYearPair`, where the
    /// caller has just written the cache (`keepYearOverYear`): not read back.
    public func findingsAcrossDocuments(_ summaries: [DocumentSummary], of wanted: Set<String>? = nil,
                                        known: [YearOverYearPair: [Finding]] = [:]) throws(StoreError) -> [String: [Finding]] {
        let engine = RuleEngine(settings: settings.review)
        // The year-over-year rules are left out here: on summaries (no indicators) their
        // findings would be thrown away; each pair's come from its cache below.
        var found = engine.without(FindingSet.yearOverYearRules).checkSet(summaries.map { DocumentSetMember(id: $0.id, document: $0.keysOnly) })
            .filter { !$0.value.isEmpty }
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
            let (current, previous) = (summaries[pairs[n].current], summaries[pairs[n].previous])
            if let findings = known[YearOverYearPair(current: current.id, previous: previous.id)] { return findings }
            return try yearOverYearFindings(current, previous: previous, engine: engine)
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
    /// The year-over-year findings of `current` against its unit's previous year's: from
    /// the pair's cache while it holds, else worked out (each document taken from `known`
    /// when there — an import's own, as it just wrote them — or opened) and the cache written.
    func yearOverYearFindings(_ current: DocumentSummary, previous: DocumentSummary, engine: RuleEngine,
                              known: [String: Document] = [:]) throws(StoreError) -> [Finding] {
        try yearOverYearFindingsAndCache(current, previous: previous, engine: engine, known: known, asCached: false).findings
    }

    /// The same, and whether the pair's cache holds them now (read from it, or written).
    /// `asCached`: findings worked out and written are returned as the cache gives them
    /// back (decoded from the bytes written: a finding's JSON leaves out its row), the
    /// findings a later reader of the cache gets.
    func yearOverYearFindingsAndCache(_ current: DocumentSummary, previous: DocumentSummary, engine: RuleEngine,
                                      known: [String: Document] = [:], asCached: Bool) throws(StoreError) -> (findings: [Finding], cached: Bool) {
        let files = self.files(of: current.id)
        if let bytes = try? DurableFile.read(files.yearOverYear),
           let cache = YearOverYearCache.decoded(bytes),
           cache.holds(for: current, previous: previous) {
            return (cache.placedFindings, true)
        }
        func document(_ id: String) throws(StoreError) -> Document {
            if let document = known[id] { return document }
            return try openDocument(id, access: .read).document
        }
        let members = [DocumentSetMember(id: current.id, document: try document(current.id)),
                       DocumentSetMember(id: previous.id, document: try document(previous.id))]
        // Only the year-over-year rules: the others' findings across the pair were thrown away.
        let findings = engine.only(FindingSet.yearOverYearRules).checkSet(members)[current.id] ?? []
        let cache = YearOverYearCache(previous: previous.id, journalBytes: current.journalBytes,
                                      previousJournalBytes: previous.journalBytes, rulesDigest: current.rulesDigest,
                                      findings: findings)
        // Written only while the document is as its summary says (a writer's change wins).
        if DocumentSummaryFile.journalBytes(files) == current.journalBytes {
            let bytes = cache.encoded()
            if (try? DurableFile.write(bytes, to: files.yearOverYear, synced: false)) != nil {
                guard asCached else { return (findings, true) }
                if let back = YearOverYearCache.decoded(bytes) { return (back.placedFindings, true) }
            }
        }
        return (findings, false)
    }

    /// The year-over-year cache of a unit's two years, both just read (a check that opened
    /// them one after the other), written unless it holds: the rules across documents
    /// then open neither again. Nothing for two documents that are not such a pair.
    /// Returns the pair's findings as the cache now holds them (for `findingsAcrossDocuments`'
    /// `known`, so the cache just written is not read back), nil when it holds none.
    @discardableResult
    public func keepYearOverYear(_ current: DocumentSummary, _ currentDocument: Document,
                                 previous: DocumentSummary, _ previousDocument: Document, engine: RuleEngine) -> [Finding]? {
        let code = TextNormalization.withoutBlanks(current.unitCode)
        guard !code.isEmpty, current.id == "\(code)-\(current.year)", previous.id == "\(code)-\(current.year - 1)",
              TextNormalization.withoutBlanks(previous.unitCode) == code, previous.year == current.year - 1 else { return nil }
        guard let (findings, cached) = try? yearOverYearFindingsAndCache(current, previous: previous, engine: engine,
                                                                         known: [current.id: currentDocument, previous.id: previousDocument],
                                                                         asCached: true),
              cached else { return nil }
        return findings
    }

    /// After an import: the year-over-year caches of the pairs the imported documents are
    /// in (each with its unit's previous and next year), written, so the picker opens
    /// neither document. Each pair once, several at a time; the imported documents are
    /// taken as `imported` holds them, not read back, and so are the summaries in
    /// `summaries` (the ones just written). A cache: when this cannot be done, the picker does it.
    func writeYearOverYearCaches(around imported: [Document], summaries: [String: DocumentSummary] = [:]) {
        var known: [String: Document] = [:]
        for d in imported { known[d.id] = d }
        // Looked up by name, not by listing the workspace: an import of a thousand files does this a thousand times.
        func present(_ id: String) -> Bool { known[id] != nil || FileManager.default.fileExists(atPath: files(of: id).document) }
        var pairs: [(current: String, previous: String)] = []
        var seen = Set<String>()
        for d in imported {
            let code = TextNormalization.withoutBlanks(d.department.code)
            let year = d.department.year
            guard !code.isEmpty, d.id == "\(code)-\(year)" else { continue }
            for (current, previous) in [(d.id, "\(code)-\(year - 1)"), ("\(code)-\(year + 1)", d.id)]
            where present(current) && present(previous) && seen.insert(current).inserted {
                pairs.append((current, previous))
            }
        }
        let engine = RuleEngine(settings: settings.review)
        let (found, documents, made) = (pairs, known, summaries)
        _ = Parallel.map(found.count) { n in
            func summary(_ id: String) -> DocumentSummary? { made[id] ?? (try? self.summary(of: id)) }
            guard let a = summary(found[n].current), let b = summary(found[n].previous) else { return }
            _ = try? yearOverYearFindings(a, previous: b, engine: engine, known: documents)
        }
    }
}
