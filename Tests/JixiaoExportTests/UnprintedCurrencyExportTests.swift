import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoTestSupport
import JixiaoText
import Testing

/// A table that prints no money unit (鄂州 2022's `合计 | 814`) in the 审核意见书 and the
/// document's exports: its 预算数 as printed (`814（未印单位）`), never `814.00 元`, and never
/// added into a 元 total.
@Suite struct UnprintedCurrencyExportTests {
    static func read(_ tables: [String]) throws -> Document {
        try DocumentReader.read(text: UnprintedCurrencyTables.text(tables))
    }

    static let bare = UnprintedCurrencyTables.bare

    @Test func theReviewReportSaysTheFigureAsPrinted() throws {
        let d = try Self.read([Self.bare])
        let r = ReviewReport.make(document: d, findings: RuleEngine().check(d).all, reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(r.totalBudget == nil && r.totalBudgetUnprinted == Money(yuan: 814))
        let text = ReviewReportText.render(r)
        #expect(text.contains("预算数 814（未印单位）；审核状态："), "\(text)")
        #expect(!text.contains("814.00"), "\(text)")
        let md = String(decoding: ReviewReportMarkdownFormat().render(ExportInput(document: d, findings: RuleEngine().check(d).all)), as: UTF8.self)
        #expect(md.contains("预算数 814（未印单位）；") && !md.contains("814.00"), "\(md)")
        // Beside a table in 元: the 元 total, the other apart.
        let mixed = try Self.read([UnprintedCurrencyTables.yuan, Self.bare])
        let m = ReviewReport.make(document: mixed, findings: [], reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(m.totalBudgetCell == "1,000.00 + 814（未印单位）")
        #expect(m.projects.map(\.budgetCell) == ["1,000.00", "814（未印单位）"])
    }

    @Test func theDocumentsExportsSayTheFigureAsPrinted() throws {
        let d = try Self.read([Self.bare])
        let input = ExportInput(document: d, findings: RuleEngine().check(d).all)
        let md = String(decoding: MarkdownFormat().render(input), as: UTF8.self)
        let html = String(decoding: HTMLFormat().render(input), as: UTF8.self)
        #expect(md.contains("预算数合计 814（表中未印金额单位）") && md.contains("| 预算数 | 814（未印单位） |"), "\(md)")
        #expect(!md.contains("814.00") && !html.contains("814.00"))
        #expect(html.contains("<td class=\"num\">814（未印单位）</td>"))
    }
}
