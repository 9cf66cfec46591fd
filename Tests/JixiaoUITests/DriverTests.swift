import Foundation
import JixiaoSynthetic
import Testing
@testable import JixiaoUI

/// The app driven headless by command, as a reviewer would use it.
@Suite struct DriverTests {
    @Test func drillInAndOut() {
        let d = driver()
        #expect(d.screenText.contains("部门整体绩效目标"))
        d.press("move.down", "view.open")
        #expect(d.screenText.hasPrefix("1/13  机关监控设备维护费"))
        d.press("view.back")
        #expect(d.screenText.hasPrefix("绩效 Jixiao"))
        d.press("app.quit")
        #expect(d.finished)
    }

    @Test func everyErrorCanBeFoundWithN() {
        let d = driver()
        var errors = 0
        for _ in 0..<d.state.ordered.count {
            d.press("finding.next")
            if d.screenText.contains("错误") && d.state.ordered[d.state.currentFinding!].severity == .error { errors += 1 }
        }
        #expect(errors == 1)
    }

    /// Keys typed ahead (a paste where the terminal does not mark pastes, keys pressed while
    /// the screen was busy) are all taken before one frame is drawn, and that frame is the
    /// one drawing after every key ends on. (Before, every key drew its own frame: 3,000
    /// typed characters kept the workstation busy 5–25 s, found by scripts/fuzz-workstation.)
    @Test func keysTypedAheadAreDrawnOnce() {
        let text = String(repeating: "经费保障", count: 50)
        let keys: [InputEvent] = [.key(.down), .key(.enter), .key(.char("c"))] + text.map { .key(.char($0)) }
        let eachKey = TestBackend(width: 80, height: 24, events: keys)
        AppDriver(state: AppState(document: sampleDocument), backend: eachKey).run()
        let ahead = TestBackend(width: 80, height: 24, events: keys)
        ahead.typedAhead = true
        AppDriver(state: AppState(document: sampleDocument), backend: ahead).run()
        #expect(eachKey.frames.count == keys.count + 1)
        #expect(ahead.frames.count == 2)
        #expect(ahead.frames.last == eachKey.frames.last)
        #expect(ahead.frames.last?.text.contains("经费保障经费保障") == true)
    }

    /// What waited turned out to be no key (an Insert ncurses knows and Jixiao does not): the
    /// backend says `.redraw`, and the frame put off is drawn then.
    @Test func aFramePutOffIsDrawnOnRedraw() {
        let backend = TestBackend(width: 80, height: 24, events: [.key(.down), .redraw])
        backend.typedAhead = true
        let d = AppDriver(state: AppState(document: sampleDocument), backend: backend)
        d.run()
        #expect(backend.frames.count == 2)
        #expect(d.frame == Renderer.render(d.state))
        // Nothing to draw: a redraw with the frame current draws nothing more.
        d.handle(.redraw)
        #expect(backend.frames.count == 2)
    }

    /// Esc and then a key pressed while Jixiao was busy reach it as Alt with that key does
    /// (`Esc j`). Where Alt with the key does nothing, they are the two keys pressed: Esc
    /// leaves the project, `j` moves on the overview — before, "Alt-J 在这里没有用" and
    /// neither happened.
    @Test func escAndAKeyTogetherAreBothTaken() {
        let apart = driver()
        apart.press("move.down", "move.down", "view.open")
        apart.handle(.key(.escape))
        apart.handle(.key(.char("j")))
        let together = driver()
        together.press("move.down", "move.down", "view.open")
        together.handle(.key(.alt("j")))
        #expect(together.state.screen == .overview)
        #expect(together.state.overview == apart.state.overview)
        #expect(together.screenText == apart.screenText)
        #expect(together.state.message == nil)
        // Esc and Enter: Enter opens the project the cursor is on, as the two keys apart do.
        together.handle(.key(.alt("\n")))
        apart.handle(.key(.escape))
        apart.handle(.key(.enter))
        #expect(together.screenText == apart.screenText)
        #expect(together.state.message == nil)
        together.handle(.key(.escape))
        // Esc and q: the overview is left for nothing, and q quits.
        together.handle(.key(.alt("q")))
        #expect(together.finished)
    }

    /// Alt-B in a prompt is still a word to the left (readline's Esc-B too), not Esc; an
    /// Alt that does nothing there drops nothing typed (Esc would).
    @Test func altKeysInAPromptDropNothing() {
        let d = driver()
        d.press("move.down", "move.down", "move.down", "view.open", "move.first", "move.down", "move.down")
        d.press("edit.value")
        guard case .prompt(let before)? = d.state.overlay else { Issue.record("no prompt"); return }
        d.handle(.key(.alt("b")))
        guard case .prompt(let after)? = d.state.overlay else { Issue.record("the prompt closed"); return }
        #expect(after.text == before.text)
        #expect(after.editor.cursor < before.editor.cursor)
        d.handle(.key(.alt("j")))
        guard case .prompt(let still)? = d.state.overlay else { Issue.record("Alt-J closed the prompt"); return }
        #expect(still.text == before.text)
        #expect(d.state.message?.contains("Alt-J") == true)
    }

    /// Characters that come faster than they are taken — a paste the terminal did not mark,
    /// keys typed while Jixiao was busy — are taken into a prompt or the search line as one
    /// run, to the same end as one key at a time: the same text, opinion and search.
    @Test func charactersTypedAheadEndAsTypedOneByOne() {
        let opinion = String(repeating: "指标值请量化，", count: 40)
        let typing: [InputEvent] = [.key(.down), .key(.down), .key(.char("c"))] + opinion.map { .key(.char($0)) }
            + [.key(.enter), .key(.char("/"))] + "保洁".map { .key(.char($0)) } + [.key(.enter), .key(.char("q"))]
        func run(typedAhead: Bool) -> (AppState, [Effect], Bool) {
            let effects = MemoryEffects(sampleDocument)
            let backend = TestBackend(width: 80, height: 24, events: typing)
            backend.typedAhead = typedAhead
            let d = AppDriver(state: AppState(document: sampleDocument), backend: backend, perform: effects.perform)
            d.run()
            return (d.state, effects.performed, d.finished)
        }
        let (apart, apartEffects, apartFinished) = run(typedAhead: false)
        let (together, togetherEffects, togetherFinished) = run(typedAhead: true)
        #expect(apartEffects.count == 1)
        #expect(togetherEffects == apartEffects)
        #expect(together.searchMatch == apart.searchMatch && together.searchMatch != nil)
        #expect(together.screen == apart.screen)
        // `q` after the search is a key again, not text: both quit.
        #expect(apartFinished && togetherFinished)
    }

    /// Typed ahead past the field's capacity: the rest is not taken, and the reviewer is told.
    @Test func charactersTypedAheadStopAtTheCapacity() {
        let backend = TestBackend(width: 80, height: 24,
                                  events: [.key(.char("/"))] + Array(repeating: InputEvent.key(.char("经")), count: LineEditor.capacity + 5))
        backend.typedAhead = true
        let d = AppDriver(state: AppState(document: sampleDocument), backend: backend)
        d.run()
        guard case .search(let search)? = d.state.overlay else { Issue.record("the search line closed"); return }
        #expect(search.query.count == LineEditor.capacity)
        #expect(d.state.message == "输入框最多容纳 20,000 个字，多出的 5 个字没有接收")
    }

    @Test func resizeRedraws() {
        let d = driver()
        d.handle(.resize(width: 120, height: 40))
        #expect(d.frame.width == 120 && d.frame.height == 40)
        d.handle(.resize(width: 30, height: 8))
        #expect(d.screenText.contains("窗口太小"))
        d.handle(.resize(width: 80, height: 24))
        #expect(d.screenText.contains("预算数合计"))
    }

    /// Any key at any size, including absurd ones — moving, searching, editing, typing,
    /// pasting, reviewing, undoing — never crashes and always draws a frame of the
    /// terminal's size. Seeded, so a failure names the seed that reproduces it; each run
    /// takes a new seed unless `JIXIAO_FUZZ_SEED` gives one.
    @Test func randomKeysAtRandomSizesNeverCrash() {
        let seed = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var rng = SplitMix(seed: seed)
        let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .pageUp, .pageDown, .home, .end,
                           .backspace, .delete, .ctrlLeft, .ctrlRight,
                           .char("n"), .char("N"), .char("f"), .char("/"), .char("?"), .char("j"), .char("k"), .char("保"),
                           .char("g"), .char("G"), .char(" "), .function(1),
                           // Editing and reviewing: e edit, c comment, r return, a approve, u undo, x export, w waive.
                           .char("e"), .char("c"), .char("r"), .char("a"), .char("u"), .char("x"), .char("w"), .char("y"),
                           .char("8"), .char("万"), .char("%"), .ctrl("r"), .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"),
                           .ctrl("w"), .alt("\n")]
        let pastes = ["8万元", "意见\nja", "≥95%\t依据", "\u{1B}[2J", "", String(repeating: "长", count: 300)]
        let sizes = [(0, 0), (1, 1), (59, 15), (60, 16), (61, 17), (80, 24), (200, 60), (300, 5), (10, 100)]
        for round in 0..<20 {
            let (w, h) = sizes[round % sizes.count]
            let effects = MemoryEffects(sampleDocument)
            let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: w, height: h),
                              perform: effects.perform)
            for _ in 0..<200 {
                switch rng.next() % 40 {
                case 0:
                    let (nw, nh) = sizes[Int(rng.next() % UInt64(sizes.count))]
                    d.handle(.resize(width: nw, height: nh))
                case 1:
                    d.handle(.paste(pastes[Int(rng.next() % UInt64(pastes.count))]))
                default:
                    d.handle(.key(keys[Int(rng.next() % UInt64(keys.count))]))
                }
                #expect(d.frame.width == d.state.width && d.frame.height == d.state.height, "JIXIAO_FUZZ_SEED=\(seed)")
                if d.finished { break }
            }
        }
    }
}
