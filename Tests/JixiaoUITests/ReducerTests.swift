import JixiaoRules
import Testing
@testable import JixiaoUI

@Suite struct ReducerTests {
    func reduce(_ s: AppState, _ actions: Action...) -> AppState {
        actions.reduce(s) { Reducer.reduce($0, $1).0 }
    }

    let start = AppState(document: sampleDocument)

    @Test func overviewMovesAndOpens() {
        var s = reduce(start, .down, .down, .down)
        #expect(s.overview.selected == 3)
        s = reduce(s, .open)
        #expect(s.screen.projectIndex == 2)
        s = reduce(s, .back)
        #expect(s.screen == .overview)
        #expect(s.overview.selected == 3)
        #expect(reduce(start, .up).overview.selected == 0)
        #expect(reduce(start, .last).overview.selected == 13)
        #expect(reduce(start, .last, .first).overview.selected == 0)
        #expect(reduce(start, .open).screen.isDepartment)
    }

    @Test func quitIsAnEffect() {
        #expect(Reducer.reduce(start, .quit).1 == [.quit])
        var typing = start
        typing.overlay = .search(SearchOverlay())
        #expect(Reducer.reduce(typing, .quit).1 == [])
    }

    @Test func projectItemsAndPanes() {
        var s = reduce(start, .down, .down, .down, .open, .first)
        let items = s.detailLayout.items
        #expect(items.map(\.kind).prefix(6) == [.header, .budget, .usage, .plan, .goals, .table])
        #expect(items.count == 12)
        // Tab on a row without findings says so and stays.
        s = reduce(s, .nextPane)
        #expect(s.detail.focus == .body)
        #expect(s.message == "本行没有问题")
        // Row 1 of project 3 has two findings (the amount error carries the input-as-output advice).
        s = reduce(s, .down, .down, .down, .down, .down, .down)
        #expect(s.detailLayout.items[s.detail.item].kind == .indicator(1))
        #expect(s.detailLayout.panelFindings.map(\.rule) == ["indicator.amount-vs-budget", "indicator.basis-category"])
        s = reduce(s, .nextPane, .down)
        #expect(s.detail.focus == .findings)
        #expect(s.detail.finding == 1)
        s = reduce(s, .open)
        #expect(s.overlay == .ruleHelp(RuleHelpOverlay(rule: "indicator.basis-category")))
        s = reduce(s, .back)
        #expect(s.overlay == nil)
        s = reduce(s, .back)
        #expect(s.detail.focus == .body)
        s = reduce(s, .back)
        #expect(s.screen == .overview)
    }

    @Test func nextFindingWalksEveryFindingInOrder() {
        var s = start
        var seen: [Finding] = []
        for _ in 0..<s.ordered.count {
            s = reduce(s, .nextFinding)
            let i = s.currentFinding!
            seen.append(s.ordered[i])
            // The screen shows it: its project, its item, highlighted in the panel.
            let f = s.ordered[i]
            if let p = f.projectIndex {
                #expect(s.screen.projectIndex == p)
                let items = s.detailLayout.items
                #expect(items[s.detail.item].kind == ItemKind.of(f))
                #expect(s.detailLayout.panelFindings[s.detail.finding] == f)
            } else {
                #expect(s.screen.isDepartment)
            }
        }
        #expect(seen == s.ordered)
        // Past the last, it wraps and says so.
        s = reduce(s, .nextFinding)
        #expect(s.currentFinding == 0)
        #expect(s.message?.hasPrefix("已回到第一个问题") == true)
        s = reduce(s, .previousFinding)
        #expect(s.currentFinding == s.ordered.count - 1)
    }

    @Test func nextFindingStartsFromTheCursor() {
        // From the overview with project 10 selected, n goes to project 10's first finding.
        var s = reduce(start, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down)
        s = reduce(s, .nextFinding)
        #expect(s.screen.projectIndex == 9)
        #expect(s.ordered[s.currentFinding!].projectIndex == 9)
    }

    @Test func filterShowsOnlyRowsWithFindings() {
        var s = reduce(start, .toggleFilter)
        #expect(OverviewLayout(s).rows.count == 14)
        s = reduce(s, .down, .down, .down, .open)
        let items = s.detailLayout.items
        #expect(items.allSatisfy { !$0.findings.isEmpty || $0.kind == .table })
        // The rows with findings under the table's header row.
        #expect(items.map(\.kind) == [.table, .indicator(1), .indicator(3), .indicator(4)])
        s = reduce(s, .toggleFilter)
        #expect(s.detailLayout.items.count == 12)
    }

    @Test func searchJumpsToTheHit() {
        var s = reduce(start, .startSearch, .input("保"), .input("洁"))
        guard case .search(let search)? = s.overlay else { Issue.record("no search"); return }
        let hits = Search.hits(s.document, search.query)
        #expect(hits.count == 9)
        #expect(hits[0].label.hasPrefix("1.机关监控设备维护费 › 第 3 行 经费保障及时性 › 绩效指标描述：及时保障各项保洁需要"))
        s = reduce(s, .down, .submit)
        #expect(s.overlay == nil)
        #expect(s.screen.projectIndex == 2)
        #expect(s.detailLayout.items[s.detail.item].kind == .indicator(3))
        #expect(s.message?.hasPrefix("“保洁”：第 2/9 处") == true)
        let none = reduce(start, .startSearch, .input("无"), .input("此"), .input("词"), .submit)
        #expect(none.message == "没有找到“无此词”")
        let cancelled = reduce(start, .startSearch, .input("x"), .editText(.deleteBackward), .cancel)
        #expect(cancelled.overlay == nil)
    }

    /// A query pasted by mistake — longer than the 5,000 characters any text may have — is
    /// not searched for, and the search line says why (not 没有找到, nor the query again).
    /// Before, every text's search built its tables from the whole query: with 1,200,000
    /// characters, seconds a key, and keys typed ahead took minutes (measured by hand).
    @Test func aQueryPastedByMistakeIsNotSearchedFor() {
        let long = String(repeating: "经费保障及时性", count: 171_429)
        #expect(Search.isTooLong(long) && !Search.isTooLong(String(repeating: "保", count: 5_000)))
        var s = reduce(start, .startSearch, .paste(long), .input("x"))
        guard case .search(let search)? = s.overlay else { Issue.record("no search"); return }
        #expect(Search.hits(s.document, search.query).isEmpty)
        // A query that is long but within the limit is searched for as ever: no text holds it.
        #expect(Search.hits(s.document, String(repeating: "保洁", count: 2_000)).isEmpty)
        #expect(!Search.hits(s.document, "及时保障各项保洁需要").isEmpty)
        s = reduce(s, .submit)
        #expect(s.message == "搜索的文字超过 5,000 字的上限，没有搜索")
    }

    @Test func helpOpensAndCloses() {
        var s = reduce(start, .help)
        #expect(s.overlay == .help(HelpOverlay()))
        s = reduce(s, .down, .down)
        #expect(s.overlay == .help(HelpOverlay(offset: 2)))
        s = reduce(s, .help)
        #expect(s.overlay == nil)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var s = reduce(start, .last)
        s = reduce(s, .resize(width: 80, height: 16))
        let list = OverviewLayout(s).list
        #expect(s.overview.selected >= s.overview.offset && s.overview.selected < s.overview.offset + list.height)
        s = reduce(s, .resize(width: 20, height: 5))
        #expect(s.isTooSmall)
        // Keys other than q do nothing while too small.
        #expect(reduce(s, .down, .open).screen == .overview)
        #expect(Reducer.reduce(s, .quit).1 == [.quit])
    }

    /// ↓ selects the next paragraph (after the 综合评定, the 总体绩效目标's), and brings it into view.
    @Test func departmentScreenSelectsParagraphsAndShowsDepartmentFindings() {
        var s = reduce(start, .open)
        #expect(s.screen.isDepartment)
        #expect(s.detailLayout.panelFindings.map(\.rule) == Array(repeating: "department.subgoal-not-quantified", count: 5) + ["indicator.uniform-satisfaction"])
        s = reduce(s, .down, .down)
        let selected = s.detailLayout.items[s.detail.item]
        #expect(selected.kind == .paragraph(.summary(2)))
        #expect(s.detail.bodyOffset > 0 && selected.lines.upperBound <= s.detail.bodyOffset + s.detailLayout.body.height)
        s = reduce(s, .nextPane)
        #expect(s.detail.focus == .findings)
    }

    @Test func readOnlyIsSaid() {
        let s = AppState(document: sampleDocument, readOnlyReason: "另一个 Jixiao 正在编辑 430001-2021：本次以只读方式打开")
        #expect(s.message?.contains("只读") == true)
        let text = Renderer.render(s).text
        #expect(text.contains("只读"))
    }

    /// The detail screens share one cursor type, carried by the screen: a screen reached
    /// again starts afresh, so nothing of an earlier visit shows.
    @Test func aScreenReachedAgainStartsAfresh() {
        // Read the department part a little way down, panel focused, then leave it.
        var s = reduce(start, .open, .down, .down, .down, .nextPane)
        #expect(s.detail.item == 3 && s.detail.bodyOffset > 0 && s.detail.focus == .findings)
        s = reduce(s, .back, .back)
        #expect(s.screen == .overview)
        // From project 1's first row, N goes back to the department's finding.
        s = reduce(s, .down, .open, .previousFinding)
        #expect(s.screen.isDepartment)
        #expect(s.detail.item == 0 && s.detail.bodyOffset == 0 && s.detail.focus == .body)
        #expect(s.ordered[s.currentFinding!].projectIndex == nil)
        // Reopening a project does not keep its old selection either.
        s = reduce(start, .down, .down, .down, .open, .down, .down, .back, .open)
        #expect(s.screen.projectIndex == 2 && s.detail.item == reduce(start, .down, .down, .down, .open).detail.item)
    }

    /// The status line describes the cursor of the screen on show, not one left on
    /// another screen.
    @Test func hintsFollowTheScreenOnShow() {
        var s = reduce(start, .down, .down, .down, .open, .first, .down, .down, .down, .down, .down, .down, .nextPane)
        #expect(s.detail.focus == .findings)
        #expect(StatusLine.hints(s).contains { $0 == ("↑↓", "选择问题") })
        // N from project 3's findings back to the department's one finding.
        while !s.screen.isDepartment { s = reduce(s, .previousFinding) }
        #expect(s.detail.focus == .body)
        #expect(StatusLine.hints(s).contains { $0 == ("Tab", "问题面板") })
    }

    /// A pop-up scrolled to its end stays in range when the terminal grows.
    @Test func resizeKeepsAPopupInRange() {
        var s = reduce(start, .help, .pageDown, .pageDown, .pageDown, .pageDown)
        guard case .help(let scrolled)? = s.overlay else { Issue.record("no help"); return }
        #expect(scrolled.offset > 0)
        s = reduce(s, .resize(width: 120, height: 80))
        #expect(s.overlay == .help(HelpOverlay(offset: 0)), "all of help fits at 120×80")
    }
}
