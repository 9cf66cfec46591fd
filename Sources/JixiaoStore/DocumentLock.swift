#if canImport(Glibc)
import Glibc
#endif

/// One writer per document: an exclusive `flock` on the document folder. The kernel
/// drops it when the process ends, so a crash leaves no stale lock behind.
public final class DocumentLock {
    private var fd: Int32

    /// Takes the lock without waiting; nil when another process holds it.
    public init?(folder: String) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return nil
        }
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
