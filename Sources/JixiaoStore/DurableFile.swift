import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a crash at any moment leaves either the old file or the new one,
/// never a mix: a temporary file in the same folder, written and fsynced, renamed over
/// the target, then the folder fsynced so the rename itself is on disk.
/// (`FileManager.replaceItemAt` loses the target on this platform; `Data.write(.atomic)`
/// does not fsync the folder.) Every write, fsync, truncate and rename goes through
/// `StorageFaults`, where tests make them fail.
public enum DurableFile {
    /// The suffix of every temporary file and folder the store makes, so a stray one
    /// (left by a crash) is easy to recognise — and removed when the document is next
    /// opened for writing.
    public static let temporarySuffix = ".jixiao-tmp"

    /// Writes `bytes` to `path`. A file that is already there keeps its mode (a workspace
    /// made private with `chmod` stays private); a new one gets the mode the umask gives,
    /// without write permission when `readOnly` (`source.txt`). `synced: false` leaves out
    /// both fsyncs, for a cache (its loss in a crash costs a recount, and a torn one fails
    /// its own length check): a thousand fsyncs would double the first `check` of a bureau.
    public static func write(_ bytes: [UInt8], to path: String, readOnly: Bool = false, synced: Bool = true) throws(StoreError) {
        try write(parts: [bytes], to: path, readOnly: readOnly, synced: synced)
    }

    /// The same for a file made of `parts`, written one after the other (a cache's header,
    /// JSON and text are not copied into one array first).
    static func write(parts: [[UInt8]], to path: String, readOnly: Bool = false, synced: Bool = true) throws(StoreError) {
        let folder = FileName.folder(of: path)
        let name = FileName.of(path)
        var existing = stat()
        let mode = stat(path, &existing) == 0 && existing.st_mode & S_IFMT == S_IFREG
            ? existing.st_mode & 0o7777
            : newFileMode(readOnly: readOnly)
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".XXXXXX" + temporarySuffix).utf8CString)
        // mkstemps fills in the XXXXXX before the suffix and keeps the suffix.
        let suffixLength = Int32(temporarySuffix.utf8.count)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, suffixLength) }
        guard fd >= 0 else { throw ioError("无法在 \(folder) 中创建临时文件") }
        let tmp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        do {
            defer { close(fd) }
            try writeAll(fd, parts: parts, path: tmp, what: path)
            guard fchmod(fd, mode) == 0 else { throw ioError("无法写入 \(path)") }
            guard !synced || StorageFaults.fsync(fd, path: tmp) == 0 else { throw ioError("无法写入 \(path)") }
        }
        guard StorageFaults.rename(tmp, path) == 0 else { throw ioError("无法保存 \(path)") }
        ok = true
        if synced { try syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// Writes `bytes` to a new file at `path`, in a folder no one else reads yet (an
    /// import's own folder, moved into place once whole): no temporary file and rename as
    /// `write` makes, which was a rename per file of every document of a district. Fails
    /// when `path` exists. `synced`: the file fsynced (its folder is the caller's to sync).
    /// A write that fails leaves no file behind.
    public static func create(_ bytes: [UInt8], at path: String, readOnly: Bool = false, synced: Bool) throws(StoreError) {
        try create(parts: [bytes], at: path, readOnly: readOnly, synced: synced)
    }

    /// The same for a file made of `parts`, written one after the other.
    static func create(parts: [[UInt8]], at path: String, readOnly: Bool = false, synced: Bool) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, newFileMode(readOnly: readOnly))
        guard fd >= 0 else { throw ioError("无法创建 \(path)") }
        do throws(StoreError) {
            defer { close(fd) }
            try writeAll(fd, parts: parts, path: path, what: path)
            guard !synced || StorageFaults.fsync(fd, path: path) == 0 else { throw ioError("无法写入 \(path)") }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// `parts` one after the other: in one `writev` (a cache's header, JSON and text were
    /// three writes of every document imported or checked), what a short write leaves
    /// written part by part as `writeAll` does. Part by part too when a test's faults are
    /// active: they are decided per write.
    static func writeAll(_ fd: Int32, parts: [[UInt8]], path: String, what: String) throws(StoreError) {
        guard parts.count > 1, StorageFaults.active == nil else {
            for bytes in parts { try writeAll(fd, bytes, path: path, what: what) }
            return
        }
        let total = parts.reduce(0) { $0 + $1.count }
        var vectors: [iovec] = []
        vectors.reserveCapacity(parts.count)
        let written = withVectors(parts[...], &vectors) { writev(fd, $0.baseAddress, Int32($0.count)) }
        guard written != total else { return }
        // A short write: the rest from where it stopped; a failed one (nothing written)
        // again part by part, which reports why.
        var skip = max(0, written)
        for bytes in parts {
            if skip >= bytes.count {
                skip -= bytes.count
                continue
            }
            try writeAll(fd, skip == 0 ? bytes : Array(bytes[skip...]), path: path, what: what)
            skip = 0
        }
    }

    /// `body` given an `iovec` for each of `parts`, their buffers pinned while it runs.
    private static func withVectors(_ parts: ArraySlice<[UInt8]>, _ vectors: inout [iovec], _ body: (UnsafeBufferPointer<iovec>) -> Int) -> Int {
        guard let first = parts.first else { return vectors.withUnsafeBufferPointer { body($0) } }
        return first.withUnsafeBytes { b in
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: b.baseAddress), iov_len: b.count))
            return withVectors(parts.dropFirst(), &vectors, body)
        }
    }

    /// Appends one record and fsyncs it: the journal's write. An append that fails is
    /// taken back — the file is cut to the length it had — before the error is reported,
    /// as SQLite rolls back a partial write: a full disk never leaves half a line behind.
    /// When even that fails the error's kind is `.journalUnsettled`.
    public static func append(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw ioError("无法打开 \(path)") }
        defer { close(fd) }
        let goodLength = lseek(fd, 0, SEEK_END)
        guard goodLength >= 0 else { throw ioError("无法打开 \(path)") }
        do throws(StoreError) {
            try writeAll(fd, bytes, path: path, what: path)
            guard StorageFaults.fsync(fd, path: path) == 0 else { throw ioError("无法写入 \(path)") }
        } catch {
            if StorageFaults.truncate(fd, to: goodLength, path: path) == 0, StorageFaults.fsync(fd, path: path) == 0 {
                throw error
            }
            let reason = String(cString: strerror(errno))
            throw StoreError("\(error.message)；撤回写了一半的记录也失败了（\(reason)）",
                             hint: "日志末尾可能留下了未完成的一行：下次打开文档时 Jixiao 会检查并截去它。先检查磁盘空间",
                             kind: .journalUnsettled)
        }
    }

    /// Cuts a file to `length` and fsyncs it: a journal's torn last line, never acknowledged.
    static func truncate(_ path: String, to length: Int) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("无法打开 \(path)") }
        defer { close(fd) }
        guard StorageFaults.truncate(fd, to: off_t(length), path: path) == 0,
              StorageFaults.fsync(fd, path: path) == 0 else { throw ioError("无法截短 \(path)") }
    }

    /// Makes a rename or a new entry in `folder` durable.
    public static func syncFolder(_ folder: String) throws(StoreError) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw ioError("无法打开文件夹 \(folder)") }
        defer { close(dfd) }
        guard StorageFaults.fsync(dfd, path: folder) == 0 else { throw ioError("无法同步文件夹 \(folder)") }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String, what: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { StorageFaults.write(fd, $0, path: path) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ioError("写入 \(what) 失败")
            }
            offset += n
        }
    }

    static func ioError(_ what: String) -> StoreError {
        let reason = String(cString: strerror(errno))
        return StoreError("\(what)：\(reason)", hint: "检查磁盘空间和文件夹权限")
    }

    /// 0666 (0444 when `readOnly`) less the process's umask, as `open(2)` creates a file.
    static func newFileMode(readOnly: Bool) -> mode_t {
        (readOnly ? 0o444 : 0o666) & ~umaskValue
    }

    /// The umask, read from /proc/self/status: umask(2) can only read it by setting it,
    /// which races with other threads creating files.
    static let umaskValue: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return mask
        }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Reads a whole file; nil when it does not exist.
    public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError("无法读取 \(path)", hint: "检查文件权限")
        }
        return [UInt8](data)
    }
}
