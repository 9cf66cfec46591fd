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
    /// `project.indicatorRows` and `project.judgedRows`. Rules lend the rows instead
    /// (`compactMapJudged`, `forEachRow`): these copy each row.
    public var indicatorRows: [(row: Int, indicator: Indicator)] { reading.allBoxes.map { ($0.row, $0.indicator) } }
    public var judgedRows: [(row: Int, indicator: Indicator)] { reading.judgedBoxes.map { ($0.row, $0.indicator) } }
    /// `judgedRows.compactMap { row, i in … }` with each row lent to `transform` in its box:
    /// a row passed as an `Indicator` is copied out of the box for each call (its strings
    /// retained and released), for every rule, and that was a tenth of the rules' work.
    func compactMapJudged<T>(_ transform: (_ row: Int, _ indicator: RowBox) -> T?) -> [T] {
        compactMap(reading.judgedBoxes, transform)
    }

    /// `indicatorRows.compactMap { row, i in … }`, each row lent (as `compactMapJudged`).
    func compactMapRows<T>(_ transform: (_ row: Int, _ indicator: RowBox) -> T?) -> [T] {
        compactMap(reading.allBoxes, transform)
    }

    private func compactMap<T>(_ boxes: [RowBox], _ transform: (_ row: Int, _ indicator: RowBox) -> T?) -> [T] {
        var out: [T] = []
        for box in boxes {
            if let t = transform(box.row, box) { out.append(t) }
        }
        return out
    }

    /// `for (row, i) in indicatorRows`, each row lent to `body` (as `compactMapJudged`).
    func forEachRow(_ body: (_ row: Int, _ indicator: RowBox) -> Void) {
        for box in reading.allBoxes { body(box.row, box) }
    }

    /// The judged rows, lent (`judgedRows` without copying them).
    var judgedBoxes: [RowBox] { reading.judgedBoxes }

    /// `SubjectDomains.of(project)`, for the rules that judge rows by it.
    var subjectDomains: Set<String> { reading.subjectDomains }
    /// `SubjectDomains.mentioned(in: SubjectDomains.text(of: project))`, found with them.
    var subjectMentions: [(domain: String, word: String)] { reading.subjectMentions }
    /// The project's name, heading, 资金用途 and goals as rules search them, made once per check.
    var projectTexts: ProjectTexts { reading.own }
    /// The standard labels of a row (1-based `row`), worked out once per check of the project.
    func labels(_ row: Int) -> RowLabels { reading.labels[row - 1] }
    /// The texts of a row (1-based `row`) as rules search them, made once per check of the project.
    func texts(_ row: Int) -> RowTexts { reading.texts[row - 1] }
    /// `project.givesNoBases`, from the judged rows worked out already.
    var givesNoBases: Bool {
        !project.layout.hasBasisColumn || reading.judgedBoxes.allSatisfy { reading.texts[$0.row - 1].basisIsBlank }
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
        Finding(rule: rule, severity: severity, department: reading.document.department.code, project: reading.project.code,
                projectIndex: index, location: location, message: message, suggestion: suggestion,
                related: related, fix: fix.flatMap(editable))
    }

    /// A fix the edit would accept: none for a 指标值 put together from a table's area
    /// columns (`AreaValues`), which has no cell to take it (`Document.setting` refuses it).
    func editable(_ fix: Fix) -> Fix? {
        guard case .indicator(let row, .value) = fix.field, reading.project.layout.composesValueFromAreas,
              reading.project.indicators.indices.contains(row - 1),
              !reading.project.indicators[row - 1].areaCells.isEmpty else { return fix }
        return nil
    }

    /// A finding about one indicator row (1-based `row`).
    public func finding(row: Int, field: IndicatorField, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        // `Location.indicator`, with the row's standard labels as worked out already; the
        // row's cells read where they lie (`project` would copy the whole project).
        finding(location(row: row, field: field), message, suggestion: suggestion, related: related, fix: fix)
    }

    /// `Location.indicator(i, row: row, field: field)` of the row at 1-based `row`, with its
    /// standard labels as worked out already (`Location.indicator` names them again).
    func location(row: Int, field: IndicatorField) -> Location {
        let k = labels(row)
        return Location(part: .indicator, level1: k.level1, level2: k.level2, level3: reading.project.indicators[row - 1].name,
                        field: field, line: reading.project.indicators[row - 1].line, row: row)
    }

    /// `3.公共机构节能经费` — how messages name a project.
    public var projectLabel: String { "\(project.number).\(project.shownName)" }
}

/// What several per-project rules read of a project, worked out once per check of it.
final class ProjectReading: Sendable {
    let document: Document
    let settings: RuleSettings
    let project: Project
    /// The indicator rows and the judged ones (`Project.indicatorRows`, `judgedRows`), each
    /// in a box: a row is lent to a rule in its box, where a value in an array is copied
    /// out for each call (`ProjectContext.compactMapJudged`).
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
    /// The project's own texts (`RuleEngine.projectTexts`), shared with the document rules.
    let own: ProjectTexts

    /// The rules that read `subjectDomains`.
    static let subjectDomainRules: Set<String> = [UnrelatedIndicator.rule.id, ValueUnfilled.rule.id]

    /// `labels`: the project's rows' `RowLabels`, by position.
    init(_ document: Document, settings: RuleSettings, project index: Int, subjectDomains: Bool, labels: [RowLabels],
         texts own: ProjectTexts, bases: inout RowTexts.Bases) {
        self.document = document
        self.settings = settings
        let project = document.projects[index]
        self.project = project
        var allBoxes: [RowBox] = []
        allBoxes.reserveCapacity(project.indicators.count)
        for k in project.indicators.indices { allBoxes.append(RowBox(row: k + 1, indicator: project.indicators[k])) }
        self.allBoxes = allBoxes
        judgedBoxes = allBoxes.filter { !Indicator.isNotApplicable(name: $0.name, value: $0.value.raw) }
        self.labels = labels
        var texts: [RowTexts] = []
        texts.reserveCapacity(allBoxes.count)
        for box in allBoxes { texts.append(RowTexts(box, bases: &bases)) }
        self.texts = texts
        self.own = own
        subjectMentions = subjectDomains ? SubjectDomains.mentioned(inProject: project, own: own) : []
        self.subjectDomains = SubjectDomains.of(mentioned: subjectMentions)
    }
}

/// One indicator row, held by reference (`ProjectReading.judgedBoxes`) and lent to rules.
/// Its fields are read where they lie (`_read` yields them without a copy): a rule reads
/// a field or two of most rows, and copying the whole `Indicator` for it was most of the cost.
final class RowBox: Sendable {
    let row: Int
    let indicator: Indicator

    init(row: Int, indicator: Indicator) {
        self.row = row
        self.indicator = indicator
    }

    var level1: String { _read { yield indicator.level1 } }
    var level2: String { _read { yield indicator.level2 } }
    var name: String { _read { yield indicator.name } }
    var description: String { _read { yield indicator.description } }
    var value: TargetValue { _read { yield indicator.value } }
    var basis: String { _read { yield indicator.basis } }
    var line: Int { indicator.line }
    /// `Indicator[field]`.
    subscript(field: IndicatorField) -> String {
        _read {
            switch field {
            case .level2: yield indicator.level2
            case .name: yield indicator.name
            case .description: yield indicator.description
            case .value: yield indicator.value.raw
            case .basis: yield indicator.basis
            }
        }
    }
}

/// What a document rule sees.
public struct DocumentContext: Sendable {
    public let document: Document
    public let settings: RuleSettings
    public let frame: IndicatorFrame
    let rule: String
    let severity: Severity
    /// Each project's rows' `RowLabels` (`RuleEngine.rowLabels`), by position.
    let rowLabels: [[RowLabels]]
    /// Each project's `ProjectTexts` (`RuleEngine.projectTexts`), by position.
    let projectTexts: [ProjectTexts]

    /// `Location.indicator(i, row: row, field: field)` of the row at 1-based `row` of the
    /// project at `index`, with its standard labels as worked out already.
    func location(projectAt index: Int, row: Int, field: IndicatorField) -> Location {
        let k = rowLabels[index][row - 1]
        return Location(part: .indicator, level1: k.level1, level2: k.level2, level3: document.projects[index].indicators[row - 1].name,
                        field: field, line: document.projects[index].indicators[row - 1].line, row: row)
    }

    public func finding(projectAt index: Int?, _ location: Location, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        Finding(rule: rule, severity: severity, department: document.department.code,
                project: index.map { document.projects[$0].code }, projectIndex: index, location: location,
                message: message, suggestion: suggestion, related: related, fix: fix)
    }

}
