import Foundation
import JixiaoModel
@testable import JixiaoText

/// The development corpus: fourteen real published 项目支出绩效目标表, copied into the
/// test tree (Corpus/, with its README) so a clean clone has them.
enum CorpusFiles {
    static let folder: String = {
        let here = #filePath.split(separator: "/").dropLast().joined(separator: "/")
        return "/" + here + "/Corpus"
    }()

    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return all.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
    }

    static func read(_ name: String) throws -> Document {
        try DocumentReader.read(bytes: bytes(name))
    }
}
