import JixiaoModel

/// Runs the catalogue over a document with the workspace's settings. Per-project rules
/// can re-run for one project after an edit; document rules always run whole.
public struct RuleEngine: Sendable {
    public let rules: [Rule]
    public let settings: RuleSettings

    public init(rules: [Rule] = RuleCatalogue.all, settings: RuleSettings = .standard) {
        self.rules = rules
        self.settings = settings
    }

    var active: [Rule] { rules.filter { settings.isEnabled($0) } }

    /// Every finding, in document order, with the reviewer's waivers attached.
    public func check(_ document: Document) -> FindingSet {
        var set = FindingSet(perProject: Array(repeating: [], count: document.projects.count), fromDocumentRules: [])
        for i in document.projects.indices {
            set.perProject[i] = projectFindings(document, i)
        }
        set.fromDocumentRules = documentFindings(document, frame: settings.frame(for: document))
        return set.waived(by: document.review.waivers)
    }

    /// After an edit to one project: that project's per-project findings and all
    /// document-level findings are recomputed; the other projects' are kept.
    public func recheck(_ previous: FindingSet, _ document: Document, changedProject index: Int) -> FindingSet {
        guard previous.perProject.count == document.projects.count else { return check(document) }
        var set = previous
        set.perProject[index] = projectFindings(document, index)
        set.fromDocumentRules = documentFindings(document, frame: settings.frame(for: document))
        return set.waived(by: document.review.waivers)
    }

    /// The frame is decided per project (one document can hold 88号 and 101号 tables),
    /// once per check of that project: detecting it reads every row.
    func projectFindings(_ document: Document, _ index: Int) -> [Finding] {
        let frame = settings.frame ?? document.projects[index].frame
        let reading = ProjectReading(document.projects[index])
        var out: [Finding] = []
        for rule in active {
            guard case .project(let run) = rule.check else { continue }
            out += run(ProjectContext(document: document, settings: settings, index: index, frame: frame, rule: rule.id,
                                      severity: settings.severity(of: rule), reading: reading))
        }
        return FindingSet.ordered(out, rules: rules)
    }

    /// The document-set rules over the documents of a workspace: findings by document id
    /// (`DocumentSetMember.id`), each list in document order. Each rule groups by key, so
    /// this is linear in the projects of all documents.
    public func checkSet(_ members: [DocumentSetMember]) -> [String: [Finding]] {
        var out: [String: [Finding]] = [:]
        for rule in active {
            guard case .documentSet(let run) = rule.check else { continue }
            for f in run(DocumentSetContext(members: members, settings: settings, rule: rule.id, severity: settings.severity(of: rule))) {
                out[f.document ?? "", default: []].append(f)
            }
        }
        return out.mapValues { FindingSet.ordered($0, rules: rules) }
    }

    func documentFindings(_ document: Document, frame: IndicatorFrame) -> [Finding] {
        var out: [Finding] = []
        for rule in active {
            guard case .document(let run) = rule.check else { continue }
            out += run(DocumentContext(document: document, settings: settings, frame: frame,
                                       rule: rule.id, severity: settings.severity(of: rule)))
        }
        return FindingSet.ordered(out, rules: rules)
    }
}

/// Findings kept by where they came from, so one project's can be replaced.
public struct FindingSet: Hashable, Sendable {
    /// Findings of per-project rules, by project position.
    public var perProject: [[Finding]]
    /// Findings of document rules (each may be about any project, or none).
    public var fromDocumentRules: [Finding]
    /// The reviewer's waivers whose finding is no longer there (see `waived(by:)`).
    public var staleWaivers: [Waiver] = []

    /// All findings in document order: department-level first, then by project, line,
    /// row and the rule's place in the catalogue.
    public var all: [Finding] {
        FindingSet.ordered(perProject.flatMap { $0 } + fromDocumentRules, rules: RuleCatalogue.all)
    }

    public func count(_ severity: Severity) -> Int { all.filter { $0.severity == severity }.count }

    /// `findings` in document order (as `all`), by the catalogue's rules.
    public static func ordered(_ findings: [Finding]) -> [Finding] { ordered(findings, rules: RuleCatalogue.all) }

    static func ordered(_ findings: [Finding], rules: [Rule]) -> [Finding] {
        var order: [String: Int] = [:]
        for (k, r) in rules.enumerated() { order[r.id] = k }
        return findings.sorted { a, b in
            let pa = a.projectIndex ?? -1, pb = b.projectIndex ?? -1
            if pa != pb { return pa < pb }
            if a.location.line != b.location.line { return a.location.line < b.location.line }
            let ra = order[a.rule] ?? Int.max, rb = order[b.rule] ?? Int.max
            if ra != rb { return ra < rb }
            return a.message < b.message
        }
    }
}
