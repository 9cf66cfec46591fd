import JixiaoModel
import JixiaoRules
import Testing
@testable import JixiaoUI

/// A goal's field is `goal.N` by position, whatever number the document printed on it
/// (`1. 3. 4.`, two goals numbered 1, a list from 2): `e` edits the goal selected with
/// Tab, and no other; the screens name it as printed.
@Suite struct GoalNumberingTests {
    static let texts = ["加强村级组织建设。", "保障村干部报酬按时发放。", "提高群众满意度。"]

    /// The sample with project 3's goals numbered as given.
    func document(numbered numbers: [Int]) -> Document {
        var doc = sampleDocument
        doc.projects[2].goals = numbers.enumerated().map { Goal(number: $1, text: Self.texts[$0]) }
        return doc
    }

    func workstation(_ doc: Document) -> (AppDriver, MemoryEffects) {
        let effects = MemoryEffects(doc)
        var state = AppState(document: doc)
        state.imported = doc
        let d = AppDriver(state: state, backend: TestBackend(width: 100, height: 30), perform: effects.perform)
        return (d, effects)
    }

    /// Project 3, its 绩效目标 selected.
    func onGoals(_ d: AppDriver) {
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        while d.state.detailLayout.items[d.state.detail.item].kind != .goals { d.press("move.down") }
    }

    func prompt(_ d: AppDriver) -> (path: FieldPath, fields: [FieldPath], text: String)? {
        guard case .prompt(let p)? = d.state.overlay, case .edit(let path, let fields) = p.purpose else { return nil }
        return (path, fields, p.text)
    }

    @Test(arguments: [[1, 3, 4], [1, 1, 2], [2, 3, 4], [3, 2, 1]])
    func eOffersEachGoalByPosition(numbers: [Int]) throws {
        let (d, _) = workstation(document(numbered: numbers))
        onGoals(d)
        d.press("edit.value")
        let first = try #require(prompt(d))
        #expect(first.fields.map(\.field) == [.goal(1), .goal(2), .goal(3)])
        #expect(first.path.field == .goal(1) && first.text == Self.texts[0])
        d.handle(.key(.tab))
        let second = try #require(prompt(d))
        #expect(second.path.field == .goal(2) && second.text == Self.texts[1])
    }

    /// The goal printed 3, second in the list: edited, and only it — through undo and redo,
    /// the journal's line and the changes view.
    @Test func editingTheGoalPrintedThreeChangesThatGoalOnly() throws {
        let doc = document(numbered: [1, 3, 4])
        let (d, effects) = workstation(doc)
        onGoals(d)
        d.press("edit.value")
        d.handle(.key(.tab))
        // Named as printed, and where it is.
        #expect(d.screenText.contains("第 2 条绩效目标（原文编号 3）"), "\(d.screenText)")
        d.handle(.key(.ctrl("u")))
        d.type("保障村干部报酬按月发放。")
        d.handle(.key(.enter))
        let edited = [Self.texts[0], "保障村干部报酬按月发放。", Self.texts[2]]
        #expect(effects.document.projects[2].goals.map(\.text) == edited)
        #expect(effects.document.projects[2].goals.map(\.number) == [1, 3, 4])
        let line = try #require(effects.lines.last)
        #expect(line.change.fields.map(\.field) == [.goal(2)])
        #expect(line.change.fields.first?.old == Self.texts[1])
        // The body still prints the goal's own number beside the new text.
        #expect(d.screenText.contains("3. 保障村干部报酬按月发放。"))

        d.press("edit.undo")
        #expect(effects.document.projects[2].goals == doc.projects[2].goals)
        d.handle(.key(.ctrl("r")))
        #expect(effects.document.projects[2].goals.map(\.text) == edited)

        // The changes view names it as printed; Enter goes back to the goals.
        d.press("view.changes")
        #expect(d.screenText.contains("第 2 条绩效目标（原文编号 3）"), "\(d.screenText)")
        d.press("view.open")
        guard case .project(let screen) = d.state.screen else { Issue.record("not on the project"); return }
        #expect(screen.index == 2)
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .goals)
    }

    /// Two goals printed 1: the second is reachable and edited on its own.
    @Test func twoGoalsNumberedOneAreTwoFields() throws {
        let (d, effects) = workstation(document(numbered: [1, 1, 2]))
        onGoals(d)
        d.press("edit.value")
        d.handle(.key(.tab))
        d.handle(.key(.ctrl("u")))
        d.type("保障村干部报酬及时发放。")
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].goals.map(\.text) == [Self.texts[0], "保障村干部报酬及时发放。", Self.texts[2]])
    }
}
