import Testing
@testable import JixiaoUI

@Suite struct CommandTests {
    @Test func noKeyRunsTwoCommands() {
        var seen: [Key: String] = [:]
        for c in Commands.all {
            for k in c.keys {
                #expect(seen[k] == nil, "\(k.label) is bound to \(seen[k] ?? "") and \(c.id)")
                seen[k] = c.id
            }
        }
    }

    @Test func everyCommandIsDescribed() {
        for c in Commands.all {
            #expect(!c.keys.isEmpty, "\(c.id)")
            #expect(!c.title.isEmpty && !c.help.isEmpty, "\(c.id)")
        }
        #expect(Set(Commands.all.map(\.id)).count == Commands.all.count)
    }

    @Test func defaultKeysOfTheDesign() {
        let expected: [(String, [Key])] = [
            ("move.up", [.up, .char("k")]), ("move.down", [.down, .char("j")]), ("view.open", [.enter, .right]),
            ("view.back", [.escape, .left]), ("view.next-pane", [.tab]), ("finding.next", [.char("n")]),
            ("finding.previous", [.char("N")]), ("view.search", [.char("/")]), ("view.filter", [.char("f")]),
            ("app.help", [.char("?")]), ("app.quit", [.char("q")]), ("move.page-up", [.pageUp]),
            ("move.page-down", [.pageDown]), ("move.first", [.home]), ("move.last", [.end]),
        ]
        for (id, keys) in expected {
            let c = Commands.command(id)
            for k in keys { #expect(c?.keys.contains(k) == true, "\(id) \(k.label)") }
        }
    }

    @Test func helpListsEveryCommand() {
        let help = HelpOverlay.lines().map(\.text).joined(separator: "\n")
        for c in Commands.all { #expect(help.contains(c.help), "\(c.id)") }
    }

    @Test func statusHintsComeFromTheRegistry() {
        let state = AppState(document: sampleDocument)
        let hints = StatusLine.hints(state)
        #expect(hints.contains { $0 == ("Enter", "打开") })
        #expect(hints.contains { $0 == ("q", "退出") })
        #expect(hints.contains { $0 == ("n/N", "问题") })
    }

    @Test func searchLineTakesText() {
        var state = AppState(document: sampleDocument)
        state.overlay = .search(SearchOverlay())
        #expect(Keymap.action(for: .char("q"), in: state) == .input("q"))
        #expect(Keymap.action(for: .char("n"), in: state) == .input("n"))
        #expect(Keymap.action(for: .escape, in: state) == .cancel)
        state.overlay = nil
        #expect(Keymap.action(for: .char("q"), in: state) == .quit)
    }
}
