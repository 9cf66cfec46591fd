import JixiaoModel

/// One line of the text split into its tab-separated cells, each trimmed.
struct Row {
    let number: Int
    let text: String
    let cells: [String]

    init(number: Int, text: String) {
        self.number = number
        self.text = text
        self.cells = Row.trimmedCells(text)
        // Kept, not computed: the reader asks for them of every row many times over.
        self.label = TextNormalization.withoutBlanks(cells.first ?? "")
        // Made at its size: `filter` grows its array as it goes.
        var nonEmpty: [String] = []
        nonEmpty.reserveCapacity(cells.count)
        for c in cells where !c.isEmpty { nonEmpty.append(c) }
        self.nonEmpty = nonEmpty
    }

    /// The line split at tabs, each cell trimmed of blanks (space, U+00A0, U+3000), by
    /// bytes: a tab is a grapheme of its own (a control), so this is the split by
    /// Characters, without grapheme breaking or a copy before the trim (they were a tenth
    /// of reading). `C2 A0` and `E3 80 80` can only be those scalars in valid UTF-8.
    static func trimmedCells(_ text: String) -> [String] {
        let line = text
        var text = text
        return text.withUTF8 { b in
            var cells: [String] = []
            // One allocation for the row's cells, not one per doubling.
            var tabs = 0
            for c in b where c == 0x09 { tabs += 1 }
            cells.reserveCapacity(tabs + 1)
            var start = 0
            while true {
                var end = start
                while end < b.count && b[end] != 0x09 { end += 1 }
                var s = start, e = end
                while s < e {
                    if b[s] == 0x20 { s += 1 } else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 }
                    else if b[s] == 0xE3, s + 2 < e, b[s + 1] == 0x80, b[s + 2] == 0x80 { s += 3 } else { break }
                }
                while e > s {
                    if b[e - 1] == 0x20 { e -= 1 } else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
                    else if e - 3 >= s, b[e - 3] == 0xE3, b[e - 2] == 0x80, b[e - 1] == 0x80 { e -= 3 } else { break }
                }
                // A line that is one untrimmed cell is that cell, and an empty cell needs no
                // decoding: neither is copied.
                cells.append(s == e ? "" : s == 0 && e == b.count ? line
                    : String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
                if end == b.count { return cells }
                start = end + 1
            }
        }
    }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
    var first: String { cells.first ?? "" }
    /// The first cell with blanks removed: how labels are recognised, since a wrapped
    /// PDF cell keeps a space at the wrap (`预算规模 及资金用途`).
    let label: String
    let nonEmpty: [String]

    /// The first non-empty cell after the one whose label matches.
    func value(after matches: (String) -> Bool) -> (index: Int, text: String)? {
        guard let i = cells.firstIndex(where: { matches(TextNormalization.withoutBlanks($0)) }) else { return nil }
        var j = i + 1
        while j < cells.count {
            if !cells[j].isEmpty { return (j, cells[j]) }
            j += 1
        }
        return (cells.count, "")
    }
}
