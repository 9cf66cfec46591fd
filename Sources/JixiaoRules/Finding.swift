import JixiaoModel

/// One thing a rule found: where, what is wrong in the document's own terms, what to do.
/// Encoded exactly as design.md's finding JSON, plus `fix`.
///
/// Its fields are kept in one shared, immutable box (`Fields`): a finding is a single
/// reference. As a value of some 350 bytes it was moved by `memcpy`, its optional tagged
/// and destroyed, for every row each per-row rule passed over (`compactMapJudged` returns a
/// `Finding?` for each), and copied field by field (a dozen retains) wherever findings were
/// sorted, merged or handed on. A change to a field makes a new box; findings compare and
/// hash by their fields, as before.
public struct Finding: Hashable, Sendable {
    /// The fields of a finding, as they were its stored properties.
    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline var rule: String
        @usableFromInline var severity: Severity
        @usableFromInline var department: String
        @usableFromInline var project: String?
        @usableFromInline var projectIndex: Int?
        @usableFromInline var location: Location
        @usableFromInline var message: String
        @usableFromInline var suggestion: String?
        @usableFromInline var related: [String]
        @usableFromInline var fix: Fix?
        @usableFromInline var waiver: Waiver?
        @usableFromInline var document: String?
        @usableFromInline var relatedDocuments: [String]
    }

    @usableFromInline final class Box: Sendable {
        @usableFromInline let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// Read in place by the renderers in other modules (`@inlinable` reads): a read through
    /// an accessor they cannot see into copied the location out for each field asked.
    @usableFromInline var box: Box

    /// Sets one field in a new box (the box may be shared with copies of this finding).
    @usableFromInline mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    public var rule: String {
        @inlinable _read { yield box.fields.rule }
        set { update { $0.rule = newValue } }
    }
    public var severity: Severity {
        @inlinable get { box.fields.severity }
        set { update { $0.severity = newValue } }
    }
    /// The unit code.
    public var department: String {
        @inlinable _read { yield box.fields.department }
        set { update { $0.department = newValue } }
    }
    /// The project's normalised code; nil for a department-level finding.
    public var project: String? {
        @inlinable _read { yield box.fields.project }
        set { update { $0.project = newValue } }
    }
    /// The project's position in the document (0-based); not encoded — the code is.
    public var projectIndex: Int? {
        @inlinable get { box.fields.projectIndex }
        set { update { $0.projectIndex = newValue } }
    }
    public var location: Location {
        @inlinable _read { yield box.fields.location }
        set { update { $0.location = newValue } }
    }
    public var message: String {
        @inlinable _read { yield box.fields.message }
        set { update { $0.message = newValue } }
    }
    public var suggestion: String? {
        @inlinable _read { yield box.fields.suggestion }
        set { update { $0.suggestion = newValue } }
    }
    /// Codes of the other projects the finding is about.
    public var related: [String] {
        @inlinable _read { yield box.fields.related }
        set { update { $0.related = newValue } }
    }
    /// A mechanical edit that resolves the finding, for the reviewer to accept.
    public var fix: Fix? {
        @inlinable _read { yield box.fields.fix }
        set { update { $0.fix = newValue } }
    }
    /// The reviewer's waiver (核实无误 / 豁免), when the finding was checked and let stand:
    /// set by `FindingSet.waived(by:)` from the document's review, never by a rule.
    public var waiver: Waiver? {
        @inlinable _read { yield box.fields.waiver }
        set {
            // `FindingSet.waived(by:)` clears every finding's waiver before matching: one
            // without a waiver keeps its box.
            if case .none = newValue, case .none = box.fields.waiver { return }
            update { $0.waiver = newValue }
        }
    }
    /// For a finding of a document-set rule: the document (workspace folder, `430001-2021`)
    /// it is in, and the other documents it is about. Encoded only on such findings.
    public var document: String? {
        @inlinable _read { yield box.fields.document }
        set { update { $0.document = newValue } }
    }
    public var relatedDocuments: [String] {
        @inlinable _read { yield box.fields.relatedDocuments }
        set { update { $0.relatedDocuments = newValue } }
    }

    public init(rule: String, severity: Severity, department: String, project: String?, projectIndex: Int?,
                location: Location, message: String, suggestion: String? = nil, related: [String] = [], fix: Fix? = nil,
                waiver: Waiver? = nil, document: String? = nil, relatedDocuments: [String] = []) {
        box = Box(Fields(rule: rule, severity: severity, department: department, project: project, projectIndex: projectIndex,
                         location: location, message: message, suggestion: suggestion, related: related, fix: fix,
                         waiver: waiver, document: document, relatedDocuments: relatedDocuments))
    }

    public static func == (a: Finding, b: Finding) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    /// Not waived: it counts toward the marks, the approval gate and `check`'s exit code.
    @inlinable public var isOpen: Bool {
        // Matched in place: `waiver == nil` copied the whole waiver out (and released it)
        // for every finding each time a report counted them.
        if case .none = box.fields.waiver { return true }
        return false
    }
}

/// Where a finding is.
public struct Location: Hashable, Sendable, Codable {
    public enum Part: String, Codable, Hashable, Sendable, CaseIterable {
        case department, contents, header, budget, usage, spendingPlan, goals, indicator

        public var chinese: String {
            switch self {
            case .department: "部门"
            case .contents: "目录"
            case .header: "表头"
            case .budget: "预算"
            case .usage: "资金用途"
            case .spendingPlan: "资金支出计划"
            case .goals: "绩效目标"
            case .indicator: "绩效指标"
            }
        }
    }

    public var part: Part
    public var level1: String?
    public var level2: String?
    public var level3: String?
    /// For indicators, the cell: encoded as `level2`, `name`, `description`, `value` or `basis`.
    public var field: IndicatorField?
    /// The line in `source.txt`.
    public var line: Int
    /// 1-based indicator row, for navigation; not encoded.
    public var row: Int?

    enum CodingKeys: String, CodingKey { case part, level1, level2, level3, field, line }

    public init(part: Part, level1: String? = nil, level2: String? = nil, level3: String? = nil,
                field: IndicatorField? = nil, line: Int, row: Int? = nil) {
        self.part = part
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.field = field
        self.line = line
        self.row = row
    }

    /// An indicator row's location, with the frame's names for 一级 and 二级 (`生态效益指标`,
    /// never `生态效益 指标` as printed), so consumers can group findings by them.
    public static func indicator(_ i: Indicator, row: Int, field: IndicatorField) -> Location {
        // Both names from one reading of the row (`standardLevels`).
        let names = IndicatorLabel.standardLevels(level1: i.level1, level2: i.level2)
        return Location(part: .indicator, level1: names.level1, level2: names.level2, level3: i.name, field: field,
                        line: i.line, row: row)
    }

    /// `indicator(_:row:field:)` of a lent row.
    static func indicator(_ i: RowBox, row: Int, field: IndicatorField) -> Location {
        indicator(i.indicator, row: row, field: field)
    }
}

/// A suggested edit: set `field` of the finding's project from `from` to `to`. The field
/// is encoded as its path, `indicator.1.value`.
public struct Fix: Hashable, Sendable, Codable {
    public var field: ProjectField
    public var from: String
    public var to: String

    public init(_ field: ProjectField, from: String, to: String) {
        self.field = field
        self.from = from
        self.to = to
    }
}

extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case rule, severity, department, project, location, message, suggestion, related, fix, waiver
        case document, relatedDocuments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try c.decode(String.self, forKey: .rule),
                  severity: try c.decode(Severity.self, forKey: .severity),
                  department: try c.decode(String.self, forKey: .department),
                  project: try c.decodeIfPresent(String.self, forKey: .project),
                  projectIndex: nil,
                  location: try c.decode(Location.self, forKey: .location),
                  message: try c.decode(String.self, forKey: .message),
                  suggestion: try c.decodeIfPresent(String.self, forKey: .suggestion),
                  related: try c.decode([String].self, forKey: .related),
                  fix: try c.decodeIfPresent(Fix.self, forKey: .fix),
                  waiver: try c.decodeIfPresent(Waiver.self, forKey: .waiver),
                  document: try c.decodeIfPresent(String.self, forKey: .document),
                  relatedDocuments: try c.decodeIfPresent([String].self, forKey: .relatedDocuments) ?? [])
    }

    /// `project`, `suggestion` and `fix` are written as null when absent, so every
    /// finding has the keys design.md names; `waiver` is added only to a waived finding,
    /// `document` and `relatedDocuments` only to a finding across documents.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(department, forKey: .department)
        try c.encode(project, forKey: .project)
        try c.encode(location, forKey: .location)
        try c.encode(message, forKey: .message)
        try c.encode(suggestion, forKey: .suggestion)
        try c.encode(related, forKey: .related)
        try c.encode(fix, forKey: .fix)
        try c.encodeIfPresent(waiver, forKey: .waiver)
        try c.encodeIfPresent(document, forKey: .document)
        if !relatedDocuments.isEmpty { try c.encode(relatedDocuments, forKey: .relatedDocuments) }
    }
}

/// `{"summary": {...}, "findings": [...]}`: what `jixiao check --format json` prints. The
/// summary counts the open findings by severity (a waived finding no longer counts) and,
/// under `waived` (when there are any), the waived ones; `staleWaivers` lists waivers whose finding has gone.
public struct FindingReport: Codable, Hashable, Sendable {
    public var summary: [String: Int]
    public var findings: [Finding]
    public var staleWaivers: [Waiver]

    public init(findings: [Finding], staleWaivers: [Waiver] = []) {
        self.findings = findings
        self.staleWaivers = staleWaivers
        var s: [String: Int] = [:]
        for sev in Severity.allCases { s[sev.rawValue] = findings.filter { $0.severity == sev && $0.isOpen }.count }
        let waived = findings.filter { !$0.isOpen }.count
        if waived > 0 { s["waived"] = waived }
        summary = s
    }

    enum CodingKeys: String, CodingKey { case summary, findings, staleWaivers }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        summary = try c.decode([String: Int].self, forKey: .summary)
        findings = try c.decode([Finding].self, forKey: .findings)
        staleWaivers = try c.decodeIfPresent([Waiver].self, forKey: .staleWaivers) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(summary, forKey: .summary)
        try c.encode(findings, forKey: .findings)
        if !staleWaivers.isEmpty { try c.encode(staleWaivers, forKey: .staleWaivers) }
    }
}
