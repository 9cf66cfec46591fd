#if canImport(Glibc)
import Glibc
#endif

/// The moment a change is committed: the writer holds this `flock` on `journal.jsonl`
/// exclusively while it appends a line and saves `document.json`; readers hold it shared
/// while they read the two. So a reader (`jixiao show`, `log --verify`) never sees the
/// journal a line ahead of the document, or a line half written, while a writer is
/// active.
///
/// Both wait without a deadline, blocked in `flock(2)`: a commit takes milliseconds and a
/// read as long as reading two files, and the kernel wakes a blocked waiter the moment
/// the lock is free. (Polling instead starved readers of a writer committing in a loop:
/// they looked each time the lock was held.)
final class JournalLock {
    private var fd: Int32

    /// Takes the lock on the journal at `path`; nil when there is no journal to lock.
    init?(journal path: String, exclusive: Bool) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            guard errno == EINTR else {
                close(fd)
                return nil
            }
        }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
