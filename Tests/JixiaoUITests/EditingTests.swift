import JixiaoModel
import JixiaoRules
import Testing
@testable import JixiaoUI

/// What the handler does in the program, in memory: apply edits, review actions, waivers,
/// grades, undo and redo, each as a numbered line with exactly what it changed — and the
/// same refusals the store makes (an open error, an unanswered 退回), as a backstop to the
/// workstation's own.
final class MemoryEffects {
    var document: Document
    var performed: [Effect] = []
    var failNext: String?
    /// The journal so far: one line per change, numbered from 2 (1 is the import).
    var lines: [HistoryItem] = []
    /// Files "already there": an export to one is refused unless told to replace it.
    var existing: Set<String> = []
    /// Revised texts "on disk", by path, for `I` (already read).
    var revisedTexts: [String: Document] = [:]

    init(_ document: Document) { self.document = document }

    func record(_ updated: Document) -> HistoryItem {
        let line = HistoryItem(seq: lines.count + 2, actor: "测试", time: "2026-11-25T12:00:00Z",
                               change: RecordChange.between(document, updated))
        document = updated
        lines.append(line)
        return line
    }

    func perform(_ effect: Effect) -> Action? {
        performed.append(effect)
        if let message = failNext {
            failNext = nil
            return .failed(message)
        }
        do {
            switch effect {
            case .quit: return nil
            case .edit(let path, let text, let origin):
                let line = record(try document.editing(path, to: text).document)
                return .applied(document, origin: origin, note: "已修改", line: line)
            case .review(let action, let p, let comment, let row, let answered):
                if action == .approve, document.review.status(ofProjectAt: p) != .approved {
                    if !ReviewGate.blocking(RuleEngine().check(document).all, project: p).isEmpty { return .failed("有错误，不能通过") }
                    if document.review.status(ofProjectAt: p) == .returned && !answered { return .failed("须确认退回意见已落实") }
                }
                let updated = try document.applying(action, toProjectAt: p, comment: comment, row: row, reviewer: "测试",
                                                    time: "2026-11-25T12:00:00Z")
                if updated == document { return .notice("没有改变") }
                let line = record(updated)
                return .applied(document, origin: .review, note: "已审核", line: line)
            case .waive(let f, let reason):
                let line = record(try document.waiving([Waiver(f, reason: reason, reviewer: "测试", time: "t")]))
                return .applied(document, origin: .review, note: "已豁免", line: line)
            case .unwaive(let w):
                let line = record(try document.unwaiving([w.address]))
                return .applied(document, origin: .review, note: "已取消豁免", line: line)
            case .grade(let g, let comment):
                let suggested = GradeAssessment.assess(document, findings: RuleEngine().check(document).all).suggested
                let updated = try document.grading(DocumentGrade(grade: g, comment: comment, suggested: suggested, score: nil,
                                                                 reviewer: "测试", time: "t"))
                let line = record(updated)
                return .applied(document, origin: .review, note: "已评定", line: line)
            case .undo(let item), .redo(let item):
                // Each line of the action taken back, newest first; several lines are one step.
                var made: [HistoryItem] = []
                for l in item.lines.reversed() { made.append(record(try l.change.inverse.apply(to: document))) }
                let undoing: Bool = if case .undo = effect { true } else { false }
                return .applied(document, origin: undoing ? .undo(item) : .redo(item),
                                note: (undoing ? "已撤销第 \(item.seq) 条：" : "已重做：") + item.wholeChange.inverse.summary.prefix(3).joined(separator: "；"),
                                line: HistoryItem.group(made))
            case .approveAll(let projects):
                var made: [HistoryItem] = []
                for p in projects {
                    if !ReviewGate.blocking(RuleEngine().check(document).all, project: p).isEmpty { return .failed("有错误，不能通过") }
                    made.append(record(try document.applying(.approve, toProjectAt: p, comment: nil, row: nil, reviewer: "测试",
                                                             time: "2026-11-25T12:00:00Z")))
                }
                return .applied(document, origin: .review, note: "已批量通过 \(made.count) 个项目", line: HistoryItem.group(made))
            case .returnAll(let projects, let comment):
                var made: [HistoryItem] = []
                for p in projects {
                    made.append(record(try document.applying(.return, toProjectAt: p, comment: comment, row: nil, reviewer: "测试",
                                                             time: "2026-11-25T12:00:00Z")))
                }
                return .applied(document, origin: .review, note: "已批量退回 \(made.count) 个项目", line: HistoryItem.group(made))
            case .keepReviewer(let name):
                return .notice("审核人：\(name)")
            case .openDocument, .closeDocument:
                return .failed("这里只有一份文档")
            case .importRevision(let path):
                guard let text = revisedTexts[path] else { return .failed("找不到文件 \(path)") }
                let (updated, comparison) = document.revised(by: text)
                document = updated
                let revision = RevisionRecord(version: 2, file: path, actor: "测试", time: "2026-11-25T12:00:00Z", seq: lines.count + 2,
                                              comparison: comparison)
                return .revised(updated, imported: text, revision: revision, note: "已导入修改稿：第 2 版（\(comparison.summary)）")
            case .export(let path, let report, let replace):
                if existing.contains(path), !replace { return .exportExists(typed: path, purpose: .export(report: report), file: "/ws/exports/" + path) }
                return .notice((report ? "已导出审核意见书 " : "已导出 ") + path)
            case .exportDepartments(let path, let replace):
                if existing.contains(path), !replace { return .exportExists(typed: path, purpose: .exportDepartments, file: "/ws/exports/" + path) }
                return .notice("已导出部门审核汇总 " + path)
            }
        } catch {
            return .failed(error.message)
        }
    }
}

@Suite struct EditingTests {
    func workstation(readOnlyReason: String? = nil) -> (AppDriver, MemoryEffects) {
        let effects = MemoryEffects(sampleDocument)
        var state = AppState(document: sampleDocument, readOnlyReason: readOnlyReason)
        state.exportPath = "/tmp/exports/430001-2021.txt"
        state.reportPath = "/tmp/exports/430001-2021-审核意见书.html"
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24), perform: effects.perform)
        return (d, effects)
    }

    func promptText(_ d: AppDriver) -> String? {
        if case .prompt(let p)? = d.state.overlay { p.text } else { nil }
    }

    /// Project 3, its first indicator row selected.
    func onProjectThreeRowOne(_ d: AppDriver) {
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
    }

    /// Project 4, row 3 (`经费保障及 及时性`), its findings panel on the doubled character.
    func onProjectFourDoubledCharacter(_ d: AppDriver) {
        d.press("move.down", "move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down")
    }

    var doubled: (Finding) -> Bool { { $0.rule == "text.extraction-damage" && $0.projectIndex == 3 && $0.location.row == 3 } }

    @Test func acceptingTheSuggestedFixClearsTheFinding() {
        let (d, effects) = workstation()
        onProjectFourDoubledCharacter(d)
        d.press("edit.value")
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(p.text == "经费保障及时性")
        #expect(d.screenText.contains("原值：经费保障及 及时性"))
        d.handle(.key(.enter))
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及时性")
        #expect(!d.state.ordered.contains(where: doubled))
        #expect(d.state.message == "已修改。问题 i18→17")
    }

    /// Project 3's amount error offers no fix (the budget figure in a 数量指标 would still be
    /// money): `e` on it edits the value as it stands.
    @Test func anErrorWithoutAFixEditsTheValueAsItIs() {
        let (d, _) = workstation()
        onProjectThreeRowOne(d)
        d.press("view.next-pane", "edit.value")
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(p.text == "57.66 万元")
    }

    @Test func undoAndRedo() {
        let (d, effects) = workstation()
        onProjectFourDoubledCharacter(d)
        d.press("edit.value")
        d.handle(.key(.enter))
        d.press("edit.undo")
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及 及时性")
        #expect(d.state.ordered.contains(where: doubled))
        #expect(d.state.redoStack.count == 1 && d.state.undoStack.isEmpty)
        d.handle(.key(.ctrl("r")))
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及时性")
        d.press("edit.undo", "edit.undo")
        #expect(d.state.message == "没有可以撤销的操作")
    }

    @Test func typingANewValue() {
        let (d, effects) = workstation()
        onProjectThreeRowOne(d)
        d.press("move.down", "move.down", "edit.value")
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(p.text == "保障各项综合事务正常开展")
        for _ in 0..<20 { d.handle(.key(.backspace)) }
        d.type("2021年12月底前")
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].indicators[2].value.raw == "2021年12月底前")
        #expect(!d.state.findings(ofProject: 2).contains { $0.rule == "indicator.not-quantified" && $0.location.row == 3 })
    }

    @Test func tabCyclesTheRowsFields() {
        let (d, _) = workstation()
        onProjectThreeRowOne(d)
        d.press("edit.value")
        d.handle(.key(.tab))
        guard case .prompt(let p)? = d.state.overlay, case .edit(let path, _) = p.purpose else { Issue.record("no prompt"); return }
        #expect(path.field == .indicator(row: 1, .basis))
        #expect(p.text == "服务资金")
        // q is text here, not quit.
        d.type("q")
        #expect(!d.finished)
        d.handle(.key(.escape))
        #expect(d.state.overlay == nil)
    }

    @Test func invalidValueIsRefusedAndKeptWithTheReason() {
        let (d, effects) = workstation()
        d.press("move.down", "move.down", "move.down", "view.open", "move.first", "move.down")
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("8,00")
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].budget.total == Money(yuan: 80000))
        #expect(effects.performed.isEmpty)
        // The prompt stays open with what was typed and why it was refused.
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("prompt closed"); return }
        #expect(p.text == "8,00")
        #expect(p.problem?.hasPrefix("预算数") == true)
        #expect(d.screenText.contains("预算数：“8,00”"))
        // Mended in place: Home, →, a 0; End, the rest.
        d.handle(.key(.home))
        d.handle(.key(.right))
        d.type("0")
        #expect(promptText(d) == "80,00")
        d.handle(.key(.end))
        d.type("0.00")
        #expect(promptText(d) == "80,000.00")
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(effects.document.projects[2].budget.total == Money(yuan: 80000))
        #expect(d.state.message == "没有改变")
    }

    /// What the screen shows is what can be typed back: `80,000.00`, `8万元`.
    @Test func amountsAsTheScreenShowsThem() {
        let (d, effects) = workstation()
        d.press("move.down", "move.down", "move.down", "view.open", "move.first", "move.down")
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("90,000.00")
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].budget.total == Money(yuan: 90000))
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("8万元")
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].budget.total == Money(yuan: 80000))
    }

    @Test func approveReturnComment() {
        let (d, effects) = workstation()
        d.press("move.down", "move.down")
        d.press("review.approve")
        #expect(effects.document.review.status(ofProjectAt: 1) == .approved)
        #expect(d.screenText.contains("已通过 1/13"))
        d.press("review.return")
        d.handle(.key(.enter))
        #expect(promptText(d) == "")
        #expect(d.screenText.contains("退回须写明审核意见"))
        d.type("数量指标请改为工作量")
        d.handle(.key(.enter))
        #expect(effects.document.review.status(ofProjectAt: 1) == .returned)
        #expect(effects.document.review.projects["2"]?.opinions.map(\.text) == ["数量指标请改为工作量"])
        d.press("review.comment")
        d.type("满意度目标请按服务对象测算")
        d.handle(.key(.enter))
        #expect(effects.document.review.projects["2"]?.opinions.count == 2)
        d.press("review.reopen")
        #expect(effects.document.review.status(ofProjectAt: 1) == .pending)
        // On the department row, review keys say what to do.
        d.press("move.first", "review.approve")
        #expect(d.state.message == "先选择一个项目")
    }

    @Test func readOnlyRefusesEdits() {
        let (d, effects) = workstation(readOnlyReason: "另一个 Jixiao 正在编辑")
        onProjectThreeRowOne(d)
        d.press("edit.value")
        #expect(d.state.overlay == nil)
        #expect(d.state.message?.hasPrefix("只读") == true)
        d.press("review.approve")
        #expect(effects.performed.isEmpty)
    }

    @Test func exportAsksWhereAndTabOffersTheReport() {
        let (d, effects) = workstation()
        d.press("app.export")
        #expect(d.screenText.contains("导出草稿（13 个项目未通过审核，1 个错误未改正或豁免）到"))
        #expect(d.screenText.contains("> /tmp/exports/430001-2021.txt"))
        d.handle(.key(.enter))
        #expect(effects.performed == [.export(path: "/tmp/exports/430001-2021.txt", report: false)])
        #expect(d.state.message == "已导出 /tmp/exports/430001-2021.txt")
        d.press("app.export")
        d.handle(.key(.tab))
        #expect(d.screenText.contains("导出审核意见书到"))
        #expect(d.screenText.contains("> /tmp/exports/430001-2021-审核意见书.html"))
        d.handle(.key(.enter))
        #expect(effects.performed.last == .export(path: "/tmp/exports/430001-2021-审核意见书.html", report: true))
    }

    /// An existing file is replaced only after `y`; `n` (or any other key) goes back to the
    /// name, kept, to change it.
    @Test func anExistingFileIsReplacedOnlyAfterYes() {
        let (d, effects) = workstation()
        effects.existing = ["草稿.txt"]
        d.press("app.export")
        d.handle(.key(.ctrl("u")))
        d.handle(.paste("草稿.txt"))
        d.handle(.key(.enter))
        #expect(effects.performed == [.export(path: "草稿.txt", report: false)])
        #expect(d.screenText.contains("已有文件 /ws/exports/草稿.txt，覆盖吗？按 y 覆盖，按 n 改文件名"))
        #expect(promptText(d) == "草稿.txt")
        d.handle(.key(.char("n")))
        #expect(promptText(d) == "草稿.txt")
        #expect(d.screenText.contains("没有覆盖：改一个文件名再按 Enter"))
        #expect(effects.performed.count == 1)
        // Asked again; another letter also goes back to the name, without being typed into it.
        d.handle(.key(.enter))
        #expect(d.screenText.contains("覆盖吗？"))
        d.handle(.key(.char("z")))
        #expect(promptText(d) == "草稿.txt")
        #expect(effects.performed.count == 2)
        // Asked again, and this time yes.
        d.handle(.key(.enter))
        #expect(d.screenText.contains("覆盖吗？"))
        d.handle(.key(.char("y")))
        #expect(effects.performed.last == .export(path: "草稿.txt", report: false, replace: true))
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "已导出 草稿.txt")
    }

    /// An export is journaled so it can be verified; a read-only session cannot journal.
    @Test func aReadOnlySessionDoesNotExport() {
        let (d, effects) = workstation(readOnlyReason: "另一个 Jixiao 正在编辑")
        d.press("app.export")
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "只读，不能导出：另一个 Jixiao 正在编辑")
        #expect(effects.performed.isEmpty)
    }

    /// An export refused (a name it cannot tell the format from) says it was not exported —
    /// not 未能保存, which is what a failed edit says.
    @Test func aFailedExportSaysItWasNotExported() {
        let (d, effects) = workstation()
        d.press("app.export")
        effects.failNext = "无法从文件名 out.pdf 看出导出格式"
        d.handle(.key(.enter))
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("prompt not reopened"); return }
        #expect(p.problem == "未能导出：无法从文件名 out.pdf 看出导出格式")
    }

    @Test func aFailedSaveChangesNothingAndKeepsTheInput() {
        let (d, effects) = workstation()
        onProjectFourDoubledCharacter(d)
        effects.failNext = "磁盘已满"
        d.press("edit.value")
        d.handle(.key(.enter))
        #expect(d.state.document.projects[3].indicators[2].name == "经费保障及 及时性")
        #expect(d.state.undoStack.isEmpty)
        // The prompt is back with the text and the reason.
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("prompt not reopened"); return }
        #expect(p.text == "经费保障及时性")
        #expect(p.problem == "未能保存：磁盘已满")
        d.handle(.key(.enter))
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及时性")
    }
}
