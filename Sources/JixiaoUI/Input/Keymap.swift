/// Which action a key means here: in the search line, printable keys are text; elsewhere
/// the command registry decides.
public enum Keymap {
    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .prompt? = state.overlay {
            switch key {
            case .char(let c): return .input(c)
            case .backspace, .delete: return .deleteBackward
            case .enter: return .submit
            case .escape: return .cancel
            case .tab, .backTab: return .nextPane
            default: return nil
            }
        }
        if case .search? = state.overlay {
            switch key {
            case .char(let c): return .input(c)
            case .backspace, .delete: return .deleteBackward
            case .enter: return .submit
            case .escape: return .cancel
            case .up: return .up
            case .down: return .down
            default: return nil
            }
        }
        return Commands.command(for: key)?.action
    }
}
