import JixiaoModel
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// Rows and columns a unit hid in its table (a note column beside the values, a template's
/// example row) are not read, as a hidden sheet is not — Excel neither shows nor prints
/// them — and the note says which. Before, a hidden note column's text was joined to the
/// indicator's value (`≥120万平方米 上年数`) and a hidden row read as a row of the table.
@Suite struct HiddenRowsAndColumnsTests {
    @Test func hiddenRowsAndColumnsAreLeftOutAndSaid() throws {
        var form = WorkbookReaderTests.form()
        // Column F: the unit's own working notes; row 18: a template's example row, hidden.
        form.cells += [(9, 5, .text("上年数")), (10, 5, .text("测算：1200×0.8")), (17, 3, .text("示例：培训人次")), (17, 4, .text("≥**人次"))]
        form.hiddenColumns = [5, 6, 7]
        form.hiddenRows = [17]
        let bytes = try WorkbookFixture(sheets: [form]).bytes()
        let converted = SpreadsheetText.text(try WorkbookReader.read(bytes))
        #expect(converted.note == "Excel 工作簿（.xlsx）的工作表“项目支出绩效目标表”；工作表“项目支出绩效目标表”隐藏的第 18 行和 F 列没有读入")
        let text = String(decoding: converted.bytes, as: UTF8.self)
        #expect(!text.contains("上年数") && !text.contains("示例"))
        let p = try #require(try ImportedText.read(bytes).document.projects.first)
        #expect(p.indicators.map(\.value.raw) == ["≥120万平方米", "80%", "95.5%", "2023年12月31日", "≤2.08元", "明显改善", "90%"])
    }

    /// A merged label whose first row is hidden still shows in the rows below it: it is read.
    @Test func aMergedLabelShowingBelowAHiddenRowIsRead() throws {
        var form = WorkbookReaderTests.form()
        form.hiddenRows = [9]
        let workbook = try WorkbookReader.read(try WorkbookFixture(sheets: [form]).bytes())
        let row = try #require(workbook.sheets[0].rows.first { $0.number == 10 })
        #expect(row.cells.map(\.text) == ["产出指标"])
        #expect(workbook.sheets[0].hiddenRows == [10])
        #expect(workbook.sheets[0].hiddenPartsSaid == "隐藏的第 10 行")
    }

    /// An Excel 97–2003 workbook hides rows and columns in its ROW and COLINFO records:
    /// left out and said as in an .xlsx (`scripts/make-xls-fixtures`, hidden-rows-columns.xls).
    @Test func anOldWorkbooksHiddenRowsAndColumnsAreLeftOutToo() throws {
        let workbook = try LegacyWorkbookReader.readHere(try LegacyWorkbookReaderTests.fixture("hidden-rows-columns.xls"))
        let sheet = workbook.sheets[0]
        #expect(sheet.rows.map { $0.cells.map(\.text) } == [["三级指标", "指标值"], ["清扫面积", "≥120万平方米"], ["产出指标"], ["机械化清扫率"]])
        #expect(sheet.rows.map(\.number) == [1, 2, 6, 7])
        #expect(sheet.hiddenPartsSaid == "隐藏的第 4、6 行和 C 列")
    }

    @Test func hiddenPartsAreSaidAsRuns() {
        var sheet = Workbook.Sheet(name: "表1", rows: [])
        sheet.hiddenColumns = [5, 6, 7, 27]
        #expect(sheet.hiddenPartsSaid == "隐藏的 F–H、AB 列")
        sheet.hiddenRows = [3, 9, 10]
        #expect(sheet.hiddenPartsSaid == "隐藏的第 3、9–10 行和 F–H、AB 列")
    }
}
