import Foundation
@testable import JixiaoExport
import JixiaoModel
import JixiaoTestSupport
import Testing

/// The department list written as a workbook and as CSV, read back by openpyxl and Python's
/// csv module: one row a department, counts and 元 amounts as numbers, the total row's
/// sums, and a 预算数 of unknown unit as printed text no sum adds.
@Suite struct DepartmentsExportTests {
    let folder = TemporaryFolder()

    static func row(_ id: String, name: String, budget: Money?, unprinted: Money? = nil, errors: Int, approved: Int,
                    grade: Grade? = nil) -> DepartmentsExport.Row {
        let summary = DocumentSummary(id: id, unitCode: String(id.prefix(6)), unitName: name, year: 2021, projects: 13, budgetTotal: budget,
                                      errors: errors, warnings: 5, infos: 2, approved: approved, returned: 1, pending: 13 - approved - 1,
                                      grade: grade, lastChange: "2026-11-29T04:38:00Z", journalBytes: 1, rulesDigest: "",
                                      budgetUnprinted: unprinted)
        return DepartmentsExport.Row(summary, across: errors, lastChange: "2026-11-29 12:38")
    }

    static let rows = [
        row("430001-2021", name: "秦皇岛市抚宁区机关事务服务中心本级", budget: Money(fen: 819_738_600), errors: 1, approved: 10, grade: .good),
        row("430002-2021", name: "文化广电和旅游局", budget: Money(yuan: 995_000), errors: 0, approved: 12),
        row("单位-2022", name: "", budget: nil, unprinted: Money(yuan: 814), errors: 3, approved: 0),
    ]

    @Test func theWorkbookListsEveryDepartmentWithItsTotals() throws {
        guard let python = Reader.venvPython else {
            let why = "openpyxl is needed in .build/python-venv (bash .ci/run makes it)"
            if Reader.isCI { Issue.record(Comment(rawValue: why)) } else { print("skipped: \(why)") }
            return
        }
        let path = folder.write("汇总.xlsx", try DepartmentsExport.xlsx(Self.rows, workspace: "/srv/审核/2021", createdAt: 1_700_000_000))
        let book = try Reader.python("read_xlsx.py", [path], as: XLSXFormatTests.Book.self, python: python)
        let s = try #require(book.sheet("部门审核汇总"))
        #expect(s.cells["A1"]?.text == "部门审核汇总（3 个部门）　工作区 /srv/审核/2021")
        #expect((0..<17).map { s.cells["\(DepartmentsExport.column($0))3"]?.text } == DepartmentsExport.headers.map { $0 })
        #expect(s.cells["A4"]?.text == "430001-2021" && s.cells["C4"]?.text == "秦皇岛市抚宁区机关事务服务中心本级")
        #expect(s.cells["G4"]?.number == 8_197_386 && s.cells["G4"]?.format == "#,##0.00")
        #expect(s.cells["P4"]?.text == "良" && s.cells["Q4"]?.text == "2026-11-29 12:38")
        // The unit that prints no name and no money unit: said so, its figure as printed text
        // in a column of its own, none under 元.
        #expect(s.cells["C6"]?.text == "（未印名称）")
        #expect(s.cells["G6"]?.text == "—" && s.cells["H6"]?.text == "814")
        #expect(s.cells["I6"]?.number == 3 && s.cells["M6"]?.number == 0)
        // The total row: sums over the departments' rows, the figure of unknown unit left out and said.
        #expect(s.cells["A7"]?.text == "合计（3 个部门）（另有 1 个部门的预算数未印金额单位，未计入）")
        #expect(s.cells["G7"]?.text == "=SUM(G4:G6)" && s.cells["F7"]?.text == "=SUM(F4:F6)" && s.cells["O7"]?.text == "=SUM(O4:O6)")
        #expect(s.cells["H7"] == nil)
        #expect(s.freeze == "A4" && s.autofilter == "A3:Q6")
    }

    /// The values the total row carries beside its formulas (what a reader that does not
    /// calculate shows) are the sums of the numbers above: the text figure is no term.
    @Test func theTotalsCachedValuesAreTheNumbersSums() throws {
        guard let python = Reader.venvPython else { return }
        let path = folder.write("汇总.xlsx", try DepartmentsExport.xlsx(Self.rows, workspace: "/w", createdAt: 1_700_000_000))
        let out = try Reader.run(python, ["-c", """
            import openpyxl, sys, json
            ws = openpyxl.load_workbook(sys.argv[1], data_only=True).active
            print(json.dumps([ws["G7"].value, ws["F7"].value, ws["I7"].value, ws["M7"].value]))
            """, path])
        let values = try JSONDecoder().decode([Double].self, from: Data(out.utf8))
        #expect(values == [8_197_386 + 995_000, 39, 4, 22])
    }

    @Test func theCSVIsOneRowADepartment() throws {
        let python = try #require(Reader.systemPython, "python3 is needed to read the CSV back")
        let path = folder.write("汇总.csv", DepartmentsExport.csv(Self.rows))
        let csv = try Reader.python("read_csv.py", [path], as: CSVFormatTests.Read.self, python: python)
        #expect(csv.bom && csv.crlf)
        #expect(csv.header == DepartmentsExport.headers)
        #expect(csv.rows.map { $0[6] } == ["8197386.00", "995000.00", ""])
        #expect(csv.rows.map { $0[7] } == ["", "", "814"])
        // A program reads the name as printed: none.
        #expect(csv.rows[2][2] == "" && csv.rows.allSatisfy { $0.count == DepartmentsExport.headers.count })
    }
}
