import Foundation
import Testing

/// Compares text with a committed golden file in the `Golden` folder beside the calling
/// test; `JIXIAO_UPDATE_GOLDEN=1 swift test` rewrites the files that differ instead, for a
/// human to review in the diff, and fails each test whose file it rewrote.
public enum Golden {
    /// The `Golden` folder of the test file at `path`.
    public static func folder(of path: String) -> URL {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    public static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text, file: folder(of: sourceLocation.filePath).appendingPathComponent(name),
              update: ProcessInfo.processInfo.environment["JIXIAO_UPDATE_GOLDEN"] == "1", sourceLocation: sourceLocation)
    }

    /// Compares `text` with the file at `url`, or with `update` rewrites it when it differs.
    public static func check(_ text: String, file url: URL, update: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        if update {
            // A rewritten golden file is a failure until someone has read the diff: an
            // update run never passes silently over output that changed.
            let old = FileManager.default.contents(atPath: url.path)
            guard old != Data(text.utf8) else { return }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                Issue.record("rewrote golden file \(name): read `git diff` and run again without JIXIAO_UPDATE_GOLDEN",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not write golden file \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run JIXIAO_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs at line \(first + 1):
                golden: \(first < a.count ? String(a[first]) : "(end)")
                actual: \(first < b.count ? String(b[first]) : "(end)")
                """, sourceLocation: sourceLocation)
        }
    }
}
