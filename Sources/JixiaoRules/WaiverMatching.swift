import JixiaoModel

extension Waiver {
    /// A waiver of `finding`, by `reviewer` at `time`, for `reason`.
    public init(_ finding: Finding, reason: String, reviewer: String, time: String) {
        self.init(rule: finding.rule, project: finding.projectIndex.map { $0 + 1 }, code: finding.project,
                  part: finding.location.part.rawValue, row: finding.location.row, field: finding.location.field,
                  line: finding.location.line, severity: finding.severity.rawValue, message: finding.message,
                  reason: reason, reviewer: reviewer, time: time)
    }

    /// The place of `finding` as a waiver names it (all but the source line).
    static func place(of finding: Finding) -> [String] {
        Waiver.Address(rule: finding.rule, project: finding.projectIndex.map { $0 + 1 }, part: finding.location.part.rawValue,
                       row: finding.location.row, field: finding.location.field, line: finding.location.line).place
    }

    /// Whether this waiver is for `finding`, taken alone: same rule, project, part, row and
    /// cell. (Which of several such findings, the line decides: `FindingSet.waived(by:)`.)
    public func isAtPlace(of finding: Finding) -> Bool { address.place == Waiver.place(of: finding) }
}

extension FindingSet {
    /// The findings with the reviewer's waivers attached, and the waivers whose finding is
    /// no longer there (`staleWaivers`). A waiver matches the findings at its place — rule,
    /// project, part, row, cell; where several findings share that place, those on its
    /// source line. A waiver that matches nothing is stale: kept in the record and
    /// reported, never dropped silently.
    public func waived(by waivers: [Waiver]) -> FindingSet {
        var set = self
        set.staleWaivers = []
        // Most documents have no waiver: nothing to match, so no places to work out.
        if waivers.isEmpty {
            for p in set.perProject.indices {
                for k in set.perProject[p].indices where !set.perProject[p][k].isOpen { set.perProject[p][k].waiver = nil }
            }
            for k in set.fromDocumentRules.indices where !set.fromDocumentRules[k].isOpen { set.fromDocumentRules[k].waiver = nil }
            return set
        }
        // Where each finding is: nil for a document rule's, else its project's list.
        var at: [[String]: [(list: Int?, index: Int)]] = [:]
        for (p, list) in set.perProject.enumerated() {
            for k in list.indices {
                set.perProject[p][k].waiver = nil
                at[Waiver.place(of: list[k]), default: []].append((p, k))
            }
        }
        for k in set.fromDocumentRules.indices {
            set.fromDocumentRules[k].waiver = nil
            at[Waiver.place(of: set.fromDocumentRules[k]), default: []].append((nil, k))
        }
        func finding(_ ref: (list: Int?, index: Int)) -> Finding {
            ref.list.map { set.perProject[$0][ref.index] } ?? set.fromDocumentRules[ref.index]
        }
        // Waivers of findings across documents are matched where those are found
        // (`acrossDocuments(_:waivedBy:)`): a document checked alone neither has nor lost them.
        for w in waivers where !Self.isAcrossDocuments(w.rule) {
            var refs = at[w.address.place] ?? []
            if refs.count > 1 { refs = refs.filter { finding($0).location.line == w.line } }
            if refs.isEmpty {
                set.staleWaivers.append(w)
                continue
            }
            for ref in refs {
                if let list = ref.list { set.perProject[list][ref.index].waiver = w } else { set.fromDocumentRules[ref.index].waiver = w }
            }
        }
        return set
    }

    static let documentSetRules = Set(RuleCatalogue.all.filter(\.isDocumentSet).map(\.id))

    /// The rules across documents that compare a unit's document with its previous year's
    /// (`YearOverYear`): they read indicators and source lines, not only codes, names and
    /// amounts, so the department picker takes their findings from a cache per pair.
    public static let yearOverYearRules: Set<String> = [ProjectsChanged.rule.id, IndicatorsUnchanged.rule.id, TargetLowered.rule.id]

    /// Whether `rule` is a rule across documents (`bureau.*`).
    public static func isAcrossDocuments(_ rule: String) -> Bool { documentSetRules.contains(rule) }

    /// One document's findings across documents (`RuleEngine.checkSet`) with its waivers of
    /// them attached, matched as `waived(by:)` matches (place, then line), and those of its
    /// waivers of such findings that match none: stale, reported like any other.
    public static func acrossDocuments(_ findings: [Finding], waivedBy waivers: [Waiver]) -> (findings: [Finding], stale: [Waiver]) {
        var out = findings
        var at: [[String]: [Int]] = [:]
        for k in out.indices {
            out[k].waiver = nil
            at[Waiver.place(of: out[k]), default: []].append(k)
        }
        var stale: [Waiver] = []
        for w in waivers where isAcrossDocuments(w.rule) {
            var refs = at[w.address.place] ?? []
            if refs.count > 1 { refs = refs.filter { out[$0].location.line == w.line } }
            if refs.isEmpty { stale.append(w) }
            for k in refs { out[k].waiver = w }
        }
        return (out, stale)
    }

    /// The findings not waived, in document order.
    public var open: [Finding] { all.filter(\.isOpen) }

    /// Open findings of one severity.
    public func openCount(_ severity: Severity) -> Int { open.filter { $0.severity == severity }.count }
}
