import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// What the department picker calls: the findings across a workspace's documents, by document.
@Suite struct DocumentSetFindingsTests {
    let folder = TemporaryFolder()

    @Test func findingsByDocumentWithTheWorkspaceSettings() throws {
        let sample = String(decoding: BundledSample.bytes, as: UTF8.self)
        let other = sample.replacingOccurrences(of: "430001 ", with: "430002 ")
        let ws = folder.path("ws")
        _ = try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: ws, actor: "甲", time: "t")
        let workspace = try Workspace.open(at: ws)
        #expect(try workspace.documentSetFindings().isEmpty, "one document has nothing to be compared with")
        _ = try Workspace.importText(Array(other.utf8), fileName: "b.txt", namedAs: "b.txt", into: ws, actor: "甲", time: "t")
        let findings = try Workspace.open(at: ws).documentSetFindings()
        // Every project's code is in both documents: each document is marked, naming the other.
        #expect(Set(findings.keys) == ["430001-2021", "430002-2021"])
        #expect(findings["430001-2021"]?.filter { $0.rule == "bureau.code-shared" }.count == 13)
        #expect(findings["430001-2021"]?.allSatisfy { $0.relatedDocuments == ["430002-2021"] } == true)
        // A rule turned off in jixiao.json is not run.
        let settings = ws + "/" + Workspace.settingsFileName
        try Data("{\"formatVersion\": 1, \"review\": {\"rules\": {\"bureau.code-shared\": {\"enabled\": false}}}}\n".utf8)
            .write(to: URL(fileURLWithPath: settings))
        #expect(try Workspace.open(at: ws).documentSetFindings().values.flatMap { $0 }.allSatisfy { $0.rule != "bureau.code-shared" })
    }
}
