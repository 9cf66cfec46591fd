import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoStore
import JixiaoText

/// `jixiao-bench load WORKSPACE`: where `jixiao check` spends its time on each document of
/// a workspace, step by step, in process CPU time — reading the files, parsing the JSON
/// alone (JSONSerialization, as Python's json.load does: no model), decoding the model
/// (JSONDecoder, and `StoredDocument.decode`, what Jixiao does), the checksum, the journal, and the rules — so the
/// comparison with Python's json.load can be made step by step.
enum LoadBench {
    static func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func run(_ root: String) throws {
        let ws = try Workspace.open(at: root)
        let ids = ws.documentIDs()
        var docs: [[UInt8]] = []
        var journals: [[UInt8]] = []
        var t = cpu()
        for id in ids {
            docs.append([UInt8](FileManager.default.contents(atPath: ws.files(of: id).document) ?? Data()))
            journals.append([UInt8](FileManager.default.contents(atPath: ws.files(of: id).journal) ?? Data()))
        }
        let mb = Double(docs.reduce(0) { $0 + $1.count }) / 1e6
        print(String(format: "%d documents, %.1f MB of document.json", ids.count, mb))
        func step(_ name: String, _ body: () throws -> Void) rethrows {
            t = cpu()
            try body()
            print(name.padding(toLength: 44, withPad: " ", startingAt: 0), String(format: "%7.3f s CPU", cpu() - t))
        }
        step("read document.json and journal.jsonl") {
            for id in ids {
                _ = FileManager.default.contents(atPath: ws.files(of: id).document)
                _ = FileManager.default.contents(atPath: ws.files(of: id).journal)
            }
        }
        try step("JSONSerialization (parse only, no model)") {
            for d in docs { _ = try JSONSerialization.jsonObject(with: Data(d)) }
        }
        try step("JSONDecoder → StoredDocument (the fallback)") {
            for d in docs { _ = try JSONDecoder().decode(StoredDocument.self, from: Data(d)) }
        }
        var stored: [StoredDocument] = []
        try step("DocumentJSONParser → StoredDocument") {
            for d in docs { stored.append(try StoredDocument.decode(d)) }
        }
        step("TargetValue parsing of every value, again") {
            for s in stored { for p in s.document.projects { for i in p.indicators { _ = TargetValue(i.value.raw) } } }
        }
        step("checksum (SHA-256 of document.json)") {
            for (s, d) in zip(stored, docs) { _ = s.checksumMatches(d) }
        }
        step("journal parse and hash chain") {
            for j in journals { _ = JournalFile.parse(j) }
        }
        let engine = RuleEngine(settings: ws.settings.review)
        step("rules (RuleEngine.check)") {
            for s in stored { _ = engine.check(s.document) }
        }
        step("open every document (DocumentSession)") {
            for id in ids { _ = try? ws.openDocument(id, access: .read) }
        }
    }
}

/// `jixiao-bench import-dir TEXTS WORKSPACE`: every text file of TEXTS imported into a new
/// WORKSPACE in this one process, through the library call `jixiao import DIR` makes
/// (`Workspace.importFiles`, without the rendering of `check`'s output the command line
/// adds); and, before it, reading alone (`DocumentReader`, one file after another).
enum ImportBench {
    static func run(_ texts: String, _ workspace: String) throws {
        let paths = try FileManager.default.contentsOfDirectory(atPath: texts).filter { $0.hasSuffix(".txt") }.sorted()
            .map { texts + "/" + $0 }
        var bytes = 0
        let readStart = LoadBench.cpu()
        for path in paths {
            let data = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            bytes += data.count
            _ = try? DocumentReader.read(bytes: data)
        }
        let readOnly = LoadBench.cpu() - readStart
        let start = LoadBench.cpu()
        let wall = ContinuousClock.now
        let outcomes = Workspace.importFiles(paths, into: workspace, actor: "bench", time: "2026-11-26T00:00:00Z")
        let cpu = LoadBench.cpu() - start
        let elapsed = ContinuousClock.now - wall
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(bytes) / 1e6
        print(String(format: "imported %d of %d files, %.1f MB: wall %.2f s (%.1f MB/s), CPU %.2f s (%.1f MB/s); reading alone %.2f s CPU (%.1f MB/s)",
                     outcomes.filter { !$0.isRefused }.count, paths.count, mb, seconds, mb / seconds, cpu, mb / cpu, readOnly, mb / readOnly))
    }
}
