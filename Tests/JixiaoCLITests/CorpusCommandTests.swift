import Foundation
import JixiaoTestSupport
import Testing

/// Every real table of the corpus through the real binary: import, then check and show
/// find the document — whatever its unit line gives for an id.
@Suite(.serialized) struct CorpusCommandTests {
    static let folder: String = {
        let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + root + "/JixiaoTextTests/Corpus"
    }()

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    @Test func corpusIsThere() {
        #expect(Self.files.count == 14)
    }

    @Test(arguments: files)
    func importCheckShow(_ file: String) throws {
        let scratch = TemporaryFolder()
        let jixiao = JixiaoBinary(home: scratch.path)
        let imported = try jixiao.run(["import", Self.folder + "/" + file, "-w", "ws"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stdout.contains("单位编码 ，"))
        let ids = scratch.list("ws").filter { $0 != "jixiao.json" }
        #expect(ids.count == 1)
        #expect(!(ids.first ?? "-").hasPrefix("-"), "a document id without its unit: \(ids)")

        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("涉及"), "\(check.stdout)")
        let json = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(json.status == 0 || json.status == 1)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)

        let overview = try jixiao.run(["show", "-w", "ws"])
        #expect(overview.status == 0, "\(overview.stderr)")
        let project = try jixiao.run(["show", "-w", "ws", "1"])
        #expect(project.status == 0, "\(project.stderr)")
        #expect(project.stdout.contains("绩效指标"))
        let byID = try jixiao.run(["show", "-w", "ws", "--document", ids.first ?? "", "1"])
        #expect(byID.status == 0, "\(byID.stderr)")
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
