/// A key the user pressed, as the backend decodes it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    /// Alt (Meta) with a key: Esc then the key, as terminals send it. Alt-Enter is `alt("\n")`.
    case alt(Character)
    case ctrlLeft, ctrlRight
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// An escape sequence nothing here knows (a key the terminal sends in its own way).
    case unknown(String)

    /// How help and the status line write the key.
    public var label: String {
        switch self {
        case .char(" "): "空格"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt("\n"): "Alt-Enter"
        case .alt(let c): "Alt-" + String(c).uppercased()
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        case .unknown: "未知按键"
        }
    }
}

/// What the backend delivers: a key, pasted text, or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text the terminal marked as pasted (bracketed paste): never keys.
    case paste(String)
    case resize(width: Int, height: Int)
    /// No input after keys whose frame was not drawn (more input was waiting then): time to
    /// draw it. Changes nothing.
    case redraw
}
