/// A key the user pressed, as the backend decodes it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// How help and the status line write the key.
    public var label: String {
        switch self {
        case .char(" "): "空格"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
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
        }
    }
}

/// What the backend delivers: a key, pasted or typed text, or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
}
