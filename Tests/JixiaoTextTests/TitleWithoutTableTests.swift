import Testing
@testable import JixiaoText

/// A text with no table read that prints a table's title: refused at the line under the title,
/// naming both — not "这不是部门预算绩效文本" at line 1.
@Suite struct TitleWithoutTableTests {
    /// 惠安县 2024 (AttachmentListTests), its stored copy: the notice, then the table's title and
    /// its first row with one space between the cells, where the copy ends.
    static let huian = """
        关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知

          附件:1.2024年中央财政衔接推进老区乡村振兴补助项目资金分配表

                2.中央财政衔接推进老区乡村振兴补助资金绩效目标表

                                                                                                               2024年1月9日

         附件2

        中央财政衔接推进老区乡村振兴补助资金绩效目标表

        项目名称 中央财政衔接推进老区乡村振

        """

    @Test func aTitleOverACutFirstRowIsRefusedThere() throws {
        let e = try #require(readError(Self.huian))
        #expect(e.line == 13, "\(e)")
        #expect(e.message.contains("第 11 行是表名“中央财政衔接推进老区乡村振兴补助资金绩效目标表”"), "\(e.message)")
        #expect(e.message.contains("第 13 行“项目名称 中央财政衔接推进老区乡村振”不是“项目名称”行"), "\(e.message)")
        #expect(e.message.contains("文件也在这一行结束"), "\(e.message)")
        #expect(e.hint.contains("制表符"))
    }

    /// 宁晋县教育局 2019, https://www.ningjin.gov.cn/content/26279.html (judge-docs s28): the page's
    /// stored text runs each row's cells together.
    @Test func aTitleOverCellsRunTogetherIsRefusedThere() throws {
        let text = """
            2019年度宁晋县高中助学金项目绩效评价指标表

            发布时间: 2020-12-02      发布机构:教育局           字体:[  ]

            评价指标评价内容指标名称指标说明目标值分值备注
            产出数量指标享受资助人数达到预计值210010

            """
        let e = try #require(readError(text))
        #expect(e.line == 5, "\(e)")
        #expect(e.message.contains("第 1 行是表名“2019年度宁晋县高中助学金项目绩效评价指标表”"), "\(e.message)")
        #expect(!e.message.contains("文件也在这一行结束"), "\(e.message)")
    }

    @Test func aTitleOnTheLastLineSaysTheFileEndsThere() throws {
        let e = try #require(readError("关于下达资金的通知\n\n附件2\n\n某项目绩效目标表\n"))
        #expect(e.line == 5, "\(e)")
        #expect(e.message.contains("文件到这里就结束了"), "\(e.message)")
    }

    @Test func aTextWithNoTitleIsRefusedAsBefore() throws {
        let e = try #require(readError("关于报送材料的函\n\n附件：1.某项目绩效目标表\n"))
        #expect(e.message.contains("这不是部门预算绩效文本"), "\(e.message)")
        #expect(e.line == 1)
    }
}
