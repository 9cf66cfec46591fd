import JixiaoModel

/// Runs the catalogue over a document with the workspace's settings. Per-project rules
/// can re-run for one project after an edit; document rules always run whole.
public struct RuleEngine: Sendable {
    public let rules: [Rule]
    public let settings: RuleSettings

    /// Worked out once per engine, not once per check: the rules and settings never change.
    let plan: Plan

    public init(rules: [Rule] = RuleCatalogue.all, settings: RuleSettings = .standard) {
        self.rules = rules
        self.settings = settings
        plan = Plan(rules: rules, settings: settings)
    }

    var active: [Rule] { rules.filter { settings.isEnabled($0) } }

    /// The enabled rules' checks with their severities, and the order findings are sorted
    /// in: worked out once per engine, not once per project or check (copying the rules and
    /// building the order for each project was a tenth of a check).
    struct Plan: Sendable {
        var project: [(id: String, severity: Severity, run: @Sendable (ProjectContext) -> [Finding])] = []
        var document: [(id: String, severity: Severity, run: @Sendable (DocumentContext) -> [Finding])] = []
        let order: [String: Int]
        /// Whether a rule that reads `ProjectContext.subjectDomains` runs: only then are they
        /// worked out (an engine of other rules, a re-check of them, need not pay for it).
        var readsSubjectDomains = false

        init(rules: [Rule], settings: RuleSettings) {
            project.reserveCapacity(rules.count)
            document.reserveCapacity(rules.count)
            for rule in rules where settings.isEnabled(rule) {
                switch rule.check {
                case .project(let run): project.append((rule.id, settings.severity(of: rule), run))
                case .document(let run): document.append((rule.id, settings.severity(of: rule), run))
                case .documentSet: break
                }
            }
            order = FindingSet.order(of: rules)
            readsSubjectDomains = project.contains { ProjectReading.subjectDomainRules.contains($0.id) }
        }
    }

    /// Every finding, in document order, with the reviewer's waivers attached.
    public func check(_ document: Document) -> FindingSet {
        var set = FindingSet(perProject: Array(repeating: [], count: document.projects.count), fromDocumentRules: [])
        let labels = Self.rowLabels(document)
        let texts = Self.projectTexts(document)
        var bases = RowTexts.Bases()
        for i in document.projects.indices {
            set.perProject[i] = projectFindings(document, i, plan, labels: labels[i], texts: texts[i], bases: &bases)
        }
        set.fromDocumentRules = documentFindings(document, frame: settings.frame ?? Self.frame(labels.joined()), plan, labels: labels,
                                                 texts: texts)
        return set.waived(by: document.review.waivers)
    }

    /// After an edit to one project: that project's per-project findings and all
    /// document-level findings are recomputed; the other projects' are kept.
    public func recheck(_ previous: FindingSet, _ document: Document, changedProject index: Int) -> FindingSet {
        guard previous.perProject.count == document.projects.count else { return check(document) }
        var set = previous
        let labels = Self.rowLabels(document)
        let texts = Self.projectTexts(document)
        var bases = RowTexts.Bases()
        set.perProject[index] = projectFindings(document, index, plan, labels: labels[index], texts: texts[index], bases: &bases)
        set.fromDocumentRules = documentFindings(document, frame: settings.frame ?? Self.frame(labels.joined()), plan, labels: labels,
                                                 texts: texts)
        return set.waived(by: document.review.waivers)
    }

    /// Each project's rows' `RowLabels`, by position: worked out once per check and shared
    /// by the frames, the project readings and the document rules (each worked out every
    /// row's standard 一级 again). The projects' rows share a few printed 一级 and 二级:
    /// each pair is named once.
    static func rowLabels(_ document: Document) -> [[RowLabels]] {
        var known = RowLabels.Known.seeded
        // Each project's rows read where they lie: mapping the projects copied each out.
        return document.projects.indices.map { pi in
            let rows = document.projects[pi].indicators
            var labels: [RowLabels] = []
            labels.reserveCapacity(rows.count)
            for k in rows.indices {
                // A row under the same printed 一级 and 二级 as the row before (most rows) has
                // its labels: equal bytes are equal Strings, without hashing them to look up.
                if k > 0, SameBytes.equal(rows[k].level1, rows[k - 1].level1),
                   SameBytes.equal(rows[k].level2, rows[k - 1].level2) {
                    labels.append(labels[k - 1])
                    continue
                }
                labels.append(known.labels(level1: rows[k].level1, level2: rows[k].level2))
            }
            return labels
        }
    }

    /// Each project's `ProjectTexts`, by position: worked out once per check and shared by
    /// the document rules and the project readings.
    static func projectTexts(_ document: Document) -> [ProjectTexts] {
        // Each project's parts read where they lie: a project passed whole was copied out.
        document.projects.indices.map {
            ProjectTexts(name: document.projects[$0].name, heading: document.projects[$0].heading, usage: document.projects[$0].usage,
                         goals: document.projects[$0].goals)
        }
    }

    /// `IndicatorFrame.detect(level1Names:)` of the rows' standard 一级 (`Project.frame`,
    /// `Document.frame`), from their labels.
    static func frame(_ labels: some Sequence<RowLabels>) -> IndicatorFrame {
        labels.contains { $0.level1NamesCost } ? .caiyu2021no101 : .caiyu2015no88
    }

    /// The frame is decided per project (one document can hold 88号 and 101号 tables),
    /// once per check of that project: detecting it reads every row.
    func projectFindings(_ document: Document, _ index: Int, _ plan: Plan, labels: [RowLabels], texts: ProjectTexts,
                         bases: inout RowTexts.Bases) -> [Finding] {
        guard !plan.project.isEmpty else { return [] }
        let frame = settings.frame ?? Self.frame(labels)
        let reading = ProjectReading(document, settings: settings, project: index, subjectDomains: plan.readsSubjectDomains,
                                     labels: labels, texts: texts, bases: &bases)
        // Room for a project's usual findings at once (a few; most rules find none): grown
        // from empty, the list was copied at each doubling.
        var out: [Finding] = []
        out.reserveCapacity(16)
        for rule in plan.project {
            out += rule.run(ProjectContext(index: index, frame: frame, rule: rule.id, severity: rule.severity, reading: reading))
        }
        FindingSet.sort(&out, order: plan.order)
        return out
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

    func documentFindings(_ document: Document, frame: IndicatorFrame, _ plan: Plan, labels: [[RowLabels]],
                          texts: [ProjectTexts]) -> [Finding] {
        var out: [Finding] = []
        for rule in plan.document {
            out += rule.run(DocumentContext(document: document, settings: settings, frame: frame,
                                            rule: rule.id, severity: rule.severity, rowLabels: labels, projectTexts: texts))
        }
        FindingSet.sort(&out, order: plan.order)
        return out
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
        // The engine leaves each list in this order, and each project's findings are about
        // that project: the projects' lists one after another, and the document rules',
        // are two ordered runs, merged with ties to the first (as the stable sort of them
        // joined keeps them), each finding copied once. Lists not so ordered are sorted.
        let order = Self.catalogueOrder
        let d = fromDocumentRules
        let dKeys = Self.sortKeys(d, order: order)
        for k in d.indices.dropFirst() where Self.precedes(dKeys[k], d[k].message, dKeys[k - 1], d[k - 1].message) {
            return Self.sortedAll(self)
        }
        var out: [Finding] = []
        out.reserveCapacity(perProject.reduce(d.count) { $0 + $1.count })
        var j = 0
        var previous: (key: SortKey, list: Int, index: Int)?
        for (p, list) in perProject.enumerated() {
            let keys = Self.sortKeys(list, order: order)
            for k in list.indices {
                if let last = previous,
                   Self.precedes(keys[k], list[k].message, last.key, perProject[last.list][last.index].message) {
                    return Self.sortedAll(self)
                }
                previous = (keys[k], p, k)
                while j < d.count, Self.precedes(dKeys[j], d[j].message, keys[k], list[k].message) {
                    out.append(d[j])
                    j += 1
                }
                out.append(list[k])
            }
        }
        out += d[j...]
        return out
    }

    /// `all` by sorting the lists joined: for lists not in order.
    private static func sortedAll(_ set: FindingSet) -> [Finding] {
        var joined: [Finding] = []
        joined.reserveCapacity(set.perProject.reduce(set.fromDocumentRules.count) { $0 + $1.count })
        for list in set.perProject { joined += list }
        joined += set.fromDocumentRules
        sort(&joined, order: catalogueOrder)
        return joined
    }

    public func count(_ severity: Severity) -> Int { all.filter { $0.severity == severity }.count }

    /// `findings` in document order (as `all`), by the catalogue's rules.
    public static func ordered(_ findings: [Finding]) -> [Finding] { ordered(findings, order: catalogueOrder) }

    static func ordered(_ findings: [Finding], rules: [Rule]) -> [Finding] { ordered(findings, order: order(of: rules)) }

    /// Each rule's place in `rules`.
    static func order(of rules: [Rule]) -> [String: Int] {
        // The catalogue's own order, made once, for an engine of the catalogue's rules (an
        // engine is made for each file imported).
        let catalogue = RuleCatalogue.all
        if rules.count == catalogue.count, rules.indices.allSatisfy({ rules[$0].id == catalogue[$0].id }) {
            return catalogueOrder
        }
        return orderMade(of: rules)
    }

    private static func orderMade(of rules: [Rule]) -> [String: Int] {
        var order: [String: Int] = [:]
        order.reserveCapacity(rules.count)
        for (k, r) in rules.enumerated() { order[r.id] = k }
        return order
    }

    private static let catalogueOrder = orderMade(of: RuleCatalogue.all)

    static func ordered(_ findings: [Finding], order: [String: Int]) -> [Finding] {
        var out = findings
        sort(&out, order: order)
        return out
    }

    /// A finding's place in document order, but for its message: project (-1 for the
    /// department), line, the rule's place.
    struct SortKey {
        let project: Int, line: Int, rank: Int
    }

    /// Each finding's `SortKey`, each rule looked up once for a run of its findings.
    static func sortKeys(_ findings: [Finding], order: [String: Int]) -> [SortKey] {
        var keys: [SortKey] = []
        keys.reserveCapacity(findings.count)
        var lastRule = "", lastRank = Int.max
        for k in findings.indices {
            if keys.isEmpty || findings[k].rule != lastRule {
                lastRule = findings[k].rule
                lastRank = order[lastRule] ?? Int.max
            }
            keys.append(SortKey(project: findings[k].projectIndex ?? -1, line: findings[k].location.line, rank: lastRank))
        }
        return keys
    }

    /// Whether a finding of key `a` and message `m` comes before one of `b` and `n`.
    @inline(__always)
    static func precedes(_ a: SortKey, _ m: String, _ b: SortKey, _ n: String) -> Bool {
        if a.project != b.project { return a.project < b.project }
        if a.line != b.line { return a.line < b.line }
        if a.rank != b.rank { return a.rank < b.rank }
        return m < n
    }

    /// Sorts `findings` into document order in place (stable).
    static func sort(_ findings: inout [Finding], order: [String: Int]) {
        // Positions are sorted by keys made once (project, line, the rule's place, each
        // rule looked up once for a run of its findings): the same comparisons, so the same
        // order, without a lookup per comparison or copying whole findings to compare them.
        // The findings are then moved into place by swapping along the permutation's cycles,
        // not copied into a new array (copying a finding retains each of its strings).
        guard findings.count > 1 else { return }
        let keys = sortKeys(findings, order: order)
        let source = findings.indices.sorted { i, j in
            precedes(keys[i], findings[i].message, keys[j], findings[j].message)
        }
        // `findings[k]` is to become the finding now at `source[k]`.
        // (The buffer's `swapAt` moves; the Array's copies through a temporary.)
        var placed = [Bool](repeating: false, count: source.count)
        findings.withUnsafeMutableBufferPointer { buffer in
            for start in source.indices where !placed[start] {
                var k = start
                while true {
                    placed[k] = true
                    let next = source[k]
                    if next == start { break }
                    buffer.swapAt(k, next)
                    k = next
                }
            }
        }
    }
}
