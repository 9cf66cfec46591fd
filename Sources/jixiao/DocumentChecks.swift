import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoStore

/// A workspace's documents checked several at a time (one per core), handed on in their
/// order a batch at a time, memory holding one batch. A document whose cached check
/// (`check.cache`) and summary still hold is not opened: its text and JSON are copied.
/// The others are opened read-only and checked, and their cache and summary written.
struct DocumentChecks: Sendable {
    struct Checked: Sendable {
        var id: String
        /// What the document was checked as (`Workspace.checkCacheKey`); nil when its files
        /// were not there to say.
        var key: String?
        /// What `check` writes for the document, made now or copied from the cache.
        var output: CachedCheck
        /// What the rules across documents read of it, when it was checked now (a copied
        /// one's is read only if those rules must run again).
        var summary: DocumentSummary?
        /// The document and its findings when they were made now, or when `wholeDocuments`
        /// asked for them (SARIF names each finding's place from them).
        var document: Document?
        var findings: [Finding]?
    }

    let workspace: Workspace
    let engine: RuleEngine
    /// Every document opened and checked, the cache only written (for SARIF).
    var wholeDocuments = false
    /// What is read of a cached check: the format being written.
    var part = CachedCheck.Part.both

    /// `body` sees each document in the order of `ids`, on this thread while the next ones
    /// are checked (eight per core ahead at most); the first document that cannot be
    /// opened throws, after the ones before it were handed on.
    func forEach(_ ids: [String], _ body: (Checked) throws -> Void) throws {
        let window = max(1, ProcessInfo.processInfo.activeProcessorCount) * 8
        try Parallel.ordered(ids.count, window: window, { k in Result { () throws(StoreError) in try check(ids[k]) } },
                             consume: { _, result in try body(result.get()) })
    }

    private func check(_ id: String) throws(StoreError) -> Checked {
        let key = workspace.checkCacheKey(of: id)
        if !wholeDocuments, let key, let output = workspace.cachedCheck(of: id, key: key, part: part) {
            return Checked(id: id, key: key, output: output)
        }
        let session = try workspace.openDocument(id, access: .read)
        let document = session.document
        let set = engine.check(document)
        let all = set.all
        let output = Self.output(all, staleWaivers: set.staleWaivers, document: document, id: id)
        // The journal as the session read it: reading and parsing it again was most of a
        // summary's cost.
        let summary = workspace.summary(of: id, document: document, findings: set, lastChange: session.openedLastChange,
                                        changedOutside: session.changedOutside)
        if let key { workspace.keep(output, summary: summary, of: id, key: key) }
        return Checked(id: id, key: key, output: output, summary: summary, document: document, findings: all)
    }

    /// What `check` writes of the findings across documents (`across` by document id,
    /// `stale` the waivers of them that match nothing), in the order of `members`: text and
    /// JSON elements, made safe for a terminal.
    static func output(across: [String: [Finding]], members: [DocumentSetMember], stale: [String: [Waiver]]) -> CachedCheck {
        let text = FindingsText.renderSet(across, members: members, staleWaivers: stale).map(TerminalOutput.safe) ?? ""
        var elements = FindingsJSON()
        var json: [UInt8] = []
        var open: [Severity: Int] = [:]
        var waived = 0
        for member in members {
            guard let findings = across[member.id] else { continue }
            json += elements.elements(findings)
            for f in findings { if f.isOpen { open[f.severity, default: 0] += 1 } else { waived += 1 } }
        }
        return CachedCheck(open: open, waived: waived, staleWaivers: members.flatMap { stale[$0.id] ?? [] },
                           json: TerminalOutput.json(json), text: Array(text.utf8))
    }

    /// What `check` writes of one document's findings (`all`, as `FindingSet.all` orders
    /// them), as text and as JSON elements, made safe for a terminal as `print` and
    /// `TerminalOutput.json` would, while they are written rather than in a pass after.
    static func output(_ all: [Finding], staleWaivers: [Waiver], document: Document, id: String) -> CachedCheck {
        // Both in one pass: the strings they share are scanned once.
        let (text, json) = FindingsText.renderBytesAndElements(all, document: document, sourcePath: DocumentFiles(folder: id).source,
                                                               staleWaivers: staleWaivers)
        // Counted by index, each finding asked in place (`for f in all` copied each out),
        // into counters rather than a dictionary hashed per finding.
        var counts = (error: 0, warning: 0, info: 0)
        var waived = 0
        for k in all.indices {
            guard all[k].isOpen else { waived += 1; continue }
            switch all[k].severity {
            case .error: counts.error += 1
            case .warning: counts.warning += 1
            case .info: counts.info += 1
            }
        }
        var open: [Severity: Int] = [:]
        if counts.error > 0 { open[.error] = counts.error }
        if counts.warning > 0 { open[.warning] = counts.warning }
        if counts.info > 0 { open[.info] = counts.info }
        return CachedCheck(open: open, waived: waived, staleWaivers: staleWaivers, json: json, text: text)
    }
}
