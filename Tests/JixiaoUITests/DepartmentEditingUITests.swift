import JixiaoModel
import JixiaoRules
import JixiaoTestSupport
import Testing
@testable import JixiaoUI

/// The department part in the workstation: ↑↓ select a paragraph, `e` edits it with the
/// prompt a project's field has (Tab to a 分项绩效目标's indicators), and `u` / Ctrl-R take
/// the edit back and make it again, going to the paragraph.
@Suite struct DepartmentEditingUITests {
    func workstation() -> (AppDriver, MemoryEffects) {
        let effects = MemoryEffects(sampleDocument)
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: 80, height: 24), perform: effects.perform)
        d.press("view.open")
        return (d, effects)
    }

    var selectedKind: (AppDriver) -> ItemKind? {
        { d in
            let items = d.state.detailLayout.items
            return items.indices.contains(d.state.detail.item) ? items[d.state.detail.item].kind : nil
        }
    }

    @Test func editUndoRedoOnTheDepartmentPart() {
        let (d, effects) = workstation()
        // The 综合评定 is first, and has its own key.
        d.press("edit.value")
        #expect(d.state.overlay == nil)
        #expect(d.state.message?.contains("综合评定按 p 修改") == true)
        d.press("move.down")
        #expect(selectedKind(d) == .paragraph(.summary(1)))
        d.press("move.down", "move.down")
        #expect(selectedKind(d) == .paragraph(.subGoal(1)))
        d.press("edit.value")
        guard case .prompt(let prompt)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .edit(.department(.subGoal(1, .goal)), fields: [.department(.subGoal(1, .goal)), .department(.subGoal(1, .indicators))]))
        #expect(prompt.text == "搞好服务保障，为广大干部职工提供安全、快捷、细致、周到的工作环境。")
        #expect(d.frame.text.contains("修改 部门 分项绩效目标 1 的绩效目标（1/2，Tab 换字段）"))
        Golden.check(d.frame.snapshot, "department-edit-80x24.txt")
        // Tab to the indicators; both changed, each its own edit.
        d.handle(.key(.ctrl("u")))
        d.type("搞好服务保障。")
        d.handle(.key(.tab))
        #expect(d.frame.text.contains("分项绩效目标 1 的绩效指标（2/2，Tab 换字段，已改 1 处）"), "\(d.frame.text)")
        d.handle(.key(.ctrl("e")))
        d.type("物业服务满意度≥95%。")
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        let goal = d.state.document.overall.subGoals[0]
        #expect(goal.goal == "搞好服务保障。")
        #expect(goal.indicators.hasSuffix("综合事务保障完成率。物业服务满意度≥95%。"))
        #expect(effects.lines.map { $0.change.fields.map(\.path) } == [[.department(.subGoal(1, .goal))], [.department(.subGoal(1, .indicators))]])
        #expect(d.state.document.changedFields(since: sampleDocument, stamps: [:]).map(\.path)
                == [.department(.subGoal(1, .goal)), .department(.subGoal(1, .indicators))])

        // Undo from the overview: back on the department part, the paragraph selected.
        d.press("view.back")
        d.press("edit.undo")
        #expect(d.state.document.overall.subGoals[0].indicators == sampleDocument.overall.subGoals[0].indicators)
        guard case .department = d.state.screen else { Issue.record("undo did not go to the department part"); return }
        #expect(selectedKind(d) == .paragraph(.subGoal(1)))
        // The status line names the paragraph; the whole of a long text opens in a pop-up.
        guard case .message(let said)? = d.state.overlay else { Issue.record("no message"); return }
        #expect(said.text.hasPrefix("已撤销第 3 条：部门 分项绩效目标 1 的绩效指标："), "\(said.text)")
        d.handle(.key(.escape))
        d.press("edit.undo")
        #expect(d.state.document.overall == sampleDocument.overall, "\(d.state.message ?? "")")
        #expect(d.state.document.changedFields(since: sampleDocument, stamps: [:]).isEmpty)
        d.press("edit.redo")
        #expect(d.state.document.overall.subGoals[0].goal == "搞好服务保障。")
    }

    /// A 分项绩效目标 whose 绩效指标 has no target value: its finding is marked on its
    /// paragraph (W in the margin), `n` goes to the paragraph, and writing a target into the
    /// indicators makes the finding go at once.
    @Test func aSubGoalsFindingIsOnItsParagraphAndGoesWhenFixed() {
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: 80, height: 24),
                          perform: MemoryEffects(sampleDocument).perform)
        var presses = 0
        while presses < 200 {
            d.press("finding.next")
            presses += 1
            if case .department = d.state.screen { break }
        }
        guard case .department = d.state.screen else { Issue.record("n never reached the department part"); return }
        #expect(selectedKind(d) == .paragraph(.subGoal(1)))
        #expect(d.state.detailLayout.panelFindings[d.state.detail.finding].rule == "department.subgoal-not-quantified")
        let items = d.state.detailLayout.items
        for n in 1...5 {
            #expect(items.first { $0.kind == .paragraph(.subGoal(n)) }?.findings.map(\.rule) == ["department.subgoal-not-quantified"])
        }
        #expect(items.first { $0.kind == .paragraph(.summary(1)) }?.findings.isEmpty == true)
        #expect(d.frame.text.contains("W 1、绩效目标：搞好服务保障"), "\(d.frame.text)")
        // ↓ onto the next 分项绩效目标: the panel goes to its finding.
        d.press("move.down")
        #expect(selectedKind(d) == .paragraph(.subGoal(2)))
        #expect(d.frame.text.contains("问题 2/6"), "\(d.frame.text)")
        #expect(d.frame.text.contains("部门分项绩效目标第 2 条的绩效指标"), "\(d.frame.text)")
        d.press("move.up")
        #expect(d.frame.text.contains("问题 1/6"), "\(d.frame.text)")
        // Tab (back to the body), e, Tab to the indicators, a target written at the end.
        d.handle(.key(.tab))
        d.press("edit.value")
        d.handle(.key(.tab))
        d.handle(.key(.ctrl("e")))
        d.type("完成率≥95%。")
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(d.state.detailLayout.items.first { $0.kind == .paragraph(.subGoal(1)) }?.findings.isEmpty == true)
        #expect(!d.frame.text.contains("W 1、绩效目标：搞好服务保障"), "\(d.frame.text)")
        #expect(d.state.departmentFindings.filter { $0.rule == "department.subgoal-not-quantified" }.count == 4)
    }

    /// On a short terminal the 综合评定 is taller than the body: ↓ reads it to its end, line
    /// by line, before the selection goes on; ↑ reads back up through it.
    @Test func aParagraphTallerThanTheBodyIsReadLineByLine() {
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: 80, height: 16))
        d.press("view.open")
        let grade = d.state.detailLayout.items[0].lines
        #expect(grade.count > d.state.detailLayout.body.height)
        var downs = 0
        while selectedKind(d) == .paragraph(.grade) && downs < 40 { d.press("move.down"); downs += 1 }
        #expect(downs == grade.count - d.state.detailLayout.body.height + 1)
        #expect(selectedKind(d) == .paragraph(.summary(1)))
        d.press("move.up")
        #expect(selectedKind(d) == .paragraph(.grade))
        #expect(d.frame.text.contains("还有 1 个错误未改正或豁免"), "the grade's end in view")
        #expect(d.state.detail.bodyOffset > 0)
        while d.state.detail.bodyOffset > 0 && downs < 80 { d.press("move.up"); downs += 1 }
        #expect(d.frame.text.contains("综合评定（按 p 评定）"))
    }

    /// `d` lists a department edit as 部门, and Enter on it goes back to the paragraph.
    @Test func theChangesListShowsADepartmentEdit() {
        let effects = MemoryEffects(sampleDocument)
        var state = AppState(document: sampleDocument)
        state.imported = sampleDocument
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24), perform: effects.perform)
        d.press("view.open", "move.last", "edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("加强宣传培训。")
        d.handle(.key(.enter))
        d.handle(.key(.escape))
        d.press("move.first", "view.changes")
        #expect(d.frame.text.contains(" 部门 工作保障措施"), "\(d.frame.text)")
        #expect(d.frame.text.contains("项目：部门整体绩效目标   字段：工作保障措施第 8 段"))
        #expect(d.frame.text.contains("加强宣传培训。"))
        d.press("view.open")
        guard case .department = d.state.screen else { Issue.record("Enter did not go to the department part"); return }
        #expect(selectedKind(d) == .paragraph(.measure(8)))
    }

    /// A paragraph cannot be emptied: the prompt stays open with the reason, nothing saved.
    @Test func aRefusedValueKeepsThePromptOpen() {
        let (d, effects) = workstation()
        d.press("move.last", "edit.value")
        guard case .prompt(let prompt)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .edit(.department(.measure(8)), fields: [.department(.measure(8))]))
        d.handle(.key(.ctrl("u")))
        d.handle(.key(.enter))
        guard case .prompt(let still)? = d.state.overlay else { Issue.record("prompt closed"); return }
        #expect(still.problem?.hasPrefix("工作保障措施第 8 段不能为空") == true)
        #expect(effects.lines.isEmpty)
    }
}
