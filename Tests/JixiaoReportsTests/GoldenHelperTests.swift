import Foundation
import JixiaoTestSupport
import Testing

/// The golden helper itself: it must fail on a difference, and an update run must fail
/// where it rewrote a file, so no run passes silently over changed output.
@Suite struct GoldenHelperTests {
    @Test func aDifferenceFailsAndAMatchPasses() throws {
        let folder = TemporaryFolder()
        let url = URL(fileURLWithPath: folder.path + "/g.txt")
        try Data("一\n二\n".utf8).write(to: url)
        Golden.check("一\n二\n", file: url, update: false)
        withKnownIssue { Golden.check("一\n三\n", file: url, update: false) }
        withKnownIssue { Golden.check("x", file: URL(fileURLWithPath: folder.path + "/missing.txt"), update: false) }
    }

    @Test func anUpdateRewritesAndFailsOnlyWhereItChangedSomething() throws {
        let folder = TemporaryFolder()
        let url = URL(fileURLWithPath: folder.path + "/g.txt")
        try Data("旧\n".utf8).write(to: url)
        withKnownIssue { Golden.check("新\n", file: url, update: true) }
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "新\n")
        Golden.check("新\n", file: url, update: true)
        Golden.check("新\n", file: url, update: false)
    }
}
