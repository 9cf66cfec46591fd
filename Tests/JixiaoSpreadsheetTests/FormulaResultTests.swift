import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// A formula cell of a workbook written by a tool that does not calculate: openpyxl saves
/// the formula and no result, xlsxwriter saves 0 and asks Excel to recalculate on opening.
/// Excel shows the computed value, so Jixiao computes it too; one it cannot compute and the
/// file has no result for is refused with its sheet and cell. Before, such a 年度资金总额
/// read empty (and was worked out from its parts as if the unit had left it out), or as 0.
@Suite struct FormulaResultTests {
    static let workbook = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="表 1" sheetId="1" r:id="rId1"/><sheet name="明细" sheetId="2" r:id="rId2"/></sheets></workbook>
        """.utf8)
    static let rels = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
        </Relationships>
        """.utf8)

    static func book(_ rows: String, detail: String = "<row r=\"1\"><c r=\"A1\"><v>7.25</v></c></row>") throws -> [UInt8] {
        func sheet(_ data: String) -> [UInt8] {
            Array("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(data)</sheetData></worksheet>".utf8)
        }
        return try OfficePackage.zip([("xl/workbook.xml", Self.workbook), ("xl/_rels/workbook.xml.rels", Self.rels),
                                      ("xl/worksheets/sheet1.xml", sheet(rows)), ("xl/worksheets/sheet2.xml", sheet(detail))])
    }

    @Test func formulasWithoutAResultAreComputed() throws {
        let rows = """
            <row r="1"><c r="A1"><v>120.5</v></c><c r="B1"><v>9.5</v></c><c r="C1" t="inlineStr"><is><t>说明</t></is></c></row>
            <row r="2"><c r="A2"><f>A1+B1</f><v/></c><c r="B2"><f>SUM(A1:C1)</f></c><c r="C2"><f>ROUND(A1*1.005,1)</f></c></row>
            <row r="3"><c r="A3"><f t="shared" ref="A3:B3" si="0">A1*2</f></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f>'表 1'!$A$1-明细!A1+50%</f></c></row>
            <row r="4"><c r="A4" t="e"><f>A2/(B1-9.5)</f><v>#DIV/0!</v></c><c r="B4"><f>A5</f></c><c r="C4"><f>-(A1)^2/100</f></c></row>
            """
        let sheet = try WorkbookReader.read(try Self.book(rows)).sheets[0]
        #expect(sheet.rows.map { $0.cells.map(\.text) } == [
            ["120.5", "9.5", "说明"],
            ["130", "130", "121.1"],
            ["241", "19", "113.75"],
            ["#DIV/0!", "0", "145.2025"],
        ])
    }

    /// A formula Jixiao cannot compute and with no result saved is refused with where it is
    /// and what to do; with a result saved, the result is read.
    @Test func aFormulaThatCannotBeComputedIsRefusedOnlyWithoutAResult() throws {
        let unknown = "<row r=\"2\"><c r=\"D2\"><f>VLOOKUP(A1,明细!A1:B9,2,FALSE)</f></c></row>"
        #expect(throws: SpreadsheetError.formulaWithoutResult(sheet: "表 1", cell: "D2", formula: "VLOOKUP(A1,明细!A1:B9,2,FALSE)")) {
            try WorkbookReader.read(try Self.book(unknown))
        }
        let refused = try Self.book(unknown)
        do { _ = try ImportedText.read(refused); Issue.record("read a formula without a result") } catch {
            #expect(error.message == "Excel 工作簿的工作表“表 1”单元格 D2 是公式（=VLOOKUP(A1,明细!A1:B9,2,FALSE)），文件里没有保存它的计算结果，Jixiao 算不出它的值")
            #expect(error.hint.contains("保存后再导入"))
        }
        let saved = "<row r=\"2\"><c r=\"D2\"><f>VLOOKUP(A1,明细!A1:B9,2,FALSE)</f><v>88</v></c></row>"
        #expect(try WorkbookReader.read(try Self.book(saved)).sheets[0].rows[0].cells.map(\.text) == ["88"])
        // A cycle is not computed either.
        let cycle = "<row r=\"2\"><c r=\"A2\"><f>B2+1</f></c><c r=\"B2\"><f>A2+1</f></c></row>"
        #expect(throws: SpreadsheetError.self) { try WorkbookReader.read(try Self.book(cycle)) }
    }

    /// A picture WPS embeds in a cell (嵌入单元格图片) is a formula whose saved result is its
    /// own text: no text of the table. Before, `=DISPIMG("ID_…",1)` was read into the row.
    @Test func aPictureWPSEmbedsInACellIsNoText() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>单位盖章</t></is></c><c r="B1" t="str"><f>_xlfn.DISPIMG("ID_5BA4F81A0D674C7AA8849A79AC5645C8",1)</f><v>=DISPIMG("ID_5BA4F81A0D674C7AA8849A79AC5645C8",1)</v></c></row>
            """
        #expect(try WorkbookReader.read(try Self.book(rows)).sheets[0].rows.map { $0.cells.map(\.text) } == [["单位盖章"]])
    }

    /// An Excel 97–2003 workbook written by a program that does not calculate (xlwt saves an
    /// empty text as every formula's result): arithmetic, which can never give an empty
    /// text, is computed — a total of totals in rounds; an IF, and a sum of a text, stay
    /// empty. Before, every such total read empty.
    @Test func anOldWorkbooksUncomputedFormulasAreComputed() throws {
        let book = try Workbook.read(try LegacyWorkbookReaderTests.fixture("uncomputed-formulas.xls"))
        #expect(book.sheets[0].rows.map { $0.cells.map(\.text) } == [
            ["资金总额", "854.50", "800.50", "54.00"], ["合计", "2,562.50"], ["其中", "1708"], ["比例", "6.3%"], ["判断"], ["说明"],
        ])
    }

    /// A workbook written by xlsxwriter (a budget system's export): the total saved as 0 with
    /// `fullCalcOnLoad`, which Excel recalculates on opening; the table's 预算数 is the sum.
    @Test func aTotalSavedAsZeroForExcelToRecalculateIsComputed() throws {
        var form = WorkbookReaderTests.form()
        form.cells.removeAll { $0.0 == 4 && $0.1 == 2 }
        form.cells.append((4, 2, .formula("=C6+C7", nil, "#,##0.00")))
        let bytes = try WorkbookFixture(sheets: [form]).bytes()
        let text = String(decoding: SpreadsheetText.text(try WorkbookReader.read(bytes)).bytes, as: UTF8.self)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[4] == "项目资金（万元）\t年度资金总额\t1,250.50")
        #expect(try ImportedText.read(bytes).document.projects[0].budget.total == Money(yuan: 12_505_000))
        // A result the writer computed and saved stands as it is (a Jixiao export's totals).
        form.cells.removeAll { $0.0 == 4 && $0.1 == 2 }
        form.cells.append((4, 2, .formula("=C6+C7", 1250.5, "#,##0.00")))
        #expect(try ImportedText.read(try WorkbookFixture(sheets: [form]).bytes()).document.projects[0].budget.total == Money(yuan: 12_505_000))
    }
}
