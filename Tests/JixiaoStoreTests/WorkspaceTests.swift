import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// A workspace in a temporary folder with the sample imported.
struct SampleWorkspace {
    let folder = TemporaryFolder()
    let ws: Workspace
    let doc: Document

    init() throws {
        (ws, _) = try Workspace.openOrCreate(at: folder.path + "/ws")
        doc = try ws.importDocument(bytes: BundledSample.bytes, fileName: "sample.txt", actor: "审核员甲", time: "2026-11-25T08:00:00Z")
    }

    var docFolder: String { ws.folder(of: "430001-2021") }
    var journalPath: String { docFolder + "/journal.jsonl" }

    func journalLines() -> [String] {
        let text = String(decoding: FileManager.default.contents(atPath: journalPath)!, as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    func writeJournal(_ lines: [String], trailingNewline: Bool = true) {
        let text = lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")
        _ = FileManager.default.createFile(atPath: journalPath, contents: Data(text.utf8))
    }

    func path(_ project: Int, _ field: String) -> FieldPath {
        FieldPath(projectIndex: project - 1, field: ProjectField(parsing: field)!)
    }
}

@Suite struct WorkspaceTests {
    @Test func importLaysOutTheWorkspace() throws {
        let s = try SampleWorkspace()
        #expect(s.folder.list("ws") == ["430001-2021", "jixiao.json"])
        #expect(s.folder.list("ws/430001-2021") == ["document.json", "journal.jsonl", "source.txt", "summary.json"])
        #expect(s.folder.read("ws/430001-2021/source.txt") == BundledSample.bytes)
        let json = String(decoding: s.folder.read("ws/430001-2021/document.json"), as: UTF8.self)
        #expect(json.hasSuffix("}\n"))
        #expect(json.contains("\"formatVersion\" : 1"))
        #expect(json.contains("公共机构节能经费"))
        let lines = s.journalLines()
        #expect(lines.count == 1)
        let entry = try StableJSON.decode(JournalEntry.self, from: Array(lines[0].utf8))
        #expect(entry.seq == 1)
        #expect(entry.kind == "import")
        #expect(entry.actor == "审核员甲")
        #expect(entry.prev == Hashing.genesis)
        guard case .imported(let imp) = entry.event else { Issue.record("not an import"); return }
        #expect(imp.sourceSHA256 == Hashing.sha256(BundledSample.bytes))
        #expect(imp.projects == 13)
        #expect(s.ws.documentIDs() == ["430001-2021"])
    }

    @Test func secondImportIsRefusedAndChangesNothing() throws {
        let s = try SampleWorkspace()
        let before = s.folder.read("ws/430001-2021/document.json")
        #expect(throws: StoreError.self) {
            try s.ws.importDocument(bytes: BundledSample.bytes, fileName: "again.txt", actor: "x", time: "t")
        }
        #expect(s.folder.read("ws/430001-2021/document.json") == before)
        #expect(s.folder.list("ws") == ["430001-2021", "jixiao.json"])
    }

    @Test func unreadableTextLeavesNothing() throws {
        let t = TemporaryFolder()
        let (ws, created) = try Workspace.openOrCreate(at: t.path + "/ws")
        #expect(created)
        #expect(throws: (any Error).self) {
            try ws.importDocument(bytes: Array("不是绩效文本".utf8), fileName: "x.txt", actor: "x", time: "t")
        }
        #expect(t.list("ws") == ["jixiao.json"])
    }

    /// The reviewer's name is kept in jixiao.json beside the rule settings, which stay as
    /// they were; a name that is empty, too long or hides characters is refused.
    @Test func theReviewersNameIsKeptInTheSettings() throws {
        let s = try SampleWorkspace()
        #expect(s.ws.settings.reviewer == nil)
        let kept = try s.ws.keepingReviewer("  王审核 ")
        #expect(kept.settings.reviewer == "王审核")
        let reopened = try Workspace.open(at: s.ws.root)
        #expect(reopened.settings.reviewer == "王审核")
        #expect(reopened.settings.review == s.ws.settings.review)
        let json = String(decoding: FileManager.default.contents(atPath: s.ws.root + "/jixiao.json")!, as: UTF8.self)
        #expect(json.contains("\"reviewer\" : \"王审核\""))
        #expect(throws: StoreError.self) { try s.ws.keepingReviewer("   ") }
        #expect(throws: StoreError.self) { try s.ws.keepingReviewer(String(repeating: "王", count: 41)) }
        #expect(throws: StoreError.self) { try s.ws.keepingReviewer("王\u{202E}审核") }
        #expect(try Workspace.open(at: s.ws.root).settings.reviewer == "王审核")
    }

    @Test func locateOrder() {
        let env = ["HOME": "/home/r", "JIXIAO_WORKSPACE": "envws"]
        #expect(Workspace.locate(explicit: "w", environment: env, currentDirectory: "/cwd") == "/cwd/w")
        #expect(Workspace.locate(explicit: nil, environment: env, currentDirectory: "/cwd") == "/cwd/envws")
        #expect(Workspace.locate(explicit: nil, environment: ["HOME": "/home/r"], currentDirectory: "/nonexistent")
                == "/home/r/.local/share/jixiao/workspace")
        #expect(Workspace.locate(explicit: nil, environment: ["XDG_DATA_HOME": "/x"], currentDirectory: "/nonexistent")
                == "/x/jixiao/workspace")
    }

    @Test func openMissingWorkspace() {
        #expect(throws: StoreError.self) { try Workspace.open(at: "/nonexistent/jixiao") }
    }

    @Test func oneWriterAtATime() throws {
        let s = try SampleWorkspace()
        let writer = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!writer.isReadOnly)
        let second = try s.ws.openDocument("430001-2021", access: .write)
        #expect(second.isReadOnly)
        #expect(second.readOnlyReason?.contains("另一个 Jixiao 正在编辑") == true)
        #expect(throws: StoreError.self) {
            try second.set(s.path(3, "name"), to: "x", actor: "乙", time: "t")
        }
        writer.close()
        let third = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!third.isReadOnly)
    }

    @Test func editsAreJournaledAndSaved() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let e = try #require(try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "审核员甲", time: "t1"))
        #expect(e.seq == 2)
        #expect(e.event == .edited(.init(project: 3, code: "13030621A4W2U9FHZ556R", field: "indicator.1.value",
                                        old: "57.66 万元", new: "8万元")))
        // Setting the same value again records nothing.
        #expect(try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "审核员甲", time: "t2") == nil)
        try session.review(.approve, projectAt: 2, comment: "已改正", actor: "审核员甲", time: "t3")
        session.close()

        let reopened = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reopened.document.projects[2].indicators[0].value.raw == "8万元")
        #expect(reopened.document.review.status(ofProjectAt: 2) == .approved)
        #expect(reopened.position.seq == 3)
        #expect(s.journalLines().count == 3)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [])
        #expect(v.entries.map(\.kind) == ["import", "edit", "review"])
    }
}

/// Documents whose unit prints no code are stored under the unit's name and listed.
@Suite struct DocumentIDListingTests {
    @Test func namedDocumentsAreListed() throws {
        let t = TemporaryFolder()
        let (ws, _) = try Workspace.openOrCreate(at: t.path + "/ws")
        let text = """
        1.测试项目绩效目标表

        青山区教育局\t\t\t\t\t单位：万元\t
        项目编码\t\t\t项目名称\t测试项目\t\t
        预算规模及资金用途\t预算数\t16\t其中：财政资金\t16\t其他资金\t
        绩效目标\t完成测试。\t\t\t\t\t
        一级指标\t二级指标\t三级指标\t指标值\t
        产出指标\t数量指标\t测试次数\t≥2次\t
        """
        let doc = try ws.importDocument(bytes: Array(("**青山区教育局\n2020 年项目支出绩效目标**\n\n" + text).utf8),
                                        fileName: "a.txt", actor: "x", time: "t")
        #expect(doc.id == "青山区教育局-2020")
        #expect(ws.documentIDs() == ["青山区教育局-2020"])
        #expect(Workspace.isDocumentID("430001-2021"))
        #expect(Workspace.isDocumentID("066-2024"))
        #expect(!Workspace.isDocumentID("-2020"))
        #expect(!Workspace.isDocumentID(".import-430001-2021"))
        #expect(!Workspace.isDocumentID("430001-21"))
        #expect(!Workspace.isDocumentID("jixiao.json"))
    }
}
