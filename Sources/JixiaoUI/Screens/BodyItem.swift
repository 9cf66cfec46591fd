import JixiaoModel
import JixiaoRules

/// What an item of a project screen is: a part of the table, or one indicator row.
public enum ItemKind: Hashable, Sendable {
    case header, budget, usage, plan, goals, table
    /// The notes printed under the table.
    case notes
    /// A 1-based indicator row.
    case indicator(Int)
    /// A paragraph of the department part (index in reading order).
    case paragraph(Int)

    /// The item a finding is shown on.
    public static func of(_ f: Finding) -> ItemKind {
        switch f.location.part {
        case .header, .contents, .department: .header
        case .budget: .budget
        case .usage: .usage
        case .spendingPlan: .plan
        case .goals: .goals
        case .indicator: f.location.row.map { .indicator($0) } ?? .table
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
