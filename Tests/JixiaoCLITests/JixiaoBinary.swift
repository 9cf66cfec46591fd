import Foundation

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
    func run(_ arguments: [String], cwd: String? = nil, binary: String = JixiaoBinary.path) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? home)
        var env = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "USER": "审核员"]
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}

/// A fresh folder, removed when the test is done.
final class Scratch {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "jixiao-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }
    func list(_ name: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + name)) ?? []).sorted() }
}
