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
    static let text = """
        部门预算项目绩效目标申报表(2023年度)
        820001-井研县马踏镇人民政府\t\t\t\t\t金额单位：元
        项目名称\t村组干部报酬\t\t\t\t
        预算规模及资金用途\t年度资金总额\t3,309,840.00\t其中：财政拨款\t3,309,840.00\t其他资金\t
        年度绩效目标\t按时发放村组干部报酬
        一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
        效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标
        产出指标\t时效指标\t维持时效\t≥\t1\t年\t20\t正向指标
        产出指标\t数量指标\t村组干部人数\t=\t230\t人\t10\t正向指标
        满意度指标\t服务对象满意度指标\t人民群众满意度\t定性\t高中低\t\t10\t正向指标
        """

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
