import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// `Workspace.importFiles`: every file tried, each refusal its own, nothing half-written.
@Suite struct BatchImportTests {
    let folder = TemporaryFolder()

    @Test func aFolderExpandsToItsFilesSortedWithoutHiddenOnesOrSubfolders() throws {
        _ = folder.write("in/b.txt", [1])
        _ = folder.write("in/a.txt", [1])
        _ = folder.write("in/.hidden", [1])
        _ = folder.write("in/sub/c.txt", [1])
        let inputs = ImportInputs(expanding: [folder.path("in") + "/", folder.path("x.txt")])
        #expect(inputs.files == [folder.path("in/a.txt"), folder.path("in/b.txt"), folder.path("x.txt")])
        #expect(inputs.skippedFolders == [folder.path("in/sub")])
    }

    @Test func oneRefusalStopsNothingAndTheSecondCopyIsAlreadyPresent() throws {
        let good = folder.write("a.txt", BundledSample.bytes)
        let bad = folder.write("b.txt", Array("标题\n正文\n".utf8) + [0xB2, 0xBF, 0x0A])
        let copy = folder.write("c.txt", BundledSample.bytes)
        var seen: [Int] = []
        let outcomes = Workspace.importFiles([good, bad, folder.path("missing.txt"), copy], into: folder.path("ws"),
                                             actor: "甲", time: "t") { done, _, _ in seen.append(done) }
        #expect(seen == [0, 1, 2, 3, 4])
        guard case .imported(let doc) = outcomes[0].result else { Issue.record("\(outcomes[0])"); return }
        guard case .refused(let error) = outcomes[1].result else { Issue.record("\(outcomes[1])"); return }
        #expect(error.file == bad)
        #expect(error.line == 3)
        #expect(outcomes[2].isRefused)
        guard case .alreadyPresent(let again, let same) = outcomes[3].result else { Issue.record("\(outcomes[3])"); return }
        #expect(again.id == doc.id && same)
        #expect(folder.list("ws") == [doc.id, "jixiao.json"])
    }
}
