import Foundation
import Testing

/// Runs the built `jixiao` binary, as a user would, with a private HOME.
struct JixiaoBinary {
    /// The binary next to the test bundle (`.build/<triple>/debug/jixiao`).
    static let path: String = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("jixiao").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/jixiao").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let home: String
    var environment: [String: String] = [:]

    init(home: String) {
        self.home = home
    }

    @discardableResult
    func run(_ arguments: [String], cwd: String? = nil, binary: String = JixiaoBinary.path,
             wrapper: [String] = []) throws -> Result {
        var env = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "USER": "审核员"]
        env.merge(environment) { $1 }
        let r = try ChildProcess.run(wrapper + [binary] + arguments, environment: env, directory: cwd ?? home)
        return Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self),
                      stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    /// Runs with files limited to `bytes` (RLIMIT_FSIZE, set by util-linux prlimit): a
    /// write past the limit writes what fits and then fails with EFBIG, as a write to a
    /// full disk fails with ENOSPC — a real short write in the real binary, without
    /// filling a disk. The shell ignores SIGXFSZ, which would otherwise end the process.
    func run(_ arguments: [String], fileSizeLimit bytes: Int) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: JixiaoBinary.prlimit), "prlimit (util-linux) is needed")
        return try run(arguments, wrapper: [JixiaoBinary.prlimit, "--fsize=\(bytes)", "--", "/bin/sh", "-c",
                                            "trap '' XFSZ; exec \"$0\" \"$@\""])
    }

    static let prlimit = "/usr/bin/prlimit"
}
