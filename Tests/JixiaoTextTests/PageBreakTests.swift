import Foundation
import JixiaoModel
import Testing
@testable import JixiaoText

/// A table printed over two pages, as a PDF's extraction leaves it: the page number, the
/// next page's running head (department, document title), a `续表` mark and the indicator
/// header again, a row broken over the page, and blank 一级/二级 cells on the new page
/// (the merged cells go on). What is read must be what the one-page table says; a line at
/// a break that is neither furniture nor a row is refused with its line.
@Suite struct PageBreakTests {
    static let header = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t"
    static let before = ["产出指标\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                         "\t质量指标\t设备完好率\t确保设备正常运转\t≥98%\t行业标准\t"]
    static let after = ["\t\t维修响应合格率\t故障按时处理\t100%\t工作计划\t",
                        "效益指标\t社会效益指标\t保障机关正常办公\t监控全天运行\t有效保障\t工作计划\t",
                        "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"]

    /// A two-table document whose first table has `breakRows` between its indicator rows.
    func document(_ breakRows: [String], before: [String] = before, after: [String] = after) -> String {
        smallDocument(tables: [("机关监控设备维护费绩效目标表", tableRows(name: "机关监控设备维护费", indicators: before + breakRows + after)),
                               ("公共机构节能经费绩效目标表", tableRows(code: "13030622ZYXWVUTSRQP", name: "公共机构节能经费"))])
    }

    /// The indicators as the one-page table reads them.
    var unbroken: [Indicator] {
        get throws { try DocumentReader.read(text: document([])).projects[0].indicators }
    }

    func sameIndicators(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let d = try DocumentReader.read(text: text)
        #expect(d.projects.count == 2, sourceLocation: sourceLocation)
        let got = d.projects[0].indicators, want = try unbroken
        #expect(got.map(\.level1) == want.map(\.level1), sourceLocation: sourceLocation)
        #expect(got.map(\.level2) == want.map(\.level2), sourceLocation: sourceLocation)
        #expect(got.map(\.name) == want.map(\.name), sourceLocation: sourceLocation)
        #expect(got.map(\.description) == want.map(\.description), sourceLocation: sourceLocation)
        #expect(got.map(\.value.raw) == want.map(\.value.raw), sourceLocation: sourceLocation)
        #expect(got.map(\.basis) == want.map(\.basis), sourceLocation: sourceLocation)
        #expect(d.projects[1].name == "公共机构节能经费", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["- 7 -", "第 7 页", "第7页 共20页", "共 20 页 第 7 页", "7/20", "— 7 —", "7"])
    func pageNumberBetweenRows(_ page: String) throws {
        try sameIndicators(document(["", page, ""]))
    }

    /// Before: the running head was read as an indicator row whose 一级 was
    /// “2022 年部门预算绩效文本”, and the rows below it fell under that 一级.
    @Test(arguments: [["测试单位", "2022 年部门预算绩效文本"], ["测试单位2022年部门预算绩效文本"], ["测试单位本级"]])
    func runningHeadOfTheNextPage(_ head: [String]) throws {
        try sameIndicators(document(["", "- 7 -", ""] + head + [""]))
    }

    /// Before: the repeated header was an indicator row (一级 “一级指标”, value “指标值”).
    @Test(arguments: [[], ["续表"], ["续表2"], ["机关监控设备维护费绩效目标表（续）"]])
    func headerRepeatedAtTheTopOfTheNextPage(_ mark: [String]) throws {
        try sameIndicators(document(["", "- 7 -", "", "测试单位", "2022 年部门预算绩效文本", ""] + mark + [Self.header]))
        try sameIndicators(document(mark + [Self.header]))
        try sameIndicators(document(["", "第 7 页", ""] + mark + [Self.header.replacingOccurrences(of: "一级指标", with: "一级指标（续）")]))
    }

    /// A header of two rows (`指标值` over `2021年实际实现值 | 预期2022年实现值`), both printed
    /// again at the top of the next page. Before: the first row was “a header of other
    /// columns” (the table's header had the second merged into it), and the import refused.
    static let twoRowHeader = ["一级指标\t二级指标\t三级指标\t指标值\t\t指标值确定依据\t", "\t\t\t2021年实际实现值\t预期2022年实现值\t\t"]

    func twoRowHeaderDocument(_ breakRows: [String]) -> String {
        var rows = tableRows(name: "机关监控设备维护费", indicators: [
            "产出指标\t数量指标\t监控维修保养次数\t10次\t≥12次\t工作计划\t",
            "\t质量指标\t设备完好率\t97%\t≥98%\t行业标准\t"] + breakRows + [
            "\t\t维修响应合格率\t99%\t100%\t工作计划\t",
            "满意度指标\t服务对象满意度指标\t工作人员满意度\t93%\t≥95%\t历史标准\t"])
        let h = rows.firstIndex { $0.hasPrefix("一级指标") }!
        rows.replaceSubrange(h...h, with: Self.twoRowHeader)
        return smallDocument(tables: [("机关监控设备维护费绩效目标表", rows),
                                      ("公共机构节能经费绩效目标表", tableRows(code: "13030622ZYXWVUTSRQP", name: "公共机构节能经费"))])
    }

    @Test(arguments: [["", "- 7 -", "", "测试单位", "2022 年部门预算绩效文本", ""] + twoRowHeader, ["", "第 7 页", "", "续表"] + twoRowHeader,
                      twoRowHeader, ["", "- 7 -", ""] + twoRowHeader.prefix(1), ["", "- 7 -", "", twoRowHeader[0].replacingOccurrences(of: "一级指标", with: "一级指标（续）"), twoRowHeader[1]]])
    func twoRowHeaderRepeatedAtTheTopOfTheNextPage(_ breakRows: [String]) throws {
        let want = try DocumentReader.read(text: twoRowHeaderDocument([])).projects[0].indicators
        let d = try DocumentReader.read(text: twoRowHeaderDocument(breakRows))
        #expect(d.projects.count == 2)
        let got = d.projects[0].indicators
        #expect(want.map(\.value.raw) == ["≥12次", "≥98%", "100%", "≥95%"])
        #expect(want.map(\.previousActual) == ["10次", "97%", "99%", "93%"])
        #expect(got.map(\.level1) == want.map(\.level1))
        #expect(got.map(\.level2) == want.map(\.level2))
        #expect(got.map(\.name) == want.map(\.name))
        #expect(got.map(\.value.raw) == want.map(\.value.raw))
        #expect(got.map(\.previousActual) == want.map(\.previousActual))
        #expect(got.map(\.basis) == want.map(\.basis))
    }

    /// A row split over the break still joins its rest under a repeated two-row header.
    @Test func rowSplitUnderARepeatedTwoRowHeader() throws {
        let want = try DocumentReader.read(text: twoRowHeaderDocument([])).projects[0].indicators
        var text = twoRowHeaderDocument(["", "- 7 -", ""] + Self.twoRowHeader)
        text = text.replacingOccurrences(of: "\t质量指标\t设备完好率\t97%\t≥98%\t行业标准\t\n\n- 7 -\n\n" + Self.twoRowHeader.joined(separator: "\n"),
                                         with: "\t质量指标\t设备完好率\t97%\t\n\n- 7 -\n\n" + Self.twoRowHeader.joined(separator: "\n") + "\n\t\t\t\t≥98%\t行业标准\t")
        #expect(text.contains("\t\t\t\t≥98%\t行业标准\t"))
        let got = try DocumentReader.read(text: text).projects[0].indicators
        #expect(got.map(\.name) == want.map(\.name))
        #expect(got.map(\.value.raw) == want.map(\.value.raw))
    }

    /// The row's first cells at the foot of one page, the rest at the top of the next: one
    /// indicator. Before: two, the first without a value (a false 缺少指标值 error).
    @Test func rowSplitOverTheBreak() throws {
        let split = ["\t\t维修响应合格率\t", "", "- 7 -", "", "2022 年部门预算绩效文本", "", Self.header,
                     "\t\t\t故障按时处理\t100%\t工作计划\t"]
        try sameIndicators(document(split, after: Array(Self.after.dropFirst())))
    }

    /// Each cell's text broken by the page: the parts are joined, as the cell printed them.
    @Test func cellsBrokenOverTheBreak() throws {
        let split = ["\t\t维修响应\t故障按时\t100%\t工作计划\t", "", "- 7 -", "", Self.header, "\t\t合格率\t处理\t\t\t"]
        try sameIndicators(document(split, after: Array(Self.after.dropFirst())))
    }

    /// A long name and value each wrapped over the break, the halves in their own columns
    /// on each page: one indicator. Before: the second half (name and value, no
    /// description or basis) was read as an indicator of its own.
    @Test(arguments: [["", "- 7 -", ""], ["", "第 7 页 共 9 页", "", "测试单位", "续表", header]])
    func nameAndValueWrappedOverTheBreak(_ furniture: [String]) throws {
        let split = ["效益指标\t社会效益指标\t保障机关\t监控全天运行\t有效\t工作计划\t"] + furniture + ["\t\t正常办公\t\t保障\t\t"]
        try sameIndicators(document([Self.after[0]] + split, after: [Self.after[2]]))
    }

    /// A table of names and values only (no description, no basis): the name wrapped and
    /// the value's unit on the next page (`≥98` / `%`) is the rest of the row.
    @Test func nameAndUnitOverTheBreakInATableOfNamesAndValues() throws {
        func text(_ rows: [String]) -> String {
            smallDocument(tables: [("机关监控设备维护费绩效目标表", tableRows(name: "机关监控设备维护费", indicators: [
                "产出指标\t数量指标\t监控维修保养次数\t\t≥12次\t\t"] + rows + [
                "满意度指标\t服务对象满意度指标\t工作人员满意度\t\t≥95%\t\t"]))])
        }
        let want = try DocumentReader.read(text: text(["\t质量指标\t设备完好率\t\t≥98%\t\t"])).projects[0].indicators
        let got = try DocumentReader.read(text: text(["\t质量指标\t设备\t\t≥98\t\t", "", "- 7 -", "", "\t\t完好率\t\t%\t\t"])).projects[0].indicators
        #expect(want.count == 3)
        #expect(got.map(\.name) == want.map(\.name))
        #expect(got.map(\.value.raw) == want.map(\.value.raw))
    }

    /// After a break, a row without the description and basis every row of the table has,
    /// but with a value of its own: the rest of the row above, or a row of its own left
    /// incomplete? The reader cannot tell: it reads a row of its own and says so on its
    /// line (`Project.readingDoubts`; before: read as a row silently).
    @Test func incompleteRowWithItsOwnValueAfterABreakIsSaid() throws {
        let text = document(["", "- 7 -", "", "\t\t维修响应合格率\t\t100%\t\t"], after: Array(Self.after.dropFirst()))
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "\t\t维修响应合格率\t\t100%\t\t" }! + 1
        let p = try DocumentReader.read(text: text).projects[0]
        #expect(p.indicators.map(\.name) == ["监控维修保养次数", "设备完好率", "维修响应合格率", "保障机关正常办公", "工作人员满意度"])
        #expect(p.readingDoubts.map(\.line) == [line])
        let doubt = try #require(p.readingDoubts.first?.text)
        #expect(doubt.contains("无法确定它是上一行（源文本第 \(line - 4) 行）跨页未印完的部分"))
        #expect(doubt.contains("“100%”"))
        // A break with nothing in doubt leaves none.
        #expect(try DocumentReader.read(text: document(["", "- 7 -", ""])).projects[0].readingDoubts.isEmpty)
    }

    /// A row of the new page as complete as the others, after a row whose text is
    /// finished: a row of its own, as before.
    @Test func completeRowAfterABreakIsARow() throws {
        let d = try DocumentReader.read(text: document(["", "- 7 -", ""]))
        #expect(d.projects[0].indicators.count == 5)
    }

    /// The 一级 and 二级 cells of the new page are blank (the merged cells go on): they are
    /// the ones in force before the break.
    @Test func blankLevelsOnTheNewPageInherit() throws {
        let d = try DocumentReader.read(text: document(["", "- 7 -", "", "测试单位", "", Self.header]))
        #expect(d.projects[0].indicators[2].level1 == "产出指标")
        #expect(d.projects[0].indicators[2].level2 == "质量指标")
    }

    /// A 填报人/注 footer and the next page's head between two tables: notes of the first
    /// table, and the second is read.
    @Test func footerAndRunningHeadBetweenTables() throws {
        let text = document([]).replacingOccurrences(
            of: "\n2.公共机构节能经费绩效目标表",
            with: "\n注：本表金额单位为元。\n单位负责人：李四\t\t填报人：张三\t\t联系电话：0335-1234567\n\n- 8 -\n\n测试单位\n2022 年部门预算绩效文本\n\n2.公共机构节能经费绩效目标表")
        let d = try DocumentReader.read(text: text)
        #expect(d.projects.count == 2)
        #expect(d.projects[0].indicators.count == 5)
        #expect(d.projects[0].notes.map(\.text) == ["注：本表金额单位为元。", "单位负责人：李四  填报人：张三  联系电话：0335-1234567"])
        // Without a footer, the head of the next page is not an indicator of the first table.
        let bare = document([]).replacingOccurrences(of: "\n2.公共机构节能经费绩效目标表",
                                                     with: "\n\n第 8 页\n\n测试单位\n\n2.公共机构节能经费绩效目标表")
        try sameIndicators(bare)
    }

    /// A note at the foot of the first page: the rows of the next page are still
    /// indicators (before: they were read as more of the note, and lost as indicators).
    @Test(arguments: [["注：带*号的为必填指标。", "", "- 7 -", "", header], ["填报人：张三\t\t联系电话：0335-1234567", "", "第 7 页", ""]])
    func noteAtTheFootOfAPage(_ rows: [String]) throws {
        try sameIndicators(document(rows))
        let d = try DocumentReader.read(text: document(rows))
        #expect(d.projects[0].notes.map(\.text) == [rows[0].replacingOccurrences(of: "\t\t", with: "  ")])
    }

    /// Notes under the table's last row, with no page break, stay notes.
    @Test func notesUnderTheLastRowStayNotes() throws {
        let d = try DocumentReader.read(text: document([], after: Self.after + ["注：带*号的为必填指标。", "审核人：王五\t\t\t日期：2022年1月5日"]))
        #expect(d.projects[0].indicators.count == 5)
        #expect(d.projects[0].notes.count == 2)
    }

    /// A line beside a page number under the header that is neither a row nor a running
    /// head cannot be placed: refused with its line, never read as a 一级.
    @Test func unplaceableLineAtABreakIsRefused() throws {
        let text = document(["", "- 7 -", "", "某某某某审批专用", ""])
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "某某某某审批专用" }! + 1
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: text) }
        #expect(e.line == line)
        #expect(e.message.contains("在分页处"))
        #expect(e.message.contains("- 7 -"))
    }

    /// A second header of other columns is not a repeat: refused, with both lines.
    @Test func headerOfOtherColumnsIsRefused() throws {
        let other = "一级指标\t二级指标\t三级指标\t指标值\t"
        let text = document(["", "- 7 -", "", other])
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: text) }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == other }! + 1
        #expect(e.line == line)
        #expect(e.message.contains("表头各列不同"))
    }

    /// A page number beside a goal does not take the goal's last words with it.
    @Test func goalWrappedOverTheBreakKeepsItsText() throws {
        var rows = tableRows(goals: "1. 完成设备维护，推进机关监控")
        let goal = rows.firstIndex { $0.hasPrefix("绩效目标") }!
        rows.insert(contentsOf: ["", "- 6 -", "", "\t设备升级改造\t\t\t\t\t"], at: goal + 1)
        let d = try DocumentReader.read(text: smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(d.projects[0].goals.map(\.text).joined().contains("设备升级改造"))
    }

    @Test(arguments: ["第 7 页", "第7页/共20页", "共20页第7页", "7/20", "- 7/20 -", "-7-"])
    func pageNumberForms(_ cell: String) {
        #expect(RowLabels.isPageNumber(Row(number: 1, text: cell)))
    }

    @Test(arguments: ["第7次", "7/20万元", "第一页", "页", "2/3/4", "共计20"])
    func notPageNumbers(_ cell: String) {
        #expect(!RowLabels.isPageNumber(Row(number: 1, text: cell)))
    }
}
