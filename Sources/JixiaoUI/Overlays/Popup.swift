import JixiaoRules
import JixiaoTextLayout

/// A line of text in a pop-up, by what it is; the view gives it its style.
public struct TextLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case plain, heading, dim, mark(Severity) }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .plain) {
        self.text = text
        self.kind = kind
    }

    var style: Style {
        switch kind {
        case .plain: .normal
        case .heading: Style(.header, bold: true)
        case .dim: .dim
        case .mark(let severity): Marks.style(severity)
        }
    }
}

/// A box of text over the screen — help, a rule's explanation: centred, as tall as its
/// lines need within the screen, scrolled with a Viewport.
struct PopupLayout {
    /// No wider than this: lines of help stay readable on a wide terminal.
    static let maximumWidth = 84
    /// Text keeps this far from the box's sides.
    static let margin = 2

    var box: Rect
    var lines: [TextLine]

    init(_ state: AppState, lines: [TextLine]) {
        let width = Self.width(state)
        let height = max(3, min(state.height - 2, lines.count + 2))
        box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        self.lines = lines
    }

    static func width(_ state: AppState) -> Int { min(state.width, maximumWidth) }
    /// The width to wrap a pop-up's text to.
    static func textWidth(_ state: AppState) -> Int { width(state) - 2 * margin }

    /// The text area: inside the rules at the top and bottom.
    var text: Rect { Rect(x: box.x + Self.margin, y: box.y + 1, width: box.width - 2 * Self.margin, height: box.height - 2) }

    func viewport(offset: Int) -> Viewport { Viewport(offset: offset, height: text.height, length: lines.count) }

    /// ↑↓ a line, PgUp/PgDn a page.
    static func scroll(_ offset: inout Int, _ action: Action, _ layout: PopupLayout) {
        var view = layout.viewport(offset: offset)
        switch action {
        case .up: view.scroll(by: -1)
        case .down: view.scroll(by: 1)
        case .pageUp: view.pageUp()
        case .pageDown: view.pageDown()
        case .first: view.scrollToTop()
        case .last: view.scrollToBottom()
        default: return
        }
        offset = view.offset
    }

    func draw(title: String, offset: Int, glyphs: Glyphs, into b: inout Buffer) {
        let text = text
        let rule = String(repeating: glyphs.horizontal, count: max(0, box.width - 2))
        b.fill(x: box.x, y: box.y, width: box.width, height: box.height)
        // A frame all round: the text behind never runs into the box's text.
        b.write(glyphs.corners[0] + rule + glyphs.corners[1], x: box.x, y: box.y, style: .frame)
        for y in box.y + 1..<box.bottom - 1 {
            b.write(glyphs.vertical, x: box.x, y: y, style: .frame)
            b.write(glyphs.vertical, x: box.right - 1, y: y, style: .frame)
        }
        b.write(glyphs.corners[2] + rule + glyphs.corners[3], x: box.x, y: box.bottom - 1, style: .frame)
        b.write(title, x: text.x, y: box.y, style: Style(.title, bold: true))
        let view = viewport(offset: offset)
        for n in view.visible {
            b.write(lines[n].text, x: text.x, y: text.y + n - view.offset, style: lines[n].style, limit: text.width)
        }
        if view.hasMoreBelow {
            let more = " 还有更多 "
            b.write(more, x: box.right - DisplayWidth.of(more) - Self.margin, y: box.bottom - 1, style: .dim)
        }
    }
}
