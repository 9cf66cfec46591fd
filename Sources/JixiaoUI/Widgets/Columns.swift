import JixiaoTextLayout

/// Column widths for a table that must fit a given width: each column asks for its
/// natural width (widest cell) between a minimum and a maximum; what is left is shared
/// in proportion to what the flexible columns still want.
public struct ColumnSpec: Sendable {
    public var natural: Int
    public var minimum: Int
    public var maximum: Int

    public init(natural: Int, minimum: Int, maximum: Int = .max) {
        self.natural = natural
        self.minimum = minimum
        self.maximum = maximum
    }

    public static func fitting(_ cells: [String], title: String = "", minimum: Int, maximum: Int = .max) -> ColumnSpec {
        let widest = (cells + [title]).map { DisplayWidth.of($0) }.max() ?? 0
        return ColumnSpec(natural: widest, minimum: minimum, maximum: maximum)
    }
}

public enum Columns {
    /// Widths summing to at most `total` (after `gap` between columns).
    public static func distribute(_ specs: [ColumnSpec], total: Int, gap: Int = 1) -> [Int] {
        let room = max(0, total - gap * max(0, specs.count - 1))
        var widths = specs.map(\.minimum)
        var left = room - widths.reduce(0, +)
        if left < 0 {
            // Not even the minimums fit: shrink from the widest.
            while left < 0, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 1 {
                widths[i] -= 1
                left += 1
            }
            return widths
        }
        // Give each column what it wants, in rounds, so no column starves the others.
        var wanting = specs.indices.filter { min(specs[$0].natural, specs[$0].maximum) > widths[$0] }
        while left > 0, !wanting.isEmpty {
            let share = max(1, left / wanting.count)
            for i in wanting where left > 0 {
                let want = min(specs[i].natural, specs[i].maximum) - widths[i]
                let give = min(want, share, left)
                widths[i] += give
                left -= give
            }
            wanting = wanting.filter { min(specs[$0].natural, specs[$0].maximum) > widths[$0] }
        }
        return widths
    }
}
