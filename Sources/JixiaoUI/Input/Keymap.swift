/// Which action a key means here: an open overlay decides (a prompt or the search line
/// takes printable keys as text); elsewhere the command registry does.
public enum Keymap {
    public static func action(for key: Key, in state: AppState) -> Action? {
        Router.action(for: key, in: state)
    }

    /// The keys of typing a line of text; nil for a key that is not one of them.
    static func textEntry(_ key: Key) -> Action? {
        switch key {
        case .char(let c): .input(c)
        case .backspace, .delete: .deleteBackward
        case .enter: .submit
        case .escape: .cancel
        default: nil
        }
    }
}
