import JixiaoModel
import JixiaoTextLayout

/// One cell of the screen: a character and its style. A wide (Chinese) character fills
/// its cell and the next, which is a continuation (`width == 0`, empty symbol).
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var width: Int
    public var style: Style

    public static let blank = Cell(symbol: " ", width: 1, style: .normal)
}

/// A grid of cells the size of the terminal: what a view draws into and a backend puts
/// on the screen. Writing never splits a wide character: one that would cross the right
/// edge of the area is replaced by a space, and overwriting half of a wide character
/// blanks the other half.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes, when text is being typed: the backend shows it
    /// there, so the reviewer sees where typing goes and an input method opens its
    /// candidate window beside it. Nil hides the cursor.
    public var cursor: Position?

    /// A cell's column and row.
    public struct Position: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y) with `style`, stopping at column `x + limit` (or the right
    /// edge). Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var col = max(0, x)
        // A character the terminal would obey (ESC) or hide (a bidi override) is drawn as
        // its code point, `<U+202E>`: never sent, never invisible.
        let ascii = DisplayWidth.drawingASCII
        for c in InvisibleCharacters.escaped(text) {
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if ascii, let s = c.unicodeScalars.first, let stand = ASCIIStandIns.standIn(for: s, width: DisplayWidth.wcwidthOf(c)) {
                // Drawn as its ASCII, one cell a character, as far as it fits.
                for a in stand {
                    guard col < end else { return end }
                    set(col, y, Cell(symbol: String(a), width: 1, style: style))
                    col += 1
                }
                continue
            }
            if col + w > end {
                // A wide character that does not fit leaves a blank, never half of itself.
                if col < end { set(col, y, Cell(symbol: " ", width: 1, style: style)) }
                return end
            }
            set(col, y, Cell(symbol: String(c), width: w, style: style))
            if w == 2 { set(col + 1, y, Cell(symbol: "", width: 0, style: style)) }
            col += w
        }
        return col
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                set(col, row, Cell(symbol: " ", width: 1, style: style))
            }
        }
    }

    /// Changes the style of a run of cells, keeping their characters.
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) {
            change(&cells[y * width + col].style)
        }
    }

    /// A horizontal line of `glyph`.
    public mutating func hline(y: Int, glyph: String, style: Style = .frame) {
        write(String(repeating: glyph, count: width), x: 0, y: y, style: style)
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        let old = cells[i]
        // Overwriting the right half of a wide character blanks its left half…
        if old.width == 0, cell.width != 0, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(symbol: " ", width: 1, style: cells[i - 1].style)
        }
        // …and overwriting the left half with anything but a wide character blanks its
        // right half.
        if old.width == 2, cell.width != 2, x + 1 < width, cells[i + 1].width == 0 {
            cells[i + 1] = Cell(symbol: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// The text of one row, wide characters once.
    public func text(row y: Int) -> String {
        (0..<width).map { self[$0, y].symbol }.joined()
    }

    /// The whole screen as text, one line per row, trailing blanks kept (fixed width).
    public var text: String {
        (0..<height).map { text(row: $0) }.joined(separator: "\n")
    }

    /// Runs of cells with the same style on one row: (first column, columns, style).
    public func styleRuns(row y: Int) -> [(x: Int, width: Int, style: Style)] {
        var runs: [(Int, Int, Style)] = []
        var x = 0
        while x < width {
            let style = self[x, y].style
            var end = x + 1
            while end < width, self[end, y].style == style { end += 1 }
            runs.append((x, end - x, style))
            x = end
        }
        return runs
    }

    /// The screen and its styles as a golden file: the text framed by `|`, then every
    /// run that is not plain, `row:col+width role[attributes]`.
    public var snapshot: String {
        var out = (0..<height).map { "|" + text(row: $0) + "|" }
        if let cursor { out.append("-- cursor \(cursor.y):\(cursor.x) --") }
        out.append("-- styles --")
        for y in 0..<height {
            let runs = styleRuns(row: y).filter { $0.style != .normal }
            guard !runs.isEmpty else { continue }
            out.append("\(y): " + runs.map { r in
                "\(r.x)+\(r.width) \(r.style.role.rawValue)" + (r.style.attributeCode.isEmpty ? "" : "[\(r.style.attributeCode)]")
            }.joined(separator: " "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
