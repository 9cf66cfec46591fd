import CFileSystem
import Foundation
import Glibc

/// FreeXL in a child process. FreeXL 1.0.6 checks much but not all: on some damaged
/// workbooks it reads past its buffers and dies of SIGSEGV inside `freexl_open` (in
/// 4 of 4,800 mutated fixtures, `scripts/fuzz-xls`), where no return code can be checked.
/// A crash there must not end the import of the other files, so the `jixiao` executable
/// reads each .xls in a child of its own (`jixiao --read-xls-child`, the bytes on its
/// standard input as the anonymous memory file) and takes a child that died — of a signal,
/// or of `timeLimit` — for a damaged workbook. A program that sets no executable (the
/// tests, the benchmarks) runs FreeXL in its own process.
public enum FreeXLProcess {
    /// The one argument that makes `jixiao` read one .xls from its standard input, write the
    /// outcome to its standard output, and exit (`serve()`).
    public static let childArgument = "--read-xls-child"

    /// Seconds a reading may take before the child is ended (SIGALRM): an .xls a unit
    /// sends takes milliseconds, and FreeXL loops for ever on some damaged ones (1 of 4,800
    /// mutated fixtures).
    static let timeLimit: UInt32 = 20

    /// Every .xls this process reads from now on is read by `executable childArgument`.
    public static func use(executable: String) { helper.set(executable) }

    /// The executable set by `use(executable:)`, if any.
    static var executable: String? { helper.get() }

    /// What the child writes: the workbook, or why it was refused.
    enum Outcome: Codable {
        case read(Workbook)
        case refused(SpreadsheetError)
    }

    /// Reads `bytes` in a child running `executable`: its workbook or its refusal; a
    /// child that did not end normally with an outcome is a damaged workbook.
    static func read(_ bytes: [UInt8], executable: String) throws(SpreadsheetError) -> Workbook {
        let file: AnonymousFile
        do { file = try AnonymousFile(bytes) } catch { throw .legacyUnopenable(reason: error.reason) }
        defer { file.close() }
        // The child reads the memory file from its start, as its standard input.
        guard lseek(file.descriptor, 0, SEEK_SET) == 0 else { throw unopenable(errno) }
        var pipe: [Int32] = [-1, -1]
        guard jx_pipe_cloexec(&pipe) == 0 else { throw unopenable(errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, file.descriptor, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // No signal blocked and SIGALRM's default action, whatever the spawning thread has:
        // the time limit must end the child.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), alarmSignal = sigset_t()
        sigemptyset(&none)
        sigemptyset(&alarmSignal)
        sigaddset(&alarmSignal, SIGALRM)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &alarmSignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup(childArgument), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        _ = Glibc.close(pipe[1])
        guard spawned == 0 else {
            _ = Glibc.close(pipe[0])
            throw unopenable(spawned)
        }
        let output = readAll(pipe[0])
        _ = Glibc.close(pipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // Ended by a signal (status's low 7 bits: FreeXL's crash, the time limit) or
        // exiting with anything but 0: FreeXL could not read it.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0,
              let outcome = try? JSONDecoder().decode(Outcome.self, from: Data(output)) else { throw .legacyDamaged }
        switch outcome {
        case .read(let workbook): return workbook
        case .refused(let error): throw error
        }
    }

    /// The child's part: reads the .xls on standard input with FreeXL here, writes the
    /// outcome as JSON on standard output, and exits 0. A crash or the time limit ends it
    /// with a signal instead, which the parent takes for a damaged workbook.
    public static func serve() -> Never {
        alarm(timeLimit)
        let bytes = readAll(0)
        let outcome: Outcome
        do { outcome = .read(try LegacyWorkbookReader.readHere(bytes)) } catch { outcome = .refused(error) }
        let json = [UInt8]((try? JSONEncoder().encode(outcome)) ?? Data())
        var written = 0
        while written < json.count {
            let n = json.withUnsafeBytes { write(1, $0.baseAddress! + written, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { exit(1) }
            written += n
        }
        exit(0)
    }

    /// Everything `fd` gives until its end.
    static func readAll(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 { out.append(contentsOf: buffer[0..<n]); continue }
            if n < 0, errno == EINTR { continue }
            return out
        }
    }

    static func unopenable(_ code: Int32) -> SpreadsheetError { .legacyUnopenable(reason: String(cString: strerror(code))) }

    /// The executable, set once at start-up and read by every import thread.
    private static let helper = Helper()

    private final class Helper: @unchecked Sendable {
        private let lock = NSLock()
        private var executable: String?
        func set(_ path: String) { lock.withLock { executable = path } }
        func get() -> String? { lock.withLock { executable } }
    }
}
