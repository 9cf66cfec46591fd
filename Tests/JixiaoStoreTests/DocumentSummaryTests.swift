import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// `summary.json`: written with the import and every change, read back while fresh,
/// rebuilt when missing, stale or under other rule settings.
@Suite struct DocumentSummaryTests {
    let folder = TemporaryFolder()

    func imported() throws -> Workspace {
        _ = try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: folder.path("ws"),
                                     actor: "甲", time: "2026-11-26T10:00:00+08:00")
        return try Workspace.open(at: folder.path("ws"))
    }

    @Test func theImportWritesASummaryThatAgreesWithTheDocument() throws {
        let ws = try imported()
        let stored = try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json"))
        let session = try ws.openDocument("430001-2021", access: .read)
        let findings = RuleEngine(settings: ws.settings.review).check(session.document).all
        #expect(stored.id == "430001-2021" && stored.unitCode == "430001" && stored.year == 2021)
        #expect(stored.projects == 13)
        #expect(stored.budgetTotal?.grouped == "8,197,386.00")
        #expect(stored.errors == findings.filter { $0.severity == .error }.count)
        #expect(stored.warnings == findings.filter { $0.severity == .warning }.count)
        #expect(stored.pending == 13 && stored.approved == 0 && stored.returned == 0)
        #expect(stored.lastChange == "2026-11-26T10:00:00+08:00")
        #expect(try ws.summary(of: "430001-2021") == stored)
    }

    @Test func everyChangeRewritesIt() throws {
        let ws = try imported()
        let session = try ws.openDocument("430001-2021", access: .write)
        try session.review(.return, projectAt: 0, comment: "请细化指标", settings: ws.settings.review, actor: "甲",
                           time: "2026-11-26T11:00:00+08:00")
        session.close()
        let stored = try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json"))
        #expect(stored.returned == 1 && stored.pending == 12)
        #expect(stored.lastChange == "2026-11-26T11:00:00+08:00")
        #expect(stored.journalBytes == folder.read("ws/430001-2021/journal.jsonl").count)
    }

    /// Each change is counted from the findings before it (one project re-checked, or the
    /// waivers applied again), not by a whole check: the counts are a whole check's all the
    /// same, and an approval is refused or allowed by the errors as they now are.
    @Test func countsAfterEachChangeAreAWholeChecks() throws {
        let ws = try imported()
        let session = try ws.openDocument("430001-2021", access: .write)
        defer { session.close() }
        let engine = RuleEngine(settings: ws.settings.review)
        func expectWholeCheckCounts(_ what: String) throws {
            let stored = try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json"))
            let open = engine.check(session.document).all.filter(\.isOpen)
            #expect([stored.errors, stored.warnings, stored.infos]
                    == [Severity.error, .warning, .info].map { s in open.filter { $0.severity == s }.count }, "\(what)")
        }
        var time = 0
        func t() -> String { time += 1; return "2026-11-26T11:00:\(10 + time)+08:00" }
        // The sample's one error: project 3's amount indicator says 57.66 万元 for a budget of 8 万元.
        let amount = FieldPath(projectIndex: 2, field: .indicator(row: 1, .value))
        let settings = ws.settings.review
        try session.set(amount, to: "8万元", actor: "甲", time: t())
        try expectWholeCheckCounts("the error corrected")
        let corrected = try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json"))
        #expect(corrected.errors == 0)
        try session.set(amount, to: "57.66 万元", actor: "甲", time: t())
        try expectWholeCheckCounts("the error back")
        #expect(throws: ReviewRefusal.self) {
            try session.review(.approve, projectAt: 2, comment: nil, settings: settings, actor: "甲", time: t())
        }
        // Under settings where that rule is off, the same approval is allowed (counted anew).
        var lenient = settings
        lenient.rules["indicator.amount-vs-budget"] = .init(enabled: false)
        try session.review(.approve, projectAt: 2, comment: nil, settings: lenient, actor: "甲", time: t())
        try expectWholeCheckCounts("an approval")
        try session.review(.reopen, projectAt: 2, comment: nil, settings: settings, actor: "甲", time: t())
        let edit = try #require(try session.set(amount, to: "8万元", actor: "甲", time: t()))
        let editChange = session.lastChange
        let approval = try #require(try session.review(.approve, projectAt: 2, comment: nil, settings: settings, actor: "甲", time: t()))
        try session.undo(of: approval.seq, change: session.lastChange.inverse, actor: "甲", time: t())
        try expectWholeCheckCounts("the approval undone")
        try session.undo(of: edit.seq, change: editChange.inverse, actor: "甲", time: t())
        try expectWholeCheckCounts("the edit undone")
        #expect(try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json")).errors == 1)
        let open = engine.check(session.document).all.filter(\.isOpen)
        let waived = try #require(open.first { $0.severity == .warning })
        try session.waive([Waiver(waived, reason: Waiver.verified, reviewer: "甲", time: "t")], actor: "甲", time: t())
        try expectWholeCheckCounts("a waiver")
        try session.unwaive(session.document.review.waivers, actor: "甲", time: t())
        try expectWholeCheckCounts("the waiver taken back")
    }

    /// The workstation checks a document on opening and gives the session those findings:
    /// the first change is then counted from them (as every later one is), and the counts
    /// are still a whole check's. Findings of another state of the document are not taken.
    @Test func findingsCountedOnOpeningServeTheFirstChange() throws {
        let ws = try imported()
        let session = try ws.openDocument("430001-2021", access: .write)
        defer { session.close() }
        let settings = ws.settings.review
        let engine = RuleEngine(settings: settings)
        #expect(session.findings(under: settings) == nil)
        var other = session.document
        other.projects[0].name += "（改）"
        session.adopt(engine.check(other), of: other, countedUnder: settings)
        #expect(session.findings(under: settings) == nil)
        let onOpening = engine.check(session.document)
        session.adopt(onOpening, of: session.document, countedUnder: settings)
        #expect(session.findings(under: settings) == onOpening)
        let amount = FieldPath(projectIndex: 2, field: .indicator(row: 1, .value))
        try session.set(amount, to: "8万元", actor: "甲", time: "2026-11-26T11:00:00+08:00")
        let whole = engine.check(session.document)
        #expect(session.findings(under: settings) == whole)
        let stored = try StableJSON.decode(DocumentSummary.self, from: folder.read("ws/430001-2021/summary.json"))
        let open = whole.all.filter(\.isOpen)
        #expect([stored.errors, stored.warnings, stored.infos]
                == [Severity.error, .warning, .info].map { s in open.filter { $0.severity == s }.count })
        #expect(stored.errors == 0)
    }

    @Test func aMissingOrStaleSummaryIsRebuilt() throws {
        let ws = try imported()
        let good = try ws.summary(of: "430001-2021")
        // Missing: rebuilt and written back.
        try FileManager.default.removeItem(atPath: folder.path("ws/430001-2021/summary.json"))
        #expect(try ws.summary(of: "430001-2021") == good)
        #expect(folder.exists("ws/430001-2021/summary.json"))
        // Stale: a summary that does not match the journal's length is not believed.
        var wrong = good
        wrong.projects = 99
        wrong.journalBytes += 1
        try DurableFile.write(try StableJSON.pretty(wrong), to: folder.path("ws/430001-2021/summary.json"))
        #expect(try ws.summary(of: "430001-2021").projects == 13)
        // Unreadable: rebuilt.
        _ = folder.write("ws/430001-2021/summary.json", Array("{".utf8))
        #expect(try ws.summary(of: "430001-2021") == good)
    }

    /// A `document.json` changed or damaged outside Jixiao after its summary was kept: the
    /// summary is not believed (the document is newer), so the list shows what the
    /// document now says, or that it cannot be read — never what the summary remembers.
    @Test func aDocumentChangedOutsideAfterItsSummaryIsReadAgain() throws {
        let ws = try imported()
        let path = folder.path("ws/430001-2021/document.json")
        // Later than the summary, as a hand edit minutes after would be (file times are kept
        // to the kernel's tick: an edit within it could not be told).
        func later(_ seconds: TimeInterval = 5) throws {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(seconds)], ofItemAtPath: path)
        }
        #expect(try ws.summary(of: "430001-2021").unitName == "秦皇岛市抚宁区机关事务服务中心本级")
        #expect(try ws.summary(of: "430001-2021").changedOutside == nil)
        let text = String(decoding: folder.read("ws/430001-2021/document.json"), as: UTF8.self)
        _ = folder.write("ws/430001-2021/document.json", Array(text.replacingOccurrences(of: "服务中心本级", with: "服务中心改过").utf8))
        try later()
        #expect(try ws.summary(of: "430001-2021").unitName == "秦皇岛市抚宁区机关事务服务中心改过")

        // Marked as changed outside (it opens read-only), and still so when the summary
        // made of it is read back, and after `check` keeps its own.
        #expect(try ws.summary(of: "430001-2021").changedOutside == true)
        // (The summary's time set after the document's, as it is when the edit was in the past.)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(10)],
                                              ofItemAtPath: folder.path("ws/430001-2021/summary.json"))
        #expect(DocumentSummaryFile.fresh(ws.files(of: "430001-2021"), rulesDigest: ws.rulesDigest)?.changedOutside == true)

        _ = folder.write("ws/430001-2021/document.json", Array("{\"format".utf8))
        try later(20)
        let listed = ws.summaries()
        #expect(listed.summaries.isEmpty)
        #expect(listed.problems.count == 1 && listed.problems[0].hasPrefix("430001-2021："), "\(listed.problems)")
    }

    @Test func otherRuleSettingsMakeItStale() throws {
        var ws = try imported()
        let before = try ws.summary(of: "430001-2021")
        var settings = ws.settings
        for rule in RuleCatalogue.all { settings.review.rules[rule.id, default: RuleSettings.RuleOverride()].enabled = false }
        ws = Workspace(root: ws.root, settings: settings)
        let after = try ws.summary(of: "430001-2021")
        #expect(before.warnings > 0)
        #expect(after.errors == 0 && after.warnings == 0 && after.infos == 0)
    }

    /// A summary counted by a Jixiao whose rules were other (its digest covered the settings
    /// only, or another catalogue) is not believed after an upgrade.
    @Test func otherRulesMakeItStale() throws {
        let ws = try imported()
        var old = try ws.summary(of: "430001-2021")
        old.rulesDigest = Hashing.sha256((try? StableJSON.line(ws.settings.review)) ?? [])
        old.warnings = 999
        try DurableFile.write(try StableJSON.pretty(old), to: folder.path("ws/430001-2021/summary.json"))
        #expect(try ws.summary(of: "430001-2021").warnings != 999)
    }
}

/// Units' names ranked as a Chinese reader sorts them: by 拼音, not by code point.
@Suite struct UnitNameOrderTests {
    @Test func namesAreRankedIn拼音Order() {
        let names = ["中共黄石市委党校", "区卫生健康局", "安徽省六安市农业农村局", "岳阳县农业农村局", "青山区教育局",
                     "秦皇岛市抚宁区机关事务服务中心本级"]
        let summaries = names.map { n in
            DocumentSummary(id: n, unitCode: "", unitName: n, year: 2021, projects: 1, budgetTotal: .zero, errors: 0, warnings: 0,
                            infos: 0, approved: 0, returned: 0, pending: 1, grade: nil, lastChange: "", journalBytes: 1, rulesDigest: "")
        }
        let ranks = UnitNameOrder.ranks(summaries)
        #expect(names.sorted { ranks[$0]! < ranks[$1]! } == ["安徽省六安市农业农村局", "秦皇岛市抚宁区机关事务服务中心本级", "青山区教育局",
                                                             "区卫生健康局", "岳阳县农业农村局", "中共黄石市委党校"])
    }
}
