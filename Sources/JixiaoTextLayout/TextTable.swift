/// A table of text laid out in columns by display width, for the command line's
/// reports: amounts right-aligned, Chinese text aligned as the terminal shows it.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// At most this many columns; longer cells are clipped with an ellipsis.
        public var maxWidth: Int?

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Blank columns between cells.
    public var gap = 2

    public init(columns: [Column]) { self.columns = columns }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The widths each column gets: its widest cell (or title), capped by `maxWidth`.
    public var widths: [Int] {
        let specs = columns.enumerated().map { i, col in
            ColumnSpec.fitting(rows.map { i < $0.count ? $0[i] : "" }, title: col.title, maximum: col.maxWidth ?? .max)
        }
        return ColumnSpec.widths(specs, gap: gap)
    }

    /// The header line, the rows, each line with trailing blanks removed.
    public func render(header: Bool = true) -> [String] {
        let w = widths
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, col) in columns.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(col.alignment == .right ? DisplayWidth.padLeft(cell, to: w[i])
                                                     : DisplayWidth.padRight(cell, to: w[i]))
            }
            var s = parts.joined(separator: String(repeating: " ", count: gap))
            while s.last == " " { s.removeLast() }
            return s
        }
        var out: [String] = []
        if header { out.append(line(columns.map(\.title))) }
        out += rows.map(line)
        return out
    }
}
