import JixiaoModel
import JixiaoRules

/// What an item of a project screen is: a part of the table, or one indicator row.
public enum ItemKind: Hashable, Sendable {
    case header
    /// The review record of the project: its opinions and the waivers gone stale.
    case record
    case budget, usage, plan, goals, table
    /// The notes printed under the table.
    case notes
    /// A 1-based indicator row.
    case indicator(Int)
    /// A paragraph of the department part.
    case paragraph(DepartmentParagraph)

    /// The item a finding is shown on.
    public static func of(_ f: Finding) -> ItemKind { of(f.location.part, row: f.location.row) }

    /// The item a waiver's finding is (or was) shown on.
    public static func of(_ w: Waiver) -> ItemKind { of(Location.Part(rawValue: w.part) ?? .header, row: w.row) }

    /// The item a field is edited on.
    public static func of(field: ProjectField) -> ItemKind {
        switch field {
        case .code, .name, .heading: .header
        case .usage: .usage
        case .budget: .budget
        case .plan: .plan
        case .goal: .goals
        case .indicator(let row, _): .indicator(row)
        case .overall(.summary(let n)): .paragraph(.summary(n))
        case .overall(.subGoal(let n, _)): .paragraph(.subGoal(n))
        case .overall(.measure(let n)): .paragraph(.measure(n))
        }
    }

    static func of(_ part: Location.Part, row: Int?) -> ItemKind {
        switch part {
        case .header, .contents, .department: .header
        case .budget: .budget
        case .usage: .usage
        case .spendingPlan: .plan
        case .goals: .goals
        case .indicator: row.map { .indicator($0) } ?? .table
        }
    }
}

/// An item of a scrolling body as the layout sees it: what it is, the findings shown on
/// it, and the body lines it takes at the current width.
public struct BodyItem: Hashable, Sendable {
    public var kind: ItemKind
    public var findings: [Finding]
    public var lines: Range<Int>

    public var height: Int { lines.count }

    /// Items of the given heights, one below the other from line 0.
    static func stacked(_ parts: [(kind: ItemKind, findings: [Finding], height: Int)]) -> [BodyItem] {
        var line = 0
        return parts.map { part in
            defer { line += part.height }
            return BodyItem(kind: part.kind, findings: part.findings, lines: line..<line + part.height)
        }
    }
}

/// What a paragraph of the department part is: the 综合评定 shown first, a paragraph of
/// 总体绩效目标 or 工作保障措施, or a 分项绩效目标 (its goal and its indicators) — each
/// numbered by position, as its fields are.
public enum DepartmentParagraph: Hashable, Sendable {
    case grade, summary(Int), subGoal(Int), measure(Int)
    /// The notice of a document without a department part.
    case nothing

    /// The fields `e` edits, the first one first.
    public var fields: [OverallField] {
        switch self {
        case .summary(let n): [.summary(n)]
        case .subGoal(let n): OverallField.SubGoalPart.allCases.map { .subGoal(n, $0) }
        case .measure(let n): [.measure(n)]
        case .grade, .nothing: []
        }
    }
}
