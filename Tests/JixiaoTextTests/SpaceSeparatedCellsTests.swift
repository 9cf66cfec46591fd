import JixiaoSamples
import Testing
@testable import JixiaoText

/// A table set apart by spaces (`pdftotext -layout`, a copy out of a PDF viewer) is
/// refused for what it is, at its header line — not as a file cut short.
@Suite struct SpaceSeparatedCellsTests {
    func refusal(_ text: String) -> ReadError? { importError(text) }

    @Test func theSampleWithSpacesForTabsIsRefusedAtItsFirstHeader() throws {
        let spaced = BundledSample.text.replacingTabs(with: "    ")
        let e = try #require(refusal(spaced))
        let header = try #require(sampleLines.firstIndex { $0.contains("一级指标") && $0.contains("\t") }) + 1
        // Before: "目录列出 13 张项目绩效目标表，正文中一张也没有找到：文件在第 312 行就结束了".
        #expect(e.line == header, "\(e)")
        #expect(e.message.contains("各格之间是空格") && e.message.contains("制表符"))
        #expect(e.message.contains("一级指标"))
        #expect(e.hint.contains("制表符分隔"))
    }

    /// Ideographic spaces (U+3000), as some PDF viewers copy, and a table published on its own.
    @Test func ideographicSpacesAndATableOnItsOwn() throws {
        let table = """
        项目支出绩效目标表（2023年度）
        项目名称　　道路维修
        年度资金总额　　50万元
        一级指标　二级指标　三级指标　指标值
        产出指标　数量指标　维修道路　≥5公里
        """
        let e = try #require(refusal(table))
        #expect(e.line == 4)
        #expect(e.message.contains("各格之间是空格"))
    }

    /// The header is named, not an earlier line that merely mentions 指标 (a printed
    /// report's finding above the table).
    @Test func theHeaderIsPreferredToAnEarlierLineWithIndicators() throws {
        let table = """
        项目支出绩效目标表（2023年度）
        提示：全部  3 个项目的满意度指标都是 ≥95%
        项目名称    道路维修
        一级指标    二级指标    三级指标    指标值
        产出指标    数量指标    维修道路    ≥5公里
        """
        #expect(try #require(refusal(table)).line == 4)
    }

    /// Other refusals keep their own words: a file with tabs, a letter without a table.
    @Test func otherRefusalsAreUnchanged() throws {
        let cut = try #require(refusal(sample(firstLines: 40)))
        #expect(!cut.message.contains("各格之间是空格"))
        let letter = try #require(refusal("关于报送材料的函\n\n各单位：\n  请于月底前报送绩效自评材料。\n"))
        #expect(letter.message.contains("这不是部门预算绩效文本"))
    }
}

private extension String {
    func replacingTabs(with spaces: String) -> String {
        split(separator: "\t", omittingEmptySubsequences: false).joined(separator: spaces)
    }
}
