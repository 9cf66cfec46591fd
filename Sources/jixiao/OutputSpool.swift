import Foundation

/// Output held back until it is complete: written to a temporary file that has no name
/// (unlinked as soon as it is open, so nothing is left behind whatever happens), then
/// copied to stdout in one go. A reader of `check --format json` gets a whole object or,
/// when a document cannot be read part-way, nothing at all — never half of one — and
/// memory stays small however large the output.
final class OutputSpool {
    private let handle: FileHandle

    init() throws {
        let path = NSTemporaryDirectory() + "jixiao-output-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CommandLineError("无法建立临时文件 \(path)：\(String(cString: strerror(errno)))", hint: "检查临时文件夹（TMPDIR）是否可写、磁盘是否已满")
        }
        unlink(path)
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    func write(_ bytes: [UInt8]) throws {
        do { try handle.write(contentsOf: Data(bytes)) } catch {
            throw CommandLineError("临时文件写入失败：\(error.localizedDescription)", hint: "检查临时文件夹（TMPDIR）所在磁盘是否已满")
        }
    }

    /// Everything written, to `out`, in large chunks.
    func copy(to out: FileHandle) throws {
        try handle.seek(toOffset: 0)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            out.write(chunk)
        }
    }
}
