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

/// The department picker marks documents from their summaries without opening them: its
/// marks must be exactly the findings `check` reports across documents.
@Suite struct AcrossDocumentsFromSummariesTests {
    let folder = TemporaryFolder()

    /// The sample (430001-2021); the same under another unit's code (every project code
    /// shared); last year's document of the same unit with project 1's budget halved (its
    /// indicators unchanged); another unit funding one project of the same name and amount.
    func bureau() throws -> Workspace {
        let sample = String(decoding: BundledSample.bytes, as: UTF8.self)
        let sharedCode = sample.replacingOccurrences(of: "430001 ", with: "430002 ")
        let lastYear = sample.replacingOccurrences(of: "2021", with: "2020")
            .replacing(/预算数\t20000\.00/, maxReplacements: 1) { _ in "预算数\t10000.00" }
        // Other codes, the same name and amount of project 1: funded twice, not a shared code.
        let fundedTwice = sample.replacingOccurrences(of: "430001 ", with: "430003 ")
            .replacingOccurrences(of: "项目编码\t13", with: "项目编码\t93")
        let ws = folder.path("ws")
        for (k, text) in [sample, sharedCode, lastYear, fundedTwice].enumerated() {
            _ = try Workspace.importText(Array(text.utf8), fileName: "\(k).txt", namedAs: "\(k).txt", into: ws, actor: "甲", time: "t")
        }
        return try Workspace.open(at: ws)
    }

    @Test func theMarksAreTheFindingsCheckReports() throws {
        let ws = try bureau()
        let full = try ws.documentSetFindings()
        let rules = Set(full.values.flatMap { $0 }.map(\.rule))
        #expect(rules.isSuperset(of: ["bureau.code-shared", "bureau.indicators-unchanged", "bureau.funded-twice"]), "\(rules)")
        let (summaries, problems) = ws.summaries()
        #expect(problems.isEmpty)
        let marks = try ws.openFindingsAcrossDocuments(summaries)
        #expect(Set(marks.keys) == Set(full.keys))
        for (id, findings) in full {
            let mine = marks[id] ?? []
            #expect(mine.map(\.rule).sorted() == findings.map(\.rule).sorted(), "\(id)")
            #expect(mine.map(\.message).sorted() == findings.map(\.message).sorted(), "\(id)")
            #expect(mine.map(\.location.line).sorted() == findings.map(\.location.line).sorted(), "\(id)")
            // The project each is about, by position (a finding's JSON names it by code only).
            func places(_ list: [Finding]) -> [String] { list.map { "\($0.rule) \($0.location.line) \($0.projectIndex.map(String.init) ?? "-")" }.sorted() }
            #expect(places(mine) == places(findings), "\(id)")
        }
    }

    @Test func onlyAUnitWithAnotherYearIsOpened() throws {
        let ws = try bureau()
        let (summaries, _) = ws.summaries()
        func readInFull(_ members: [DocumentSetMember]) -> Set<String> {
            Set(members.filter { $0.document.projects.contains { !$0.indicators.isEmpty } }.map(\.id))
        }
        // The documents of 430001 (2020 and 2021) are read in full; the others are their keys.
        let members = try ws.documentSetMembers(from: summaries)
        #expect(readInFull(members) == ["430001-2020", "430001-2021"])
        #expect(members.count == 4)
        // Checking one document, only its own unit's other year is read.
        #expect(readInFull(try ws.documentSetMembers(from: summaries, excluding: "430001-2021")) == ["430001-2020"])
        #expect(readInFull(try ws.documentSetMembers(from: summaries, excluding: "430002-2021")).isEmpty)
    }

    /// The year-over-year findings come from the pair's cache, written by the import; a
    /// change to either document, or to the settings, makes it stale and it is rebuilt.
    @Test func theYearOverYearCacheIsUsedWhileBothDocumentsAreUnchanged() throws {
        let ws = try bureau()
        let cache = folder.path("ws/430001-2021/year-over-year.json")
        #expect(folder.exists("ws/430001-2021/year-over-year.json"), "the import of last year's document wrote it")
        #expect(!folder.exists("ws/430002-2021/year-over-year.json"), "no previous year, no cache")
        // A cache that says something else is believed while it holds...
        var stored = try StableJSON.decode(YearOverYearCache.self, from: folder.read("ws/430001-2021/year-over-year.json"))
        #expect(stored.findings.map(\.rule) == ["bureau.indicators-unchanged"])
        stored.findings[0].message = "缓存里的说法"
        try DurableFile.write(try StableJSON.pretty(stored), to: cache)
        #expect(try ws.openFindingsAcrossDocuments(ws.summaries().summaries)["430001-2021"]?.contains { $0.message == "缓存里的说法" } == true)
        // ...and rebuilt once last year's document changed.
        let session = try ws.openDocument("430001-2020", access: .write)
        try session.review(.comment, projectAt: 0, comment: "上年意见", settings: ws.settings.review, actor: "甲", time: "t2")
        session.close()
        let marks = try ws.openFindingsAcrossDocuments(ws.summaries().summaries)
        #expect(marks["430001-2021"]?.contains { $0.message == "缓存里的说法" } == false)
        #expect(marks["430001-2021"]?.contains { $0.rule == "bureau.indicators-unchanged" } == true)
        #expect(try StableJSON.decode(YearOverYearCache.self, from: folder.read("ws/430001-2021/year-over-year.json")).findings[0].message != "缓存里的说法")
        // Deleted: rebuilt, the same.
        try FileManager.default.removeItem(atPath: cache)
        #expect(try ws.openFindingsAcrossDocuments(ws.summaries().summaries) == marks)
    }

    @Test func aWaivedFindingIsNotMarked() throws {
        let ws = try bureau()
        let finding = try #require(try ws.documentSetFindings()["430003-2021"]?.first { $0.rule == "bureau.funded-twice" })
        let session = try ws.openDocument("430003-2021", access: .write)
        try session.waive([Waiver(finding, reason: "核实无误", reviewer: "甲", time: "t")], actor: "甲", time: "t")
        session.close()
        let before = try ws.documentSetFindings()["430003-2021"]?.count ?? 0
        let marks = try ws.openFindingsAcrossDocuments(ws.summaries().summaries)
        #expect(marks["430003-2021"]?.count == before - 1)
        #expect(marks["430003-2021"]?.contains { $0.message == finding.message && $0.projectIndex == finding.projectIndex } != true)
        #expect(marks["430001-2021"]?.contains { $0.rule == "bureau.funded-twice" && $0.projectIndex == finding.projectIndex } == true,
                "the other document keeps its own")
    }

    /// `check` keeps a unit's two years' comparison while it holds both documents: the
    /// cache it writes is the one a rebuild writes, and two documents that are not one
    /// unit's consecutive years get none.
    @Test func aPairReadOneAfterTheOtherKeepsItsCache() throws {
        let ws = try bureau()
        let engine = RuleEngine(settings: ws.settings.review)
        let cache = folder.path("ws/430001-2021/year-over-year.json")
        let rebuilt = folder.read("ws/430001-2021/year-over-year.json")
        try FileManager.default.removeItem(atPath: cache)
        func read(_ id: String) throws -> (DocumentSummary, Document) {
            let document = try ws.openDocument(id, access: .read).document
            return (ws.summary(of: id, document: document, findings: engine.check(document)), document)
        }
        let (s2020, d2020) = try read("430001-2020"), (s2021, d2021) = try read("430001-2021"), (other, d) = try read("430002-2021")
        ws.keepYearOverYear(other, d, previous: s2020, d2020, engine: engine)
        ws.keepYearOverYear(s2020, d2020, previous: s2021, d2021, engine: engine)
        #expect(!folder.exists("ws/430001-2021/year-over-year.json") && !folder.exists("ws/430002-2021/year-over-year.json"))
        ws.keepYearOverYear(s2021, d2021, previous: s2020, d2020, engine: engine)
        #expect(folder.read("ws/430001-2021/year-over-year.json") == rebuilt)
    }
}
