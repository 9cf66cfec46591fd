import CFreeXL

/// An Excel 97–2003 workbook (.xls; WPS's .et is the same BIFF8 in an OLE compound file)
/// read with FreeXL into the `Workbook` an .xlsx gives: every worksheet in order with its
/// name, rows with at least one cell that has text, a merged area's text in its first cell
/// (BIFF stores it only there) and the others empty.
///
/// What FreeXL 1.0.6 does not give, and so this cannot say:
/// - number formats: a number is shown as Excel's General format shows it (`16`, `2279.048`,
///   `3309840`, `0.8`), not as the cell's format would (`3,309,840.00`, `80%`); FreeXL
///   tells dates, date-times and times by their format and gives them as `2023-12-31`,
///   `2023-12-31 08:30:00`, `08:30:00`;
/// - a sheet's hidden state, and formulas: FreeXL skips FORMULA records, the value Excel
///   computed and saved included. Both are read from the workbook stream itself
///   (`completed(_:from:)`, `WorkbookStream`), so that a 合计 or a 预算数 summed from its
///   parts is not read empty.
enum LegacyWorkbookReader {
    static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        if let version = LegacyOfficeFile.oldExcelVersion(bytes) { throw .legacyVersion(version) }
        // In a child process when the program set one up: FreeXL can crash on a damaged file.
        if let executable = FreeXLProcess.executable { return try FreeXLProcess.read(bytes, executable: executable) }
        return try readHere(bytes)
    }

    /// FreeXL's reading in this process.
    static func readHere(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        // FreeXL opens a path; the bytes are given one in memory, closed when this returns
        // (after FreeXL's handle: defers run last first).
        let file: AnonymousFile
        do { file = try AnonymousFile(bytes) } catch { throw .legacyUnopenable(reason: error.reason) }
        defer { file.close() }
        var handle: UnsafeRawPointer?
        let opened = freexl_open(file.path, &handle)
        defer { if let handle { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else {
            // FreeXL 1.0.6 reports a workbook whose records it could not parse (encrypted
            // records among them) with FREEXL_OK and no handle: the bytes say which it was.
            throw refusal(opened, bytes)
        }
        if info(handle, FREEXL_BIFF_PASSWORD) == UInt32(FREEXL_BIFF_OBFUSCATED) { throw .legacyPassword }
        // Every workbook has at least one sheet: none is a workbook stream FreeXL found
        // empty (its records overwritten), not a workbook without text.
        guard let count = info(handle, FREEXL_BIFF_SHEET_COUNT), count > 0, count <= UInt32(UInt16.max) else {
            throw .legacyDamaged
        }
        var sheets: [Workbook.Sheet] = []
        for index in 0..<UInt16(count) {
            sheets.append(try sheet(handle, index))
        }
        return Workbook(sheets: completed(sheets, from: bytes), origin: .excel97)
    }

    /// Why a file FreeXL would not open is refused: an encrypted .xlsx/.docx, another
    /// Office file and an encrypted workbook are named; anything else is damaged. (A Word
    /// document never gets here: `Workbook.read` reads it, or refuses it as one.)
    static func refusal(_ code: Int32, _ bytes: [UInt8]) -> SpreadsheetError {
        if LegacyOfficeFile.namesEncryptedPackage(bytes) && !LegacyOfficeFile.namesWorkbook(bytes) { return .encryptedPackage }
        if code == FREEXL_BIFF_WORKBOOK_NOT_FOUND { return .legacyNotAWorkbook }
        if LegacyOfficeFile.isEncryptedWorkbook(bytes) { return .legacyPassword }
        return .legacyDamaged
    }

    /// One worksheet: its name and the rows that have text.
    static func sheet(_ handle: UnsafeRawPointer, _ index: UInt16) throws(SpreadsheetError) -> Workbook.Sheet {
        var namePointer: UnsafePointer<CChar>?
        guard freexl_get_worksheet_name(handle, index, &namePointer) == FREEXL_OK,
              freexl_select_active_worksheet(handle, index) == FREEXL_OK else { throw .legacyDamaged }
        // FreeXL gives names as UTF-8; a name it could not convert is shown with U+FFFD.
        let name = namePointer.map { String(cString: $0) } ?? ""
        var rowCount: UInt32 = 0
        var columnCount: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rowCount, &columnCount) == FREEXL_OK else { throw .legacyDamaged }
        var rows: [Workbook.Row] = []
        for r in 0..<rowCount {
            var cells: [Workbook.Cell] = []
            for c in 0..<columnCount {
                var value = FreeXL_CellValue()
                guard freexl_get_cell_value(handle, r, c, &value) == FREEXL_OK else { throw .legacyDamaged }
                if let text = Self.text(value), !isBlank(text) { cells.append(Workbook.Cell(column: Int(c), text: text)) }
            }
            if !cells.isEmpty { rows.append(Workbook.Row(number: Int(r) + 1, cells: cells)) }
        }
        return Workbook.Sheet(name: name, rows: rows)
    }

    /// A cell's text as Excel shows it under the General format; nil for an empty cell.
    static func text(_ value: FreeXL_CellValue) -> String? {
        switch Int32(value.type) {
        case FREEXL_CELL_INT:
            return String(value.value.int_value)
        case FREEXL_CELL_DOUBLE:
            let d = value.value.double_value
            return d.isFinite ? NumberFormat.general(d) : nil
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            // UTF-8 from FreeXL (converted from the workbook's code page for BIFF5).
            // Invalid UTF-8 (a damaged string) is shown with U+FFFD, as String(cString:) repairs it.
            return value.value.text_value.map { String(cString: $0) }
        default:
            return nil
        }
    }

    /// Spaces, ideographic spaces and line breaks only: an empty cell, as the .xlsx reader has it.
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\u{3000}" || $0.isNewline }
    }

    /// A workbook-wide figure FreeXL knows (`FREEXL_BIFF_SHEET_COUNT`…); nil when it says it cannot.
    static func info(_ handle: UnsafeRawPointer, _ what: Int32) -> UInt32? {
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK ? value : nil
    }
}
