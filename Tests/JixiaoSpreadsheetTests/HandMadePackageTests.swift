import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet

/// Workbooks as other generators write them, made part by part with libzip: inline
/// strings, namespace prefixes, no styles or shared strings, a relative path with `..` —
/// and one whose sheet inflates past the limit.
@Suite struct HandMadePackageTests {
    static let workbook = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <x:sheets><x:sheet name="表一" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>
        """.utf8)
    static let rels = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet1.xml"/>
        </Relationships>
        """.utf8)

    @Test func inlineStringsAndPrefixedNames() throws {
        let sheet = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>项目名称</x:t></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>城区</x:t></x:r><x:r><x:t xml:space="preserve">保洁 </x:t></x:r></x:is></x:c></x:row>
            <x:row r="3"><x:c r="B3" t="str"><x:f>A1</x:f><x:v>公式结果</x:v></x:c><x:c r="C3"><x:v>12.5</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """.utf8)
        let bytes = try OfficePackage.zip([("xl/workbook.xml", Self.workbook), ("xl/_rels/workbook.xml.rels", Self.rels), ("xl/worksheets/sheet1.xml", sheet)])
        let book = try WorkbookReader.read(bytes)
        #expect(book.sheets.map(\.name) == ["表一"])
        #expect(book.sheets[0].rows.map(\.number) == [2, 3])
        #expect(book.sheets[0].rows[0].cells == [.init(column: 1, text: "项目名称"), .init(column: 2, text: "城区保洁 ")])
        #expect(book.sheets[0].rows[1].cells.map(\.text) == ["公式结果", "12.5", "TRUE", "#N/A"])
    }

    @Test func aPartInflatingPastTheLimitIsRefused() throws {
        var sheet = Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".utf8)
        sheet += [UInt8](repeating: 0x20, count: ZipArchive.largestPart + 1)
        sheet += Array("</t></is></c></row></sheetData></worksheet>".utf8)
        let bytes = try OfficePackage.zip([("xl/workbook.xml", Self.workbook), ("xl/_rels/workbook.xml.rels", Self.rels), ("xl/worksheets/sheet1.xml", sheet)])
        #expect(bytes.count < 1_000_000)
        // A worksheet is said by its name, with what to delete.
        #expect(throws: SpreadsheetError.sheetTooLarge(sheet: "表一", part: "xl/worksheets/sheet1.xml")) { try WorkbookReader.read(bytes) }
        #expect(SpreadsheetError.sheetTooLarge(sheet: "表一", part: "xl/worksheets/sheet1.xml").message.contains("工作表“表一”"))
        #expect(SpreadsheetError.sheetTooLarge(sheet: "表一", part: "xl/worksheets/sheet1.xml").hint.contains("空行"))
    }

    @Test func aZipThatIsNoWorkbookIsSaidForWhatItIs() throws {
        let docx = try OfficePackage.zip([("word/document.xml", Array("<w:document/>".utf8))])
        #expect(throws: SpreadsheetError.notAWorkbook(wordDocument: true)) { try WorkbookReader.read(docx) }
        let other = try OfficePackage.zip([("readme.txt", Array("hello".utf8))])
        #expect(throws: SpreadsheetError.notAWorkbook(wordDocument: false)) { try WorkbookReader.read(other) }
        // LibreOffice's (or WPS's ODF) spreadsheet and text: named, with what to save them as —
        // not a zip of files to unpack.
        let ods = try OfficePackage.zip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                         ("content.xml", Array("<office:document-content/>".utf8))])
        #expect(throws: SpreadsheetError.openDocument(spreadsheet: true)) { try WorkbookReader.read(ods) }
        let odt = try OfficePackage.zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
                                         ("content.xml", Array("<office:document-content/>".utf8))])
        #expect(throws: SpreadsheetError.openDocument(spreadsheet: false)) { try WorkbookReader.read(odt) }
        #expect(throws: SpreadsheetError.openDocument(spreadsheet: false)) { try WordDocumentReader.read(odt) }
        #expect(SpreadsheetError.openDocument(spreadsheet: true).message.contains("OpenDocument 电子表格（.ods"))
        #expect(SpreadsheetError.openDocument(spreadsheet: true).hint.contains("另存为 Excel 工作簿(.xlsx)"))
        #expect(SpreadsheetError.openDocument(spreadsheet: false).hint.contains("另存为 Word 文档(.docx)"))
        let broken = try OfficePackage.zip([("xl/workbook.xml", Array("<workbook><sheets>".utf8))])
        #expect(throws: SpreadsheetError.damaged(part: "xl/workbook.xml")) { try WorkbookReader.read(broken) }
    }
}
