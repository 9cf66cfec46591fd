import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoStore

/// Exports in each format, of the sample and of a large document: the time to render,
/// write (atomically, as `jixiao export` does) and hash the file, and the peak memory of
/// a process that does only that one export — each measured in a child process of its
/// own, since peak memory only grows.
enum ExportBench {
    /// `jixiao-bench --exports`: one child per format and size, a table of the results.
    static func runAll() throws {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
        print("")
        print("exports (render + atomic write + SHA-256; median of runs; peak RSS of a process doing only that export)")
        print("format".padding(toLength: 14, withPad: " ", startingAt: 0), "projects", "    render", "  +write+hash", "  size", "  peak RSS")
        for format in ExportFormats.all {
            for n in [13, 500] {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: me)
                p.arguments = ["--export-one", format.id, String(n)]
                let out = Pipe()
                p.standardOutput = out
                try p.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                print(String(decoding: data, as: UTF8.self), terminator: "")
            }
        }
    }

    /// One export, measured: `--export-one FORMAT PROJECTS`.
    static func runOne(_ id: String, projects n: Int) throws {
        guard let format = ExportFormats.named(id) else { fatalError("no format \(id)") }
        let doc = n == 13 ? try sampleDocument() : try largeDocument(n)
        let findings = RuleEngine().check(doc).all
        let record = ExportRecord(documentID: doc.id, seq: 40, head: Hashing.genesis, time: "2021-03-01T02:00:00Z",
                                  reviewers: ["审核员"], utcOffset: 8 * 3600)
        let input = ExportInput(document: doc, draftNote: format.kind == .document ? "审核中的草稿" : nil, findings: findings,
                                record: record)
        let folder = NSTemporaryDirectory() + "jixiao-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out." + format.fileExtension
        var size = 0
        let runs = n > 100 ? 3 : 10
        let render = median(runs) { size = (try! format.render(input)).count }
        let whole = median(runs) {
            let bytes = try! format.render(input)
            try! ExportFile.write(bytes, to: path, replace: true)
            _ = Hashing.sha256(bytes)
        }
        let sizeText = size >= 1_000_000 ? String(format: "%.1f MB", Double(size) / 1e6) : String(format: "%.0f kB", Double(size) / 1e3)
        print(id.padding(toLength: 14, withPad: " ", startingAt: 0), String(n).leftPadded(8),
              micros(render).leftPadded(10), micros(whole).leftPadded(10), sizeText.leftPadded(8), peakRSS().leftPadded(10))
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
