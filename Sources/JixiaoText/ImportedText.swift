import JixiaoModel
import JixiaoSpreadsheet

/// A reviewer's file read as a document: the document, the UTF-8 text it was read from —
/// what the workspace keeps as `source.txt` and every later reading starts from — and the
/// encoding the file was in when it had to be converted (`SourceEncoding`).
public struct ImportedText: Sendable {
    public var document: Document
    public var source: [UInt8]
    /// `GB18030` or `UTF-16`, or what was read of an Excel workbook or a Word document
    /// (`SpreadsheetText`'s note, beginning `Excel 工作簿`, `Excel 97–2003 工作簿`,
    /// `Word 文档` or `Word 97–2003 文档`), or `CSV（逗号分隔）文本` (after its encoding's name
    /// when converted); nil for a UTF-8 file of tab-separated text.
    public var convertedFrom: String?

    /// Reads `bytes` as they are (a CSV table at its commas); only a file refused as they are is tried in another
    /// encoding (so a UTF-8 file costs nothing more), and a file that does not convert
    /// keeps its first refusal, which names the line and says how to convert it.
    public static func read(_ bytes: [UInt8]) throws(ReadError) -> ImportedText {
        // An old Office file (OLE) is an Excel 97–2003 workbook, or refused for what it is.
        if Workbook.isZip(bytes) || Workbook.isLegacyOffice(bytes) { return try readWorkbook(bytes) }
        if let csv = try readCommaSeparated(bytes, encoding: nil) { return csv }
        do {
            return ImportedText(document: try DocumentReader.read(bytes: bytes), source: bytes, convertedFrom: nil)
        } catch {
            let converted = SourceEncoding.utf8(bytes)
            guard let from = converted.convertedFrom else {
                throw SpaceSeparatedCells.explained(SourceEncoding.explained(error, bytes), bytes)
            }
            if let csv = try readCommaSeparated(converted.bytes, encoding: from) { return csv }
            do {
                return ImportedText(document: try DocumentReader.read(bytes: converted.bytes), source: converted.bytes, convertedFrom: from)
            } catch {
                throw SpaceSeparatedCells.explained(error, converted.bytes)
            }
        }
    }

    /// A CSV table (`CommaSeparatedCells`) read at its commas; nil when `utf8` is not one.
    /// `encoding`: what it was converted from, for the note.
    static func readCommaSeparated(_ utf8: [UInt8], encoding: String?) throws(ReadError) -> ImportedText? {
        guard let tabbed = try CommaSeparatedCells.tabbed(utf8) else { return nil }
        let note = encoding.map { "\($0) 编码的 \(CommaSeparatedCells.note)" } ?? CommaSeparatedCells.note
        return ImportedText(document: try DocumentReader.read(bytes: tabbed), source: tabbed, convertedFrom: note)
    }

    /// An .xlsx, an .xls, a .docx or a .doc: its sheets, or the Word document's body, as text
    /// (`SpreadsheetText`), read as any text is. A refusal of a workbook of several sheets
    /// says where each sheet begins, since its line is a line of the text and not a row of
    /// the sheet.
    static func readWorkbook(_ bytes: [UInt8]) throws(ReadError) -> ImportedText {
        let workbook: Workbook
        do { workbook = try Workbook.read(bytes) } catch { throw ReadError(line: nil, error.message, hint: error.hint) }
        let converted = SpreadsheetText.text(workbook)
        // The text is held to the limit any text is (a sheet of a million short rows).
        if let tooLarge = SourceText.sizeRefusal(converted.bytes.count) { throw tooLarge }
        guard !converted.bytes.isEmpty else {
            throw ReadError(line: nil, "\(converted.note)里没有任何文字",
                            hint: workbook.origin.isWord ? "确认选择的是填好的绩效目标表"
                                : "确认选择的是填好的绩效目标表；若表在隐藏的工作表里，请在 Excel/WPS 中取消隐藏后再导入")
        }
        do {
            return ImportedText(document: try DocumentReader.read(bytes: converted.bytes), source: converted.bytes, convertedFrom: converted.note)
        } catch {
            var e = error
            if converted.sheets.count > 1 {
                e.hint += (e.hint.isEmpty ? "" : "。") + "行号是把各工作表依次接成文本后的行号：" + converted.note
            }
            throw e
        }
    }
}
