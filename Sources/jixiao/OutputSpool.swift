import Foundation

/// Output held back until it is complete: written to a temporary file that has no name
/// (unlinked as soon as it is open, so nothing is left behind whatever happens), then
/// copied to stdout in one go. A reader of `check --format json` gets a whole object or,
/// when a document cannot be read part-way, nothing at all — never half of one — and
/// memory stays small however large the output.
final class OutputSpool {
    private let fd: Int32
    private var size = 0

    init() throws {
        let path = NSTemporaryDirectory() + "jixiao-output-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CommandLineError("无法建立临时文件 \(path)：\(String(cString: strerror(errno)))", hint: "检查临时文件夹（TMPDIR）是否可写、磁盘是否已满")
        }
        unlink(path)
    }

    deinit { close(fd) }

    /// Written from the array's own storage (a `Data` of it was one more copy of every
    /// document's findings).
    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw CommandLineError("临时文件写入失败：\(String(cString: strerror(errno)))", hint: "检查临时文件夹（TMPDIR）所在磁盘是否已满")
            }
            offset += n
        }
        size += bytes.count
    }

    /// Everything written, to `out`: by `sendfile` (the kernel copies; no buffer here), or
    /// read and written in large chunks where the kernel will not.
    func copy(to out: FileHandle) throws {
        let target = out.fileDescriptor
        var offset = off_t(0)
        while offset < size {
            let n = sendfile(target, fd, &offset, min(size - Int(offset), 1 << 30))
            if n > 0 { continue }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN { _ = poll(target); continue }
            if n < 0, errno == EINVAL || errno == ENOSYS { break }
            throw CommandLineError("无法写出结果：\(String(cString: strerror(errno)))")
        }
        guard offset < size else { return }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        try handle.seek(toOffset: UInt64(offset))
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            out.write(chunk)
        }
    }

    /// Waits until `fd` (a non-blocking pipe or socket) takes more.
    private func poll(_ fd: Int32) -> Int32 {
        var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        return Glibc.poll(&p, 1, -1)
    }
}
