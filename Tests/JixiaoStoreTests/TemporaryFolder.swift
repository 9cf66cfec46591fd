import Foundation

/// A fresh folder under the system temp folder, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "jixiao-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func contents(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + sub)) ?? []).sorted()
    }

    func read(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path + "/" + name) ?? Data())
    }

    func write(_ name: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes))
    }
}
