import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The review record from the command line: review in either language, waive and unwaive,
/// grade, changes, and the journal in the reviewer's words and clock.
@Suite(.serialized) struct ReviewRecordCommandTests: ReviewerWorkspaceSuite {
    let scratch = TemporaryFolder()

    @Test func approvalIsRefusedWhileAnErrorIsOpenThenAllowedAfterAWaiver() throws {
        try imported()
        let refused = try jixiao.run(["review", "-w", "ws", "3", "通过"])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("错误：项目 3.公共机构节能经费 还有 1 个错误未改正或豁免，不能通过：\n"))
        #expect(refused.stderr.contains("第 1 行指标的指标值：数量指标“公共机构节能工作经费金额”写的是项目所需资金"))
        #expect(refused.stderr.contains("提示：改正后再通过；或核实无误后豁免：jixiao waive 3 indicator.amount-vs-budget --row 1 --reason 核实无误"))
        #expect(journal().count == 1)

        let waived = try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--row", "1", "--reason", "豁免：按合同总价核定"])
        #expect(waived.status == 0, "\(waived.stderr)")
        #expect(waived.stdout.contains("已豁免（错误）项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]：豁免：按合同总价核定"))
        // Waived: `check` no longer fails, and lists it with its waiver.
        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("（已豁免：豁免：按合同总价核定 —— 王审核）"))
        #expect(check.stdout.contains("共 0 个错误、61 个警告、18 个提示，涉及 13 个项目（共 13 个）；另有 1 个已豁免"))
        let json = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(obj["summary"] as? [String: Int] == ["error": 0, "warning": 61, "info": 18, "waived": 1])
        let sarif = try jixiao.run(["check", "-w", "ws", "--format", "sarif"])
        #expect(sarif.stdout.contains(#""justification" : "豁免：按合同总价核定""#))
        #expect(sarif.stdout.contains(#""status" : "accepted""#))

        let approved = try jixiao.run(["review", "-w", "ws", "3", "通过"])
        #expect(approved.status == 0)
        #expect(approved.stdout == "3. 公共机构节能经费：通过（日志第 3 条）\n")
        let again = try jixiao.run(["review", "-w", "ws", "3", "approve"])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("没有改变：3. 公共机构节能经费 已经是通过"))
        #expect(journal().count == 3)
    }

    /// 批量审核: one decision on a list of projects; each asked first, and one that cannot be
    /// decided stops them all with nothing written.
    @Test func oneDecisionOnAListOfProjects() throws {
        try imported()
        // Project 3 has an open error: the whole list is refused and the journal is as it was.
        let refused = try jixiao.run(["review", "-w", "ws", "全部", "通过"])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("错误：13 个项目中有 1 个不能通过，一个也没有改：\n项目 3.公共机构节能经费 还有 1 个错误未改正或豁免"), "\(refused.stderr)")
        #expect(refused.stderr.contains("jixiao waive 3 indicator.amount-vs-budget --row 1 --reason 核实无误"))
        #expect(journal().count == 1)

        let approved = try jixiao.run(["review", "-w", "ws", "1,2,4-13", "通过"])
        #expect(approved.status == 0, "\(approved.stderr)")
        let lines = approved.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines.first == "1. 机关监控设备维护费：通过（日志第 2 条）")
        #expect(lines.last == "13. 机关大院电费：通过（日志第 13 条）")
        #expect(journal().count == 13, "one review line a project, as when each is approved alone")

        // Already approved ones are said and skipped; the others go back to 待审.
        let reopened = try jixiao.run(["review", "-w", "ws", "2-3", "取消"])
        #expect(reopened.status == 0)
        #expect(reopened.stdout == "2. 更换省控环境空气自动监测站监测设备经费：待审（日志第 14 条）\n没有改变：3. 公共机构节能经费 已经是待审，未记入日志\n")

        // 退回 without an opinion: said once for all, nothing written.
        let noOpinion = try jixiao.run(["review", "-w", "ws", "1,2", "退回"])
        #expect(noOpinion.status == 2)
        #expect(noOpinion.stderr.hasPrefix("错误：退回项目时须写明审核意见") && noOpinion.stderr.contains("--comment"), "\(noOpinion.stderr)")
        let returned = try jixiao.run(["review", "-w", "ws", "1，2", "退回", "--comment", "请细化数量指标"])
        #expect(returned.status == 0, "\(returned.stderr)")
        #expect(journal().count == 16)
        let show = try jixiao.run(["show", "-w", "ws", "2"])
        #expect(show.stdout.contains("请细化数量指标"))

        // A list naming no project, and --row with a list, are refused before anything.
        let unknown = try jixiao.run(["review", "-w", "ws", "3-20", "取消"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("没有项目“3-20”") && unknown.stderr.contains("批量写成 1,3,5-7 或 全部"), "\(unknown.stderr)")
        let row = try jixiao.run(["review", "-w", "ws", "1,2", "意见", "--row", "1", "--comment", "x"])
        #expect(row.status == 2 && row.stderr.contains("--row 只能用于一个项目"), "\(row.stderr)")
        #expect(journal().count == 16)
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func anEditAfterApprovalReopensAndTheWaiverGoesStale() throws {
        try imported()
        #expect(try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--reason", "核实无误"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "3", "approve"]).status == 0)
        let set = try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"])
        #expect(set.stdout.contains("项目 3 原已通过：内容改了，已回到待审，须重新审核"))
        #expect(set.stdout.contains("注意：豁免已失效（问题已不存在）：项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]"))
        let show = try jixiao.run(["show", "-w", "ws", "3"])
        #expect(show.stdout.contains("审核状态  待审"))
        #expect(show.stdout.contains("（已失效：问题已不存在）"))
        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.stdout.contains("已失效的豁免"))
        let unwaive = try jixiao.run(["unwaive", "-w", "ws", "3", "indicator.amount-vs-budget"])
        #expect(unwaive.status == 0)
        #expect(unwaive.stdout.hasPrefix("已取消豁免 项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]"))
        let none = try jixiao.run(["unwaive", "-w", "ws", "3", "indicator.amount-vs-budget"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("项目 3没有规则 indicator.amount-vs-budget 的豁免"))
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }

    /// A 定稿 needs every project approved and no error left open. An error waived, every
    /// project approved, then the waiver taken back: the 定稿 is refused, naming the error,
    /// and nothing is written; a draft says why it is one on its first line.
    @Test func theFinalDocumentIsRefusedWhileAnErrorIsOpen() throws {
        try imported()
        #expect(try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--reason", "核实无误"]).status == 0)
        for n in 1...13 { #expect(try jixiao.run(["review", "-w", "ws", String(n), "通过"]).status == 0) }
        #expect(try jixiao.run(["unwaive", "-w", "ws", "3", "indicator.amount-vs-budget"]).status == 0)
        let lines = journal().count
        let refused = try jixiao.run(["export", "-w", "ws", "-o", "final.txt"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("错误：还有 1 个错误未改正或豁免，不能导出定稿：\n  3.公共机构节能经费 第 1 行指标的指标值："))
        #expect(refused.stderr.contains("提示：改正后重新审核通过，或核实无误后用 jixiao waive 豁免；或加 --draft 导出审核中的草稿"))
        #expect(!scratch.exists("final.txt"))
        #expect(journal().count == lines)
        let draft = try jixiao.run(["export", "-w", "ws", "-o", "draft.txt", "--draft"])
        #expect(draft.status == 0)
        #expect(String(decoding: scratch.read("draft.txt"), as: UTF8.self).hasPrefix("【审核中的草稿：1 个错误未改正或豁免】\n"))
        // Corrected: the edit reopens project 3; approved again, the 定稿 is written.
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        #expect(try jixiao.run(["export", "-w", "ws", "-o", "final.txt"]).stderr.contains("还有 1 个项目未通过审核（3）"))
        #expect(try jixiao.run(["review", "-w", "ws", "3", "通过"]).status == 0)
        let final = try jixiao.run(["export", "-w", "ws", "-o", "final.txt"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(final.stdout.hasPrefix("已导出定稿"))
        #expect(!String(decoding: scratch.read("final.txt"), as: UTF8.self).contains("草稿"))
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }

    @Test func waiveRefusesWhatItCannotFind() throws {
        try imported()
        let noRule = try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount", "--reason", "核实无误"])
        #expect(noRule.status == 2)
        #expect(noRule.stderr.contains("没有编号为 indicator.amount 的规则"))
        let wrongRow = try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--row", "2", "--reason", "核实无误"])
        #expect(wrongRow.status == 2)
        #expect(wrongRow.stderr.contains("这条规则在项目 3的问题在：--row 1"))
        let noReason = try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--reason", "豁免："])
        #expect(noReason.status == 2)
        #expect(noReason.stderr.contains("豁免须写明理由"))
        #expect(journal().count == 1)
    }

    @Test func aReturnedProjectNeedsAnswered() throws {
        try imported()
        let r = try jixiao.run(["review", "-w", "ws", "1", "退回", "--comment", "数量指标请改为工作量", "--row", "1"])
        #expect(r.stdout == "1. 机关监控设备维护费：退回（日志第 2 条）\n")
        let refused = try jixiao.run(["review", "-w", "ws", "1", "通过"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("已退回，退回意见：“数量指标请改为工作量”（王审核）；通过前须确认退回意见已落实"))
        #expect(refused.stderr.contains("加 --answered 再通过"))
        #expect(try jixiao.run(["review", "-w", "ws", "1", "通过", "--answered"]).status == 0)
        let show = try jixiao.run(["show", "-w", "ws", "1"])
        #expect(show.stdout.contains("退回意见  王审核"))
        #expect(show.stdout.contains("第 1 行指标（监控维修保养金额）\n    数量指标请改为工作量\n"))
        let overview = try jixiao.run(["show", "-w", "ws"])
        #expect(overview.stdout.contains("通过（意见 1）"))
        let bad = try jixiao.run(["review", "-w", "ws", "1", "批准"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("通过（approve）、退回（return）、取消（reopen，取消审核）或 意见（comment）"))
    }

    @Test func gradeSuggestsThenRecords() throws {
        try imported()
        let suggestion = try jixiao.run(["grade", "-w", "ws"])
        #expect(suggestion.status == 0)
        #expect(suggestion.stdout.contains("评定：未评定"))
        #expect(suggestion.stdout.contains("建议评定：中（须修改完善后重新报送）"))
        for c in ["完整性", "相关性", "适当性", "可行性"] { #expect(suggestion.stdout.contains("  \(c)  ")) }
        let unreasoned = try jixiao.run(["grade", "-w", "ws", "良"])
        #expect(unreasoned.status == 2)
        #expect(unreasoned.stderr.contains("评定“良”与建议的“中”不同，须写明理由"))
        #expect(journal().count == 1)
        let given = try jixiao.run(["grade", "-w", "ws", "良", "--comment", "个别指标须细化，可共同完善"])
        #expect(given.status == 0)
        #expect(given.stdout.hasPrefix("综合评定：良（可与财政部门共同完善后进入预算）；建议 中"))
        let overview = try jixiao.run(["show", "-w", "ws"])
        #expect(overview.stdout.contains("评定：良（可与财政部门共同完善后进入预算）  王审核"))
        #expect(overview.stdout.contains("与当时的建议“中”不同"))
        #expect(overview.stdout.contains("总体意见：个别指标须细化，可共同完善"))
        let same = try jixiao.run(["grade", "-w", "ws", "良", "--comment", "个别指标须细化，可共同完善"])
        #expect(same.stdout.hasPrefix("没有改变"))
        #expect(try jixiao.run(["grade", "-w", "ws", "甲"]).status == 2)
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }

    @Test func changesListsEveryFieldChangedSinceImport() throws {
        try imported()
        #expect(try jixiao.run(["changes", "-w", "ws"]).stdout == "自导入以来没有修改任何字段\n")
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        var other = jixiao
        other.environment["JIXIAO_REVIEWER"] = "李复核"
        #expect(try other.run(["set", "-w", "ws", "1", "name", "机关监控设备维修费"]).status == 0)
        #expect(try jixiao.run(["set", "-w", "ws", "1", "name", "机关监控设备维护费"]).status == 0)
        let all = try jixiao.run(["changes", "-w", "ws"])
        #expect(all.status == 0)
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("项目  字段"))
        #expect(lines[1].contains("第 1 行指标的指标值  57.66 万元  8 万元  王审核"))
        #expect(lines[1].contains("+08:00") && lines[1].hasSuffix("第 2 条"))
        #expect(all.stdout.contains("共 1 个字段，涉及 1 个项目"), "a field changed back is not a change")
        #expect(try jixiao.run(["changes", "-w", "ws", "1"]).stdout == "自导入以来没有修改任何字段\n")
        #expect(try jixiao.run(["changes", "-w", "ws", "99"]).status == 2)
    }

    /// `jixiao log`: 通过/退回/意见/豁免, fields as the workstation names them, local time
    /// with its offset (TZ honoured: Asia/Shanghai is not eight hours off).
    @Test func theLogSpeaksTheReviewersLanguage() throws {
        try imported()
        #expect(try jixiao.run(["review", "-w", "ws", "2", "意见", "--comment", "满意度请按服务对象测算"]).status == 0)
        #expect(try jixiao.run(["waive", "-w", "ws", "3", "indicator.amount-vs-budget", "--reason", "核实无误"]).status == 0)
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        let log = try jixiao.run(["log", "-w", "ws"])
        let lines = log.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[2].contains("意见  项目 2：满意度请按服务对象测算"))
        #expect(lines[3].contains("豁免  项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]：核实无误"))
        #expect(lines[4].contains("修改  项目 3 第 1 行指标的指标值：“57.66 万元” → “8 万元”"))
        // The time the journal recorded (UTC) is shown eight hours ahead, with its offset.
        let recorded = try #require(journal()[1].range(of: #""time":"[^"]*""#, options: .regularExpression).map { String(journal()[1][$0]) })
        let utc = String(recorded.dropFirst(8).dropLast(1))
        let f = ISO8601DateFormatter()
        let shown = DateFormatter()
        shown.timeZone = TimeZone(identifier: "Asia/Shanghai")
        shown.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let expected = shown.string(from: try #require(f.date(from: utc))) + " +08:00"
        #expect(lines[2].contains(expected), "\(lines[2]) should show \(expected)")
        var utcReviewer = jixiao
        utcReviewer.environment["TZ"] = "UTC"
        #expect(try utcReviewer.run(["log", "-w", "ws"]).stdout.contains(utc.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "") + " +00:00"))
    }
}
