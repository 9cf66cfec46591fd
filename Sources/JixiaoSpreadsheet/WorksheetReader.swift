/// One worksheet part (`xl/worksheets/sheetN.xml`): its cells as stored — a shared string,
/// an inline string, a formula and its last result, a number and its style — and which rows
/// and columns the unit hid. `WorkbookReader` shows them as Excel does once every sheet is
/// read (a formula may sum another sheet's cells).
struct WorksheetReader {
    var strings: [String]

    struct RawCell {
        var row: Int
        var column: Int
        var type: String
        var style: Int
        var value: String
        var inline: String
        /// The formula written in the cell, or given it by a shared formula.
        var formula: FormulaEvaluator.Formula?
        /// Whether the file saved a result (`<v>`) for it.
        var hasValue: Bool
    }

    struct RawSheet {
        var cells: [RawCell] = []
        /// Rows and columns hidden by the unit (`hidden="1"`), and the merged areas.
        var hidden = HiddenCells()
    }

    func sheet(_ xml: [UInt8]) -> RawSheet? {
        var out = RawSheet()
        var rowNumber = 0, column = -1
        var cell = RawCell(row: 0, column: 0, type: "n", style: 0, value: "", inline: "", formula: nil, hasValue: false)
        var formulaText = "", formulaShared: String?, formulaRef: String?, inFormula = false
        // A shared formula's text and the cell it was written for, by its index.
        var shared: [String: (text: String, row: Int, column: Int)] = [:]
        var inValue = false, inInlineText = false, inInline = false, phonetic = 0
        var events = XMLEvents()
        events.start = { name, a in
            switch name {
            case "row":
                rowNumber = a["r"].flatMap { Int($0) } ?? rowNumber + 1
                column = -1
                if ["1", "true"].contains(a["hidden"] ?? "") { out.hidden.rows.insert(rowNumber) }
            case "c":
                column = a["r"].flatMap(Self.column(of:)) ?? column + 1
                cell = RawCell(row: rowNumber, column: column, type: a["t"] ?? "n", style: a["s"].flatMap { Int($0) } ?? 0,
                               value: "", inline: "", formula: nil, hasValue: false)
                formulaText = ""
                formulaShared = nil
                formulaRef = nil
            case "f":
                inFormula = true
                formulaShared = a["t"] == "shared" ? a["si"] : nil
                formulaRef = a["ref"]
            case "v": inValue = true; cell.hasValue = true
            case "is": inInline = true
            case "t" where inInline: inInlineText = true
            case "rPh": phonetic += 1
            case "col":
                if ["1", "true"].contains(a["hidden"] ?? ""), let min = a["min"].flatMap({ Int($0) }), let max = a["max"].flatMap({ Int($0) }),
                   min >= 1, max >= min, min <= 16_384 {
                    // A hidden span to the sheet's last column is stored as one range.
                    for c in min...Swift.min(max, 16_384) { out.hidden.columns.insert(c - 1) }
                }
            case "mergeCell":
                if let ref = a["ref"], let range = Self.range(ref) { out.hidden.merges.append(range) }
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "v": inValue = false
            case "f":
                inFormula = false
                let text = WorkbookReader.unescaped(formulaText)
                if let si = formulaShared {
                    if !text.isEmpty, formulaRef != nil { shared[si] = (text, cell.row, cell.column) }
                    if let master = shared[si] {
                        cell.formula = FormulaEvaluator.Formula(text: master.text, rowShift: cell.row - master.row,
                                                                columnShift: cell.column - master.column, cached: nil, hasCached: false)
                    }
                } else if !text.isEmpty {
                    cell.formula = FormulaEvaluator.Formula(text: text, cached: nil, hasCached: false)
                }
            case "t": inInlineText = false
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                // An empty `<v/>` is no saved result (openpyxl writes one).
                if cell.value.isEmpty, cell.type != "str" { cell.hasValue = false }
                if cell.formula != nil || !cell.value.isEmpty || !cell.inline.isEmpty { out.cells.append(cell) }
            default: break
            }
        }
        events.text = { piece in
            if inValue { cell.value += piece } else if inFormula { formulaText += piece } else if inInlineText, phonetic == 0 { cell.inline += piece }
        }
        guard events.parse(xml) else { return nil }
        return out
    }

    /// A stored cell's content as a formula sees it.
    func content(_ cell: RawCell) -> FormulaEvaluator.Cell.Content {
        if var formula = cell.formula {
            formula.hasCached = cell.hasValue
            formula.cached = cell.type == "n" ? Double(cell.value) : nil
            return .formula(formula)
        }
        switch cell.type {
        case "s", "inlineStr", "str": return .text(text(cell, format: .general, date1904: false))
        case "b": return .bool(cell.value == "1")
        case "e": return .error
        case "d": return .text(cell.value)
        default: return Double(cell.value).map { .number($0) } ?? .text(cell.value)
        }
    }

    /// A cell's text as Excel shows it under `format`.
    func text(_ cell: RawCell, format: NumberFormat, date1904: Bool) -> String {
        switch cell.type {
        case "s":
            guard let i = Int(cell.value), strings.indices.contains(i) else { return "" }
            return strings[i]
        case "inlineStr": return WorkbookReader.unescaped(cell.inline)
        case "str", "e", "d": return WorkbookReader.unescaped(cell.value)
        case "b": return cell.value == "1" ? "TRUE" : (cell.value == "0" ? "FALSE" : cell.value)
        default:
            guard !cell.value.isEmpty else { return "" }
            return format.display(cell.value, date1904: date1904)
        }
    }

    /// `B12:D20` as (12, 1, 20, 3); a single cell as a range of one.
    static func range(_ ref: String) -> (Int, Int, Int, Int)? {
        let parts = ref.split(separator: ":")
        guard let a = parts.first.flatMap({ cell(String($0)) }) else { return nil }
        let b = parts.count > 1 ? cell(String(parts[1])) ?? a : a
        return (min(a.0, b.0), min(a.1, b.1), max(a.0, b.0), max(a.1, b.1))
    }

    /// `B12` as (12, 1).
    static func cell(_ ref: String) -> (Int, Int)? {
        guard let column = column(of: ref), let row = Int(ref.drop { $0.isLetter || $0 == "$" }.filter { $0 != "$" }) else { return nil }
        return (row, column)
    }

    /// The 0-based column of a cell reference (`B12` → 1, `AA3` → 26).
    static func column(of reference: String) -> Int? {
        var n = 0, letters = 0
        for u in reference.utf8 {
            switch u {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): n = n * 26 + Int(u - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): n = n * 26 + Int(u - UInt8(ascii: "a")) + 1
            default:
                guard letters > 0 else { return nil }
                return n - 1
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? n - 1 : nil
    }

    /// A column's letters (0 → `A`, 26 → `AA`).
    static func letters(_ column: Int) -> String { Workbook.columnLetters(column) }
}
