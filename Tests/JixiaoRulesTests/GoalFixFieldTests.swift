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
            // Said as printed.
            #expect(fixes.first?.message.contains("绩效目标 3") == true, "\(rule)")
        }
    }
}
