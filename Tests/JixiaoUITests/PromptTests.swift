import JixiaoModel
import Testing
@testable import JixiaoUI

/// The prompt as a reviewer types into it: every field keeps what was typed, nothing
/// typed is lost to a refusal or a stray Esc, and a paste is text.
@Suite struct PromptTests {
    func workstation(width: Int = 80, height: Int = 24) -> (AppDriver, MemoryEffects) {
        let effects = MemoryEffects(sampleDocument)
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: width, height: height),
                          perform: effects.perform)
        return (d, effects)
    }

    func prompt(_ d: AppDriver) -> PromptOverlay? {
        if case .prompt(let p)? = d.state.overlay { p } else { nil }
    }

    /// Project 3 open at `item` (0 header, 1 budget, 2 资金用途 … 6 row 1).
    func open(_ d: AppDriver, item: Int) {
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<item { d.press("move.down") }
    }

    /// The reviewer's name, asked once: the login name offered, a bad name refused with
    /// the prompt kept, a good one kept by an effect.
    @Test func theReviewersNameIsAskedOnce() {
        let effects = MemoryEffects(sampleDocument)
        var state = AppState(document: sampleDocument)
        state.overlay = .prompt(PromptOverlay(purpose: .reviewerName, text: "wang"))
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24), perform: effects.perform)
        #expect(d.screenText.contains("审核人姓名（记入日志"))
        #expect(d.screenText.contains("> wang"))
        d.handle(.key(.ctrl("u")))
        d.handle(.key(.enter))
        #expect(prompt(d)?.problem == "审核人姓名不能为空")
        d.type("王审核")
        d.handle(.key(.enter))
        #expect(effects.performed == [.keepReviewer("王审核")])
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "审核人：王审核")
    }

    @Test func tabKeepsWhatWasTypedInEachField() {
        let (d, effects) = workstation()
        open(d, item: 6)
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("≤8万元")
        d.handle(.key(.tab))
        #expect(prompt(d)?.text == "服务资金")
        d.handle(.key(.end))
        d.type("标准")
        d.handle(.key(.tab))
        d.handle(.key(.backTab))
        #expect(prompt(d)?.text == "服务资金标准")
        d.handle(.key(.backTab))
        #expect(prompt(d)?.text == "≤8万元")
        #expect(d.screenText.contains("已改 2 处"))
        // Enter saves both, each its own journaled edit.
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(effects.document.projects[2].indicators[0].value.raw == "≤8万元")
        #expect(effects.document.projects[2].indicators[0].basis == "服务资金标准")
        #expect(d.state.undoStack.count == 2)
    }

    /// A refused field among several: nothing is saved, the prompt shows that field with
    /// the reason, and every field keeps its text.
    @Test func aRefusedFieldKeepsEveryField() {
        let (d, effects) = workstation()
        open(d, item: 1)
        d.press("edit.value")
        d.handle(.key(.tab))
        d.handle(.key(.ctrl("u")))
        d.type("很多")
        d.handle(.key(.tab))
        d.handle(.key(.ctrl("u")))
        d.type("0")
        d.handle(.key(.enter))
        #expect(effects.performed.isEmpty)
        let p = prompt(d)
        #expect(p?.field?.field == .budget(.fiscal))
        #expect(p?.text == "很多")
        #expect(p?.problem?.contains("很多") == true)
        #expect(d.screenText.contains("✗ 财政资金"))
        d.handle(.key(.ctrl("u")))
        d.type("80,000.00")
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(effects.document.projects[2].budget.other == .zero)
    }

    /// A refused value pasted whole (a document, 490,000 characters) is kept up to the
    /// field's capacity, the rest said; it is quoted in the reason, the two lines of it on
    /// show all that is wrapped, so each key is still answered at once. (Before, the whole
    /// reason was wrapped at every key: minutes.)
    @Test func aLongRefusedPasteIsKeptInThePrompt() {
        let (d, effects) = workstation()
        open(d, item: 1)
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.paste(String(repeating: "经费保障及时性", count: 70_000))
        #expect(d.state.message == "已粘贴：输入框最多容纳 20,000 个字，多出的 470,000 个字没有接收")
        d.handle(.key(.enter))
        #expect(effects.performed.isEmpty)
        #expect(prompt(d)?.problem != nil)
        for _ in 0..<5 { d.handle(.key(.left)) }
        #expect(d.screenText.contains("✗ 预算数"))
        #expect(prompt(d)?.text.count == LineEditor.capacity)
    }

    /// A path longer than any file system takes is refused at Enter with its length — not
    /// tried, and not quoted back whole (each Enter of a pasted list of lines did both).
    @Test func aPathTooLongForTheSystemIsRefusedAtOnce() {
        let (d, effects) = workstation()
        d.press("app.export")
        d.handle(.key(.ctrl("u")))
        let path = String(repeating: "导出/", count: 600) + "a.xlsx"
        d.paste(path)
        d.handle(.key(.enter))
        #expect(effects.performed.isEmpty)
        #expect(prompt(d)?.problem == "文件路径有 4,206 字节，超过系统允许的 4,096 字节：请改短")
        #expect(prompt(d)?.text == path)
        // Within it, the export is tried.
        d.handle(.key(.ctrl("u")))
        d.type("a.xlsx")
        d.handle(.key(.enter))
        #expect(effects.performed.count == 1)
    }

    /// An opinion or a value beyond `TextLimit` (a paste gone wrong) is kept in the prompt
    /// with its length, and nothing is saved; within it, saved as typed.
    @Test func aTextBeyondTheLimitIsNotSaved() {
        let (d, effects) = workstation()
        open(d, item: 0)
        d.press("review.return")
        d.paste(String(repeating: "请细化", count: 2_000))
        d.handle(.key(.enter))
        #expect(effects.performed.isEmpty)
        #expect(prompt(d)?.problem?.contains("有 6,000 个字，超过 5,000 字的上限") == true, "\(String(describing: prompt(d)?.problem))")
        #expect(prompt(d)?.text.count == 6_000)
        d.handle(.key(.ctrl("u")))
        d.type("数量指标请改为工作量")
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(!effects.performed.isEmpty)
    }

    @Test func escAsksBeforeDroppingALongText() {
        let (d, effects) = workstation()
        open(d, item: 0)
        d.press("review.return")
        d.type("数量指标请改为工作量，质量指标写明标准")
        d.handle(.key(.escape))
        #expect(prompt(d)?.confirmingDiscard == true)
        #expect(d.screenText.contains("再按 Esc 放弃"))
        // Any other key goes on typing.
        d.type("。")
        #expect(prompt(d)?.confirmingDiscard == false)
        #expect(prompt(d)?.text.hasSuffix("标准。") == true)
        d.handle(.key(.escape))
        d.handle(.key(.escape))
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "已放弃输入")
        #expect(effects.performed.isEmpty)
        // A short text goes at once.
        d.press("review.comment")
        d.type("好")
        d.handle(.key(.escape))
        #expect(d.state.overlay == nil)
    }

    /// An opinion takes several lines: Ctrl-J (or Alt-Enter) starts one, Enter saves.
    @Test func opinionsHaveSeveralLines() {
        let (d, effects) = workstation()
        open(d, item: 0)
        d.press("review.return")
        d.type("1. 数量指标请改为工作量")
        d.handle(.key(.ctrl("j")))
        d.type("2. 成本指标写明单价")
        d.handle(.key(.alt("\n")))
        d.type("3. 补全依据")
        #expect(prompt(d)?.text == "1. 数量指标请改为工作量\n2. 成本指标写明单价\n3. 补全依据")
        #expect(d.screenText.contains("Ctrl-J 换行"))
        // ↑ goes to the line above, at the same column.
        d.handle(.key(.up))
        d.handle(.key(.end))
        d.type("（元/台）")
        d.handle(.key(.enter))
        #expect(effects.document.review.projects["3"]?.opinions.first?.text ==
                "1. 数量指标请改为工作量\n2. 成本指标写明单价（元/台）\n3. 补全依据")
    }

    /// 资金用途 wraps over several rows as it is typed; a line break cannot go in a cell.
    @Test func usageWrapsAndRefusesALineBreak() {
        let (d, effects) = workstation()
        open(d, item: 2)
        d.press("edit.value")
        d.handle(.key(.end))
        d.type("其中宣传培训 2 万元，考核迎检 3 万元，监督管理 3 万元。")
        let layout = prompt(d)!.layout(d.state)
        #expect(layout.input.height >= 2)
        d.handle(.key(.ctrl("j")))
        #expect(d.state.message?.contains("不能换行") == true)
        #expect(!prompt(d)!.text.contains("\n"))
        d.handle(.key(.enter))
        #expect(effects.document.projects[2].usage.hasSuffix("监督管理 3 万元。"))
    }

    /// A paste is text: `意见⏎ja` in the opinion prompt is an opinion of two lines, and
    /// does not save, move or approve anything.
    @Test func aPasteIsTextInAPrompt() {
        let (d, effects) = workstation()
        open(d, item: 0)
        d.press("review.comment")
        d.paste("意见\rja")
        #expect(prompt(d)?.text == "意见\nja")
        #expect(effects.performed.isEmpty)
        #expect(d.state.document.review.status(ofProjectAt: 2) == .pending)
        d.handle(.key(.enter))
        #expect(effects.document.review.projects["3"]?.opinions.first?.text == "意见\nja")
    }

    @Test func aPasteIntoACellIsJoined() {
        let (d, _) = workstation()
        open(d, item: 6)
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.paste("≤8\n万元\u{1B}")
        #expect(prompt(d)?.text == "≤8万元")
        #expect(d.state.message == "已粘贴：多行文字已接成一段（表格的一个单元格不能换行）；已去掉 1 个控制字符")
    }

    /// Where no prompt is open, a paste does nothing at all, and says so.
    @Test func aPasteWithNoPromptDoesNothing() {
        let (d, effects) = workstation()
        open(d, item: 0)
        let before = d.state
        d.paste("意见\rja")
        #expect(effects.performed.isEmpty)
        #expect(d.state.screen == before.screen)
        #expect(d.state.message?.contains("粘贴的文字未使用") == true)
        // Help open: the same.
        d.press("app.help")
        d.paste("q")
        #expect(!d.finished)
        #expect(d.state.overlay != nil)
    }

    @Test func theCursorIsWhereTypingGoes() {
        let (d, _) = workstation()
        open(d, item: 6)
        d.press("edit.value")
        let end = d.frame.cursor!
        #expect(d.frame.text(row: end.y).hasPrefix("> 57.66 万元"))
        d.handle(.key(.home))
        #expect(d.frame.cursor == Buffer.Position(x: 2, y: end.y))
        d.handle(.key(.escape))
        #expect(d.frame.cursor == nil)
    }
}
