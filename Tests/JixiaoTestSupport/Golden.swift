import Foundation
import Testing

/// Compares text with a committed golden file in the `Golden` folder beside the calling
/// test; `JIXIAO_UPDATE_GOLDEN=1 swift test` rewrites the file instead, for a human to
/// review in the diff.
public enum Golden {
    /// The `Golden` folder of the test file at `path`.
    public static func folder(of path: String) -> URL {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    public static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = folder(of: sourceLocation.filePath)
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JIXIAO_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
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
