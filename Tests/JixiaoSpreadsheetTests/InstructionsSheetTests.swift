import JixiaoModel
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// The province's template workbook begins with its 填表说明 sheet, which units leave in.
/// It is not read, and said. Before, its numbered points (`一、` … `四、指标值应当量化`) were
/// read as the document's numbering: the first project became number 4, and the import
/// said a table was missing.
@Suite struct InstructionsSheetTests {
    static let instructions = """
        填表说明
        一、本表由项目实施单位填写，金额单位为万元。
        二、一级指标包括产出指标、效益指标、满意度指标。
        三、二级指标：数量指标、质量指标、时效指标、成本指标。
        四、指标值应当量化，如≥95%。
        """

    @Test func aTemplatesInstructionsSheetBeforeTheTablesIsNotRead() throws {
        var second = WorkbookReaderTests.form()
        second.name = "表2"
        for name in ["填表说明", "Sheet1"] {
            let bytes = try WorkbookFixture(sheets: [.init(name: name, text: Self.instructions), WorkbookReaderTests.form(), second]).bytes()
            let converted = SpreadsheetText.text(try WorkbookReader.read(bytes))
            #expect(converted.sheets.map(\.name) == ["项目支出绩效目标表", "表2"])
            #expect(converted.note.hasSuffix("；工作表“\(name)”是填表说明，不是项目表，没有读入"))
            let d = try ImportedText.read(bytes).document
            #expect(d.projects.map(\.number) == [1, 2])
            #expect(d.projects.allSatisfy { $0.indicators.count == 7 })
        }
    }

    @Test func instructionsAreToldByNameOrFirstText() {
        func sheet(_ name: String, _ first: String) -> Workbook.Sheet {
            Workbook.Sheet(name: name, rows: [.init(number: 1, cells: [.init(column: 0, text: first)])])
        }
        #expect(sheet("填报说明", "").isInstructions)
        #expect(sheet("Sheet1", "填 表 说 明：").isInstructions)
        #expect(sheet("Sheet1", "绩效目标申报表填报说明").isInstructions)
        #expect(!sheet("封面与第一部分", "某县教育局 2024 年部门预算绩效文本").isInstructions)
        #expect(!sheet("表1", "项目支出绩效目标申报表").isInstructions)
        #expect(!sheet("Sheet1", "关于资金使用情况的说明").isInstructions)
    }
}
