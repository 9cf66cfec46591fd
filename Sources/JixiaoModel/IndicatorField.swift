/// The cells of an indicator row a reviewer can edit, and the one place that knows how
/// each is spelled: its key in field paths and finding JSON (`value`), its column title
/// in the table (指标值), its short title for narrow screens, and its text in a row.
/// (一级 is not a field: it is the table's grouping, filled in from the row above.)
/// Encoded as its key.
public enum IndicatorField: String, Hashable, Sendable, CaseIterable, Codable {
    case level2, name, description, value, basis

    /// The column title as the 88号 table prints it.
    public var chinese: String {
        switch self {
        case .level2: "二级指标"
        case .name: "三级指标"
        case .description: "绩效指标描述"
        case .value: "指标值"
        case .basis: "指标值确定依据"
        }
    }

    /// The column title where the full one does not fit.
    public var shortTitle: String {
        switch self {
        case .level2: "二级"
        case .name: "三级"
        case .description: "描述"
        case .value: "指标值"
        case .basis: "依据"
        }
    }

    /// The 一级 column's titles, full and short.
    public static let level1Title = "一级指标"
    public static let level1ShortTitle = "一级"

    /// The six columns of the indicator table, 一级 first, as the 88号 table heads them.
    public static let columnTitles = [level1Title] + allCases.map(\.chinese)
    /// The same, short, for narrow screens.
    public static let shortColumnTitles = [level1ShortTitle] + allCases.map(\.shortTitle)
}

extension Indicator {
    /// One cell's text, as the document prints it. Setting 指标值 parses it afresh (and
    /// rewrites the parts of a split value, `setValue`).
    public subscript(field: IndicatorField) -> String {
        get {
            switch field {
            case .level2: level2
            case .name: name
            case .description: description
            case .value: value.raw
            case .basis: basis
            }
        }
        set {
            switch field {
            case .level2: level2 = newValue
            case .name: name = newValue
            case .description: description = newValue
            case .value: setValue(newValue)
            case .basis: basis = newValue
            }
        }
    }
}
