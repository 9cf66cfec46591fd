import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao set 部门 overall.… VALUE`: the department part edited from the command line,
/// shown with its field names, listed by `changes`, exported, replayed by `log --verify`;
/// a field that is not there refused with exit 2 and nothing written.
@Suite(.serialized) struct DepartmentEditCommandTests: ReviewerWorkspaceSuite {
    let scratch = TemporaryFolder()

    @Test func setShowChangesExportAndVerify() throws {
        try imported()
        let show = try jixiao.run(["show", "-w", "ws", "部门"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("[overall.summary.1] 搞好服务保障"))
        #expect(show.stdout.contains("[overall.subgoal.2.indicators] 绩效指标：反映全区公车统计报告情况"))
        #expect(show.stdout.contains("[overall.measure.2] 1、完善制度建设。"))

        let set = try jixiao.run(["set", "-w", "ws", "部门", "overall.subgoal.2.goal", "加强公务车辆管理；推进公共机构节能工作。"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.hasPrefix("已修改 部门整体绩效目标 分项绩效目标 2 的绩效目标：“加强公务车辆管理，提高公车节支率；推进公共机构节能工作。” → “加强公务车辆管理；推进公共机构节能工作。”（日志第 2 条）"))
        #expect(journal().last?.contains("\"field\":\"overall.subgoal.2.goal\"") == true)
        #expect(try jixiao.run(["show", "-w", "ws", "部门"]).stdout.contains("[overall.subgoal.2.goal] 2、绩效目标：加强公务车辆管理；推进公共机构节能工作。"))

        let changes = try jixiao.run(["changes", "-w", "ws", "部门"])
        #expect(changes.status == 0)
        #expect(changes.stdout.contains("部门  分项绩效目标 2 的绩效目标"))
        #expect(changes.stdout.hasSuffix("共 1 个字段，涉及部门整体绩效目标\n"))
        #expect(try jixiao.run(["changes", "-w", "ws", "3"]).stdout == "自导入以来没有修改任何字段\n")

        let log = try jixiao.run(["log", "-w", "ws"])
        #expect(log.stdout.contains("修改  部门 分项绩效目标 2 的绩效目标：“加强公务车辆管理，提高公车节支率；"))
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        #expect(try jixiao.run(["export", "-w", "ws", "--draft", "-o", "draft.txt"]).status == 0)
        #expect(String(decoding: scratch.read("draft.txt"), as: UTF8.self).contains("\n2、绩效目标：加强公务车辆管理；推进公共机构节能工作。\n"))
    }

    @Test func refusalsWriteNothing() throws {
        try imported()
        let before = journal()
        for (args, words) in [
            (["部门", "indicator.1.value", "x"], "错误：部门整体绩效目标没有字段“indicator.1.value”"),
            (["3", "overall.summary.1", "x"], "错误：“overall.summary.1”是部门整体绩效目标的字段，不属于项目“3”"),
            (["部门", "overall.measure.99", "x"], "错误：部门整体绩效目标没有工作保障措施第 99 段"),
            (["部门", "overall.summary.1", " "], "错误：总体绩效目标第 1 段不能为空"),
            (["部门", "overall.paragraph.1", "x"], "错误：无法识别的字段“overall.paragraph.1”"),
        ] {
            let r = try jixiao.run(["set", "-w", "ws"] + args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix(words), "\(args): \(r.stderr)")
        }
        #expect(journal() == before)
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }
}
