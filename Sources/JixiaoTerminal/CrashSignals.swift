import CSignals

/// Crash signals for the whole process, every command: a crash (SIGSEGV, a Swift trap's
/// SIGILL or SIGTRAP, SIGABRT, Ctrl-\'s SIGQUIT…) restores the terminal if the workstation
/// has it, says so on stderr and ends the process at once with the signal's default
/// action. Without this the Swift runtime's backtracer could wait 30 s for a key, holding
/// the document's lock, and the workstation then went on reading keys. `JIXIAO_BACKTRACE=1`
/// hands the signal on to the backtracer instead, for a developer who wants its report.
public enum CrashSignals {
    public static func install(chainToRuntime: Bool) {
        jx_crash_install(chainToRuntime ? 1 : 0)
    }
}
