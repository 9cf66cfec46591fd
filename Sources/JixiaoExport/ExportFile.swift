import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JixiaoStore

/// Writes an export where the reviewer asked, and only there.
///
/// - The target must be a regular file or nothing: a device (`/dev/null`, `/dev/full`), a
///   folder, a pipe or a socket is refused, even with `--force` — a rename over
///   `/dev/null` would replace the device with a file.
/// - A symbolic link at the target is refused, even with `--force`: the export is not
///   written through it, and the link is not replaced by a file. The reviewer names the
///   real path instead. (Links in the folders above the file are followed as usual.)
/// - An existing file is replaced only when asked (`--force`); otherwise the file is
///   created with `link(2)`, which fails if anything appeared meanwhile, so a file made
///   by someone else between the check and the write is not overwritten either.
/// - The write is atomic and durable, as the store's: a temporary file in the same
///   folder, written, fsynced, then linked or renamed into place and the folder fsynced.
///   A failure at any step removes the temporary file and is reported; the target is
///   then as it was.
/// - A new file gets the mode the umask gives; a replaced one keeps its mode.
/// - Never into the record itself: not into a document's folder (its journal, document,
///   sources), nor over a workspace's own files (jixiao.json, exports.jsonl …), even with
///   `--force` or the workstation's `y` — `../430001-2021/journal.jsonl` typed at the
///   export prompt replaced the journal with the export, the whole record lost.
public enum ExportFile {
    /// Checks that `path` can be written: its folder exists, and there is nothing there or
    /// (with `replace`) a regular file. Returns the existing file's mode, if any.
    @discardableResult
    public static func check(_ path: String, replace: Bool) throws(ExportError) -> mode_t? {
        let folder = folderOf(path)
        var st = stat()
        guard stat(folder, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { throw .noSuchFolder(folder) }
        if let what = recordFile(path, in: folder) { throw .inRecord(path, what: what) }
        guard lstat(path, &st) == 0 else {
            if errno == ENOENT { return nil }
            throw .writeFailed(path, reason: reason(errno))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            guard replace else { throw .exists(path) }
            return st.st_mode & 0o7777
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw .symbolicLink(path, to: target)
        case S_IFDIR: throw .notARegularFile(path, what: "文件夹")
        case S_IFCHR: throw .notARegularFile(path, what: "字符设备")
        case S_IFBLK: throw .notARegularFile(path, what: "块设备")
        case S_IFIFO: throw .notARegularFile(path, what: "管道")
        case S_IFSOCK: throw .notARegularFile(path, what: "套接字")
        default: throw .notARegularFile(path, what: "特殊文件")
        }
    }

    /// Writes `bytes` to `path` as the type's comment says. `systemWrite` is the one
    /// seam for tests that make a write fail (a full disk).
    public static func write(_ bytes: [UInt8], to path: String, replace: Bool) throws(ExportError) {
        try write(bytes, to: path, replace: replace, systemWrite: { Glibc.write($0, $1, $2) })
    }

    static func write(_ bytes: [UInt8], to path: String, replace: Bool,
                      systemWrite: (Int32, UnsafeRawPointer?, Int) -> Int) throws(ExportError) {
        let existingMode = try check(path, replace: replace)
        let folder = folderOf(path)
        var template = Array((folder + "/." + (path as NSString).lastPathComponent + ".XXXXXX.jixiao-tmp").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 11) }
        guard fd >= 0 else { throw .writeFailed(path, reason: reason(errno)) }
        let tmp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var placed = false
        defer { if !placed { unlink(tmp) } }

        var failure: Int32 = 0
        var offset = 0
        while offset < bytes.count && failure == 0 {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno != EINTR { failure = errno }
            } else {
                offset += n
            }
        }
        if failure == 0 && fchmod(fd, existingMode ?? newFileMode()) != 0 { failure = errno }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw .writeFailed(path, reason: reason(failure)) }

        if replace {
            guard rename(tmp, path) == 0 else { throw .writeFailed(path, reason: reason(errno)) }
        } else if link(tmp, path) == 0 {
            unlink(tmp)
        } else {
            let e = errno
            if e == EEXIST { throw .exists(path) }
            // A file system without hard links (FAT, some network shares): check once
            // more and rename; the window between the two is as small as it can be there.
            guard [EPERM, EOPNOTSUPP, ENOTSUP, EMLINK].contains(e) else { throw .writeFailed(path, reason: reason(e)) }
            try check(path, replace: false)
            guard rename(tmp, path) == 0 else { throw .writeFailed(path, reason: reason(errno)) }
        }
        placed = true
        do {
            try DurableFile.syncFolder(folder)
        } catch {
            throw .writeFailed(path, reason: error.message)
        }
    }

    /// What of a workspace's record `path` would be written into, nil when it is none: a
    /// document's folder (it holds a journal), or a workspace's own file at its root (it
    /// holds the settings). Any workspace's, not only the one exported from.
    static func recordFile(_ path: String, in folder: String) -> String? {
        var st = stat()
        if stat(folder + "/" + DocumentFiles.journalName, &st) == 0 { return "一份文档的记录文件夹（日志、文档、原文都在其中）里的文件" }
        let ownFiles = [Workspace.settingsFileName, WorkspaceExports.fileName, Workspace.acrossCacheName]
        let name = (path as NSString).lastPathComponent
        if ownFiles.contains(name), stat(folder + "/" + Workspace.settingsFileName, &st) == 0 {
            return "工作区自己的文件（\(name)）"
        }
        return nil
    }

    /// The folder a path is in (`.` for a bare name).
    static func folderOf(_ path: String) -> String {
        let f = (path as NSString).deletingLastPathComponent
        return f.isEmpty ? "." : f
    }

    /// 0666 less the process's umask, as `open(2)` would create a file.
    static func newFileMode() -> mode_t {
        // /proc/self/status says the umask without changing it (umask(2) can only read it by
        // setting it, which races with other threads creating files).
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return 0o666 & ~mask
        }
        return 0o644
    }

    /// What the system said, in the reviewer's words where it is a common case.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "磁盘空间已满"
        case EDQUOT: "超出磁盘配额"
        case EACCES, EPERM: "没有写入权限"
        case EROFS: "文件系统是只读的"
        case EIO: "读写设备出错"
        case ENAMETOOLONG: "文件名太长"
        default: String(cString: strerror(code))
        }
    }
}
