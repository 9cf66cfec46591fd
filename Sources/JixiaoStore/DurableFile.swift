import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a crash at any moment leaves either the old file or the new one,
/// never a mix: a temporary file in the same folder, written and fsynced, renamed over
/// the target, then the folder fsynced so the rename itself is on disk.
/// (`FileManager.replaceItemAt` loses the target on this platform; `Data.write(.atomic)`
/// does not fsync the folder.)
public enum DurableFile {
    /// The suffix of every temporary file and folder the store makes, so a stray one
    /// (left by a crash) is easy to recognise.
    public static let temporarySuffix = ".jixiao-tmp"

    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
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
            try writeAll(fd, bytes, what: path)
            guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw ioError("无法写入 \(path)") }
        }
        guard rename(tmp, path) == 0 else { throw ioError("无法保存 \(path)") }
        ok = true
        try syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Appends one record and fsyncs it: the journal's write.
    public static func append(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ioError("无法打开 \(path)") }
        defer { close(fd) }
        try writeAll(fd, bytes, what: path)
        guard fsync(fd) == 0 else { throw ioError("无法写入 \(path)") }
    }

    /// Makes a rename or a new entry in `folder` durable.
    public static func syncFolder(_ folder: String) throws(StoreError) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw ioError("无法打开文件夹 \(folder)") }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw ioError("无法同步文件夹 \(folder)") }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], what: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
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

    /// Reads a whole file; nil when it does not exist.
    public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError("无法读取 \(path)", hint: "检查文件权限")
        }
        return [UInt8](data)
    }
}
