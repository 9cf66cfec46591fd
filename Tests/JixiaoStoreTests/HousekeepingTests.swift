import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// What a workspace meets in ordinary life: kept in git (CRLF line ends), made private
/// with chmod, left with temporary files by a killed save, read while someone edits,
/// edited by hand, and what recovery may apply.
@Suite struct HousekeepingTests {
    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func savingKeepsTheModeOfAnExistingFile() throws {
        let s = try SampleWorkspace()
        let document = s.docFolder + "/document.json"
        #expect(chmod(document, 0o600) == 0)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t")
        session.close()
        #expect(try mode(document) == 0o600)
        #expect(try mode(s.docFolder + "/source.txt") & 0o222 == 0)
    }

    @Test func temporaryFilesOfKilledSavesAndImportsAreRemovedByTheNextWriter() throws {
        let s = try SampleWorkspace()
        s.folder.write("ws/430001-2021/.document.json.Ab12Cd.jixiao-tmp", Array("{half".utf8))
        try FileManager.default.createDirectory(atPath: s.folder.path("ws/.import-430001-2021-1234.jixiao-tmp"),
                                                withIntermediateDirectories: false)
        s.folder.write("ws/.import-430001-2021-1234.jixiao-tmp/source.txt", [1])
        s.folder.write("ws/notes.txt", Array("mine".utf8))

        let reader = try s.ws.openDocument("430001-2021", access: .read)
        reader.close()
        #expect(s.folder.list("ws/430001-2021").count == 5, "a reader removes nothing: the 4 files (summary.json too) and the temporary one")

        let writer = try s.ws.openDocument("430001-2021", access: .write)
        #expect(writer.notices.contains { $0.contains("临时文件") })
        writer.close()
        #expect(s.folder.list("ws/430001-2021") == ["document.json", "journal.jsonl", "source.txt", "summary.json"])
        #expect(s.folder.list("ws") == ["430001-2021", "jixiao.json", "notes.txt"])
    }

    /// git with `core.autocrlf` checks the journal out with CR LF line ends: it reads as
    /// written, verifies, and takes new lines.
    @Test func journalWithCRLFLineEndsIsReadAsWritten() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t")
        session.close()
        let crlf = s.journalLines().joined(separator: "\r\n") + "\r\n"
        _ = FileManager.default.createFile(atPath: s.journalPath, contents: Data(crlf.utf8))
        let source = s.docFolder + "/source.txt"
        chmod(source, 0o644)
        let text = String(decoding: s.folder.read("ws/430001-2021/source.txt"), as: UTF8.self)
        _ = FileManager.default.createFile(atPath: source, contents: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))

        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [])
        let writer = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!writer.isReadOnly, "\(writer.notices)")
        try writer.review(.approve, projectAt: 2, comment: nil, actor: "甲", time: "t")
        writer.close()
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }

    /// `log --verify` while another process saves edit after edit: never a false alarm
    /// (before, 5% of runs said the tail was cut, reading the journal before a line was
    /// appended and document.json after it was saved).
    @Test func verifyWhileAWriterIsActiveRaisesNoFalseAlarm() async throws {
        let s = try SampleWorkspace()
        let folder = s.docFolder
        // The writer starts after the first check and edits 40 times; the checks go on
        // until it is done, so they overlap it.
        let checks = Counter(), edits = Counter()
        let writer = Task.detached {
            while checks.value < 1 { usleep(1_000) }
            let session = try s.ws.openDocument("430001-2021", access: .write)
            for k in 0..<40 {
                try session.set(s.path(3, "indicator.1.value"), to: "\(k)万元", actor: "甲", time: "t")
                edits.increment()
            }
            session.close()
        }
        var alarms: [String] = []
        repeat {
            let v = try JournalVerification.verify(folder: folder)
            if !v.isIntact { alarms += v.problems.map(\.description) }
            // A reader opening meanwhile has nothing to report either.
            let reader = try s.ws.openDocument("430001-2021", access: .read)
            alarms += reader.notices
            checks.increment()
        } while edits.value < 40
        try await writer.value
        #expect(checks.value > 2, "\(checks.value) checks")
        #expect(alarms.isEmpty, "\(alarms.count) in \(checks.value) checks: \(alarms.prefix(3))")
    }

    /// A crash between the journal line and the save leaves one line: recovery applies it
    /// and names it. Lines that no crash could leave — two or more past document.json —
    /// are not applied; nor is one whose old value does not match.
    @Test func recoveryAppliesAtMostTheOneLineACrashLeaves() throws {
        let s = try SampleWorkspace()
        let lines = s.journalLines()
        func line(_ seq: Int, prev: String, _ event: JournalEvent) throws -> String {
            String(decoding: try StableJSON.line(JournalEntry(seq: seq, time: "2026-11-25T12:00:00Z", actor: "某人",
                                                              event: event, prev: prev)), as: UTF8.self)
        }
        let approve3 = JournalEvent.reviewed(.init(project: 3, code: "13030621A4W2U9FHZ556R", action: "approve", comment: nil))
        let l2 = try line(2, prev: Hashing.sha256(Array(lines[0].utf8)), approve3)
        let l3 = try line(3, prev: Hashing.sha256(Array(l2.utf8)), approve3)
        s.writeJournal(lines + [l2, l3])
        let two = try s.ws.openDocument("430001-2021", access: .write)
        #expect(two.isReadOnly)
        #expect(two.readOnlyReason?.contains("多出 2 条记录") == true)
        #expect(two.document.review.status(ofProjectAt: 2) == .pending)
        two.close()

        let wrongOld = try line(2, prev: Hashing.sha256(Array(lines[0].utf8)), .edited(.init(
            project: 3, code: "13030621A4W2U9FHZ556R", field: "indicator.1.value", old: "1 万元", new: "8 万元")))
        s.writeJournal(lines + [wrongOld])
        let mismatch = try s.ws.openDocument("430001-2021", access: .write)
        #expect(mismatch.isReadOnly)
        #expect(mismatch.document.projects[2].indicators[0].value.raw == "57.66 万元")
        mismatch.close()

        s.writeJournal(lines + [l2])
        let one = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!one.isReadOnly)
        #expect(one.notices.contains { $0.contains("第 2 条（某人，\(JournalTime.local("2026-11-25T12:00:00Z"))，通过 项目 3）") })
        #expect(one.document.review.status(ofProjectAt: 2) == .approved)
        one.close()
    }

    /// A document.json changed outside Jixiao is noticed on open and not journaled over;
    /// removing it rebuilds it from source.txt and the journal.
    @Test func handEditedDocumentIsNoticedAndCanBeRebuilt() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t")
        session.close()
        let path = s.docFolder + "/document.json"
        let text = String(decoding: s.folder.read("ws/430001-2021/document.json"), as: UTF8.self)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.replacingOccurrences(of: "8万元", with: "9万元").utf8))

        let edited = try s.ws.openDocument("430001-2021", access: .write)
        #expect(edited.isReadOnly)
        #expect(edited.readOnlyReason?.contains("在 Jixiao 之外被改动过") == true)
        #expect(throws: StoreError.self) { try edited.set(s.path(1, "name"), to: "x", actor: "甲", time: "t") }
        edited.close()
        #expect(!(try JournalVerification.verify(folder: s.docFolder).isIntact))

        unlink(path)
        #expect(s.ws.documentIDs() == ["430001-2021"])
        let reader = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reader.document.projects[2].indicators[0].value.raw == "8万元")
        #expect(!s.folder.exists("ws/430001-2021/document.json"))
        let rebuilt = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!rebuilt.isReadOnly)
        #expect(rebuilt.notices.contains { $0.contains("重建") })
        rebuilt.close()
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
