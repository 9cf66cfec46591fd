/// What the department picker shows of one document, small enough to read for hundreds of
/// documents without parsing any of them: kept beside each document as `summary.json`
/// (docs/workspace-format.md) by the store, and rebuilt when it is missing or stale.
public struct DocumentSummary: Codable, Equatable, Sendable {
    /// The summary file's own version: a summary of another version is rebuilt.
    public static let currentFormat = 1

    public var format: Int
    /// The document's id (its folder): `430001-2021`.
    public var id: String
    public var unitCode: String
    public var unitName: String
    public var year: Int
    public var projects: Int
    /// 预算数 of all projects.
    public var budgetTotal: Money
    /// Open findings by severity, with the workspace's rule settings.
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var approved: Int
    public var returned: Int
    /// 待审: neither approved nor returned.
    public var pending: Int
    /// 综合评定 (优/良/中/差) when set.
    public var grade: Grade?
    /// The time of the journal's last line: the document's last change.
    public var lastChange: String
    /// What the summary was made from, to tell cheaply whether it is stale: the length of
    /// `journal.jsonl` in bytes (the journal only grows, and every change appends to it),
    /// and a digest of the rule settings the findings were counted with.
    public var journalBytes: Int
    public var rulesDigest: String

    public init(id: String, unitCode: String, unitName: String, year: Int, projects: Int, budgetTotal: Money,
                errors: Int, warnings: Int, infos: Int, approved: Int, returned: Int, pending: Int, grade: Grade?,
                lastChange: String, journalBytes: Int, rulesDigest: String) {
        format = Self.currentFormat
        self.id = id
        self.unitCode = unitCode
        self.unitName = unitName
        self.year = year
        self.projects = projects
        self.budgetTotal = budgetTotal
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.approved = approved
        self.returned = returned
        self.pending = pending
        self.grade = grade
        self.lastChange = lastChange
        self.journalBytes = journalBytes
        self.rulesDigest = rulesDigest
    }
}
