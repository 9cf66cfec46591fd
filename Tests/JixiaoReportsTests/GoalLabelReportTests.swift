import JixiaoModel
import JixiaoReports
import JixiaoSamples
import JixiaoText
import Testing

/// Goals the document numbered otherwise than by place (`1. 3. 4.`): `jixiao show` gives the
/// field `jixiao set` takes beside each such goal, and `jixiao changes` names an edited goal
/// by place and as printed.
@Suite struct GoalLabelReportTests {
    func document() throws -> Document {
        var doc = try DocumentReader.read(bytes: BundledSample.bytes)
        doc.projects[2].goals = [Goal(number: 1, text: "加强村级组织建设。"), Goal(number: 3, text: "保障村干部报酬按时发放。"),
                                 Goal(number: 4, text: "提高群众满意度。")]
        return doc
    }

    @Test func showGivesThePathOfAGoalNumberedOtherwise() throws {
        let lines = DocumentReport.project(try document(), at: 2).split(separator: "\n").map(String.init)
        #expect(lines.contains("  1. 加强村级组织建设。"))
        #expect(lines.contains("  3. 保障村干部报酬按时发放。  [goal.2]"))
        #expect(lines.contains("  4. 提高群众满意度。  [goal.3]"))
    }

    @Test func changesNameTheGoalAsPrinted() throws {
        let imported = try document()
        let edited = try imported.setting(FieldPath(projectIndex: 2, field: .goal(2)), to: "保障村干部报酬按月发放。")
        let changes = edited.changedFields(since: imported, stamps: [:])
        #expect(changes.map(\.path.field) == [.goal(2)])
        let text = ReviewRecordReport.changes(changes, in: edited, time: { $0 })
        #expect(text.contains("第 2 条绩效目标（原文编号 3）"), "\(text)")
        #expect(text.contains("保障村干部报酬按时发放。"))
    }
}
