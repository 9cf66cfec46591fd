/// Reads an .xlsx workbook (Office Open XML: a zip of XML parts) into a `Workbook`: the
/// package's relationships lead to the workbook, its sheets, the shared strings and the
/// cell styles; each sheet's cells are shown as Excel shows them.
public enum WorkbookReader {
    public static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        guard let zip = ZipArchive(bytes) else { throw .damaged(part: SpreadsheetError.archiveDirectory) }
        return try read(zip)
    }

    static func read(_ zip: ZipArchive) throws(SpreadsheetError) -> Workbook {
        func part(_ name: String) throws(SpreadsheetError) -> [UInt8] {
            do { return try zip.part(name) } catch {
                switch error {
                case .tooLarge: throw .tooLarge(part: name)
                case .missing, .damaged: throw .damaged(part: name)
                }
            }
        }
        // The workbook is where the package's relationships say (almost always xl/workbook.xml).
        var workbookPath = "xl/workbook.xml"
        if zip.has("_rels/.rels") {
            let rels = try relationships(try part("_rels/.rels"), of: "", name: "_rels/.rels")
            if let main = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPath = main.target }
        }
        guard zip.has(workbookPath) else {
            if let odf = ZipArchive.openDocumentKind(zip) { throw .openDocument(spreadsheet: odf) }
            throw .notAWorkbook(wordDocument: zip.has("word/document.xml"))
        }

        let folder = directory(of: workbookPath)
        let relsPath = folder + "_rels/" + workbookPath.split(separator: "/").last! + ".rels"
        let rels = zip.has(relsPath) ? try relationships(try part(relsPath), of: folder, name: relsPath) : [:]

        // Sheets in the workbook's order.
        var sheets: [(name: String, hidden: Bool, id: String)] = []
        var date1904 = false, fullCalcOnLoad = false
        var events = XMLEvents()
        events.start = { name, attributes in
            if name == "sheet" {
                let state = attributes["state"] ?? ""
                sheets.append((attributes["name"] ?? "", state == "hidden" || state == "veryHidden", attributes.value("id") ?? ""))
            } else if name == "workbookPr" {
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            } else if name == "calcPr" {
                // Saved by a tool that does not calculate and asks Excel to, on opening.
                fullCalcOnLoad = ["1", "true"].contains(attributes["fullCalcOnLoad"] ?? "")
            }
        }
        guard events.parse(try part(workbookPath)) else { throw .damaged(part: workbookPath) }

        var strings: [String] = []
        if let path = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target, zip.has(path) {
            guard let s = sharedStrings(try part(path)) else { throw .damaged(part: path) }
            strings = s
        }
        var formats: [NumberFormat] = []
        if let path = rels.values.first(where: { $0.type.hasSuffix("/styles") })?.target, zip.has(path) {
            guard let f = cellFormats(try part(path)) else { throw .damaged(part: path) }
            formats = f
        }

        // Every sheet is read before any is shown: a formula may sum another sheet's cells.
        let reader = WorksheetReader(strings: strings)
        var raw: [(name: String, hidden: Bool, sheet: WorksheetReader.RawSheet)] = []
        for sheet in sheets {
            // A chart sheet or a dialog sheet has no cells to read.
            guard let rel = rels[sheet.id], rel.type.hasSuffix("/worksheet") else { continue }
            let xml: [UInt8]
            do { xml = try part(rel.target) } catch {
                // Said by the sheet's name: almost always empty rows and columns formatted far
                // beyond the table, each stored as a cell.
                if case .tooLarge = error { throw .sheetTooLarge(sheet: sheet.name, part: rel.target) }
                throw error
            }
            guard let cells = reader.sheet(xml) else { throw .damaged(part: rel.target) }
            raw.append((sheet.name, sheet.hidden, cells))
        }
        // The cells a formula may read are gathered only when a formula is to be computed.
        let computes = raw.contains { $0.sheet.cells.contains { $0.formula != nil && (!$0.hasValue || fullCalcOnLoad) } }
        var formulas: [FormulaEvaluator.Key: FormulaEvaluator.Cell] = [:]
        for sheet in raw where computes {
            for cell in sheet.sheet.cells {
                formulas[FormulaEvaluator.key(sheet.name, cell.row, cell.column)] = FormulaEvaluator.Cell(content: reader.content(cell))
            }
        }
        var evaluator = FormulaEvaluator(cells: formulas, trustCached: !fullCalcOnLoad)
        var out: [Workbook.Sheet] = []
        for sheet in raw {
            var rows: [Int: [Workbook.Cell]] = [:]
            for cell in sheet.sheet.cells {
                let format = formats.indices.contains(cell.style) ? formats[cell.style] : .general
                var text = reader.text(cell, format: format, date1904: date1904)
                // A picture WPS placed in the cell (嵌入单元格图片): its formula's saved result
                // is the formula's own text, `=DISPIMG("ID_…",1)`, no text the unit typed.
                if let formula = cell.formula, formula.text.uppercased().contains("DISPIMG(") { continue }
                if let formula = cell.formula, !cell.hasValue || fullCalcOnLoad {
                    // No result saved, or one Excel replaces on opening: computed here.
                    if let value = evaluator.value(at: FormulaEvaluator.key(sheet.name, cell.row, cell.column)) {
                        text = format.display(NumberFormat.general(value), date1904: date1904)
                    } else if !cell.hasValue, !sheet.sheet.hidden.hides(row: cell.row, column: cell.column) {
                        // (A hidden helper cell is not read: its value is not needed.)
                        throw .formulaWithoutResult(sheet: sheet.name, cell: WorksheetReader.letters(cell.column) + "\(cell.row)", formula: formula.text)
                    }
                }
                guard !text.allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0.isNewline }) else { continue }
                rows[cell.row, default: []].append(Workbook.Cell(column: cell.column, text: text))
            }
            let sheetOut = sheet.sheet.hidden.applied(to: Workbook.Sheet(
                name: sheet.name, hidden: sheet.hidden,
                rows: rows.keys.sorted().map { Workbook.Row(number: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }))
            out.append(sheetOut)
        }
        return Workbook(sheets: out)
    }

    struct Relationship: Equatable { var type: String; var target: String }

    /// A `.rels` part: each relationship's id, type and target resolved to a part name.
    static func relationships(_ xml: [UInt8], of folder: String, name: String, word: Bool = false) throws(SpreadsheetError) -> [String: Relationship] {
        var out: [String: Relationship] = [:]
        var events = XMLEvents()
        events.start = { element, a in
            guard element == "Relationship", let id = a["Id"], let target = a["Target"], a["TargetMode"] != "External" else { return }
            out[id] = Relationship(type: a["Type"] ?? "", target: resolve(target, in: folder))
        }
        guard events.parse(xml) else { throw .damaged(part: name, word: word) }
        return out
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship's target as a part name: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings: each `<si>`'s text, its runs joined, its phonetic guide (`<rPh>`) left out.
    static func sharedStrings(_ xml: [UInt8]) -> [String]? {
        var out: [String] = []
        var current = "", inText = false, phonetic = 0
        var events = XMLEvents()
        events.start = { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "si": out.append(unescaped(current))
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }
        events.text = { piece in if inText, phonetic == 0 { current += piece } }
        return events.parse(xml) ? out : nil
    }

    /// Each cell style's number format (`cellXfs`, indexed by a cell's `s`).
    static func cellFormats(_ xml: [UInt8]) -> [NumberFormat]? {
        var custom: [Int: String] = [:]
        var ids: [Int] = []
        var inCellXfs = false
        var events = XMLEvents()
        events.start = { name, a in
            switch name {
            case "numFmt":
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: ids.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        events.end = { name in if name == "cellXfs" { inCellXfs = false } }
        guard events.parse(xml) else { return nil }
        return ids.map { id in custom[id].map { NumberFormat(code: $0) } ?? NumberFormat.builtIn(id) }
    }

    /// OOXML's escape of a character XML cannot hold: `_x000D_` for a carriage return.
    static func unescaped(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = "", rest = Substring(s)
        while let r = rest.range(of: "_x") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
                out.unicodeScalars.append(u)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}
