import CSignals

/// Ctrl-C (SIGINT, or SIGTERM, SIGHUP) during a long command that can stop between its
/// steps — an import of many files: the first is only noted, and the command asks
/// `signal` between files, stops there and says what it did; a second ends the process
/// at once. Reads and writes under way are restarted, not cut short.
public enum InterruptSignals {
    public static func install() { jx_interrupt_install() }

    /// The signal that asked to stop; nil while none has.
    public static var signal: Int32? {
        let s = jx_interrupted()
        return s == 0 ? nil : s
    }
}
