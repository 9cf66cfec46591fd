import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer per folder: an exclusive `flock` on a document's folder (for as long as a
/// session edits it) or on the workspace's folder (while a document is imported into it,
/// or the workspace created). The kernel drops it when the process ends, so a crash
/// leaves no stale lock behind.
public final class DocumentLock {
    private var fd: Int32

    public enum Attempt {
        case acquired(DocumentLock)
        /// Another process holds it, and went on holding it for as long as we would wait.
        case busy
        /// The folder could not be opened to lock it.
        case failed(String)
    }

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock, waiting up to `wait` seconds for another process to let go.
    public static func acquire(folder: String, wait: Double = 0) -> Attempt {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        switch FileLock.take(fd, exclusive: true, wait: wait) {
        case .taken:
            return .acquired(DocumentLock(fd: fd))
        case .busy:
            close(fd)
            return .busy
        case .failed(let reason):
            close(fd)
            return .failed(reason)
        }
    }

    /// Whether the lock is still on the folder now at `path`: a folder removed (and
    /// perhaps made again) while we waited for it is another folder.
    func isOn(_ path: String) -> Bool {
        var held = stat(), current = stat()
        guard fd >= 0, fstat(fd, &held) == 0, stat(path, &current) == 0 else { return false }
        return held.st_dev == current.st_dev && held.st_ino == current.st_ino
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

/// `flock` with a deadline: polls without blocking, so a wait can end.
enum FileLock {
    enum Outcome { case taken, busy, failed(String) }

    static let pollInterval: useconds_t = 20_000

    static func take(_ fd: Int32, exclusive: Bool, wait: Double) -> Outcome {
        let deadline = Date().addingTimeInterval(max(0, wait))
        while true {
            if flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 { return .taken }
            let e = errno
            if e == EINTR { continue }
            guard e == EWOULDBLOCK else { return .failed(String(cString: strerror(e))) }
            if Date() >= deadline { return .busy }
            usleep(pollInterval)
        }
    }
}
