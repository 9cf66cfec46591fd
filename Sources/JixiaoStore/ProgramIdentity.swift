import Foundation

/// The running program, as the caches of findings know it: the path, size and
/// modification time of its executable. Findings depend on the rules' code, not only on
/// their catalogue and settings; a rebuilt or upgraded Jixiao has another identity, so
/// what an older one counted is recounted (ccache tells compilers apart the same way).
/// When the executable cannot be found, each run is its own program: nothing cached is
/// trusted.
enum ProgramIdentity {
    static let current: String = {
        var st = stat()
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              stat(path, &st) == 0 else {
            return "unknown:\(getpid()):\(UInt64.random(in: 0...UInt64.max))"
        }
        return "\(path)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }()
}
