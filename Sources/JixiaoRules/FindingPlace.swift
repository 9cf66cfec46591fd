import JixiaoModel

/// Where a finding lands, in the document's own numbering: project number (1-based, nil
/// for the department), part, indicator row (1-based) and cell. A failing rule example
/// names the places its findings must land, and the example test checks them.
public struct FindingPlace: Hashable, Sendable, CustomStringConvertible {
    public var project: Int?
    public var part: Location.Part
    public var row: Int?
    public var field: IndicatorField?

    public init(project: Int?, part: Location.Part, row: Int? = nil, field: IndicatorField? = nil) {
        self.project = project
        self.part = part
        self.row = row
        self.field = field
    }

    /// Where `finding` landed.
    public init(_ finding: Finding) {
        self.init(project: finding.projectIndex.map { $0 + 1 }, part: finding.location.part, row: finding.location.row,
                  field: finding.location.field)
    }

    /// A part of project `number`: `.project(1, .budget)`.
    public static func project(_ number: Int, _ part: Location.Part) -> FindingPlace {
        FindingPlace(project: number, part: part)
    }

    /// One cell of an indicator row: `.cell(project: 1, row: 3, .value)`.
    public static func cell(project: Int, row: Int, _ field: IndicatorField) -> FindingPlace {
        FindingPlace(project: project, part: .indicator, row: row, field: field)
    }

    /// An indicator row as a whole (no one cell): `.row(project: 2, row: 1)`.
    public static func row(project: Int, row: Int) -> FindingPlace {
        FindingPlace(project: project, part: .indicator, row: row)
    }

    /// A finding about no one project: `.document(.contents)`.
    public static func document(_ part: Location.Part) -> FindingPlace {
        FindingPlace(project: nil, part: part)
    }

    /// `项目 1 indicator 第 3 行 value`, for test messages.
    public var description: String {
        [project.map { "项目 \($0)" } ?? "部门", part.rawValue, row.map { "第 \($0) 行" }, field?.rawValue]
            .compactMap { $0 }.joined(separator: " ")
    }
}
