import JixiaoModel

/// What the reviewer asked for, or what happened: the only input to `reduce`.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
    case open, back, nextPane
    case nextFinding, previousFinding
    case toggleFilter, help, quit, startSearch
    /// Text typed into the search line or a prompt.
    case input(Character)
    case deleteBackward, submit, cancel
    case resize(width: Int, height: Int)
}

/// What `reduce` asks the outside world to do.
public enum Effect: Hashable, Sendable {
    case quit
}
