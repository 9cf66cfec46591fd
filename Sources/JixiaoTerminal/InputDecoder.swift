import JixiaoUI

/// What `get_wch` returned: a character, a key code ncurses recognised, or nothing
/// before the timeout.
enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
    case timeout
}

/// Turns what `get_wch` returns into keys and pasted text. ncurses decodes the keys its
/// terminal description names (arrows, Home, F1 …); what it does not know arrives as Esc
/// and then plain characters, and is decoded here:
///
/// - Esc and a character: Alt with that key (`Alt-B`); Esc and Enter: Alt-Enter;
/// - `Esc [ 1 ; 5 D` / `C` where the description lacks them: Ctrl-← / Ctrl-→;
/// - `Esc [ 200 ~` … `Esc [ 201 ~`: bracketed paste, delivered as one piece of text,
///   whatever it holds (line breaks, `q`, Esc) — never as keys;
/// - another escape sequence: an unknown key, so the reviewer is told.
///
/// Pure, so every path is tested without a terminal. The caller reads with
/// `timeoutMilliseconds` and feeds `.timeout` when nothing came: a lone Esc is then Esc,
/// and a paste whose end never arrives is delivered with what came.
struct InputDecoder {
    enum State: Hashable {
        case idle
        /// Esc read; the next input says whether it starts a sequence.
        case escape
        /// `Esc [` and the parameters so far.
        case sequence(String)
        /// Inside a paste (its text so far in `pasted`): what may be the start of its end marker.
        case paste(ending: String)
    }

    private(set) var state = State.idle
    /// The text of the paste under way, appended to in place: copying it into the state at
    /// every character made a long paste quadratic (seconds for a pasted document).
    private var pasted = ""
    /// Key codes ncurses gave to keys beyond its fixed set (Ctrl-← in xterm is one).
    var extendedKeys: [Int32: Key] = [:]
    /// Decodes a key code ncurses recognised.
    var functionKey: (Int32) -> Key? = { _ in nil }
    /// Names a key code ncurses recognised that nothing here uses (Insert, F13): the
    /// reviewer who pressed it is told it does nothing, rather than seeing nothing happen.
    var keyName: (Int32) -> String = { "键码 \($0)" }

    static let pasteStart = "200~"
    static let pasteEnd = "[201~"

    /// How long to wait for the next input: briefly after an Esc (the rest of a sequence
    /// arrives at once), longer inside a paste, and otherwise the caller's own tick.
    func timeoutMilliseconds(idle: Int32) -> Int32 {
        switch state {
        case .idle: idle
        case .escape, .sequence: 30
        case .paste: 1000
        }
    }

    mutating func feed(_ input: RawInput) -> [InputEvent] {
        switch state {
        case .idle:
            switch input {
            case .timeout: return []
            case .keyCode(let code): return [.key(key(code))]
            case .character(0x1B):
                state = .escape
                return []
            case .character(let c): return Terminal.characterKey(c).map { [.key($0)] } ?? []
            }
        case .escape:
            state = .idle
            switch input {
            case .timeout: return [.key(.escape)]
            case .keyCode(let code): return [.key(.escape), .key(key(code))]
            case .character(0x1B):
                state = .escape
                return [.key(.escape)]
            case .character(UInt32(UInt8(ascii: "["))):
                state = .sequence("")
                return []
            case .character(0x0D), .character(0x0A): return [.key(.alt("\n"))]
            case .character(let c):
                guard c >= 0x20, c != 0x7F, let scalar = Unicode.Scalar(c) else { return [.key(.escape)] + plain(c) }
                return [.key(.alt(Character(scalar)))]
            }
        case .sequence(let so):
            switch input {
            case .character(let c) where c < 0x80:
                let text = so + String(Character(Unicode.Scalar(UInt8(c))))
                // Parameters and intermediates go on; a final byte ends the sequence.
                if (0x20...0x3F).contains(c) {
                    // A runaway sequence is not a key anyone pressed.
                    if text.count > 16 {
                        state = .idle
                        return [.key(.unknown("Esc [" + text))]
                    }
                    state = .sequence(text)
                    return []
                }
                state = .idle
                if text == Self.pasteStart {
                    state = .paste(ending: "")
                    pasted = ""
                    return []
                }
                return [.key(sequenceKey(text) ?? .unknown("Esc [" + text))]
            default:
                state = .idle
                return [.key(.unknown("Esc [" + so))] + feed(input)
            }
        case .paste(let ending):
            switch input {
            case .timeout:
                // The end marker never came: deliver what did, rather than lose it.
                return [.paste(endPaste() + ending)]
            case .keyCode:
                // ncurses took part of the pasted text for a key; it is not text.
                state = .paste(ending: "")
                return []
            case .character(let c):
                guard let scalar = Unicode.Scalar(c) else { return [] }
                if ending.isEmpty {
                    if c == 0x1B { state = .paste(ending: "\u{1B}") } else { pasted.unicodeScalars.append(scalar) }
                    return []
                }
                let candidate = ending + String(Character(scalar))
                if candidate == "\u{1B}" + Self.pasteEnd {
                    return [.paste(endPaste())]
                }
                if ("\u{1B}" + Self.pasteEnd).hasPrefix(candidate) {
                    state = .paste(ending: candidate)
                } else if c == 0x1B {
                    pasted += ending
                    state = .paste(ending: "\u{1B}")
                } else {
                    pasted += candidate
                    state = .paste(ending: "")
                }
                return []
            }
        }
    }

    /// The paste's text, the decoder back to keys.
    private mutating func endPaste() -> String {
        state = .idle
        defer { pasted = "" }
        return pasted
    }

    private func plain(_ c: UInt32) -> [InputEvent] { Terminal.characterKey(c).map { [.key($0)] } ?? [] }

    private func key(_ code: Int32) -> Key { extendedKeys[code] ?? functionKey(code) ?? .unknown(keyName(code)) }

    /// The CSI sequences decoded here: Ctrl- and Alt-arrows where ncurses did not know them.
    func sequenceKey(_ text: String) -> Key? {
        switch text {
        case "1;5D", "1;3D": .ctrlLeft
        case "1;5C", "1;3C": .ctrlRight
        default: nil
        }
    }
}
