import Foundation

/// A fresh folder under the system temporary folder, removed when the test is done.
/// Names are relative to it (`"ws/430001-2021/document.json"`; `""` for the folder itself).
public final class TemporaryFolder: Sendable {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "jixiao-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of `name`.
    public func path(_ name: String) -> String { name.isEmpty ? path : path + "/" + name }

    /// Writes `bytes` to `name` (making the folders it is in) and returns its absolute path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path(name)
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    /// The bytes of `name`; empty when it does not exist.
    public func read(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path(name)) ?? Data())
    }

    public func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// The names in the folder `name`, sorted; empty when it does not exist.
    public func list(_ name: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(name))) ?? []).sorted()
    }
}
