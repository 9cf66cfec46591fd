import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoStore
import JixiaoText

/// The document reader alone.
/// `read-dir DIR [--repeat N]`: reads every file in DIR with `DocumentReader` (the bytes
/// loaded first) and prints MB/s in the thread's CPU time, the best of N rounds.
/// `read-dump OUT PATH…`: writes what the reader makes of the sample and of every file
/// under each PATH — the `Document` in full (`String(reflecting:)` and its stored JSON), or
/// the refusal with its line — to OUT, so that a change to the reader can be compared byte
/// for byte with the reader before it.
enum ReadBench {
    static func files(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter { p in
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: p, isDirectory: &d) && !d.boolValue
        }
    }

    static func threadSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func load(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    static func runDir(_ dir: String, rounds: Int) {
        let texts = files(under: dir).map(load)
        let bytes = texts.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var refused = 0
        for _ in 0..<max(1, rounds) {
            refused = 0
            let start = threadSeconds()
            for t in texts {
                do { _ = try DocumentReader.read(bytes: t) } catch { refused += 1 }
            }
            best = min(best, threadSeconds() - start)
        }
        print(String(format: "%d files (%d refused), %.1f MB: %.3f s CPU, %.1f MB/s, %.2f ms per file",
                     texts.count, refused, Double(bytes) / 1e6, best, Double(bytes) / 1e6 / best,
                     best * 1000 / Double(max(1, texts.count))))
    }

    static func runDump(_ out: String, _ paths: [String]) throws {
        var text = ""
        func dump(_ name: String, _ bytes: [UInt8]) {
            text += "=== \(name)\n"
            do {
                let doc = try DocumentReader.read(bytes: bytes)
                text += String(reflecting: doc) + "\n"
                text += String(decoding: (try? StableJSON.pretty(doc)) ?? [], as: UTF8.self)
            } catch {
                text += "REFUSED line \(error.line.map(String.init) ?? "-"): \(error.message) | \(error.hint)\n"
            }
        }
        dump("BundledSample", BundledSample.bytes)
        var count = 1
        for path in paths {
            for f in files(under: path) {
                dump(f, load(f))
                count += 1
            }
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        print("\(count) inputs dumped to \(out)")
    }
}
