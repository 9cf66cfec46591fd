import JixiaoTextLayout

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
