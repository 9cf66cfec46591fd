import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoTestSupport
import Testing

/// The CSV as Python's csv module reads it: a BOM, one row per indicator with the same
/// columns, Chinese intact, quotes and line breaks inside cells kept.
@Suite struct CSVFormatTests {
    struct Read: Decodable {
        var bom: Bool
        var crlf: Bool
        var header: [String]
        var rows: [[String]]
    }

    let folder = TemporaryFolder()

    func read(_ input: ExportInput) throws -> Read {
        let python = try #require(Reader.systemPython, "python3 is needed to read the CSV back")
        let path = folder.write("out.csv", CSVFormat().render(input))
        return try Reader.python("read_csv.py", [path], as: Read.self, python: python)
    }

    @Test func everyIndicatorIsARowWithItsProjectAndStatus() throws {
        let input = ExportFixtures.input(draft: true)
        let csv = try read(input)
        #expect(csv.bom && csv.crlf)
        #expect(csv.header.prefix(7) == ["稿别", "单位编码", "项目序号", "项目编码", "项目名称", "审核状态", "指标行"])
        let d = input.document
        #expect(csv.rows.count == d.projects.reduce(0) { $0 + $1.indicators.count })
        #expect(csv.rows.allSatisfy { $0.count == csv.header.count && $0[0] == "草稿" })
        let col = { (name: String) in csv.header.firstIndex(of: name)! }
        // Project 3, row 1: the indicator as the table has it, the finding beside it.
        let p3 = d.projects[2]
        let row = try #require(csv.rows.first { $0[col("项目序号")] == "3" && $0[col("指标行")] == "1" })
        #expect(row[col("项目编码")] == p3.code)
        #expect(row[col("项目名称")] == p3.name)
        #expect(row[col("审核状态")] == "通过")
        #expect(row[col("一级指标")] == p3.indicators[0].level1)
        #expect(row[col("三级指标")] == p3.indicators[0].name)
        #expect(row[col("指标值")] == p3.indicators[0].value.raw)
        #expect(row[col("问题")] == "错误：指标值“57.66 万元”与预算数 133,306.00 元不符。建议：改为“13.33 万元”")
        let returned = try #require(csv.rows.first { $0[col("项目序号")] == "11" })
        #expect(returned[col("审核状态")] == "退回")
        // A blank 一级 in the printed table is filled in: every row says its own.
        #expect(csv.rows.allSatisfy { !$0[col("一级指标")].isEmpty })
    }

    @Test func theFinalDocumentSaysSoOnEveryRow() throws {
        let csv = try read(ExportFixtures.input(draft: false))
        #expect(csv.rows.allSatisfy { $0[0] == "定稿" })
    }

    /// Commas, quotes, line breaks and the table's other columns survive; a cell a
    /// spreadsheet would run as a formula is kept as text.
    @Test func awkwardCellsAndOtherColumns() throws {
        var input = ExportFixtures.input(draft: false)
        var p = input.document.projects[0]
        p.layout.indicatorColumns += [IndicatorColumn(header: "权重(%)", kind: .weight),
                                      IndicatorColumn(header: "指标方向性", kind: .direction)]
        p.indicators[0].name = "名称，含逗号和\"引号\"\n第二行"
        p.indicators[0].basis = "=1+2"
        p.indicators[0].extras = [IndicatorCell(header: "权重(%)", kind: .weight, text: "10"),
                                  IndicatorCell(header: "指标方向性", kind: .direction, text: "正向指标")]
        input.document.projects[0] = p
        let csv = try read(input)
        let col = { (name: String) in csv.header.firstIndex(of: name)! }
        let row = csv.rows[0]
        #expect(row[col("三级指标")] == "名称，含逗号和\"引号\"\n第二行")
        #expect(row[col("指标值确定依据")] == "\t=1+2")
        #expect(row[col("其他列")] == "权重(%)：10；指标方向性：正向指标")
    }
}
