import JixiaoModel

/// What a per-project rule sees: the document, the settings, and one project.
public struct ProjectContext: Sendable {
    public let document: Document
    public let settings: RuleSettings
    public let index: Int
    /// The indicator frame in force for this project: from the settings, or detected from
    /// the project's own 一级 (a document can hold tables of both frames).
    public let frame: IndicatorFrame
    let rule: String
    let severity: Severity

    public var project: Project { document.projects[index] }

    /// A finding about this project.
    public func finding(_ location: Location, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        Finding(rule: rule, severity: severity, department: document.department.code, project: project.code,
                projectIndex: index, location: location, message: message, suggestion: suggestion,
                related: related, fix: fix)
    }

    /// A finding about one indicator row (1-based `row`).
    public func finding(row: Int, field: IndicatorField, _ message: String, suggestion: String? = nil,
                        related: [String] = [], fix: Fix? = nil) -> Finding {
        finding(.indicator(project.indicators[row - 1], row: row, field: field), message, suggestion: suggestion,
                related: related, fix: fix)
    }

    /// `3.公共机构节能经费` — how messages name a project.
    public var projectLabel: String { "\(project.number).\(project.name)" }
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
