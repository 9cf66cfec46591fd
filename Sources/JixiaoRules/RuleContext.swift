import JixiaoModel

/// What a per-project rule sees: the document, the settings, and one project.
public struct ProjectContext: Sendable {
    /// The document and the settings are kept in the shared reading: a context is made for
    /// each rule and project, and copying the document into each was a twentieth of a check.
    public var document: Document { reading.document }
    public var settings: RuleSettings { reading.settings }
    public let index: Int
    /// The indicator frame in force for this project: from the settings, or detected from
    /// the project's own 一级 (a document can hold tables of both frames).
    public let frame: IndicatorFrame
    let rule: String
    let severity: Severity
    /// What several rules read of the project, shared by reference: a context is made for
    /// each rule, and copying the project and its rows into each was a tenth of a check.
    let reading: ProjectReading

    public var project: Project { reading.project }
    /// `project.indicatorRows` and `project.judgedRows`, worked out once per check of the
    /// project rather than once per rule (most rules read every row).
    public var indicatorRows: [(row: Int, indicator: Indicator)] { reading.all }
    public var judgedRows: [(row: Int, indicator: Indicator)] { reading.judged }
    /// `judgedRows.compactMap { row, i in … }` with each row lent to `transform` where it
    /// lies: iterating the array copies each row out (its strings retained and released),
    /// for every rule, and that was a tenth of the rules' work.
    func compactMapJudged<T>(_ transform: (_ row: Int, _ indicator: Indicator) -> T?) -> [T] {
        var out: [T] = []
        for k in reading.judgedBoxes.indices {
            let box = reading.judgedBoxes[k]
            if let t = transform(box.row, box.indicator) { out.append(t) }
        }
        return out
    }

    /// `for (row, i) in indicatorRows`, each row lent to `body` where it lies (as
    /// `compactMapJudged`).
    func forEachRow(_ body: (_ row: Int, _ indicator: Indicator) -> Void) {
        for k in reading.allBoxes.indices {
            let box = reading.allBoxes[k]
            body(box.row, box.indicator)
        }
    }

    /// `SubjectDomains.of(project)`, for the rules that judge rows by it.
    var subjectDomains: Set<String> { reading.subjectDomains }
    /// `SubjectDomains.mentioned(in: SubjectDomains.text(of: project))`, found with them.
    var subjectMentions: [(domain: String, word: String)] { reading.subjectMentions }
    /// The standard labels of a row (1-based `row`), worked out once per check of the project.
    func labels(_ row: Int) -> RowLabels { reading.labels[row - 1] }
    /// The texts of a row (1-based `row`) as rules search them, made once per check of the project.
    func texts(_ row: Int) -> RowTexts { reading.texts[row - 1] }
    /// `project.givesNoBases`, from the judged rows worked out already.
    var givesNoBases: Bool {
        !project.layout.hasBasisColumn || reading.judged.allSatisfy { reading.texts[$0.row - 1].basisIsBlank }
    }

    init(index: Int, frame: IndicatorFrame, rule: String, severity: Severity, reading: ProjectReading) {
        self.index = index
        self.frame = frame
        self.rule = rule
        self.severity = severity
        self.reading = reading
    }

    /// A finding about this project.
    public func finding(_ location: Location, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        Finding(rule: rule, severity: severity, department: reading.document.department.code, project: project.code,
                projectIndex: index, location: location, message: message, suggestion: suggestion,
                related: related, fix: fix)
    }

    /// A finding about one indicator row (1-based `row`).
    public func finding(row: Int, field: IndicatorField, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        // `Location.indicator`, with the row's standard labels as worked out already.
        let i = project.indicators[row - 1], k = labels(row)
        return finding(Location(part: .indicator, level1: k.level1, level2: k.level2, level3: i.name, field: field,
                                line: i.line, row: row),
                       message, suggestion: suggestion, related: related, fix: fix)
    }

    /// `3.公共机构节能经费` — how messages name a project.
    public var projectLabel: String { "\(project.number).\(project.name)" }
}

/// What several per-project rules read of a project, worked out once per check of it.
final class ProjectReading: Sendable {
    let document: Document
    let settings: RuleSettings
    let project: Project
    let all: [(row: Int, indicator: Indicator)]
    let judged: [(row: Int, indicator: Indicator)]
    /// `all` and `judged` boxed: a row is lent to a rule from its box's constant, where a
    /// value in an array is copied out for each call (`ProjectContext.compactMapJudged`).
    let allBoxes: [RowBox]
    let judgedBoxes: [RowBox]
    /// Each row's `RowLabels`, by position.
    let labels: [RowLabels]
    /// Each row's `RowTexts`, by position.
    let texts: [RowTexts]
    /// `SubjectDomains.of(project)` when `subjectDomainRules` run, else empty; and the
    /// mentions it was found from.
    let subjectDomains: Set<String>
    let subjectMentions: [(domain: String, word: String)]

    /// The rules that read `subjectDomains`.
    static let subjectDomainRules: Set<String> = [UnrelatedIndicator.rule.id, ValueUnfilled.rule.id]

    init(_ document: Document, settings: RuleSettings, project index: Int, subjectDomains: Bool) {
        self.document = document
        self.settings = settings
        let project = document.projects[index]
        self.project = project
        all = project.indicatorRows
        let judged = project.indicators.map { !$0.isNotApplicable }
        self.judged = all.filter { judged[$0.row - 1] }
        allBoxes = all.map { RowBox(row: $0.row, indicator: $0.indicator) }
        judgedBoxes = allBoxes.filter { judged[$0.row - 1] }
        labels = project.indicators.map(RowLabels.init)
        texts = project.indicators.map(RowTexts.init)
        subjectMentions = subjectDomains ? SubjectDomains.mentioned(in: SubjectDomains.bareText(of: project)) : []
        self.subjectDomains = SubjectDomains.of(mentioned: subjectMentions)
    }
}

/// One indicator row, held by reference (`ProjectReading.judgedBoxes`).
final class RowBox: Sendable {
    let row: Int
    let indicator: Indicator

    init(row: Int, indicator: Indicator) {
        self.row = row
        self.indicator = indicator
    }
}

/// What a document rule sees.
public struct DocumentContext: Sendable {
    public let document: Document
    public let settings: RuleSettings
    public let frame: IndicatorFrame
    let rule: String
    let severity: Severity

    public func finding(projectAt index: Int?, _ location: Location, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        Finding(rule: rule, severity: severity, department: document.department.code,
                project: index.map { document.projects[$0].code }, projectIndex: index, location: location,
                message: message, suggestion: suggestion, related: related, fix: fix)
    }

}
