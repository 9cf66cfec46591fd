import JixiaoModel

/// One document of a workspace as the document-set rules see it: its folder name (`id`)
/// and its document, kept without the text those rules never read (资金用途, goals, the
/// plan, 第一部分, the 目录), so a workspace of a thousand documents fits in memory.
public struct DocumentSetMember: Hashable, Sendable {
    public let id: String
    public let document: Document

    public init(id: String, document: Document) {
        self.id = id
        var d = document
        d.overall = OverallTargets()
        d.contents = []
        for k in d.projects.indices {
            d.projects[k].usage = ""
            d.projects[k].goals = []
            d.projects[k].spendingPlan = SpendingPlan(checkpoints: [])
            d.projects[k].facts = []
            d.projects[k].notes = []
        }
        self.document = d
    }

    /// `示例县教育局 2022 年（500001-2022）` — how a finding names another document.
    public var label: String {
        let dep = document.department
        return "\(dep.name.isEmpty ? dep.unitName : dep.name) \(dep.year) 年（\(id)）"
    }
}

/// What a document-set rule sees: every document of the workspace.
public struct DocumentSetContext: Sendable {
    public let members: [DocumentSetMember]
    public let settings: RuleSettings
    let rule: String
    let severity: Severity

    /// A finding in document `member` (about its project at `index`, or the department),
    /// naming the other documents it concerns.
    public func finding(in member: Int, projectAt index: Int?, _ location: Location, _ message: String,
                        suggestion: String? = nil, related: [String] = [], documents others: [Int]) -> Finding {
        let d = members[member].document
        return Finding(rule: rule, severity: severity, department: d.department.code,
                       project: index.map { d.projects[$0].code }, projectIndex: index, location: location,
                       message: message, suggestion: suggestion, related: related,
                       document: members[member].id, relatedDocuments: others.map { members[$0].id })
    }

    /// Other documents named in a message: the first few, then how many more (a code
    /// shared by hundreds of documents must not make a message of hundreds of names).
    public func named(_ others: [Int], limit: Int = 3) -> String {
        let names = others.prefix(limit).map { members[$0].label }
        return Say.list(Array(names)) + (others.count > limit ? " 等 \(others.count) 份文本" : "")
    }
}
