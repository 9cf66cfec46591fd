import JixiaoModel
import Testing
@testable import JixiaoText

/// A notice that sends its tables as attachments names them first (`附件：1.…分配表` /
/// `2.…绩效目标表`): the list's entries name tables, they do not begin them. Real: 惠安县民政局
/// 惠安县财政局, 关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知,
/// http://huian.gov.cn/zwgk/xwzx/gggs/tzgg/202401/t20240111_2993056.htm (judge-docs s28), whose
/// stored copy ends in the table's first row; the table here is 病媒防治's (WebCopyLayoutTests).
@Suite struct AttachmentListTests {
    static func notice(list: String) -> String {
        """
        关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知

        东岭镇人民政府:

          根据《福建省财政厅 福建省民政厅关于提前下达2024年中央衔接推进老区乡村振兴补助资金的通知》(闽财社指〔2023〕99号)文件精神,现将补助资金10万元,下达给你们。

        \(list)

                                                                                    惠安县民政局                 惠安县财政局

                                                                                                               2024年1月9日

         附件2

        中央财政衔接推进老区乡村振兴补助资金绩效目标表
        项目名称\t东岭镇彭城村道路改造项目
        主管预算部门\t惠安县民政局\t项目预算金额 (万元)\t10
        绩 效 目 标\t1.完成彭城村道路改造,全长约550米。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t道路改造长度\t≥550米
        质量指标\t项目验收合格率\t100%
        时效指标\t完工时间\t2024年11月
        效益指标\t社会效益指标\t受益群众人数\t≥500人
        满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%

        """
    }

    static let list = """
          附件:1.2024年中央财政衔接推进老区乡村振兴补助项目资金分配表

                2.中央财政衔接推进老区乡村振兴补助资金绩效目标表
        """

    @Test func theListsEntriesBeginNoTable() throws {
        let d = try DocumentReader.read(text: Self.notice(list: Self.list))
        #expect(d.projects.count == 1)
        let p = try #require(d.projects.first)
        #expect(p.heading == "中央财政衔接推进老区乡村振兴补助资金绩效目标表")
        #expect(p.name == "东岭镇彭城村道路改造项目")
        #expect(p.indicators.count == 5)
        #expect(p.budget.total == Money(yuan: 100_000))
    }

    @Test func anEntryOnTheAttachmentsLineToo() throws {
        // `附件：1.…绩效目标表` names its only attachment on the line that says 附件.
        let d = try DocumentReader.read(text: Self.notice(list: "附件：1.中央财政衔接推进老区乡村振兴补助资金绩效目标表"))
        #expect(d.projects.map(\.name) == ["东岭镇彭城村道路改造项目"])
    }

    @Test func aNumberedHeadingNotInAListStillBeginsATable() {
        // The entry's number must follow the list's: `3.…` after `附件：1.…` is no entry.
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["3.某项目绩效目标表"]), after: 2) == nil)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["2.某项目绩效目标表"]), after: nil) == nil)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["2.某项目绩效目标表"]), after: 2) == 3)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["附件:1.某分配表"]), after: nil) == 2)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["附件2"]), after: nil) == nil)
    }

    /// Outside a list a paragraph is first asked by its bytes whether it begins with 附件.
    @Test func onlyAParagraphThatBeginsWith附件BeginsAList() {
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["\u{3000} 附件：1.某分配表"]), after: nil) == 2)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["\u{00A0}附件 1.某分配表"]), after: nil) == 2)
        #expect(TableStarts.attachmentListEntry(Row(number: 1, cells: ["详见附件：1.某分配表"]), after: nil) == nil)
        #expect(TableStarts.beginsWithAttachmentWord("\u{3000}\t附件"))
        #expect(!TableStarts.beginsWithAttachmentWord("附"))
        #expect(!TableStarts.beginsWithAttachmentWord("详见附件"))
    }
}
