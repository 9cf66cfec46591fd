import CNcursesw
import JixiaoUI
import Testing
@testable import JixiaoTerminal

/// What get_wch returns, as the decoder turns it into keys and pastes.
@Suite struct InputDecoderTests {
    func decode(_ inputs: [RawInput]) -> [InputEvent] {
        var d = InputDecoder()
        d.functionKey = Terminal.functionKey
        d.keyName = Terminal.keyName
        return inputs.flatMap { d.feed($0) }
    }

    func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .character($0.value) } }

    @Test func plainKeysPassThrough() {
        #expect(decode(chars("j保")) == [.key(.char("j")), .key(.char("保"))])
        #expect(decode([.keyCode(KEY_LEFT)]) == [.key(.left)])
        #expect(decode([.timeout]) == [])
    }

    @Test func escAloneIsEscAfterTheTimeout() {
        #expect(decode([.character(0x1B)]) == [])
        #expect(decode([.character(0x1B), .timeout]) == [.key(.escape)])
        #expect(decode([.character(0x1B), .character(0x1B), .timeout]) == [.key(.escape), .key(.escape)])
        #expect(decode([.character(0x1B), .keyCode(KEY_UP)]) == [.key(.escape), .key(.up)])
    }

    @Test func altKeys() {
        #expect(decode(chars("\u{1B}b")) == [.key(.alt("b"))])
        #expect(decode(chars("\u{1B}f")) == [.key(.alt("f"))])
        #expect(decode([.character(0x1B), .character(0x0D)]) == [.key(.alt("\n"))])
    }

    @Test func ctrlArrowsNcursesDidNotKnow() {
        #expect(decode(chars("\u{1B}[1;5D")) == [.key(.ctrlLeft)])
        #expect(decode(chars("\u{1B}[1;5C")) == [.key(.ctrlRight)])
        var d = InputDecoder()
        d.extendedKeys[600] = .ctrlLeft
        #expect(d.feed(.keyCode(600)) == [.key(.ctrlLeft)])
    }

    @Test func anUnknownSequenceIsSaid() {
        #expect(decode(chars("\u{1B}[99~")) == [.key(.unknown("Esc [99~"))])
        // Cut short by another key: what came is unknown, the key still counts.
        #expect(decode(chars("\u{1B}[1") + [.keyCode(KEY_DOWN)]) == [.key(.unknown("Esc [1")), .key(.down)])
    }

    /// A key ncurses knows and nothing here uses (Insert, F13) is said, not dropped: the
    /// reviewer who pressed it would otherwise see nothing happen and not know why.
    @Test func aKeyNothingUsesIsSaid() {
        #expect(decode([.keyCode(KEY_IC)]) == [.key(.unknown("Insert"))])
        #expect(decode([.keyCode(jx_key_f0() + 13)]) == [.key(.unknown("KEY_F(13)"))])
        #expect(decode([.character(0x1B), .keyCode(KEY_IC)]) == [.key(.escape), .key(.unknown("Insert"))])
        // Without a terminal's names, its code.
        var d = InputDecoder()
        #expect(d.feed(.keyCode(KEY_IC)) == [.key(.unknown("键码 \(KEY_IC)"))])
    }

    /// A paste is one piece of text: line breaks, letters that are keys elsewhere and an
    /// Esc inside it are text.
    @Test func bracketedPaste() {
        let events = decode(chars("\u{1B}[200~意见\rja\u{1B}x\u{1B}[201~") + chars("j"))
        #expect(events == [.paste("意见\rja\u{1B}x"), .key(.char("j"))])
        // A paste that holds the start of the end marker.
        #expect(decode(chars("\u{1B}[200~a\u{1B}[20b\u{1B}[201~")) == [.paste("a\u{1B}[20b")])
        // A key code ncurses made of pasted text is dropped, not acted on.
        #expect(decode(chars("\u{1B}[200~a") + [.keyCode(KEY_UP)] + chars("b\u{1B}[201~")) == [.paste("ab")])
    }

    /// A long paste is taken in as it comes: time linear in its length. (Before, every
    /// character copied the text so far into a new string: quadratic, seconds for a pasted
    /// document and minutes for a large one, with the workstation deaf to keys.)
    @Test func aLongPasteIsReadWhole() {
        let text = String(repeating: "长", count: 300_000) + "\u{1B}[20b" + String(repeating: "x", count: 300_000)
        let input = chars("\u{1B}[200~" + text + "\u{1B}[201~")
        var events: [InputEvent] = []
        events = decode(input)
        #expect(events == [.paste(text)])
    }

    /// The end marker never came (a terminal cut it off): what came is delivered as text
    /// after the timeout, never as keys.
    @Test func aPasteWithoutItsEnd() {
        #expect(decode(chars("\u{1B}[200~qa") + [.timeout]) == [.paste("qa")])
        var d = InputDecoder()
        _ = d.feed(.character(0x1B))
        #expect(d.timeoutMilliseconds(idle: 200) < 100)
        _ = chars("[200~").map { d.feed($0) }
        #expect(d.timeoutMilliseconds(idle: 200) >= 500)
    }
}
