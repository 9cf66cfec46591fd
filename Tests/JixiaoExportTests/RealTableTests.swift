import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoTestSupport
import JixiaoText
import Testing

/// Real tables print more than the sample's six columns (权重, 指标方向性, 中期 values …) and
/// budgets stated, derived or missing: every export shows what the table had.
@Suite struct RealTableTests {
    /// A table as a county template prints it (井研县, 2023): 指标值 split into 指标性质 /
    /// 指标值 / 度量单位, 权重 and 指标方向性 columns, no 描述 or 依据 column, no spending
    /// plan, 其他资金 left empty.
    static let text = CountyTables.flatList

    static func documentsWithExtraColumns() throws -> [(String, Document)] {
        let doc = try DocumentReader.read(text: text)
        #expect(doc.projects[0].layout.extraColumns.map(\.header).contains("权重"))
        return [("井研县", doc)]
    }

    let folder = TemporaryFolder()

    @Test func everyColumnTheTableHadIsInEachFormat() throws {
        let docs = try Self.documentsWithExtraColumns()
        for (name, doc) in docs {
            let input = ExportInput(document: doc, findings: RuleEngine().check(doc).all)
            let md = String(decoding: MarkdownFormat().render(input), as: UTF8.self)
            let html = String(decoding: HTMLFormat().render(input), as: UTF8.self)
            for p in doc.projects {
                for c in p.layout.extraColumns where !(c.term == nil && c.kind.isValuePart) {
                    #expect(md.contains(c.header), "\(name): \(c.header) not in Markdown")
                    #expect(html.contains("<th>\(c.header)</th>"), "\(name): \(c.header) not in HTML")
                }
                // The value printed in parts is shown put together, once; a column the table
                // did not have is not invented.
                #expect(md.contains("\n| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 | 指标方向性 |\n"))
                #expect(md.contains("| ≥95% | 10 | 正向指标 |"))
                #expect(md.contains("| 其他资金 | — | 表中未填 |"))
            }
        }
    }

    @Test func theWorkbookHasTheTablesOwnColumnsAndAmounts() throws {
        guard let python = Reader.venvPython else {
            let why = "openpyxl is needed in .build/python-venv (bash .ci/run makes it)"
            if Reader.isCI { Issue.record(Comment(rawValue: why)) } else { print("skipped: \(why)") }
            return
        }
        for (name, doc) in try Self.documentsWithExtraColumns() {
            let input = ExportInput(document: doc, findings: RuleEngine().check(doc).all)
            let path = folder.write("\(name).xlsx", try XLSXFormat().render(input))
            let book = try Reader.python("read_xlsx.py", [path], as: XLSXFormatTests.Book.self, python: python)
            #expect(book.sheets.count == doc.projects.count + 2)
            for (k, p) in doc.projects.enumerated() {
                let sheet = book.sheets[k + 1]
                let header = try #require(sheet.find("一级指标"), "\(name) \(sheet.name)")
                let row = XLSXFormatTests.Sheet.row(header)
                let headers = sheet.cells.filter { XLSXFormatTests.Sheet.row($0.key) == row }.compactMap(\.value.text)
                for c in p.layout.extraColumns where !(c.term == nil && c.kind.isValuePart) {
                    #expect(headers.contains(c.header), "\(name) \(sheet.name): \(c.header) missing from \(headers)")
                }
                // A stated amount is a number; a missing one says so instead of a zero.
                let label = try #require(sheet.find("预算数"))
                let under = sheet.cells["\(XLSXFormatTests.Sheet.column(label))\(XLSXFormatTests.Sheet.row(label) + 1)"]
                if p.budget.totalSource == .missing {
                    #expect(under?.text == "—", "\(name) \(sheet.name)")
                } else {
                    #expect(under?.number == p.budget.total.yuanDouble, "\(name) \(sheet.name)")
                }
            }
        }
    }
}
