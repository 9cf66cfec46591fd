import JixiaoExport
import JixiaoModel
import Testing

/// Goals numbered 1, 3, 4, the second edited by its path (`goal.2`): every export shows the
/// new text under the number printed on that goal, and the other goals as they were.
@Suite struct GoalNumberExportTests {
    func input() throws -> ExportInput {
        var input = ExportFixtures.input(draft: true)
        input.document.projects[2].goals = [Goal(number: 1, text: "加强村级组织建设。"), Goal(number: 3, text: "保障村干部报酬按时发放。"),
                                            Goal(number: 4, text: "提高群众满意度。")]
        input.document = try input.document.setting(FieldPath(projectIndex: 2, field: .goal(2)), to: "保障村干部报酬按月发放。")
        return input
    }

    @Test func markdownAndHTMLShowTheEditedGoalAsPrinted() throws {
        let input = try input()
        let md = String(decoding: MarkdownFormat().render(input), as: UTF8.self)
        #expect(md.contains("1\\. 加强村级组织建设。\n3\\. 保障村干部报酬按月发放。\n4\\. 提高群众满意度。"))
        let html = String(decoding: HTMLFormat().render(input), as: UTF8.self)
        #expect(html.contains("<ol><li>加强村级组织建设。</li><li value=\"3\">保障村干部报酬按月发放。</li><li value=\"4\">提高群众满意度。</li></ol>"))
    }
}
