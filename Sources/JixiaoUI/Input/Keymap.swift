/// Which action a key means here: an open overlay decides (a prompt or the search line
/// takes printable keys as text); elsewhere the command registry does.
public enum Keymap {
    public static func action(for key: Key, in state: AppState) -> Action? {
        Router.action(for: key, in: state)
    }

    /// The keys of typing text, as readline has them; nil for a key that is not one of them.
    static func textEditing(_ key: Key) -> Action? {
        switch key {
        case .char(let c): .input(c)
        case .left, .ctrl("b"): .editText(.left)
        case .right, .ctrl("f"): .editText(.right)
        case .alt("b"), .ctrlLeft: .editText(.wordLeft)
        case .alt("f"), .ctrlRight: .editText(.wordRight)
        case .home, .ctrl("a"): .editText(.lineStart)
        case .end, .ctrl("e"): .editText(.lineEnd)
        case .up: .editText(.up)
        case .down: .editText(.down)
        case .backspace, .ctrl("h"): .editText(.deleteBackward)
        case .delete, .ctrl("d"): .editText(.deleteForward)
        case .ctrl("w"): .editText(.deleteWordBackward)
        case .alt("d"): .editText(.deleteWordForward)
        case .ctrl("u"): .editText(.deleteToLineStart)
        case .ctrl("k"): .editText(.deleteToLineEnd)
        case .ctrl("y"): .editText(.yank)
        case .enter, .ctrl("j"): .submit
        case .escape: .cancel
        default: nil
        }
    }
}
