import Foundation

/// An Excel workbook (.xlsx, or an Excel 97–2003 .xls) as a reviewer sees it: its worksheets
/// in order, each cell's text as Excel shows it (numbers in their number format), a merged
/// area's text in its first cell and the others empty — as a PDF of the sheet prints it.
public struct Workbook: Sendable, Equatable, Codable {
    public struct Sheet: Sendable, Equatable, Codable {
        public var name: String
        /// Hidden by the unit (`state="hidden"`): kept, so nothing in the file goes unread.
        public var hidden: Bool
        /// Rows with at least one cell that has text, by 1-based row number, ascending.
        public var rows: [Row]
        /// Rows (1-based) and columns (0-based) the unit hid whose text was left out of `rows`,
        /// as a hidden sheet is: to be said, so that nothing goes unread unsaid.
        public var hiddenRows: [Int] = []
        public var hiddenColumns: [Int] = []

        public init(name: String, hidden: Bool = false, rows: [Row]) {
            self.name = name
            self.hidden = hidden
            self.rows = rows
        }
    }

    public struct Row: Sendable, Equatable, Codable {
        public var number: Int
        /// Non-empty cells by 0-based column (A is 0), ascending.
        public var cells: [Cell]

        public init(number: Int, cells: [Cell]) {
            self.number = number
            self.cells = cells
        }
    }

    public struct Cell: Sendable, Equatable, Codable {
        public var column: Int
        /// As Excel shows it; a line break typed inside the cell (Alt+Enter) is a `\n`.
        public var text: String

        public init(column: Int, text: String) {
            self.column = column
            self.text = text
        }
    }

    /// What kind of file the sheets were read from.
    public enum Origin: Sendable, Equatable, Codable {
        /// An .xlsx: its worksheets.
        case excel
        /// An Excel 97–2003 workbook (.xls, .et): its worksheets (`LegacyWorkbookReader`).
        case excel97
        /// A .docx: its body as one sheet (`WordDocumentReader`).
        case word
        /// A Word 97–2003 document (.doc, .wps): its body as one sheet (`WordBinaryReader`).
        case word97

        /// A Word document's body, of either format.
        public var isWord: Bool { self == .word || self == .word97 }
    }

    public var sheets: [Sheet]
    public var origin: Origin

    public init(sheets: [Sheet], origin: Origin = .excel) {
        self.sheets = sheets
        self.origin = origin
    }

    /// An .xlsx or a .docx, whichever `bytes` are (a zip archive): its sheets, or its body;
    /// an old Office file (OLE) read as a Word 97–2003 document or an Excel 97–2003 workbook,
    /// or refused for what it is.
    public static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        if let version = LegacyOfficeFile.oldWordVersion(bytes) { throw .wordVersion(version) }
        if isLegacyOffice(bytes) {
            // A Word document has a `WordDocument` stream and no workbook stream; one whose
            // container does not parse is still told by the names in its directory, or by
            // what is left when it is cut short before its directory.
            let file = CompoundFile(bytes)
            let workbook = file.map { $0.hasStream(named: "Workbook") || $0.hasStream(named: "Book") } ?? LegacyOfficeFile.namesWorkbook(bytes)
            if let file, !workbook, file.hasStream(named: "WordDocument") { return try WordBinaryReader.read(file) }
            if !workbook, LegacyOfficeFile.namesWordDocument(bytes) || LegacyOfficeFile.showsWordDocument(bytes) { throw .wordDamaged }
            return try LegacyWorkbookReader.read(bytes)
        }
        guard let zip = ZipArchive(bytes) else {
            // Cut short: said as what its first headers name, if they name anything.
            if names("word/", in: bytes) { throw .damaged(part: SpreadsheetError.archiveDirectory, word: true) }
            if names("xl/", in: bytes) { throw .damaged(part: SpreadsheetError.archiveDirectory) }
            throw .unreadableArchive
        }
        if let main = WordDocumentReader.mainPart(zip) { return try WordDocumentReader.read(zip, main: main) }
        return try WorkbookReader.read(zip)
    }

    /// Whether `bytes` begin as a zip archive does (an .xlsx, a .docx, a .zip).
    public static func isZip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Whether `bytes` begin as an old Office file does: an OLE compound file (Excel 97–2003
    /// .xls, WPS .et, Word .doc), an Excel 2.x–4.0 worksheet or a Word 1.x/2.0 document
    /// (`LegacyOfficeFile`).
    public static func isLegacyOffice(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) || LegacyOfficeFile.oldExcelVersion(bytes) != nil
            || LegacyOfficeFile.oldWordVersion(bytes) != nil
    }

    /// Whether an archive whose directory cannot be read names parts in `folder` in the
    /// headers it begins with (`word/document.xml`, `xl/workbook.xml`).
    static func names(_ folder: String, in bytes: [UInt8]) -> Bool {
        let marker = Array(folder.utf8)
        let head = bytes.prefix(64 * 1024)
        guard head.count >= marker.count else { return false }
        return (head.startIndex...(head.endIndex - marker.count)).contains { head[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

extension Workbook {
    /// A column's letters as Excel names it (0 → `A`, 25 → `Z`, 26 → `AA`): how a cell is
    /// named to the reviewer, and how the exported workbooks' formulas name their columns.
    public static func columnLetters(_ column: Int) -> String {
        var n = column + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}

extension Workbook.Sheet {
    /// The rows and columns the unit hid whose text was left out, as the import's note says
    /// them: `隐藏的第 3、12 行和 F 列`, `隐藏的 F–H 列`; nil when nothing was.
    public var hiddenPartsSaid: String? {
        guard !hiddenRows.isEmpty || !hiddenColumns.isEmpty else { return nil }
        let rows = hiddenRows.isEmpty ? nil : "第 " + Self.spans(hiddenRows).joined(separator: "、") + " 行"
        let columns = hiddenColumns.isEmpty ? nil : " " + Self.spans(hiddenColumns).map { span in
            span.split(separator: "–").map { WorksheetReader.letters(Int($0)!) }.joined(separator: "–")
        }.joined(separator: "、") + " 列"
        return "隐藏的" + [rows, columns].compactMap { $0 }.joined(separator: "和")
    }

    /// Whether the sheet is the template's instructions (填表说明, 填报说明, 编制说明, 说明): by its
    /// name, or by the first text on it. A template's instructions number their points
    /// (`一、…`, `四、指标值应当量化`) as a document numbers its parts and tables, so read
    /// before the tables they would be taken for them.
    public var isInstructions: Bool {
        func says(_ text: String) -> Bool {
            let t = text.filter { !$0.isWhitespace && $0 != "\u{3000}" }.trimmingCharacters(in: CharacterSet(charactersIn: ":：。"))
            return t == "说明" || t == "注意事项" || (t.count <= 20 && ["填表说明", "填报说明", "编制说明", "使用说明"].contains { t.hasSuffix($0) })
        }
        return says(name) || rows.first?.cells.first.map { says($0.text) } ?? false
    }

    /// Ascending numbers as runs: [3, 4, 5, 9] → ["3–5", "9"].
    static func spans(_ numbers: [Int]) -> [String] {
        var out: [String] = [], start = numbers.first ?? 0, last = start
        for n in numbers.dropFirst() + [Int.min] {
            if n == last + 1 { last = n; continue }
            out.append(start == last ? "\(start)" : "\(start)–\(last)")
            start = n
            last = n
        }
        return numbers.isEmpty ? [] : out
    }
}
