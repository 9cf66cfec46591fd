/// What a cell is, for colour: the backend maps roles to colours when the terminal has
/// them and the user has not set NO_COLOR. Attributes are set by the view itself, so a
/// monochrome terminal still shows every distinction that matters.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case normal, title, header, dim, frame, selected
    case error, warning, info
    case barFilled, barEmpty
    case statusBar, statusKey, message, readOnly, input
    /// Where the last search's query occurs.
    case match
    /// A project's review status: 待审, 通过, 退回.
    case pending, approved, returned
    /// A cell the reviewer changed since import.
    case edited
}

public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let normal = Style()
    public static let title = Style(.title, bold: true)
    public static let header = Style(.header, bold: true)
    public static let dim = Style(.dim, dim: true)
    public static let frame = Style(.frame)
    public static let statusBar = Style(.statusBar, reverse: true)
    public static let statusKey = Style(.statusKey, bold: true, reverse: true)

    /// The same style, shown as selected (reverse video on top of what it has).
    public var selected: Style {
        var s = self
        s.reverse = true
        if role == .normal || role == .dim { s.role = .selected }
        return s
    }

    /// Short attribute names for golden files: `b` bold, `r` reverse, `u` underline, `d` dim.
    public var attributeCode: String {
        (bold ? "b" : "") + (reverse ? "r" : "") + (underline ? "u" : "") + (dim ? "d" : "")
    }
}
