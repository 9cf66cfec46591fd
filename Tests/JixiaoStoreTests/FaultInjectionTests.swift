import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// The store's system calls failing as a full disk, a failed fsync or a failed rename
/// would (`StorageFaults`): a change reported as failed is not in the journal, a change
/// in the journal is reported as done, and the document always opens again.
@Suite struct FaultInjectionTests {
    let edit = (project: 3, field: "indicator.1.value", value: "8万元")

    func journalBytes(_ s: SampleWorkspace) -> [UInt8] { s.folder.read("ws/430001-2021/journal.jsonl") }
    func documentBytes(_ s: SampleWorkspace) -> [UInt8] { s.folder.read("ws/430001-2021/document.json") }

    @Test(arguments: [
        StorageFaults.failing(.write, on: "journal.jsonl", errno: ENOSPC, after: 30),
        StorageFaults.failing(.write, on: "journal.jsonl", errno: ENOSPC),
        StorageFaults.failingOnce(.fsync, on: "journal.jsonl", errno: EIO),
    ])
    func failedAppendIsTakenBackBeforeTheErrorIsReported(_ faults: StorageFaults) throws {
        let s = try SampleWorkspace()
        let journal = journalBytes(s), document = documentBytes(s)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let error = #expect(throws: StoreError.self) {
            try StorageFaults.$active.withValue(faults) {
                try session.set(s.path(edit.project, edit.field), to: edit.value, actor: "甲", time: "t")
            }
        }
        #expect(error?.kind == .other)
        #expect(journalBytes(s) == journal)
        #expect(documentBytes(s) == document)
        #expect(session.document.projects[2].indicators[0].value.raw == "57.66 万元")
        #expect(session.position.seq == 1)
        // The session goes on: the same change again works and chains on line 1.
        let entry = try #require(try session.set(s.path(edit.project, edit.field), to: edit.value, actor: "甲", time: "t"))
        #expect(entry.seq == 2)
        session.close()
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }

    /// The append fails and so does cutting it back: the session stops taking changes, and
    /// the next writer finds the half line, never acknowledged, and cuts it off.
    @Test func appendThatCannotBeTakenBackIsCutOnTheNextOpen() throws {
        let s = try SampleWorkspace()
        let journal = journalBytes(s)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let faults = StorageFaults(partialWrite: 25) { call, path in
            path.hasSuffix("journal.jsonl") && (call == .write || call == .truncate) ? ENOSPC : nil
        }
        let error = #expect(throws: StoreError.self) {
            try StorageFaults.$active.withValue(faults) {
                try session.review(.approve, projectAt: 1, comment: nil, actor: "甲", time: "t")
            }
        }
        #expect(error?.kind == .journalUnsettled)
        #expect(session.readOnlyCause == .journalUnsettled)
        #expect(journalBytes(s).count == journal.count + 25)
        #expect(throws: StoreError.self) { try session.review(.approve, projectAt: 1, comment: nil, actor: "甲", time: "t") }
        session.close()

        let reader = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reader.notices.contains { $0.contains("没有写完") && $0.contains("下次以编辑方式打开时截去") })
        #expect(reader.document.review.status(ofProjectAt: 1) == .pending)
        let writer = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!writer.isReadOnly)
        #expect(writer.notices.contains { $0.contains("日志第 2 行没有写完") && $0.contains("已截去") })
        #expect(journalBytes(s) == journal)
        try writer.review(.approve, projectAt: 1, comment: nil, actor: "甲", time: "t")
        writer.close()
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }

    /// The journal line is on disk but document.json cannot be saved (the rename or the
    /// fsync fails): the change is done — reported as such, kept in the session, and
    /// saved with the next change.
    @Test(arguments: [
        StorageFaults.failing(.rename, on: "document.json", errno: EIO),
        StorageFaults.failing(.fsync, on: ".jixiao-tmp", errno: EIO),
        StorageFaults.failing(.write, on: ".jixiao-tmp", errno: ENOSPC, after: 100),
    ])
    func failedSaveAfterTheJournalLineKeepsTheChange(_ faults: StorageFaults) throws {
        let s = try SampleWorkspace()
        let document = documentBytes(s)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let entry = try #require(try StorageFaults.$active.withValue(faults) {
            try session.review(.approve, projectAt: 1, comment: nil, actor: "甲", time: "t")
        })
        #expect(entry.seq == 2)
        #expect(session.unsavedBecause != nil)
        #expect(session.document.review.status(ofProjectAt: 1) == .approved)
        #expect(documentBytes(s) == document)
        #expect(s.folder.list("ws/430001-2021") == ["document.json", "journal.jsonl", "source.txt", "summary.json"])

        // Another reader meanwhile sees it (one line ahead, applied in memory).
        let reader = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reader.document.review.status(ofProjectAt: 1) == .approved)

        // The next change saves both.
        try session.review(.approve, projectAt: 3, comment: nil, actor: "甲", time: "t")
        #expect(session.unsavedBecause == nil)
        session.close()
        let stored = try DocumentSession.loadStored(s.docFolder + "/document.json")
        #expect(stored.journal.seq == 3)
        #expect(stored.document.review.status(ofProjectAt: 1) == .approved)
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }

    /// While document.json cannot be saved, no second change is journaled: the journal is
    /// never more than one line ahead of it (what a crash could leave, and all recovery
    /// applies).
    @Test func noSecondChangeWhileTheFirstIsUnsaved() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let faults = StorageFaults.failing(.rename, on: "document.json", errno: EIO)
        try StorageFaults.$active.withValue(faults) {
            try session.review(.approve, projectAt: 1, comment: nil, actor: "甲", time: "t")
            #expect(throws: StoreError.self) {
                try session.review(.approve, projectAt: 3, comment: nil, actor: "甲", time: "t")
            }
        }
        #expect(s.journalLines().count == 2)
        // close() saves what it could not.
        session.close()
        #expect(try DocumentSession.loadStored(s.docFolder + "/document.json").journal.seq == 2)
    }

    @Test func failedImportLeavesOnlyWhatWasThere() throws {
        let t = TemporaryFolder()
        let ws = t.path("ws")
        for faults in [StorageFaults.failing(.rename, on: "430001-2021", errno: EIO),
                       StorageFaults.failing(.write, on: "journal.jsonl", errno: ENOSPC, after: 10),
                       StorageFaults.failing(.fsync, on: "/document.json", errno: EIO)] {
            #expect(throws: StoreError.self) {
                try StorageFaults.$active.withValue(faults) {
                    try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: ws, actor: "甲", time: "t")
                }
            }
            #expect(!t.exists("ws"), "\(t.list("ws"))")
        }
        // Into an existing workspace: it stays as it was.
        _ = try Workspace.openOrCreate(at: ws)
        #expect(throws: StoreError.self) {
            try StorageFaults.$active.withValue(.failing(.rename, on: "430001-2021", errno: EIO)) {
                try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: ws, actor: "甲", time: "t")
            }
        }
        #expect(t.list("ws") == ["jixiao.json"])
    }
}
