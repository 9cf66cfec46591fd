import JixiaoModel

/// Why the workstation cannot start in this terminal.
extension TerminalError: ReviewerFacingError {
    public var message: String { description }
}
