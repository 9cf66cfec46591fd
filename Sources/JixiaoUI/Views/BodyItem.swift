import JixiaoTextLayout
import JixiaoModel
import JixiaoRules

/// A piece of text placed on a line: at column `x`, at most `width` columns.
public struct Segment: Hashable, Sendable {
    public var x: Int
    public var width: Int
    public var text: String
    public var style: Style
    public var alignRight = false

    public init(x: Int, width: Int, text: String, style: Style = .normal, alignRight: Bool = false) {
        self.x = x
        self.width = width
        self.text = text
        self.style = style
        self.alignRight = alignRight
    }
}

/// What an item of a project screen is: a part of the table, or one indicator row.
public enum ItemKind: Hashable, Sendable {
    case header, budget, usage, plan, goals, table
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
    public var worst: Severity? { Marks.worst(findings) }

    /// Items of the given heights, one below the other from line 0.
    static func stacked(_ parts: [(kind: ItemKind, findings: [Finding], height: Int)]) -> [BodyItem] {
        var line = 0
        return parts.map { part in
            defer { line += part.height }
            return BodyItem(kind: part.kind, findings: part.findings, lines: line..<line + part.height)
        }
    }
}

extension Buffer {
    /// Draws one laid-out line at row `y`.
    mutating func draw(_ line: [Segment], y: Int, selected: Bool = false, ellipsis: String) {
        for s in line {
            let text = DisplayWidth.clip(s.text, to: s.width, ellipsis: ellipsis)
            let x = s.alignRight ? s.x + s.width - DisplayWidth.of(text) : s.x
            write(text, x: x, y: y, style: selected ? s.style.selected : s.style, limit: s.width)
        }
    }
}
