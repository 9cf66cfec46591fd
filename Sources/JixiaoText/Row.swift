import JixiaoModel

/// One line of the text split into its tab-separated cells, each trimmed.
struct Row {
    let number: Int
    let text: String
    let cells: [String]

    init(number: Int, text: String) {
        self.number = number
        self.text = text
        // Split by bytes: a tab is a grapheme of its own (a control), so this is the split
        // by Characters without grapheme breaking, which was a tenth of reading.
        self.cells = text.utf8.split(separator: 0x09, omittingEmptySubsequences: false)
            .map { TextNormalization.trimmed(Substring($0)) }
        // Kept, not computed: the reader asks for them of every row many times over.
        self.label = TextNormalization.withoutBlanks(cells.first ?? "")
        self.nonEmpty = cells.filter { !$0.isEmpty }
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
