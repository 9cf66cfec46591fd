/// Reads a Word document (.docx, Office Open XML: a zip of XML parts) into a `Workbook` of
/// one sheet, `正文`: the body in order, as a PDF of it prints — each paragraph a row (its
/// tabs between cells), each table row a row with each cell at its place on the table's
/// grid, a merged cell's text in its first cell and the others empty (as `Workbook`'s
/// sheets hold merged areas). The text is what Word shows: insertions of tracked changes
/// kept and deletions left out, automatic list numbers (`1.`, `（一）`) written as they
/// are shown, a tab stop's leader (the paragraph's own or its style's) printed as dots (a 目录's
/// `……2`), a Symbol font character (`w:sym`) as the character it shows, field codes and the
/// fallback copy of a text box and text formatted hidden left out. Page headers and
/// footers, footnotes and comments are not part of the body and are not read.
public enum WordDocumentReader {
    public static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        guard let zip = ZipArchive(bytes) else { throw .damaged(part: SpreadsheetError.archiveDirectory, word: true) }
        guard let main = mainPart(zip) else {
            if let odf = ZipArchive.openDocumentKind(zip) { throw .openDocument(spreadsheet: odf) }
            throw .notAWorkbook(wordDocument: false)
        }
        return try read(zip, main: main)
    }

    /// The document whose body is the part `main` (`mainPart`).
    static func read(_ zip: ZipArchive, main: String) throws(SpreadsheetError) -> Workbook {
        func part(_ name: String) throws(SpreadsheetError) -> [UInt8] {
            do { return try zip.part(name) } catch {
                switch error {
                case .tooLarge: throw .tooLarge(part: name, word: true)
                case .missing, .damaged: throw .damaged(part: name, word: true)
                }
            }
        }
        let folder = WorkbookReader.directory(of: main)
        let relsPath = folder + "_rels/" + main.split(separator: "/").last! + ".rels"
        let rels = zip.has(relsPath) ? try WorkbookReader.relationships(try part(relsPath), of: folder, name: relsPath, word: true) : [:]
        var numbering = ListNumbering()
        if let path = rels.values.first(where: { $0.type.hasSuffix("/numbering") })?.target, zip.has(path) {
            guard let n = ListNumbering(try part(path)) else { throw .damaged(part: path, word: true) }
            numbering = n
        }
        // A heading style may carry the list its paragraphs are numbered in (`标题 1` as `一、`).
        if let path = rels.values.first(where: { $0.type.hasSuffix("/styles") })?.target, zip.has(path) {
            guard numbering.readStyles(try part(path)) else { throw .damaged(part: path, word: true) }
        }
        guard let rows = BodyReader(numbering: numbering).rows(try part(main)) else { throw .damaged(part: main, word: true) }
        return Workbook(sheets: [Workbook.Sheet(name: bodySheetName, rows: rows)], origin: .word)
    }

    /// The one sheet a Word document is read as.
    public static let bodySheetName = "正文"

    /// The document part of a Word document: where the package's relationships say (almost
    /// always `word/document.xml`), else that part if the archive has it; nil for an archive
    /// that is no Word document.
    static func mainPart(_ zip: ZipArchive) -> String? {
        if zip.has("_rels/.rels"), let rels = try? zip.part("_rels/.rels"),
           let found = try? WorkbookReader.relationships(rels, of: "", name: "_rels/.rels", word: true),
           let main = found.values.first(where: { $0.type.hasSuffix("/officeDocument") })?.target,
           main.hasPrefix("word/"), zip.has(main) {
            return main
        }
        return zip.has("word/document.xml") ? "word/document.xml" : nil
    }
}

/// The body of `word/document.xml` as rows: the state of one pass over its elements.
struct BodyReader {
    var numbering: ListNumbering

    func rows(_ xml: [UInt8]) -> [Workbook.Row]? {
        var rows: [Workbook.Row] = []
        var number = 0
        var numbers = numbering
        // Where the text being read goes.
        var tables = 0                 // depth of w:tbl; a table inside a cell is read as that cell's text
        var column = 0, span = 1, continuesMerge = false
        var rowCells: [Workbook.Cell] = []
        var cell = "", cellParagraphs = 0
        var paragraph = "", paragraphs = 0   // depth of w:p (a text box's paragraphs sit inside one)
        var listLevel: Int?, listId: String?, style: String?
        var leaderStop = false         // the paragraph sets a tab stop with a leader (a 目录 entry's dots)
        var inRun = 0, inText = false
        var hiddenRun = false          // a run formatted hidden (`w:vanish`): Word does not show it
        var skipped = 0                // inside a deletion, a moved-from run, a text box's fallback copy

        func emit(_ cells: [Workbook.Cell]) {
            number += 1
            if !cells.isEmpty { rows.append(Workbook.Row(number: number, cells: cells)) }
        }
        func append(_ s: String) {
            guard skipped == 0, !hiddenRun else { return }
            paragraph += s
        }

        var events = XMLEvents()
        events.start = { name, a in
            // Most elements are formatting: one lookup tells the few read from them.
            guard let tag = Tag.named[name] else { return }
            switch tag {
            case .del, .moveFrom, .fallback: skipped += 1
            case _ where skipped > 0: break
            case .tbl: tables += 1
            case .tr where tables == 1:
                column = 0
                rowCells = []
            case .gridBefore where tables == 1:
                column += a.value("val").flatMap { Int($0) } ?? 0
            case .tc where tables == 1:
                span = 1
                continuesMerge = false
                cell = ""
                cellParagraphs = 0
            case .gridSpan where tables == 1:
                span = max(1, a.value("val").flatMap { Int($0) } ?? 1)
            case .vMerge where tables == 1:
                // No value, or `continue`: this cell is part of the merged area above.
                continuesMerge = (a.value("val") ?? "continue") == "continue"
            case .p:
                paragraphs += 1
                if paragraphs == 1 {
                    paragraph = ""
                    listLevel = nil
                    listId = nil
                    style = nil
                    leaderStop = false
                } else if !paragraph.isEmpty {
                    paragraph += " "   // a text box's paragraph inside this one
                }
            case .ilvl where paragraphs == 1: listLevel = a.value("val").flatMap { Int($0) }
            case .numId where paragraphs == 1: listId = a.value("val")
            case .pStyle where paragraphs == 1: style = a.value("val")
            case .r:
                inRun += 1
                hiddenRun = false
            case .vanish where inRun > 0:
                hiddenRun = !["0", "false", "off"].contains(a.value("val") ?? "1")
            case .t where inRun > 0: inText = true
            case .tab where inRun > 0: append("\t")
            case .tab where paragraphs == 1:
                // A tab stop of the paragraph's own (`w:tabs`): a leader prints as dots up to it.
                if let leader = a.value("leader"), leader != "none", a.value("val") != "clear" { leaderStop = true }
            case .br where inRun > 0, .cr where inRun > 0: append("\n")
            case .noBreakHyphen where inRun > 0: append("-")
            case .sym where inRun > 0:
                // A character inserted from a symbol font (`≥` from Symbol as `F0B3`).
                if let c = Self.symbol(font: a.value("font"), code: a.value("char")) { append(String(c)) }
            default: break
            }
        }
        events.end = { name in
            guard let tag = Tag.named[name] else { return }
            switch tag {
            case .del, .moveFrom, .fallback: skipped -= 1
            case _ where skipped > 0: break
            case .r: inRun -= 1
            case .t: inText = false
            case .p:
                paragraphs -= 1
                guard paragraphs == 0 else { return }
                // The list's number as Word shows it, once the paragraph's properties are read.
                if let (id, level) = numbers.list(id: listId, level: listLevel, style: style),
                   let label = numbers.next(id, level: level) { paragraph = label + paragraph }
                // A 目录 entry's page number after a leader of dots, as the page prints it
                // (`一、总体绩效目标……2`): the leader is no character of the text.
                if leaderStop || numbers.leads(style: style), let last = paragraph.lastIndex(of: "\t") { paragraph.replaceSubrange(last...last, with: "……\t") }
                if tables == 0 {
                    // Tabs in a paragraph set its text at tab stops: each stretch between them a
                    // cell, however many tabs align it.
                    emit(paragraph.split(separator: "\t").enumerated().map { Workbook.Cell(column: $0.offset, text: String($0.element)) })
                } else if tables == 1 {
                    if cellParagraphs > 0 { cell += "\n" }
                    cell += paragraph
                    cellParagraphs += 1
                } else {
                    cell += (cell.isEmpty || paragraph.isEmpty ? "" : " ") + paragraph
                }
                paragraph = ""
            case .tc where tables == 1:
                let text = cell.trimmingNewlines
                if !continuesMerge, !text.isEmpty { rowCells.append(Workbook.Cell(column: column, text: text)) }
                column += span
            case .tr where tables == 1:
                emit(rowCells)
            case .tbl:
                tables -= 1
            default: break
            }
        }
        events.text = { piece in if inText, skipped == 0, !hiddenRun { paragraph += piece } }
        return events.parse(xml) ? rows : nil
    }
}

extension BodyReader {
    /// Whether a font's characters are symbols, not its codes' Unicode characters.
    static func isSymbolFont(_ font: String) -> Bool {
        let f = font.lowercased()
        return f == "symbol" || f.hasPrefix("wingdings") || f.hasPrefix("webdings") || f.hasPrefix("marlett")
    }

    /// The character a `w:sym` shows: its code in a symbol font (`F0xx`, or `xx`) read through
    /// the font's own table for Symbol, else the code itself when it is a Unicode character
    /// of an ordinary font; nil for a symbol font character without a Unicode equivalent here.
    static func symbol(font: String?, code: String?) -> Character? {
        guard let code, let value = UInt32(code, radix: 16) else { return nil }
        let low = value >= 0xF000 && value <= 0xF0FF ? value - 0xF000 : value
        switch font?.lowercased() {
        case "symbol":
            let table: [UInt32: Character] = [
                0x25: "%", 0x28: "(", 0x29: ")", 0x2B: "+", 0x2C: ",", 0x2E: ".", 0x2F: "/", 0x3A: ":", 0x3B: ";",
                0x3C: "<", 0x3D: "=", 0x3E: ">", 0x2D: "−", 0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB4: "×", 0xB8: "÷",
                0xB0: "°", 0xB9: "≠", 0xBB: "≈", 0xA5: "∞", 0xD6: "√", 0xB7: "•", 0xBC: "…",
            ]
            if (0x30...0x39).contains(low) { return Character(Unicode.Scalar(low)!) }
            return table[low]
        case let f? where f.hasPrefix("wingdings") || f.hasPrefix("webdings") || f.hasPrefix("marlett"): return nil
        default:
            guard value < 0xE000 || value > 0xF8FF, let scalar = Unicode.Scalar(value) else { return nil }
            return Character(scalar)
        }
    }
}

extension String {
    /// Without the empty paragraphs a cell begins or ends with.
    var trimmingNewlines: String {
        var s = Substring(self)
        while s.first == "\n" { s = s.dropFirst() }
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}

/// The elements of a Word body the reader acts on, by local name; every other element
/// (run and paragraph formatting, drawings) is passed over after one lookup.
enum Tag {
    case del, moveFrom, fallback, tbl, tr, gridBefore, tc, gridSpan, vMerge, p, ilvl, numId, pStyle, r, vanish, t, tab, br, cr, noBreakHyphen, sym

    static let named: [String: Tag] = [
        "del": .del, "moveFrom": .moveFrom, "Fallback": .fallback, "tbl": .tbl, "tr": .tr, "gridBefore": .gridBefore,
        "tc": .tc, "gridSpan": .gridSpan, "vMerge": .vMerge, "p": .p, "ilvl": .ilvl, "numId": .numId, "pStyle": .pStyle,
        "r": .r, "vanish": .vanish, "t": .t, "tab": .tab, "br": .br, "cr": .cr, "noBreakHyphen": .noBreakHyphen, "sym": .sym,
    ]
}
