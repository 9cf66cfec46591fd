import Foundation
import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// The workspace's own record of exports (`exports.jsonl`, the department summaries): export
/// lines chained as a document's journal, a torn last line cut off, other damage refused.
@Suite struct WorkspaceExportsTests {
    func export(_ n: Int, documents: [String: Int]? = nil) -> JournalEvent.Exported {
        .init(format: "departments-xlsx", file: "/x/汇总\(n).xlsx", sha256: String(repeating: "\(n)", count: 64), draft: false, documents: documents)
    }

    @Test func linesChainFromAnEmptyRecord() throws {
        let t = TemporaryFolder()
        let (ws, _) = try Workspace.openOrCreate(at: t.path("ws"))
        #expect(try WorkspaceExports.read(in: ws).problems == [])
        let first = try WorkspaceExports.record(export(1, documents: ["430001-2021": 3]), in: ws, actor: "甲", time: "t1")
        let second = try WorkspaceExports.record(export(2), in: ws, actor: "乙", time: "t2")
        #expect(first.seq == 1 && first.prev == Hashing.genesis && second.seq == 2)
        let record = try WorkspaceExports.read(in: ws)
        #expect(record.problems == [] && record.entries == [first, second])
        guard case .exported(let x) = record.entries[0].event else { Issue.record("not an export"); return }
        #expect(x.documents == ["430001-2021": 3])
        // A document's export line has no `documents` key: its bytes are as before.
        let line = String(decoding: t.read("ws/exports.jsonl"), as: UTF8.self).split(separator: "\n")[1]
        #expect(!line.contains("documents"))
    }

    @Test func aTornLastLineIsCutAndOtherDamageRefused() throws {
        let t = TemporaryFolder()
        let (ws, _) = try Workspace.openOrCreate(at: t.path("ws"))
        _ = try WorkspaceExports.record(export(1), in: ws, actor: "甲", time: "t1")
        let path = WorkspaceExports.path(in: ws)
        let whole = t.read("ws/exports.jsonl")
        // A crash in the middle of the second line: never acknowledged, so cut off.
        try Data(whole + Array("{\"actor\":\"乙\",\"ki".utf8)).write(to: URL(fileURLWithPath: path))
        #expect(try WorkspaceExports.read(in: ws).problems == [.tornLastLine(line: 2)])
        let second = try WorkspaceExports.record(export(2), in: ws, actor: "乙", time: "t2")
        #expect(second.seq == 2)
        #expect(try WorkspaceExports.read(in: ws).problems == [])

        // A line changed by hand: the chain is broken, and nothing is chained onto it.
        var text = String(decoding: t.read("ws/exports.jsonl"), as: UTF8.self)
        text = text.replacingOccurrences(of: "汇总1", with: "汇总9")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try WorkspaceExports.read(in: ws).problems == [.brokenChain(line: 2)])
        let before = t.read("ws/exports.jsonl")
        #expect(throws: StoreError.self) { try WorkspaceExports.record(export(3), in: ws, actor: "丙", time: "t3") }
        #expect(t.read("ws/exports.jsonl") == before)
    }

    @Test func aLineOfAnotherKindIsNoExport() throws {
        let t = TemporaryFolder()
        let path = t.path("exports.jsonl")
        _ = try JournalFile.append(.imported(.init(document: "430001-2021", file: "a.txt", sourceSHA256: "x", projects: 1)),
                                   after: .start, actor: "甲", time: "t1", to: path)
        #expect(JournalFile.parse(t.read("exports.jsonl"), ofDocument: false).problems == [.notExport(line: 1)])
        // The same line opens a document's journal as it should.
        #expect(JournalFile.parse(t.read("exports.jsonl")).problems == [])
    }

    @Test func documentStatesAreTheLastChangeOfEach() throws {
        let s = try SampleWorkspace()
        #expect(try WorkspaceExports.documentStates(in: s.ws) == ["430001-2021": 1])
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t1")
        _ = try session.record(.exported(.init(format: "md", file: "/x.md", sha256: "y", draft: true)), actor: "甲", time: "t2",
                               result: session.document)
        session.close()
        // The export (line 3) changed nothing: the state is line 2's.
        #expect(try WorkspaceExports.documentStates(in: s.ws) == ["430001-2021": 2])
    }
}
