import JixiaoRules
import Testing
@testable import JixiaoUI

/// Keys as terminal users expect them: pop-ups close before anything quits, a search is
/// walked with n/N, a number and Enter open a project, an unknown key is said.
@Suite struct KeysTests {
    func reduce(_ s: AppState, _ actions: Action...) -> AppState {
        actions.reduce(s) { Reducer.reduce($0, $1).0 }
    }

    let start = AppState(document: sampleDocument)

    @Test func qAndEscCloseAPopUpFirst() {
        let d = driver()
        d.press("app.help")
        d.handle(.key(.char("q")))
        #expect(d.state.overlay == nil)
        #expect(!d.finished)
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        d.press("view.next-pane", "view.open")
        #expect(d.state.overlay == .ruleHelp(RuleHelpOverlay(rule: "indicator.amount-vs-budget")))
        d.handle(.key(.char("q")))
        #expect(d.state.overlay == nil && !d.finished)
        d.handle(.key(.char("q")))
        #expect(d.finished)
    }

    @Test func gAndGInHelp() {
        var s = reduce(start, .help)
        s = reduce(s, .last)
        guard case .help(let end)? = s.overlay else { Issue.record("no help"); return }
        #expect(end.offset > 0)
        s = reduce(s, .first)
        #expect(s.overlay == .help(HelpOverlay(offset: 0)))
        let d = driver()
        d.press("app.help")
        d.handle(.key(.char("G")))
        #expect(d.screenText.contains("标记显示在有问题的单元格上"))
        d.handle(.key(.home))
        #expect(d.screenText.contains(" 按键"))
    }

    /// After a search, n and N go through its places (and wrap), with the query marked on
    /// the screen; Esc ends the search and n goes back to the findings.
    @Test func nAndNWalkASearch() {
        let d = driver()
        d.press("view.search")
        d.type("保洁")
        d.handle(.key(.enter))
        #expect(d.state.searchMatch == 0)
        #expect(d.state.screen.projectIndex == 0)
        #expect(d.state.message?.hasPrefix("“保洁”：第 1/9 处") == true)
        // The query is marked where it shows.
        let marked = (0..<d.frame.height).flatMap { y in (0..<d.frame.width).map { d.frame[$0, y] } }.filter { $0.style.role == .match }
        #expect(marked.map(\.symbol).joined().contains("保洁"))
        #expect(StatusLine.hints(d.state).first?.1 == "下一处/上一处")
        d.press("finding.next")
        #expect(d.state.message == "“保洁”：第 2/9 处")
        #expect(d.state.screen.projectIndex == 2)
        d.press("finding.previous", "finding.previous")
        #expect(d.state.message == "已到最后一处。“保洁”：第 9/9 处")
        // Esc ends the search; n is a finding again.
        d.handle(.key(.escape))
        #expect(d.state.searchMatch == nil)
        #expect(d.state.screen.projectIndex == 6, "the first Esc does not go back")
        d.press("finding.next")
        #expect(d.state.message?.hasPrefix("问题 ") == true)
    }

    @Test func slashOffersTheLastQuery() {
        var s = reduce(start, .startSearch, .input("保"), .input("洁"), .submit, .back)
        s = reduce(s, .startSearch)
        guard case .search(let offered)? = s.overlay else { Issue.record("no search"); return }
        #expect(offered.query == "保洁")
        #expect(offered.editor.replacesOnTyping)
        // Enter searches it again; typing replaces it.
        #expect(reduce(s, .submit).searchMatch == 0)
        guard case .search(let typed)? = reduce(s, .input("电")).overlay else { Issue.record("no search"); return }
        #expect(typed.query == "电")
    }

    @Test func aNumberThenEnterOpensThatProject() {
        let d = driver()
        d.type("1")
        d.type("2")
        #expect(d.state.message == "打开第 12 个项目：按 Enter（Esc 取消）")
        d.handle(.key(.enter))
        #expect(d.state.screen.projectIndex == 11)
        #expect(d.screenText.hasPrefix("12/13  疫情防控工作经费"))
        // From a project too; a number that is no project says so.
        d.type("99")
        d.handle(.key(.enter))
        #expect(d.state.message == "没有第 99 个项目（共 13 个）")
        #expect(d.state.screen.projectIndex == 11)
        // Esc drops the number and stays.
        d.type("3")
        d.handle(.key(.escape))
        #expect(d.state.screen.projectIndex == 11)
        #expect(d.state.typedNumber == nil)
        d.handle(.key(.escape))
        #expect(d.state.screen == .overview)
        #expect(d.state.overview.selected == 12)
    }

    @Test func anUnknownKeyIsSaid() {
        let d = driver()
        d.handle(.key(.char("z")))
        #expect(d.state.message == "“z”在这里没有用；按 ? 查看全部按键")
        d.handle(.key(.unknown("Esc [99~")))
        #expect(d.state.message == "未知按键（Esc [99~）在这里没有用；按 ? 查看全部按键")
        #expect(d.state.screen == .overview)
    }

    /// Keys that do nothing (text pasted where the terminal does not mark pastes) leave every
    /// cursor as settling would put it, on each screen — they are not laid out again for
    /// each key — and the message says the last.
    @Test func keysThatDoNothingLeaveTheStateSettled() {
        let d = driver(width: 100, height: 30)
        for path in [[], ["move.down", "view.open"], ["view.back", "move.down", "move.down", "move.down", "view.open"]] {
            for id in path { d.press(id) }
            let before = d.state
            for c in "经费保障及时性经费保障" { d.handle(.key(.char(c))) }
            var settled = d.state
            Reducer.settle(&settled)
            #expect(settled == d.state, "\(path)")
            #expect(d.state.screen == before.screen)
            #expect(d.state.message == "“障”在这里没有用；按 ? 查看全部按键")
        }
    }
}

/// Messages that fit: two lines above the keys, paths shortened from the middle, a pop-up
/// for what is longer still; the keys stay on show.
@Suite struct MessageTests {
    let home = "/home/wang"
    let path = "/home/wang/.local/share/jixiao/workspace/exports/430001-2021.txt"

    @Test func aMessageShowsAboveTheKeys() {
        var s = AppState(document: sampleDocument)
        s.message = "已修改。问题 E1→0"
        let b = Renderer.render(s)
        #expect(b.text(row: 22).hasPrefix(" 已修改。问题 E1→0"))
        #expect(b.text(row: 23).contains("Enter 打开"))
    }

    @Test func longMessagesWrapWithoutCuttingAWordOrAPath() {
        let message = "已导出草稿（12 个项目未通过审核）到 \(path)，日志第 4 条，SHA-256 3f2a9c81…"
        let lines = StatusLine.lines(message, width: 80, home: home)!
        #expect(lines.count == 2)
        // The home folder as ~, and only as much of the middle cut as the two lines need.
        #expect(lines.joined().contains("~/…/jixiao/workspace/exports/430001-2021.txt"))
        #expect(StatusLine.lines("已导出到 \(path)", width: 80, home: home) == ["已导出到 ~/.local/share/jixiao/workspace/exports/430001-2021.txt"])
        // Narrower, the path is shortened from the middle: its end is kept.
        let narrow = StatusLine.lines(message, width: 60, home: home)!
        #expect(narrow.count == 2)
        #expect(narrow.joined().contains("/exports/430001-2021.txt"))
        #expect(narrow.joined().contains("…"))
    }

    @Test func aMessageTooLongOpensInAPopUp() {
        let d = driver()
        let long = String(repeating: "这是一条很长的消息，", count: 30)
        d.send(.notice(long))
        guard case .message(let m)? = d.state.overlay else { Issue.record("no pop-up"); return }
        #expect(m.text == long)
        #expect(d.screenText.contains("按任意键关闭"))
        // Any key closes it and does nothing else.
        d.handle(.key(.char("j")))
        #expect(d.state.overlay == nil)
        #expect(d.state.overview.selected == 0)
    }

    @Test func pathsFromTheMiddle() {
        #expect(PathShorteningCheck.middle(path, 32) == "/home/…/exports/430001-2021.txt")
        #expect(PathShorteningCheck.middle(path, 80) == path)
        #expect(PathShorteningCheck.middle("~/审核2022/exports/430001-2021.txt", 28) == "~/…/exports/430001-2021.txt")
        #expect(PathShorteningCheck.middle(path, 12).count <= 12)
    }
}

import JixiaoTextLayout

enum PathShorteningCheck {
    static func middle(_ p: String, _ w: Int) -> String { PathShortening.middle(p, to: w) }
}
