import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoTestSupport
import JixiaoTextLayout
import Testing

/// The 审核意见书: what it says about the sample part-way through the review, and how it
/// reads in each of its formats.
@Suite struct ReviewReportTests {
    let input = ExportFixtures.input(draft: false)
    var report: ReviewReport { input.reviewReport }
    let folder = TemporaryFolder()

    @Test func theHeadAndTheSummary() {
        let r = report
        #expect(r.title == "秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效目标审核意见书")
        #expect(r.bureau == "秦皇岛市抚宁区财政局")
        #expect(r.reviewers == ["张三", "李四"])
        #expect(r.date == "2021年3月1日")
        #expect(r.approvedCount == 10 && r.returnedCount == 1)
        #expect(r.totalBudget == input.document.totalBudget)
    }

    /// Each finding lands in the bureau's section its place belongs to; errors and
    /// warnings become the unit's checklist, information does not.
    @Test func findingsInTheBureausSections() {
        let p3 = report.projects[2]
        #expect(p3.sections.map(\.section) == [.overall, .output, .effect, .satisfaction])
        let output = p3.sections[1].items
        #expect(output.count == 1)
        #expect(output[0].place.hasPrefix("绩效指标第 1 行（"))
        #expect(output[0].place.hasSuffix(" › 指标值"))
        #expect(p3.checklist == [output[0].place + "：改为“13.33 万元”"])
        #expect(p3.opinions.map(\.text) == ["金额已按预算数核对"])
        #expect(report.projects[10].status == .returned)
        #expect(report.general.map(\.severity) == [.info])
    }

    @Test func sectionsByTheIndicatorsLevel1() {
        let d = ExportFixtures.reviewed
        let p = d.projects[0]
        func finding(row: Int) -> Finding {
            Finding(rule: "r", severity: .warning, department: "", project: p.code, projectIndex: 0,
                    location: .indicator(p.indicators[row - 1], row: row, field: .value), message: "m")
        }
        let rows = Dictionary(grouping: p.indicators.indices.map { $0 + 1 }) { p.indicators[$0 - 1].standardLevel1 }
        let budget = Finding(rule: "r", severity: .error, department: "", project: p.code, projectIndex: 0,
                             location: Location(part: .budget, line: 1), message: "预算")
        let findings = [budget] + [IndicatorFrame.output, IndicatorFrame.benefit, IndicatorFrame.satisfaction].compactMap { rows[$0]?.first }.map(finding)
        let r = ReviewReport.make(document: d, findings: findings, reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(r.projects[0].sections.map(\.items.count) == [1, 1, 1, 1])
        #expect(r.projects[0].sections[0].items[0].place == "预算")
    }

    /// A 部门整体支出绩效目标表 among the tables keeps its own 预算数 in its row, and the
    /// 合计 leaves it out and says so.
    @Test func theTotalLeavesADepartmentWideTableOut() {
        var d = ExportFixtures.reviewed
        d.projects[1].heading = "部门整体支出绩效目标表"
        let r = ReviewReport.make(document: d, findings: [], reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(r.projects[1].isDepartmentWide && r.projects[1].budget == d.projects[1].budget.total)
        #expect(r.totalBudget == ExportFixtures.reviewed.totalBudget - d.projects[1].budget.total)
        #expect(r.totalBudgetNote == "（不含部门整体支出绩效目标表）")
        let text = ReviewReportText.render(r)
        #expect(text.contains("合计 \(d.projects.count) 个项目（不含部门整体支出绩效目标表）"), "\(text)")
        #expect(text.contains(r.totalBudget!.grouped))
    }

    /// A project whose table prints no 预算数 is 表中未填 in the report, not 0.00; with none
    /// printed anywhere the 合计 is a dash.
    @Test func anUnprintedBudgetIsSaidSo() {
        var d = ExportFixtures.reviewed
        let unprinted = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing,
                               fiscalFigure: .missing, otherFigure: .missing)
        d.projects[0].budget = unprinted
        let some = ReviewReport.make(document: d, findings: [], reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(some.projects[0].budget == nil)
        #expect(some.totalBudget == d.totalBudget)
        #expect(ReviewReportText.render(some).contains("预算数 表中未填；审核状态："))
        for k in d.projects.indices { d.projects[k].budget = unprinted }
        let none = ReviewReport.make(document: d, findings: [], reviewers: [], date: "", provenance: "", utcOffset: 0)
        #expect(none.totalBudget == nil)
        let text = ReviewReportText.render(none)
        #expect(text.contains("合计 \(d.projects.count) 个项目  ") && !text.contains("0.00"), "\(text)")
    }

    /// Until the review record has a grade, the report says so; with one (and waivers),
    /// they are in it.
    @Test func gradeAndWaiversWhenTheRecordHasThem() {
        let without = ReviewReportText.render(report)
        #expect(without.contains("评定：尚未评定"))
        #expect(without.contains("五、豁免的问题\n\n  无（审核人未豁免任何问题）"))
        let d = ExportFixtures.reviewed
        let grade = ReviewReport.Grade(grade: "良", meaning: "可与财政部门共同完善后进入预算", comment: "总体较好，个别指标需细化",
                                       suggested: "中", score: 74, reviewer: "张三", time: "2021-03-01T02:00:00Z")
        let waiver = ReviewReport.WaiverLine(project: 3, place: "绩效指标第 2 行 › 指标值", rule: "indicator.no-number",
                                             message: "没有数值", reason: "核实无误", reviewer: "张三", time: "2021-03-01T02:10:00Z")
        let r = ReviewReport.make(document: d, findings: input.findings, reviewers: ["张三"], date: "2021年3月1日", provenance: "p",
                                  utcOffset: 8 * 3600, grade: grade, waivers: [waiver], scores: ["完整性": 18])
        let text = ReviewReportText.render(r)
        #expect(text.contains("评定：良（可与财政部门共同完善后进入预算）"))
        #expect(text.contains("总体审核意见：总体较好，个别指标需细化"))
        #expect(text.contains("Jixiao 按问题评分建议：中（74 分）；审核人另行评定"))
        #expect(text.contains("  完整性       0     0     0    18"))
        #expect(ReviewReportText.waiver(waiver, r) == "项目 3 绩效指标第 2 行 › 指标值：没有数值（indicator.no-number）；理由：核实无误（张三，2021-03-01 10:10（UTC+08:00））")
        #expect(text.contains("五、豁免的问题\n\n  项目 3 绩效指标第 2 行 › 指标值：没有数值"))
    }

    @Test func theTextIsNumberedAndWrapped() {
        let text = ReviewReportText.render(report)
        for part in ["一、综合评定", "二、审核情况", "三、各项目审核意见", "四、部门层面审核意见", "五、豁免的问题"] {
            #expect(text.contains("\n\(part)\n"), "\(part)")
        }
        #expect(text.contains("（三）3. 公共机构节能经费"))
        #expect(text.contains("  需补充完善事项：\n     □ 1. 绩效指标第 1 行"))
        // The opinions are prose wrapped at 76 columns (the tables are as wide as their names).
        let opinions = text.components(separatedBy: "三、各项目审核意见")[1]
        for line in opinions.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 76, "\(line)")
        }
    }


    /// After a 修改稿 that took a project out: the letter names the version and accounts for
    /// the removed project with the decision and opinion it had, in every format.
    @Test func aSecondRoundAccountsForRemovedProjects() throws {
        var record = input.record
        record.version = 2
        let opinion = Opinion(reviewer: "张三", time: "2021-03-01T01:00:00Z", text: "与项目 3 重复，请合并", action: .return)
        record.removed = [ExportRecord.Removal(version: 2, project: ProjectRevision(
            match: .removed, old: 13, new: nil, code: "13030621XVSFQA3VN6R2Y", name: "机关大院电费", before: .returned,
            after: .returned, review: ProjectReview(status: .returned, opinions: [opinion])))]
        let second = ExportInput(document: input.document, findings: input.findings, record: record)
        let expected = "第 2 版修改稿删去了原第 13 项“机关大院电费”（编码 13030621XVSFQA3VN6R2Y），删去前为退回；审核意见：与项目 3 重复，请合并"
        #expect(second.reviewReport.removedLines.first?.hasPrefix(expected) == true, "\(second.reviewReport.removedLines)")
        let text = String(decoding: ReviewReportTextFormat().render(second), as: UTF8.self)
        #expect(text.contains("（第 2 版，修改稿）"))
        // Wrapped at 76 columns: compared without the line breaks and blanks.
        func bare(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        #expect(bare(text).contains(bare(expected)), "\(text)")
        let markdown = String(decoding: ReviewReportMarkdownFormat().render(second), as: UTF8.self)
        #expect(markdown.contains("删去了原第 13 项"))
        let html = String(decoding: ReviewReportHTMLFormat().render(second), as: UTF8.self)
        #expect(html.contains("删去了原第 13 项"))
        // The first round's letter says nothing of versions.
        let first = String(decoding: ReviewReportTextFormat().render(input), as: UTF8.self)
        #expect(!first.contains("修改稿"))
        guard let python = Reader.venvPython else { return }
        let path = folder.write("r2.xlsx", try ReviewReportXLSXFormat().render(second))
        let book = try Reader.python("read_xlsx.py", [path], as: XLSXFormatTests.Book.self, python: python)
        #expect(try #require(book.sheet("审核意见书")).cells.values.contains { $0.text?.hasPrefix(expected) == true })
    }

    @Test func theWorkbookAsOpenpyxlReadsIt() throws {
        guard let python = Reader.venvPython else {
            let why = "openpyxl is needed in .build/python-venv (bash .ci/run makes it)"
            if Reader.isCI { Issue.record(Comment(rawValue: why)) } else { print("skipped: \(why)") }
            return
        }
        let path = folder.write("r.xlsx", try ReviewReportXLSXFormat().render(input))
        let book = try Reader.python("read_xlsx.py", [path], as: XLSXFormatTests.Book.self, python: python)
        #expect(book.sheets.map(\.name) == ["审核意见书", "需补充完善事项"])
        let s = try #require(book.sheet("审核意见书"))
        #expect(s.cells["A1"]?.text == report.title)
        #expect(s.paper == 9 && s.orientation == "portrait")
        #expect(s.cells.values.contains { $0.text == "评定：尚未评定（审核人评定优、良、中、差后列在这里）" })
        let budget = try #require(s.find("预算数（元）"))
        let col = XLSXFormatTests.Sheet.column(budget), top = XLSXFormatTests.Sheet.row(budget) + 1
        #expect(s.cells["\(col)\(top)"]?.number == input.document.projects[0].budget.total.yuanDouble)
        #expect(s.cells["\(col)\(top)"]?.format == "#,##0.00")
        let n = input.document.projects.count
        #expect(s.cells["\(col)\(top + n)"]?.text == "=SUM(\(col)\(top):\(col)\(top + n - 1))")
        let c = try #require(book.sheet("需补充完善事项"))
        #expect(c.cells["G1"]?.text == "需补充完善事项" && c.cells["H1"]?.text == "单位整改情况")
        #expect(c.cells["G2"]?.text == "改为“13.33 万元”")
        #expect(c.autofilter == "A1:H2")
    }

    /// Chromium prints the report: the 综合评定 first, a page per project, nothing
    /// overflowing at A4 width.
    @Test func chromiumPrintsTheReport() throws {
        guard let tools = Browser.available() else { return }
        let bytes = ReviewReportHTMLFormat().render(input)
        let html = folder.write("r.html", bytes)
        try Browser.printToPDF(tools.chromium, html: html, pdf: folder.path("r.pdf"), profile: folder.path("profile"))
        let pages = try Browser.pages(tools.pdftotext, pdf: folder.path("r.pdf"))
        #expect(pages.count >= input.document.projects.count + 1)
        #expect(pages[0].contains("一、综合评定") && pages[0].contains("审核维度"))
        for p in input.document.projects {
            #expect(pages.contains { $0.contains("\(p.number). \(p.name)") && $0.contains("需补充完善事项") }, "project \(p.number)")
        }
        let checked = folder.write("check.html", Array(String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "</body>", with: Browser.overflowCheck + "\n</body>").utf8))
        let result = try Browser.overflowResult(try Browser.dumpDOM(tools.chromium, html: checked, width: 703,
                                                                    profile: folder.path("profile")))
        #expect(result.cells > 50)
        #expect(result.overflow == [])
    }
}
