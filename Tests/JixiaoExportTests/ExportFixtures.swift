import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoText

/// The sample as a reviewer leaves it part-way: projects 1–10 approved, 11 returned with an
/// opinion, a comment on 3; two findings written here (so the golden files change with the
/// renderers, not with the rules); a fixed journal record.
enum ExportFixtures {
    static let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    static let reviewed: Document = {
        var d = sample
        for k in 0..<10 { d = try! d.applying(.approve, toProjectAt: k, comment: nil, reviewer: "张三", time: "2021-03-01T01:00:00Z") }
        d = try! d.applying(.return, toProjectAt: 10, comment: "满意度指标过于笼统，请细化", reviewer: "张三", time: "2021-03-01T01:30:00Z")
        d = try! d.applying(.comment, toProjectAt: 2, comment: "金额已按预算数核对", reviewer: "李四", time: "2021-03-01T01:40:00Z")
        return d
    }()

    static let findings: [Finding] = {
        let p = reviewed.projects[2], i = p.indicators[0]
        return [
            Finding(rule: "indicator.amount-vs-budget", severity: .error, department: reviewed.department.code,
                    project: p.code, projectIndex: 2, location: .indicator(i, row: 1, field: .value),
                    message: "指标值“57.66 万元”与预算数 133,306.00 元不符", suggestion: "改为“13.33 万元”"),
            Finding(rule: "text.uniform-satisfaction", severity: .info, department: reviewed.department.code,
                    project: nil, projectIndex: nil, location: Location(part: .department, line: 1),
                    message: "每个项目的满意度指标都是“≥95%”、依据都是“历史经验”"),
        ]
    }()

    static let record = ExportRecord(documentID: sample.id, seq: 14, head: String(repeating: "ab", count: 32),
                                     time: "2021-03-01T01:40:00Z", reviewers: ["张三", "李四"], utcOffset: 8 * 3600)

    static func input(draft: Bool = true) -> ExportInput {
        ExportInput(document: reviewed, draftNote: draft ? "审核中的草稿：3 个项目未通过审核" : nil, findings: findings,
                    record: record)
    }
}

/// Runs an independent reader (Python) on an exported file and returns what it printed.
enum Reader {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Readers").path

    /// The virtual environment `.ci/run` makes (with openpyxl); nil when it is missing.
    static var venvPython: String? {
        let p = packageRoot + "/.build/python-venv/bin/python3"
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `program` with `arguments`; stdout and stderr go to files (not pipes: a child
    /// another test starts meanwhile could hold a pipe open), the exit code must be 0.
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> String {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out"), err = tmp.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["PYTHONIOENCODING"] = "utf-8"
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        if p.isRunning {
            p.terminate()
            throw Failure(description: "\(program) ran longer than \(Int(timeout)) s")
        }
        let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        guard p.terminationStatus == 0 else {
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) exited \(p.terminationStatus): \(stderr)")
        }
        return stdout
    }

    /// A Python script from `Readers/` run on a file, its JSON output decoded.
    static func python<T: Decodable>(_ script: String, _ arguments: [String], as: T.Type, python: String) throws -> T {
        let out = try run(python, [scripts + "/" + script] + arguments)
        return try JSONDecoder().decode(T.self, from: Data(out.utf8))
    }

    /// Python from PATH (the standard library is enough for CSV).
    static var systemPython: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = String(dir) + "/python3"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return venvPython
    }
}
