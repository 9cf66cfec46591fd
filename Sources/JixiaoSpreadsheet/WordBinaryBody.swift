/// The main document of a Word 97–2003 document as rows, one character at a time: the state
/// of `WordBinaryReader`'s one pass, laid out as `BodyReader` lays out a .docx's body.
///
/// A table is a run of paragraphs in a table: each cell's paragraphs end with a cell mark
/// (0x07), each row with a row-end mark (0x07 with sprmPFTtp) whose properties hold the
/// row's cells. The table's rows are kept until it ends, since a cell's column is its
/// place on the grid of every row's cell edges.
struct WordBinaryBody {
    private let fonts: [String]
    private var numbering: ListNumbering
    private var rows: [Workbook.Row] = []
    private var number = 0
    private var paragraph: [UInt16] = []
    /// Open fields, innermost last: true while in its code (before 0x14), which is not shown.
    private var fields: [Bool] = []
    private var inCode = 0
    // The table being read.
    private var tableRows: [(cells: [String], layout: WordRowLayout?)] = []
    private var rowCells: [String] = []
    private var cell = ""
    private var cellParagraphs = 0

    /// Text boxes' paragraphs by the CP of their anchor.
    private let boxes: [Int: [String]]

    init(fonts: [String], numbering: ListNumbering, boxes: [Int: [String]] = [:]) {
        self.fonts = fonts
        self.numbering = numbering
        self.boxes = boxes
    }

    /// One character of the main document with its run's properties; `paragraphEnd` gives
    /// a mark's paragraph properties and whether its paragraph run ends with it.
    mutating func character(_ c: UInt16, at cp: Int, _ chp: WordCharacterProperties,
                            _ paragraphEnd: () -> (WordParagraphProperties, Bool)) {
        switch c {
        case 0x08 where inCode == 0 && !chp.deleted:
            // A drawn object's anchor: a text box's paragraphs, each after a space.
            for line in boxes[cp] ?? [] {
                if !paragraph.isEmpty { paragraph.append(0x20) }
                paragraph += line.utf16
            }
        case 0x13:
            fields.append(true)
            inCode += 1
        case 0x14:
            if let last = fields.last, last {
                fields[fields.count - 1] = false
                inCode -= 1
            }
        case 0x15:
            if let last = fields.popLast(), last { inCode -= 1 }
        case 0x0D, 0x07:
            endParagraph(c, paragraphEnd().0)
        case 0x0C:
            // A section break ends its paragraph; a page break within one is a line break.
            let (properties, ends) = paragraphEnd()
            if ends { endParagraph(c, properties) } else { show(0x0B, chp) }
        default:
            show(c, chp)
        }
    }

    private mutating func show(_ c: UInt16, _ chp: WordCharacterProperties) {
        guard inCode == 0, !chp.hidden, !chp.deleted else { return }
        if let symbol = chp.symbol {
            if let s = BodyReader.symbol(font: font(symbol.font), code: String(symbol.code, radix: 16)) { paragraph += s.utf16 }
            return
        }
        // A symbol font's character typed as its code (U+F0B3 in Symbol, as `≥` is saved):
        // the character it shows, as a .docx's `w:sym` is read; an ordinary font's kept.
        if (0xF000...0xF0FF).contains(c), let name = chp.font.flatMap(font), BodyReader.isSymbolFont(name) {
            if let s = BodyReader.symbol(font: name, code: String(c, radix: 16)) { paragraph += s.utf16 }
            return
        }
        switch c {
        case 0x09: paragraph.append(0x09)
        case 0x0B, 0x0C, 0x0E: paragraph.append(0x0A)   // line, page and column breaks
        case 0x1E: paragraph.append(0x2D)               // a non-breaking hyphen
        // Object anchors, a note's reference, an optional hyphen (0x1F): no character shown.
        // (A special character (sprmCFSpec) is one of these; Word marks a form field's
        // result of spaces special too, and shows it.)
        case _ where c < 0x20: break
        default: paragraph.append(c)
        }
    }

    private func font(_ index: Int) -> String? { fonts.indices.contains(index) ? fonts[index] : nil }

    private mutating func endParagraph(_ mark: UInt16, _ p: WordParagraphProperties) {
        var text = String(decoding: paragraph, as: UTF16.self)
        paragraph = []
        // The list's number as Word shows it (a row-end mark is no paragraph of text).
        if p.list > 0, !(mark == 0x07 && p.rowEnd), let label = numbering.next(String(p.list), level: p.listLevel) { text = label + text }
        // A 目录 entry's page number after a leader of dots, as the page prints it.
        if p.leaderStop, let last = text.lastIndex(of: "\t") { text.replaceSubrange(last...last, with: "……\t") }
        let depth = p.tableDepth
        if depth == 0 {
            finishTable()
            emit(text.split(separator: "\t").enumerated().map { Workbook.Cell(column: $0.offset, text: String($0.element)) })
        } else if depth == 1 {
            if mark == 0x07 && p.rowEnd {
                tableRows.append((rowCells, p.row))
                rowCells = []
            } else {
                if cellParagraphs > 0 { cell += "\n" }
                cell += text
                cellParagraphs += 1
                if mark == 0x07 {
                    rowCells.append(cell.trimmingNewlines)
                    cell = ""
                    cellParagraphs = 0
                }
            }
        } else {
            // A table inside a cell is read as that cell's text, as a .docx's is.
            cell += (cell.isEmpty || text.isEmpty ? "" : " ") + text
        }
    }

    private mutating func emit(_ cells: [Workbook.Cell]) {
        number += 1
        if !cells.isEmpty { rows.append(Workbook.Row(number: number, cells: cells)) }
    }

    /// The table read so far as rows: each cell at the column of its left edge on the
    /// table's grid (edges of all rows, those within `tolerance` one), a merged area's
    /// text in its first cell. A row without its cells' definition has them in order.
    private mutating func finishTable() {
        // A row cut off by the end of the table: its cells in order.
        if !rowCells.isEmpty || !cell.isEmpty {
            if !cell.isEmpty { rowCells.append(cell.trimmingNewlines) }
            tableRows.append((rowCells, nil))
            rowCells = []
            cell = ""
            cellParagraphs = 0
        }
        guard !tableRows.isEmpty else { return }
        let grid = Self.grid(tableRows.compactMap(\.layout).flatMap(\.boundaries))
        for row in tableRows {
            var cells: [Workbook.Cell] = []
            var column = -1
            for (k, text) in row.cells.enumerated() {
                var continues = false
                if let layout = row.layout, k < layout.cells.count, let at = grid[layout.boundaries[k]] {
                    column = max(at, column + 1)
                    continues = layout.cells[k].continuesMerge
                } else {
                    column += 1
                }
                if !continues, !text.isEmpty { cells.append(Workbook.Cell(column: column, text: text)) }
            }
            emit(cells)
        }
        tableRows = []
    }

    /// Twips within which cell edges of different rows are one edge of the grid: a writer's
    /// rounding (a cell of 2.54 cm saved as 1440 twips in one row and 1441 in the next), not
    /// a column anyone drew (10 twips is 0.18 mm).
    static let tolerance = 10

    /// Each edge's column on the grid: the edges sorted, those within `tolerance` of the
    /// one before counted as one.
    static func grid(_ edges: [Int]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        var column = -1, previous = Int.min
        for edge in Set(edges).sorted() {
            if previous == Int.min || edge - previous > tolerance { column += 1 }
            out[edge] = column
            previous = edge
        }
        return out
    }

    /// The rows, once the last character is read.
    mutating func finished() -> [Workbook.Row] {
        if !paragraph.isEmpty { endParagraph(0x0D, WordParagraphProperties()) }
        finishTable()
        return rows
    }
}
