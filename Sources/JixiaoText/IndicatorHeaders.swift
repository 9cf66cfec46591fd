import JixiaoModel

/// The indicator headers of one document, each read once: every table of a document
/// prints the same header row, and reading one (the words of each cell) was a twentieth of
/// reading. A header is reused only for a row of the very same bytes (`String` equality
/// is canonical equivalence, and a header keeps its cells' text); only its line is the
/// row's own.
struct IndicatorHeaders {
    /// The distinct header rows met so far, in order; few per document.
    private var known: [(text: String, header: IndicatorHeader)] = []

    /// Enough for the variants one document prints; past it, headers are read each time.
    static let capacity = 8

    /// `IndicatorHeader.read(row)`.
    mutating func read(_ row: Row) -> IndicatorHeader {
        // The row's line made a String once (a table row keeps only its bytes).
        let text = row.text
        for k in known.indices where SameBytes.equal(known[k].text, text) {
            var header = known[k].header
            header.line = row.number
            return header
        }
        let header = IndicatorHeader.read(row)
        if known.count < Self.capacity { known.append((text, header)) }
        return header
    }

    /// The columns `IndicatorHeader.selfEvaluationColumns` shows for each distinct set of
    /// column headers met so far: asked of every table, and a function of the headers'
    /// bytes alone (halved to half width, bare of blanks and brackets for every cell, it
    /// was a fortieth of reading, the same answer for each table of a document).
    private var judged: [(headers: [String], shown: [String]?)] = []

    /// `header.selfEvaluationColumns`, worked out once per set of column headers.
    mutating func selfEvaluationColumns(of header: IndicatorHeader) -> [String]? {
        let cells = header.columns.map(\.column.header)
        for k in judged.indices where judged[k].headers.count == cells.count
            && zip(judged[k].headers, cells).allSatisfy({ SameBytes.equal($0, $1) }) {
            return judged[k].shown
        }
        let shown = header.selfEvaluationColumns
        if judged.count < Self.capacity { judged.append((cells, shown)) }
        return shown
    }
}
