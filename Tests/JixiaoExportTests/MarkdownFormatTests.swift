import JixiaoExport
import JixiaoModel
import Testing

@Suite struct MarkdownFormatTests {
    let text = String(decoding: MarkdownFormat().render(ExportFixtures.input(draft: true)), as: UTF8.self)

    @Test func aDraftSaysSoOnItsFirstLine() {
        #expect(text.hasPrefix("> **【审核中的草稿：3 个项目未通过审核】**\n"))
        let final = String(decoding: MarkdownFormat().render(ExportFixtures.input(draft: false)), as: UTF8.self)
        #expect(final.hasPrefix("# 秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效文本（定稿）\n"))
    }

    @Test func amountsAreRightAlignedWithSeparators() {
        #expect(text.contains("| 预算 | 金额（元） | 说明 |\n|---|---:|---|"))
        let total = ExportFixtures.reviewed.projects[0].budget.total.grouped
        #expect(text.contains("| 预算数 | \(total) |"))
    }

    /// One row per indicator; a 一级 is printed on the first row of its block only.
    @Test func theIndicatorTableHasARowPerIndicator() {
        let p = ExportFixtures.reviewed.projects[0]
        let section = text.components(separatedBy: "### 1\\. ")[1].components(separatedBy: "### 2\\. ")[0]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| 一级指标") }
        let indicatorRows = rows.suffix(p.indicators.count)
        #expect(indicatorRows.count == p.indicators.count)
        let level1Shown = indicatorRows.filter { !$0.hasPrefix("|   |") }.count
        #expect(level1Shown == Set(p.indicators.map(\.level1)).count)
    }

    @Test func opinionsAndFindingsAreBesideTheirProject() {
        #expect(text.contains("- 满意度指标过于笼统，请细化（张三，2021-03-01 09:30（UTC+08:00））"))
        #expect(text.contains("- 绩效指标第 1 行 › 指标值：错误：指标值“57.66 万元”与预算数 133,306.00 元不符。建议：改为“13.33 万元”"))
    }

    @Test func markdownInTheDocumentIsShownAsWritten() {
        #expect(shownUsage("a|b*c_d") == "a\\|b\\*c\\_d")
    }

    func shownUsage(_ s: String) -> String {
        var input = ExportFixtures.input(draft: false)
        input.document.projects[0].usage = s
        let t = String(decoding: MarkdownFormat().render(input), as: UTF8.self)
        let line = t.split(separator: "\n").first { $0.hasPrefix("**资金用途**：") }!
        return String(line.dropFirst("**资金用途**：".count))
    }
}
