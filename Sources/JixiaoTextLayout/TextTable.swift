/// A table of text laid out in columns by display width, for the command line's
/// reports: amounts right-aligned, Chinese text aligned as the terminal shows it.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// At most this many columns; longer cells are clipped with an ellipsis, or wrapped
        /// onto lines of their own when `wraps`.
        public var maxWidth: Int?
        /// A longer cell goes on over the next lines (the row's other cells blank there):
        /// for text the reader needs whole, such as why a file was refused.
        public var wraps: Bool

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil, wraps: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.wraps = wraps
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
            ColumnSpec.fitting(rows.flatMap { Self.lines(i < $0.count ? $0[i] : "") }, title: col.title, maximum: col.maxWidth ?? .max)
        }
        return ColumnSpec.widths(specs, gap: gap)
    }

    /// A cell's lines: an opinion typed on several lines goes on under its own column,
    /// not back at the line's start.
    static func lines(_ cell: String) -> [String] {
        guard cell.contains(where: \.isNewline) else { return [cell] }
        return cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
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
        for row in rows {
            // Each cell as its lines (a line break typed in it, and a wrapping cell's wraps);
            // the row takes as many lines as its longest.
            let parts: [[String]] = columns.indices.map { i in
                let lines = Self.lines(i < row.count ? row[i] : "")
                guard columns[i].wraps else { return lines }
                return lines.flatMap { DisplayWidth.of($0) > w[i] ? DisplayWidth.wrap($0, to: w[i]) : [$0] }
            }
            let count = parts.map(\.count).max() ?? 1
            for k in 0..<count { out.append(line(parts.map { k < $0.count ? $0[k] : "" })) }
        }
        return out
    }
}
