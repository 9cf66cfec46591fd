import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoTestSupport
import JixiaoText
import Testing

/// The workbook as openpyxl reads it: the sheets, the 绩效目标表 layout with merged
/// 一级/二级 cells, amounts as numbers in 千分位 format, totals as formulas, the review
/// beside each table, a filterable findings sheet, and the creation date from the journal.
@Suite struct XLSXFormatTests {
    struct Book: Decodable {
        var sheets: [Sheet]
        var created: String?
        func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    }

    struct Sheet: Decodable {
        var name: String
        var cells: [String: Cell]
        var merged: [String]
        var widths: [String: Double]
        var freeze: String?
        var autofilter: String?
        var printTitles: String?
        var paper: Int?
        var orientation: String?
        var maxRow: Int

        /// The cell holding exactly `text`.
        func find(_ text: String) -> String? { cells.first { $0.value.text == text }?.key }
        /// The row of a coordinate (`C12` → 12).
        static func row(_ coordinate: String) -> Int { Int(coordinate.drop { $0.isLetter }) ?? 0 }
        static func column(_ coordinate: String) -> String { String(coordinate.prefix { $0.isLetter }) }
    }

    struct Cell: Decodable {
        var value: Value
        var type: String
        var format: String
        var wrap: Bool
        var bold: Bool
        var text: String? { if case .text(let s) = value { return s } else { return nil } }
        var number: Double? { if case .number(let n) = value { return n } else { return nil } }
    }

    enum Value: Decodable {
        case text(String), number(Double)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Double.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
        }
    }

    let folder = TemporaryFolder()

    func read(_ input: ExportInput) throws -> Book? {
        guard let python = Reader.venvPython else {
            let why = "openpyxl is needed in .build/python-venv (bash .ci/run makes it)"
            if Reader.isCI { Issue.record(Comment(rawValue: why)) } else { print("skipped: \(why)") }
            return nil
        }
        let path = folder.write("out.xlsx", try XLSXFormat().render(input))
        return try Reader.python("read_xlsx.py", [path], as: Book.self, python: python)
    }

    @Test func sheetsOverviewAndTotals() throws {
        let input = ExportFixtures.input(draft: true)
        guard let book = try read(input) else { return }
        let d = input.document
        #expect(book.sheets.map(\.name) == ["概览", "封面与第一部分"] + d.projects.map { "\($0.number).\($0.name)" } + ["问题清单"])
        // The title block, 目录 and 第一部分 as the text export writes them, a line a row.
        let front = try #require(book.sheet("封面与第一部分"))
        #expect(front.cells.values.contains { $0.text == "第一部分" })
        #expect(front.cells.values.contains { $0.text == "一、总体绩效目标" })
        #expect(front.cells.values.contains { $0.text == "目 录" })
        // The journal state's time, not the clock's.
        #expect(book.created == "2021-03-01T01:40:00")

        let o = try #require(book.sheet("概览"))
        #expect(o.cells["A1"]?.text == "【审核中的草稿：3 个项目未通过审核】")
        #expect(o.merged.contains("A1:L1"))
        let header = try #require(o.find("预算数（元）"))
        let col = XLSXFormatTests.Sheet.column(header), headerRow = XLSXFormatTests.Sheet.row(header)
        // One row per project, its 预算数 a number in 千分位 format.
        for (k, p) in d.projects.enumerated() {
            let cell = try #require(o.cells["\(col)\(headerRow + 1 + k)"])
            #expect(cell.number == p.budget.total.yuanDouble)
            #expect(cell.format == "#,##0.00")
        }
        let total = try #require(o.cells["\(col)\(headerRow + 1 + d.projects.count)"])
        #expect(total.text == "=SUM(\(col)\(headerRow + 1):\(col)\(headerRow + d.projects.count))")
        #expect(o.cells["C\(headerRow + 1 + d.projects.count)"]?.text == "合计（13 个项目）")
        #expect(o.autofilter == "A\(headerRow):L\(headerRow + d.projects.count)")
        #expect(o.freeze == "A\(headerRow + 1)")
        let status = try #require(o.find("审核状态"))
        #expect(o.cells["\(XLSXFormatTests.Sheet.column(status))\(headerRow + 11)"]?.text == "退回")
        #expect(o.cells.values.contains { $0.text == "满意度指标过于笼统，请细化（张三，2021-03-01 09:30（UTC+08:00））" })
    }

    /// A 部门整体支出绩效目标表 among the tables: the total's formula leaves its row out, as
    /// the total does, and the label says so. Excel computes the formula from the cells; the
    /// cells' sum less the row left out must be the value written beside it.
    @Test func theTotalsLeaveADepartmentWideTableOut() throws {
        var input = ExportFixtures.input(draft: true)
        input.document.projects[1].heading = "部门整体支出绩效目标表"
        guard let book = try read(input) else { return }
        let d = input.document
        let o = try #require(book.sheet("概览"))
        let header = try #require(o.find("预算数（元）"))
        let col = XLSXFormatTests.Sheet.column(header), headerRow = XLSXFormatTests.Sheet.row(header)
        let totalRow = headerRow + 1 + d.projects.count
        #expect(o.cells["\(col)\(totalRow)"]?.text == "=SUM(\(col)\(headerRow + 1):\(col)\(headerRow + d.projects.count))-\(col)\(headerRow + 2)")
        let cells = (0..<d.projects.count).map { o.cells["\(col)\(headerRow + 1 + $0)"]?.number ?? .nan }
        #expect(abs(cells.reduce(0, +) - cells[1] - d.totalBudget.yuanDouble) < 0.005)
        #expect(d.totalBudget == ExportFixtures.reviewed.totalBudget - ExportFixtures.reviewed.projects[1].budget.total)
        #expect(o.cells["C\(totalRow)"]?.text == "合计（13 个项目）（不含部门整体支出绩效目标表）")
    }

    /// A table printing no money unit beside one in 元 (鄂州 2022's `合计 | 814`): in the
    /// 概览's columns of 元 its figures are text said as printed — not 814.00 元, and not a
    /// term of the total's SUM, whose value is the 元 tables' alone — and the total says so.
    @Test func aFigureOfUnknownUnitIsNoNumberOfYuanInTheOverview() throws {
        let d = try DocumentReader.read(text: UnprintedCurrencyTables.text([UnprintedCurrencyTables.yuan, UnprintedCurrencyTables.bare]))
        guard let book = try read(ExportInput(document: d, findings: [])) else { return }
        let o = try #require(book.sheet("概览"))
        let header = try #require(o.find("预算数（元）"))
        let col = XLSXFormatTests.Sheet.column(header), headerRow = XLSXFormatTests.Sheet.row(header)
        #expect(o.cells["\(col)\(headerRow + 1)"]?.number == 1000)
        #expect(o.cells["\(col)\(headerRow + 2)"]?.text == "814（未印单位）")
        #expect(o.cells["D\(headerRow + 2)"]?.text == "814（未印单位）" && o.cells["E\(headerRow + 2)"]?.text == "814（未印单位）")
        #expect(o.cells["\(col)\(headerRow + 3)"]?.text == "=SUM(\(col)\(headerRow + 1):\(col)\(headerRow + 2))")
        #expect(o.cells["C\(headerRow + 3)"]?.text == "合计（2 个项目）（另有 1 个项目表未印金额单位，未计入）")
        // The project's own sheet keeps the figure as the table prints it, a number, so that
        // the workbook reads back as its tables.
        let sheet = try #require(book.sheets.first { $0.name.hasSuffix("办公大楼运行保障") }, "\(book.sheets.map(\.name))")
        let label = try #require(sheet.find("预算数"))
        #expect(sheet.cells["\(XLSXFormatTests.Sheet.column(label))\(XLSXFormatTests.Sheet.row(label) + 1)"]?.number == 814)
    }

    @Test func aProjectSheetInTheTableLayout() throws {
        let input = ExportFixtures.input(draft: true)
        guard let book = try read(input) else { return }
        let p = input.document.projects[2]
        let s = try #require(book.sheet("3.\(p.name)"))
        #expect(s.cells["A1"]?.text == "【审核中的草稿：3 个项目未通过审核】")
        #expect(s.cells["A2"]?.text == "3.\(p.heading)")
        #expect(s.paper == 9 && s.orientation == "landscape")
        // The amounts are numbers with thousands separators.
        let label = try #require(s.find("预算数"))
        let amount = try #require(s.cells["\(XLSXFormatTests.Sheet.column(label))\(XLSXFormatTests.Sheet.row(label) + 1)"])
        #expect(amount.number == p.budget.total.yuanDouble && amount.format == "#,##0.00")
        // The indicator header row repeats on printed pages; 一级 cells are merged over their block.
        let header = try #require(s.find("一级指标"))
        let h = XLSXFormatTests.Sheet.row(header)
        #expect(s.printTitles == "$\(h):$\(h)")
        let blocks = IndicatorBlocks(p)
        for b in blocks.level1 where b.count > 1 {
            #expect(s.merged.contains("A\(h + 1 + b.lowerBound):A\(h + b.upperBound)"), "\(b)")
            #expect(s.cells["A\(h + 1 + b.lowerBound)"]?.text == p.indicators[b.lowerBound].level1)
        }
        for b in blocks.level2 where b.count > 1 {
            #expect(s.merged.contains("B\(h + 1 + b.lowerBound):B\(h + b.upperBound)"), "\(b)")
        }
        // Each indicator's cells, wrapped; Chinese columns wider than Excel's default.
        for (r, i) in p.indicators.enumerated() {
            #expect(s.cells["C\(h + 1 + r)"]?.text == i.name)
            #expect(s.cells["C\(h + 1 + r)"]?.wrap == true)
            #expect(s.cells["E\(h + 1 + r)"]?.text == i.value.raw)
        }
        #expect((s.widths["C"] ?? 0) >= 18 && (s.widths["D"] ?? 0) >= 25)
        // Beside the table: the status, the opinion, the finding on row 1.
        #expect(s.cells.values.contains { $0.text == "审核状态：通过" })
        #expect(s.cells.values.contains { $0.text?.contains("金额已按预算数核对（李四，") == true })
        #expect(s.cells["G\(h + 1)"]?.text == "指标值：错误：指标值“57.66 万元”与预算数 133,306.00 元不符。建议：改为“13.33 万元”")
        // The plan's percentages are numbers too.
        let plan = try #require(s.find("3月底"))
        let figure = try #require(s.cells["\(XLSXFormatTests.Sheet.column(plan))\(XLSXFormatTests.Sheet.row(plan) + 1)"])
        #expect(figure.format == "0.00%" && figure.number != nil)
    }

    @Test func theFindingsSheetIsFilterable() throws {
        let input = ExportFixtures.input(draft: false)
        guard let book = try read(input) else { return }
        #expect(book.sheet("概览")?.cells["A1"]?.text == "秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效文本（草案）　审核定稿")
        let f = try #require(book.sheet("问题清单"))
        #expect(f.cells["A1"]?.text == "序号" && f.cells["N1"]?.text == "问题")
        #expect(f.autofilter == "A1:P\(input.findings.count + 1)")
        #expect(f.freeze == "A2")
        #expect(f.maxRow == input.findings.count + 1)
        #expect(f.cells["K2"]?.text == "错误" && f.cells["N2"]?.text == input.findings[0].message)
        #expect(f.cells["D3"]?.text == "（部门）")
    }

    /// 一级 and 二级 blocks as the table has them, computed here independently.
    struct IndicatorBlocks {
        var level1: [Range<Int>] = []
        var level2: [Range<Int>] = []
        init(_ p: Project) {
            let rows = p.indicators
            var start = 0, start2 = 0
            for r in 1...rows.count {
                let newBlock = r == rows.count || rows[r].level1 != rows[r - 1].level1
                if newBlock || rows[r].level2 != rows[r - 1].level2 {
                    level2.append(start2..<r)
                    start2 = r
                }
                if newBlock {
                    level1.append(start..<r)
                    start = r
                }
            }
        }
    }
}
