import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// The second round on disk: `source-2.txt`, the `revise` line, durable and replayable.
@Suite struct RevisionStoreTests {
    /// The sample with project 2's first indicator value changed from ≥95% to ≥98%.
    static func revisedSample() throws -> [UInt8] {
        let text = BundledSample.text
        let range = try #require(text.range(of: "配套设施完成率\t更换设备完成率\t≥95%"))
        return Array(text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%").utf8)
    }

    /// The sample, project 2 returned with an opinion on row 1, project 1 approved.
    func reviewed() throws -> SampleWorkspace {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.review(.return, projectAt: 1, comment: "完成率目标偏低", row: 1, actor: "甲", time: "t1")
        try session.review(.return, projectAt: 1, comment: "请说明更换范围", actor: "甲", time: "t2")
        try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t3")
        session.close()
        return s
    }

    /// The department picker shows the version: the summary says 2 after the 修改稿, also
    /// when it is rebuilt.
    @Test func theSummaryCarriesTheVersion() throws {
        let s = try reviewed()
        #expect(try s.ws.summary(of: "430001-2021").version == 1)
        _ = try s.ws.importRevision(s.folder.write("revised.txt", try Self.revisedSample()), of: "430001-2021", actor: "甲", time: "t4")
        #expect(try s.ws.summary(of: "430001-2021").version == 2)
        try FileManager.default.removeItem(atPath: s.ws.files(of: "430001-2021").summary)
        #expect(try s.ws.summary(of: "430001-2021").version == 2)
    }

    @Test func aRevisionIsStoredAsTheNextVersionAndReplays() throws {
        let s = try reviewed()
        let file = s.folder.write("revised.txt", try Self.revisedSample())
        let outcome = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t4")
        guard case .revised(let version, let seq, let cmp, let doc) = outcome else { Issue.record("not revised"); return }
        #expect(version == 2 && seq == 5)
        #expect(cmp.changed.map(\.new) == [2])
        #expect(cmp.changed.first?.changes == [FieldRevision(field: .indicator(row: 1, .value), old: "≥95%", new: "≥98%")])
        #expect(doc.review.status(ofProjectAt: 1) == .pending)
        #expect(doc.review.status(ofProjectAt: 0) == .approved)
        #expect(doc.review.opinions(ofProjectAt: 1).map(\.row) == [1, nil])

        // source.txt untouched, source-2.txt the revised text, read-only.
        #expect(s.folder.read("ws/430001-2021/source.txt") == BundledSample.bytes)
        #expect(s.folder.read("ws/430001-2021/source-2.txt") == (try Self.revisedSample()))
        #expect(access(s.docFolder + "/source-2.txt", W_OK) != 0 || getuid() == 0)
        #expect(s.journalLines().last?.contains(#""kind":"revise""#) == true)

        // Stored as the session sees it, and the journal replays across the versions.
        let reopened = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reopened.document == doc)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [])

        // Without document.json, it is rebuilt from source.txt, source-2.txt and the journal.
        unlink(s.docFolder + "/document.json")
        let rebuilt = try s.ws.openDocument("430001-2021", access: .write)
        #expect(rebuilt.document == doc)
        rebuilt.close()

        // The changes since the revision start from version 2's text.
        let (base, _) = try ChangeHistory.of(reopened)
        #expect(base.projects[1].indicators[0].value.raw == "≥98%")
    }

    @Test func aChangedRevisedTextIsDetected() throws {
        let s = try reviewed()
        let file = s.folder.write("revised.txt", try Self.revisedSample())
        _ = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t4")
        let path = s.docFolder + "/source-2.txt"
        chmod(path, 0o644)
        _ = s.folder.write("ws/430001-2021/source-2.txt", Array(BundledSample.text.replacingOccurrences(of: "≥98%", with: "≥99%").utf8))
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems.count == 1)
        #expect("\(v.problems)".contains("source-2.txt 与导入时不同（SHA-256 不符）"))
        unlink(path)
        let missing = try JournalVerification.verify(folder: s.docFolder)
        #expect("\(missing.problems)".contains("找不到第 2 版的原文 source-2.txt"))
    }

    @Test func anIdenticalTextWritesNothing() throws {
        let s = try reviewed()
        let before = s.journalLines()
        let same = s.folder.write("same.txt", BundledSample.bytes)
        guard case .identical(let v) = try s.ws.importRevision(same, of: "430001-2021", actor: "甲", time: "t4") else {
            Issue.record("written"); return
        }
        #expect(v == 1)
        #expect(s.journalLines() == before)
        #expect(!FileManager.default.fileExists(atPath: s.docFolder + "/source-2.txt"))
        // The same revision twice: the second is identical to version 2.
        let file = s.folder.write("revised.txt", try Self.revisedSample())
        _ = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t4")
        guard case .identical(let v2) = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t5") else {
            Issue.record("written twice"); return
        }
        #expect(v2 == 2)
        #expect(s.journalLines().count == before.count + 1)
    }

    @Test func anotherUnitsTextAMissingDocumentAndABusyDocumentAreRefusedWritingNothing() throws {
        let s = try reviewed()
        let before = s.journalLines()
        let other = s.folder.write("other.txt", Array(BundledSample.text.replacingOccurrences(of: "430001", with: "430002").utf8))
        #expect(throws: StoreError.self) { try s.ws.importRevision(other, of: "430001-2021", actor: "甲", time: "t4") }
        do {
            _ = try s.ws.importRevision(other, of: "430001-2021", actor: "甲", time: "t4")
        } catch let e as StoreError {
            #expect(e.message.contains("430002") && e.message.contains("430001"))
        }
        let file = s.folder.write("revised.txt", try Self.revisedSample())
        #expect(throws: StoreError.self) { try s.ws.importRevision(file, of: "430009-2021", actor: "甲", time: "t4") }
        let holder = try s.ws.openDocument("430001-2021", access: .write)
        do {
            _ = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t4")
            Issue.record("imported while another writer holds the document")
        } catch let e as StoreError {
            #expect(e.kind == .busy)
        }
        holder.close()
        #expect(s.journalLines() == before)
        #expect(!FileManager.default.fileExists(atPath: s.docFolder + "/source-2.txt"))
    }

    /// A crash after the journal line, before document.json: the next open applies the line.
    @Test func aRevisionLineNotYetSavedIsRecoveredOnOpen() throws {
        let s = try reviewed()
        let saved = s.folder.read("ws/430001-2021/document.json")
        let file = s.folder.write("revised.txt", try Self.revisedSample())
        guard case .revised(_, _, _, let doc) = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t4") else { return }
        _ = s.folder.write("ws/430001-2021/document.json", saved)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.document == doc)
        #expect(session.notices.contains { $0.contains("导入修改稿（第 2 版）") })
        session.close()
        #expect(try JournalVerification.verify(folder: s.docFolder).problems == [])
    }

    /// A waiver, a grade and a project the unit gave a new code: the comparison that holds
    /// them goes through the journal's JSON and the replay finds it the same.
    @Test func aRevisionWithAWaiverAGradeAndANewCodeReplays() throws {
        let s = try reviewed()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let finding = try #require(RuleEngine().check(session.document).all.first { $0.rule == "indicator.amount-vs-budget" && $0.projectIndex == 2 })
        try session.waive([Waiver(finding, reason: "核实无误", reviewer: "甲", time: "t4")], actor: "甲", time: "t4")
        try session.grade(DocumentGrade(grade: .fair, comment: "须修改", suggested: .fair, score: 70.5, reviewer: "甲", time: "t5"),
                          actor: "甲", time: "t5")
        session.close()
        let text = String(decoding: try Self.revisedSample(), as: UTF8.self).replacingOccurrences(of: "13030621A4W2U9FHZ556 R", with: "13030621A4W2U9FHZ999 R")
        let file = s.folder.write("revised.txt", Array(text.utf8))
        guard case .revised(_, _, let cmp, let doc) = try s.ws.importRevision(file, of: "430001-2021", actor: "甲", time: "t6") else {
            Issue.record("not revised"); return
        }
        let third = try #require(cmp.project(atRevised: 2))
        #expect(third.match == .name && third.changes.map(\.field) == [.code])
        #expect(doc.review.waivers.map(\.project) == [3])
        #expect(doc.review.grade == nil && cmp.clearedGrade?.score == 70.5)
        #expect(try JournalVerification.verify(folder: s.docFolder).problems == [])
    }
}
