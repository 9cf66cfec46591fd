/// The address of one editable value in a document: a project (by position) and a field
/// in it. Written as `indicator.4.value`, `budget.total`, `plan.6`, `goal.2`, `name`.
/// The department part (部门整体绩效目标) is addressed as project 0 of the journal —
/// `projectIndex` -1 — with an `overall.…` field.
public struct FieldPath: Hashable, Sendable {
    /// 0-based position of the project in the document; `departmentIndex` for the
    /// department part.
    public var projectIndex: Int
    public var field: ProjectField

    public init(projectIndex: Int, field: ProjectField) {
        self.projectIndex = projectIndex
        self.field = field
    }

    /// Where the department part's fields are: before the first project, as the journal's
    /// `project` 0.
    public static let departmentIndex = -1

    /// A field of the department part.
    public static func department(_ field: OverallField) -> FieldPath {
        FieldPath(projectIndex: departmentIndex, field: .overall(field))
    }

    /// Whether this is a field of the department part.
    public var isDepartment: Bool { projectIndex == Self.departmentIndex }

    /// `项目 3`, or `部门` for the department part: where the field is, for messages.
    public var place: String { Self.place(ofProject: projectIndex + 1) }

    /// The same from a 1-based position, as the journal writes it (0: the department part).
    public static func place(ofProject number: Int) -> String {
        number == departmentIndex + 1 ? "部门" : "项目 \(number)"
    }
}

public enum ProjectField: Hashable, Sendable {
    case code, name, heading, usage
    case budget(BudgetPart)
    /// A spending-plan checkpoint by month.
    case plan(month: Int)
    /// A goal by 1-based position.
    case goal(Int)
    /// An indicator row by 1-based position and one of its cells.
    case indicator(row: Int, IndicatorField)
    /// A field of the department part (only at `FieldPath.departmentIndex`).
    case overall(OverallField)

    /// Whether this is a field of the department part rather than of a project.
    public var isOverall: Bool {
        if case .overall = self { true } else { false }
    }

    public enum BudgetPart: String, Hashable, Sendable, CaseIterable {
        case total, fiscal, other
        public var chinese: String {
            switch self {
            case .total: "预算数"
            case .fiscal: "财政资金"
            case .other: "其他资金"
            }
        }
    }
}

extension ProjectField: CustomStringConvertible {
    /// The dotted spelling used on the command line and in the journal.
    public var description: String {
        switch self {
        case .code: "code"
        case .name: "name"
        case .heading: "heading"
        case .usage: "usage"
        case .budget(let p): "budget.\(p.rawValue)"
        case .plan(let m): "plan.\(m)"
        case .goal(let n): "goal.\(n)"
        case .indicator(let r, let f): "indicator.\(r).\(f.rawValue)"
        case .overall(let f): "overall.\(f.description)"
        }
    }

    /// The field's name in the document's own terms, for messages.
    public var chinese: String {
        switch self {
        case .code: "项目编码"
        case .name: "项目名称"
        case .heading: "表头标题"
        case .usage: "资金用途"
        case .budget(let p): p.chinese
        case .plan(let m): "资金支出计划 \(m)月底"
        // By position, as the path is; `Document.label(of:)` adds the number printed on it.
        case .goal(let n): "第 \(n) 条绩效目标"
        case .indicator(let r, let f): "第 \(r) 行指标的\(f.chinese)"
        case .overall(let f): f.chinese
        }
    }

    /// Parses the dotted spelling; nil when it names no field.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".").map(String.init)
        if parts.first == "overall" {
            guard let f = OverallField(parts: parts.dropFirst()) else { return nil }
            self = .overall(f)
            return
        }
        switch parts.count {
        case 1:
            switch parts[0] {
            case "code": self = .code
            case "name": self = .name
            case "heading": self = .heading
            case "usage": self = .usage
            default: return nil
            }
        case 2:
            switch parts[0] {
            case "budget":
                guard let p = BudgetPart(rawValue: parts[1]) else { return nil }
                self = .budget(p)
            case "plan":
                let m = parts[1].hasSuffix("月底") ? String(parts[1].dropLast(2)) : parts[1]
                guard let month = Int(m), (1...12).contains(month) else { return nil }
                self = .plan(month: month)
            case "goal":
                guard let n = Int(parts[1]), n >= 1 else { return nil }
                self = .goal(n)
            default: return nil
            }
        case 3:
            guard parts[0] == "indicator", let r = Int(parts[1]), r >= 1,
                  let f = IndicatorField(rawValue: parts[2]) else { return nil }
            self = .indicator(row: r, f)
        default:
            return nil
        }
    }

    /// Every spelling, for help and error messages.
    public static let spellings = "code, name, heading, usage, budget.total|fiscal|other, plan.3|6|10|12, goal.N, indicator.N.level2|name|description|value|basis"

    /// The department part's spellings (PROJECT `部门`).
    public static let departmentSpellings = "overall.summary.N, overall.subgoal.N.goal|indicators, overall.measure.N"
}

/// Encoded as its dotted spelling (`indicator.1.value`), as findings' `fix.field` and the
/// journal write it.
extension ProjectField: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let field = ProjectField(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no such field: \(text)"))
        }
        self = field
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
