import JixiaoFormat
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

/// A selectable item of a scrolling screen: its lines, already laid out for the width,
/// and the findings shown on it.
public struct BodyItem: Hashable, Sendable {
    public var kind: ItemKind
    public var findings: [Finding]
    public var lines: [[Segment]]

    public var height: Int { lines.count }
    public var worst: Severity? { Marks.worst(findings) }
}

extension Buffer {
    /// Draws one laid-out line at row `y`, shifted by `dx`.
    mutating func draw(_ line: [Segment], y: Int, dx: Int = 0, selected: Bool = false, ellipsis: String) {
        for s in line {
            let text = DisplayWidth.clip(s.text, to: s.width, ellipsis: ellipsis)
            let x = s.alignRight ? s.x + s.width - DisplayWidth.of(text) : s.x
            write(text, x: x + dx, y: y, style: selected ? s.style.selected : s.style, limit: s.width)
        }
    }
}
