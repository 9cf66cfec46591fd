import CNcursesw
import JixiaoUI
import Testing
@testable import JixiaoTerminal

/// What get_wch returns, decoded into keys.
@Suite struct KeyDecodingTests {
    @Test func characters() {
        #expect(Terminal.characterKey(0x1B) == .escape)
        #expect(Terminal.characterKey(0x0D) == .enter)
        // Ctrl-J, told apart from Enter for a new line in an opinion; Enter elsewhere.
        #expect(Terminal.characterKey(0x0A) == .ctrl("j"))
        #expect(Terminal.characterKey(0x09) == .tab)
        #expect(Terminal.characterKey(0x7F) == .backspace)
        #expect(Terminal.characterKey(0x12) == .ctrl("r"))
        #expect(Terminal.characterKey(UInt32(UInt8(ascii: "j"))) == .char("j"))
        // Chinese typed or pasted arrives as single characters.
        #expect(Terminal.characterKey(0x4FDD) == .char("保"))
        #expect(Terminal.characterKey(0xD800) == nil)
    }

    @Test func functionKeys() {
        #expect(Terminal.functionKey(KEY_UP) == .up)
        #expect(Terminal.functionKey(KEY_DOWN) == .down)
        #expect(Terminal.functionKey(KEY_NPAGE) == .pageDown)
        #expect(Terminal.functionKey(KEY_PPAGE) == .pageUp)
        #expect(Terminal.functionKey(KEY_BTAB) == .backTab)
        #expect(Terminal.functionKey(jx_key_f0() + 1) == .function(1))
        #expect(Terminal.functionKey(KEY_MOUSE) == nil)
    }

    /// Severities are told apart by colour, and text that is not a severity or a status
    /// keeps the terminal's own colour (blue on a dark background could hardly be read).
    @Test func severitiesAndStatusesHaveTheirColours() {
        #expect(Terminal.foreground(.error) == Int16(COLOR_RED))
        #expect(Terminal.foreground(.readOnly) == Int16(COLOR_RED))
        #expect(Terminal.foreground(.warning) == Int16(COLOR_YELLOW))
        #expect(Terminal.foreground(.info) == Int16(COLOR_CYAN))
        #expect(Terminal.foreground(.approved) == Int16(COLOR_GREEN))
        #expect(Terminal.foreground(.returned) == Int16(COLOR_MAGENTA))
        for role in [Role.normal, .title, .header, .pending, .selected] {
            #expect(Terminal.foreground(role) == -1, "\(role)")
        }
        let severities = [Role.error, .warning, .info].map(Terminal.foreground)
        #expect(Set(severities).count == 3)
    }
}
