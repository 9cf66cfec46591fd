import ArgumentParser
import JixiaoTerminal

extension InterruptSignals {
    /// After a step that was finished whole though Ctrl-C came while it ran (an export being
    /// written): says what was done, and ends as asked, with 128 + the signal.
    static func exitIfAsked(after done: String) throws {
        guard let signal else { return }
        TerminalOutput.error("已中断：收到中断信号时\(done)\n")
        throw ExitCode(128 + signal)
    }
}
