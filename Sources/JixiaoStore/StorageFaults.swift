import CFileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The seam where tests make the store's system calls fail as a full disk, a failed
/// `fsync` or a failed rename would — never by filling a real disk. Every write, fsync,
/// truncate and rename of `DurableFile` asks the faults active in the current task;
/// outside a test none are.
///
/// ```swift
/// try StorageFaults.$active.withValue(.failing(.write, on: "journal.jsonl", errno: ENOSPC, after: 40)) {
///     try session.set(path, to: "8万元", actor: "甲", time: "t")
/// }
/// ```
public struct StorageFaults: Sendable {
    public enum Call: String, Sendable, CaseIterable {
        case write, fsync, truncate, rename, syncfs
    }

    /// For a call on a file (its path), the errno it fails with; nil lets it happen.
    public var decide: @Sendable (Call, String) -> Int32?
    /// How many bytes a failing write writes before it fails: a disk that fills in the
    /// middle of a line.
    public var partialWrite: Int

    public init(partialWrite: Int = 0, decide: @escaping @Sendable (Call, String) -> Int32?) {
        self.partialWrite = partialWrite
        self.decide = decide
    }

    /// Fails every `call` on a path containing `fragment` with `errno`; a failing write
    /// first writes `after` bytes.
    public static func failing(_ call: Call, on fragment: String, errno: Int32, after: Int = 0) -> StorageFaults {
        StorageFaults(partialWrite: after) { c, path in c == call && path.contains(fragment) ? errno : nil }
    }

    /// Fails only the first `call` on a path containing `fragment`, as a disk that has
    /// room again a moment later.
    public static func failingOnce(_ call: Call, on fragment: String, errno: Int32) -> StorageFaults {
        let done = Once()
        return StorageFaults { c, path in c == call && path.contains(fragment) && done.first() ? errno : nil }
    }

    @TaskLocal public static var active: StorageFaults?

    // MARK: - The calls, through the seam

    static func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, path: String) -> Int {
        if let faults = active, let e = faults.decide(.write, path) {
            if faults.partialWrite > 0 {
                _ = Glibc.write(fd, buffer.baseAddress, min(faults.partialWrite, buffer.count))
            }
            errno = e
            return -1
        }
        return Glibc.write(fd, buffer.baseAddress, buffer.count)
    }

    static func fsync(_ fd: Int32, path: String) -> Int32 {
        if let e = active?.decide(.fsync, path) {
            errno = e
            return -1
        }
        return Glibc.fsync(fd)
    }

    /// The whole file system holding `folder` written back (`jx_syncfs`).
    static func syncfs(_ folder: String) -> Int32 {
        if let e = active?.decide(.syncfs, folder) {
            errno = e
            return -1
        }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        defer { close(fd) }
        return jx_syncfs(fd)
    }

    static func truncate(_ fd: Int32, to length: off_t, path: String) -> Int32 {
        if let e = active?.decide(.truncate, path) {
            errno = e
            return -1
        }
        return ftruncate(fd, length)
    }

    static func rename(_ from: String, _ to: String) -> Int32 {
        if let e = active?.decide(.rename, to) {
            errno = e
            return -1
        }
        return Glibc.rename(from, to)
    }
}

/// True the first time it is asked, false after: for a fault that happens once.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = false

    func first() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { asked = true }
        return !asked
    }
}
