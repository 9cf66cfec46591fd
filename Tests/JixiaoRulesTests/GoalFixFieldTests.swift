import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoRules

/// A fix on a goal names its field by position (`goal.2`), as editing reads it — not by the
/// number the document printed on it: the goal printed 3, second in the list, is `goal.2`,
/// and accepting the fix must mend it, not the goal printed 2 or the third one.
@Suite struct GoalFixFieldTests {
    @Test func aFixOnTheGoalPrintedThreeNamesItsPosition() throws {
        var doc = try DocumentReader.read(bytes: BundledSample.bytes)
        let damaged = ["经费保障及 及时到位。", "保障村干部\u{200B}报酬按时发放。"]
        for (rule, text) in zip(["text.extraction-damage", "text.invisible-characters"], damaged) {
            doc.projects[2].goals = [Goal(number: 1, text: "加强村级组织建设。"), Goal(number: 3, text: text),
                                     Goal(number: 4, text: "提高群众满意度。")]
            let fixes = RuleEngine().check(doc).all.filter { $0.rule == rule && $0.projectIndex == 2 && $0.location.part == .goals }
            let fix = try #require(fixes.compactMap(\.fix).first, "\(rule)")
            #expect(fix.field == .goal(2), "\(rule)")
            #expect(doc.value(at: FieldPath(projectIndex: 2, field: fix.field)) == fix.from, "\(rule)")
            // Named by place, as the fix and the screen name it, with the number printed on it.
            #expect(fixes.first?.message.contains("绩效目标 2（原文编号 3）") == true, "\(rule)")
        }
    }

    /// Every message that names a goal names it by place, as the screen and `jixiao set` do,
    /// with the number printed on it where that differs — not by the printed number alone
    /// (the goal printed 3, second in the list, was `绩效目标第 3 条`).
    @Test func messagesNameAGoalByPlaceWithItsPrintedNumber() throws {
        var doc = ExampleDocument.clean
        doc.projects[0].goals = [Goal(number: 1, text: "完成全县教师集中培训 4 期。"),
                                 Goal(number: 3, text: "本项目共申请预算资金20万元，其中集中培训12万元，送教下乡6万元。")]
        doc.projects[1].goals = [Goal(number: 1, text: "完成 12 所学校绿地养护。"), Goal(number: 4, text: "完成教师培训。")]
        let findings = RuleEngine().check(doc).all
        let sums = findings.filter { $0.rule == "usage.arithmetic" && $0.location.part == .goals }
        #expect(sums.map(\.message).first?.hasPrefix("绩效目标第 2 条（原文编号 3）中分项金额合计") == true, "\(sums.map(\.message))")
        let copied = findings.filter { $0.rule == "indicator.copied-text" && $0.location.part == .goals }
        #expect(copied.map(\.message).first?.hasPrefix("绩效目标 2（原文编号 4）“完成教师培训。”") == true, "\(copied.map(\.message))")
        // As the field is labelled for the reviewer.
        #expect(doc.label(of: FieldPath(projectIndex: 0, field: .goal(2))) == "第 2 条绩效目标（原文编号 3）")
        #expect(doc.label(of: FieldPath(projectIndex: 0, field: .goal(1))) == "第 1 条绩效目标")
    }

    /// A list that skips or repeats a number is worth a note (`goals.numbering`); one
    /// numbered 1, 2, 3 is not.
    @Test func goalsNumberedWithAGapAreNoted() throws {
        var doc = ExampleDocument.clean
        #expect(!RuleEngine().check(doc).all.contains { $0.rule == "goals.numbering" })
        doc.projects[0].goals = [Goal(number: 1, text: "甲。"), Goal(number: 3, text: "乙。"), Goal(number: 4, text: "丙。")]
        doc.projects[1].goals = [Goal(number: 2, text: "甲。"), Goal(number: 1, text: "乙。")]
        let notes = RuleEngine().check(doc).all.filter { $0.rule == "goals.numbering" }
        #expect(notes.map(\.message) == ["绩效目标依次编号为 1、3、4，缺了第 2 条", "绩效目标依次编号为 2、1，没有按顺序编号"])
        #expect(notes.allSatisfy { $0.severity == .info && $0.location.part == .goals })
    }
}
