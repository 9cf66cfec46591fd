import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoText
import Testing

/// A table that prints no money unit (鄂州 2022's `合计 | 814`) in the 审核意见书 and the
/// document's exports: its 预算数 as printed (`814（未印单位）`), never `814.00 元`, and never
/// added into a 元 total.
@Suite struct UnprintedCurrencyExportTests {
    static func document(unitLine: String, name: String, figure: String) -> String {
        """
        1.\(name)绩效目标表

        \(unitLine)
        项目名称\t\(name)
        预算规模及资金用途\t预算数\t\(figure)\t其中：财政资金\t\(figure)\t其他资金\t0
        绩效目标\t保障\(name)。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t维修维护次数\t2280次
        满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%
        """
    }

    static func read(_ tables: [String]) throws -> Document {
        try DocumentReader.read(text: "**某中心\n2022 年项目支出绩效目标**\n\n" + tables.joined(separator: "\n\n") + "\n")
    }

    static let bare = document(unitLine: "单位名称\t某中心", name: "办公大楼运行保障", figure: "814")

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
        let mixed = try Self.read([Self.document(unitLine: "某中心\t\t单位：元", name: "办公设备购置", figure: "1000"), Self.bare])
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
