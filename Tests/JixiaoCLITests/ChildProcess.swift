import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a shell would start it, whatever thread of the test runner asks:
///
/// - Its output pipes are created close-on-exec (`pipe2(O_CLOEXEC)`), so no other child
///   started at the same moment by a test running in parallel inherits their write ends;
///   and it gets only stdin, stdout and stderr, nothing else the runner has open.
///   (Foundation's `Pipe` is not close-on-exec: a tmux server started meanwhile kept the
///   write end of a `jixiao` run's stdout open, and reading it to the end waited a minute
///   for the tmux pane to finish.)
/// - It starts with an empty signal mask and default signal handling. The runner's
///   worker threads block most signals; a child inherits that mask, so `tmux kill-server`
///   (a SIGTERM the server sends itself) did nothing and servers outlived their tests.
/// - Environment variables the runner needs in every child (the coverage profile path
///   of `swift test --enable-code-coverage`) are passed through, see `passedThrough`.
enum ChildProcess {
    struct Result {
        /// The exit code, or 128 + the signal number when a signal ended it (as a shell says).
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    /// Variables kept in every child's environment: with `--enable-code-coverage` an
    /// instrumented `jixiao` without `LLVM_PROFILE_FILE` writes `default.profraw` into its
    /// working folder, which tests that list that folder then find.
    static var passedThrough: [String: String] {
        ProcessInfo.processInfo.environment.filter { $0.key == "LLVM_PROFILE_FILE" }
    }

    /// Runs `arguments[0]` (an absolute path) with the rest as its arguments, stdin from
    /// /dev/null, and waits for it. `environment` nil keeps the runner's environment;
    /// `directory` nil keeps its working folder. Without `capture`, output goes to /dev/null.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
                    capture: Bool = true) throws -> Result {
        var out: [Int32] = [-1, -1], err: [Int32] = [-1, -1]
        if capture {
            guard GNU.pipe2(&out, O_CLOEXEC) == 0 else { throw POSIXError(.EMFILE) }
            guard GNU.pipe2(&err, O_CLOEXEC) == 0 else {
                close(out[0]); close(out[1])
                throw POSIXError(.EMFILE)
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let directory, GNU.addChdir(&actions, directory) != 0 { throw POSIXError(.ENOSYS) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, out[1], 1)
            posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        // Nothing else the runner has open reaches the child: not a file another test
        // is writing (a copy of the binary then fails to start with ETXTBSY), not a pipe.
        _ = GNU.addClosefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).merging(passedThrough) { $1 }
        let cArguments = arguments.map { strdup($0) } + [nil]
        let cEnvironment = env.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { for p in cArguments + cEnvironment { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, arguments[0], &actions, &attributes, cArguments, cEnvironment)
        if capture { close(out[1]); close(err[1]) }
        guard rc == 0 else {
            if capture { close(out[0]); close(err[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO)
        }
        var result = Result(status: 0, stdout: [], stderr: [])
        if capture {
            (result.stdout, result.stderr) = readBoth(out[0], err[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        result.status = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return result
    }

    /// Reads two pipes to their end together, so a child filling one while the other is
    /// read cannot block; closes both.
    private static func readBoth(_ a: Int32, _ b: Int32) -> ([UInt8], [UInt8]) {
        var data: [Int32: [UInt8]] = [a: [], b: []]
        var open = [a, b]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&polled, nfds_t(polled.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for p in polled where p.revents != 0 {
                let n = read(p.fd, &chunk, chunk.count)
                if n > 0 {
                    data[p.fd]! += chunk[0..<n]
                } else if n == 0 || errno != EINTR {
                    close(p.fd)
                    open.removeAll { $0 == p.fd }
                }
            }
        }
        for fd in open { close(fd) }
        return (data[a]!, data[b]!)
    }
}

/// The GNU extensions the runner needs — `pipe2` (atomic close-on-exec pipes),
/// `posix_spawn_file_actions_addchdir_np` (glibc 2.29) and `…_addclosefrom_np` (2.34) —
/// looked up at run time: Swift's Glibc module is built without `_GNU_SOURCE` and does
/// not declare them.
private enum GNU {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    static let pipe2: Pipe2 = function("pipe2")
    static let addChdir: AddChdir = function("posix_spawn_file_actions_addchdir_np")
    static let addClosefrom: AddClosefrom = function("posix_spawn_file_actions_addclosefrom_np")

    private static func function<F>(_ name: String) -> F {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("glibc has no \(name)") }
        return unsafeBitCast(symbol, to: F.self)
    }
}
