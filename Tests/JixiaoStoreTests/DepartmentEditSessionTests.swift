import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// A department edit in the store: journaled as project 0, replayed by `log --verify`,
/// undone and redone, listed among the changes since import, said in the reviewer's words.
@Suite struct DepartmentEditSessionTests {
    @Test func journaledReplayedUndoneAndListed() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        defer { session.close() }
        let old = try #require(session.document.value(at: .department(.measure(2))))
        let e = try #require(try session.set(.department(.measure(2)), to: "完善后勤保障制度。", actor: "甲", time: "2026-11-25T08:01:00Z"))
        let line = try #require(s.journalLines().last)
        #expect(line.contains("\"payload\":{\"code\":\"\",\"field\":\"overall.measure.2\",\"new\":\"完善后勤保障制度。\""))
        #expect(line.contains("\"project\":0}"))
        #expect(e.event.summary == "部门 工作保障措施第 2 段：“\(old)” → “完善后勤保障制度。”")
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)

        // Listed since import, first (the department part comes before the projects).
        try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "2026-11-25T08:02:00Z")
        let changes = try ChangeHistory.changedFields(session)
        #expect(changes.map { "\($0.path.place) \($0.path.field)" } == ["部门 overall.measure.2", "项目 3 indicator.1.value"])
        #expect(changes[0].stamp?.seq == e.seq && changes[0].imported == old)

        // Undone and redone; each line replays.
        let edit = RecordChange(fields: [FieldChange(project: 0, code: "", field: .overall(.measure(2)), old: old, new: "完善后勤保障制度。")])
        let undo = try session.undo(of: e.seq, change: edit.inverse, actor: "甲", time: "2026-11-25T08:03:00Z")
        #expect(session.document.value(at: .department(.measure(2))) == old)
        #expect(undo.event.summary == "第 2 条：部门 工作保障措施第 2 段：“完善后勤保障制度。” → “\(old)”")
        try session.redo(of: undo.seq, change: edit, actor: "甲", time: "2026-11-25T08:04:00Z")
        #expect(session.document.value(at: .department(.measure(2))) == "完善后勤保障制度。")
        #expect(session.lastChange == edit)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.isIntact, "\(v.problems)")
    }

    /// A department line whose old text is not what the document had does not replay.
    @Test func aTamperedDepartmentLineDoesNotReplay() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(.department(.summary(1)), to: "新的第一段。", actor: "甲", time: "t1")
        session.close()
        let entries = JournalFile.parse(s.folder.read("ws/430001-2021/journal.jsonl")).entries
        guard case .edited(var x) = entries[1].event else { Issue.record("not an edit"); return }
        x.old = "别的文字"
        let forged = JournalEntry(seq: 2, time: "t1", actor: "甲", event: .edited(x), prev: entries[1].prev)
        let replay = #expect(throws: JournalProblem.self) {
            try JournalReplay.replay(source: s.folder.read("ws/430001-2021/source.txt"), entries: [entries[0], forged])
        }
        #expect("\(replay.map { "\($0)" } ?? "")".contains("部门 的 overall.summary.1 当时应为“别的文字”"))
    }
}

/// A 修改稿 that keeps the department part as the unit first wrote it drops the reviewer's
/// edit there: said, as a project's edit not taken is.
@Suite struct DepartmentEditRevisionTests {
    @Test func aDepartmentEditTheRevisionDidNotTakeIsSaid() throws {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        let old = try #require(session.document.value(at: .department(.measure(2))))
        try session.set(.department(.measure(2)), to: "完善后勤保障制度。", actor: "甲", time: "t1")
        session.close()
        // The unit's revised text changes a project and leaves the department part as it was.
        let revised = try RevisionStoreTests.revisedSample()
        let outcome = try s.ws.importRevision(s.folder.write("revised.txt", revised), of: "430001-2021", actor: "甲", time: "t2")
        guard case .revised(let version, _, let comparison, let document) = outcome else { Issue.record("not revised"); return }
        #expect(comparison.departmentChanged)
        #expect(document.value(at: .department(.measure(2))) == old)
        let notTaken = s.ws.editsNotTaken(of: "430001-2021", by: version, comparison: comparison)
        #expect(notTaken.first == "部门整体绩效目标 工作保障措施第 2 段：审核人改为“完善后勤保障制度。”，修改稿仍是“\(old)”")
        #expect(notTaken.count == 1)
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)
    }

    /// The department part's fields a revision changed go on its `revise` line and replay;
    /// a line written before they were recorded (none on it) replays as written, and a line
    /// whose fields are not what the texts give does not.
    @Test func theDepartmentChangesReplayAndOldLinesToo() throws {
        let s = try SampleWorkspace()
        let text = BundledSample.text
        let measure = "1、完善制度建设。"
        let range = try #require(text.range(of: measure))
        let revised = text.replacingCharacters(in: range, with: "1、完善制度建设，按季考核。")
        let outcome = try s.ws.importRevision(s.folder.write("revised.txt", Array(revised.utf8)), of: "430001-2021", actor: "甲", time: "t2")
        guard case .revised(_, _, let comparison, _) = outcome else { Issue.record("not revised"); return }
        let changes = try #require(comparison.departmentChanges)
        #expect(changes.count == 1 && changes[0].new.hasPrefix("完善制度建设，按季考核。"), "\(changes)")
        #expect(try JournalVerification.verify(folder: s.docFolder).isIntact)

        let entries = JournalFile.parse(s.folder.read("ws/430001-2021/journal.jsonl")).entries
        let source = s.folder.read("ws/430001-2021/source.txt")
        let files = DocumentFiles(folder: s.docFolder)
        func replay(_ change: (inout RevisionComparison) -> Void) throws -> Document {
            guard case .revised(var r) = entries[1].event else { throw EditError("not a revision") }
            change(&r.comparison)
            let line = JournalEntry(seq: 2, time: entries[1].time, actor: entries[1].actor, event: .revised(r), prev: entries[1].prev)
            return try JournalReplay.replay(source: source, entries: [entries[0], line], revisionText: files.readSource(version:))
        }
        let now = try replay { _ in }
        #expect(try replay { $0.departmentChanges = nil } == now)
        #expect(throws: JournalProblem.self) { try replay { $0.departmentChanges = [] } }
    }
}
