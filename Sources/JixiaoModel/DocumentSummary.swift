/// What the department picker shows of one document, small enough to read for hundreds of
/// documents without parsing any of them: kept beside each document as `summary.json`
/// (docs/workspace-format.md) by the store, and rebuilt when it is missing or stale.
public struct DocumentSummary: Codable, Hashable, Sendable {
    /// The summary file's own version: a summary of another version is rebuilt.
    public static let currentFormat = 4

    public var format: Int
    /// The document's id (its folder): `430001-2021`.
    public var id: String
    public var unitCode: String
    public var unitName: String
    /// The department's name as the tables print it (`department.name`), which names the
    /// document in findings across documents.
    public var departmentName: String
    public var year: Int
    public var projects: Int
    /// 预算数 of all projects in 元; nil when no project's table states one (`Document.knownTotalBudget`).
    /// The tables that print no money unit are not in it (`budgetUnprinted`).
    public var budgetTotal: Money?
    /// 预算数 of the projects whose tables print no money unit (`814`, held as the figure
    /// printed, 元 or 万元 unknown): never added into `budgetTotal`; nil when there are none
    /// (`Document.budgetTotalsByUnit`).
    public var budgetUnprinted: Money?
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
    /// The version of the text: 2 after the unit's first 修改稿 (`import --revision-of`).
    /// Absent (1) in summaries written before revisions were counted.
    public var version: Int?
    /// Each project's code, name and 预算数: what the rules across departments compare
    /// (the same code, the same project funded twice), so the picker can mark documents
    /// that have such findings without opening any of them.
    public var projectKeys: [ProjectKey]
    /// The reviewer's waivers of findings across documents: the picker's marks leave
    /// waived findings out, as the workstation does.
    public var acrossWaivers: [Waiver]
    /// What the summary was made from, to tell cheaply whether it is stale: the length of
    /// `journal.jsonl` in bytes (the journal only grows, and every change appends to it),
    /// and a digest of the rule settings the findings were counted with.
    public var journalBytes: Int
    public var rulesDigest: String
    /// `document.json` did not match its checksum when this summary was made: changed
    /// outside Jixiao, so it opens read-only and its record cannot be trusted. The picker
    /// marks it; nil (absent from the file) when the file is Jixiao's own.
    public var changedOutside: Bool?

    public init(id: String, unitCode: String, unitName: String, departmentName: String? = nil, year: Int, projects: Int,
                budgetTotal: Money?, errors: Int, warnings: Int, infos: Int, approved: Int, returned: Int, pending: Int,
                grade: Grade?, lastChange: String, projectKeys: [ProjectKey] = [], acrossWaivers: [Waiver] = [], version: Int = 1, journalBytes: Int,
                rulesDigest: String, budgetUnprinted: Money? = nil) {
        format = Self.currentFormat
        self.id = id
        self.unitCode = unitCode
        self.unitName = unitName
        self.departmentName = departmentName ?? unitName
        self.year = year
        self.projects = projects
        self.budgetTotal = budgetTotal
        self.budgetUnprinted = budgetUnprinted
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.approved = approved
        self.returned = returned
        self.pending = pending
        self.grade = grade
        self.lastChange = lastChange
        self.projectKeys = projectKeys
        self.acrossWaivers = acrossWaivers
        self.version = version
        self.journalBytes = journalBytes
        self.rulesDigest = rulesDigest
    }
}

/// A project as the rules across departments key it: code, name, 预算数 (and its printed
/// number, which their findings show).
public struct ProjectKey: Codable, Hashable, Sendable {
    /// The number the document prints before the project's title (not always its position).
    public var number: Int
    public var code: String
    public var name: String
    public var budget: Money
    /// Where the code and the 预算数 are in `source.txt`: where findings about them point.
    public var codeLine: Int
    public var budgetLine: Int

    public init(number: Int = 0, code: String, name: String, budget: Money, codeLine: Int = 0, budgetLine: Int = 0) {
        self.number = number
        self.code = code
        self.name = name
        self.budget = budget
        self.codeLine = codeLine
        self.budgetLine = budgetLine
    }
}
