#if canImport(Glibc)
import Glibc
#endif

/// One writer per document: an exclusive `flock` on the document folder. The kernel
/// drops it when the process ends, so a crash leaves no stale lock behind.
public final class DocumentLock {
    private var fd: Int32

    public enum Attempt {
        case acquired(DocumentLock)
        /// Another process holds it.
        case busy
        /// The folder could not be opened to lock it.
        case failed(String)
    }

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock without waiting.
    public static func acquire(folder: String) -> Attempt {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            return busy ? .busy : .failed(reason)
        }
        return .acquired(DocumentLock(fd: fd))
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
