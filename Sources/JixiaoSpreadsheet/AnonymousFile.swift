import CFileSystem
import Glibc

/// Bytes held in an anonymous file in memory (`memfd_create`), for a library that reads
/// only from a path (FreeXL's `freexl_open`): its `/proc/self/fd/N` path opens the same
/// bytes. The file has no name on any disk, so nothing is left behind even when the
/// process is killed; it is gone once `close()` closes its descriptor (and any the library
/// opened on its path).
struct AnonymousFile {
    let descriptor: Int32

    /// Throws the system's reason when the file cannot be made or written.
    init(_ bytes: [UInt8]) throws(AnonymousFile.Failure) {
        let fd = jx_memfd("jixiao-import")
        guard fd >= 0 else { throw Failure(errno: errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let failure = Failure(errno: errno)
                _ = Glibc.close(fd)
                throw failure
            }
            written += n
        }
        descriptor = fd
    }

    /// The path that opens the bytes, until `close()`.
    var path: String { "/proc/self/fd/\(descriptor)" }

    func close() { _ = Glibc.close(descriptor) }

    struct Failure: Error {
        var errno: Int32
        var reason: String { String(cString: strerror(errno)) }
    }
}
