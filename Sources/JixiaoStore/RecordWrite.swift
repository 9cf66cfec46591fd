import CSignals

/// A write that must not be cut in two by a signal: an export's file placed and its journal
/// line written. A quit the workstation's loop has not yet taken, or a second Ctrl-C to a
/// command, ends the process only once the write is done — never with the file out and
/// the journal not knowing it (an export nobody could verify), nor with the temporary file
/// left beside the target. (SIGKILL still ends anything at once; the store's own temporary
/// files are found and reported on the next open, an export's are not.)
public enum RecordWrite {
    public static func uninterrupted<T>(_ body: () throws -> T) rethrows -> T {
        jx_record_write_begin()
        defer { jx_record_write_end() }
        return try body()
    }
}
