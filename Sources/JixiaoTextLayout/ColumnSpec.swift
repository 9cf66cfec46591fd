/// How wide a column of a table wants to be — its widest cell — and the least and the
/// most it may be given. The one engine that fits columns, for the reports (`TextTable`)
/// and the workstation's tables alike.
public struct ColumnSpec: Hashable, Sendable {
    public var natural: Int
    public var minimum: Int
    public var maximum: Int

    public init(natural: Int, minimum: Int = 0, maximum: Int = .max) {
        self.natural = natural
        self.minimum = minimum
        self.maximum = maximum
    }

    /// As wide as the widest of `cells` and `title`, by display width.
    public static func fitting(_ cells: [String], title: String = "", minimum: Int = 0, maximum: Int = .max) -> ColumnSpec {
        let widest = (cells + [title]).map { DisplayWidth.of($0) }.max() ?? 0
        return ColumnSpec(natural: widest, minimum: minimum, maximum: maximum)
    }

    /// Always `width` columns.
    public static func fixed(_ width: Int) -> ColumnSpec { ColumnSpec(natural: width, minimum: width, maximum: width) }

    /// What the column asks for: its natural width, within its maximum.
    var wanted: Int { min(natural, maximum) }

    /// Widths for `columns` that, with `gap` blank columns between them, fit in `total`
    /// (no limit by default). Each column first gets its minimum; what is left is shared
    /// out in rounds up to what each wants, so no column starves the others. When not
    /// even the minimums fit, the widest columns give way first.
    public static func widths(_ columns: [ColumnSpec], fitting total: Int = .max, gap: Int) -> [Int] {
        let room = max(0, total - gap * max(0, columns.count - 1))
        var widths = columns.map(\.minimum)
        var left = room - widths.reduce(0, +)
        if left < 0 {
            while left < 0, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 1 {
                widths[i] -= 1
                left += 1
            }
            return widths
        }
        var wanting = columns.indices.filter { columns[$0].wanted > widths[$0] }
        while left > 0, !wanting.isEmpty {
            let share = max(1, left / wanting.count)
            for i in wanting where left > 0 {
                let give = min(columns[i].wanted - widths[i], share, left)
                widths[i] += give
                left -= give
            }
            wanting = wanting.filter { columns[$0].wanted > widths[$0] }
        }
        return widths
    }
}
