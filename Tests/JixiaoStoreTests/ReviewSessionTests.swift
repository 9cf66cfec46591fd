import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoTestSupport
import JixiaoText
import Testing
@testable import JixiaoStore

/// The review record on disk: what is refused and why, what reopens, what changes nothing,
/// waivers, the grade, undo and redo — every line replayed by `log --verify`.
@Suite struct ReviewSessionTests {
    func open(_ s: SampleWorkspace) throws -> DocumentSession { try s.ws.openDocument("430001-2021", access: .write) }

    func verify(_ s: SampleWorkspace) throws -> JournalVerification { try JournalVerification.verify(folder: s.docFolder) }

    static let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    /// Project 3's error: the 数量指标 states the funding as 57.66 万元 against 80,000.00 元.
    var amountError: Finding { RuleEngine().check(Self.sample).all.first { $0.rule == "indicator.amount-vs-budget" }! }

    /// The gate refuses approval of project 3 while its error is open, and names it; after
    /// a waiver it allows it.
    @Test func theGateRefusesThenAllowsAfterAWaiver() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        let lines = s.journalLines().count
        do {
            try session.review(.approve, projectAt: 2, comment: nil, actor: "甲", time: "t1")
            Issue.record("approved with an open error")
        } catch let refusal as ReviewRefusal {
            #expect(refusal.message.contains("还有 1 个错误未改正或豁免，不能通过"))
            #expect(refusal.message.contains("第 1 行指标的指标值"))
            #expect(refusal.hint.contains("jixiao waive 3 indicator.amount-vs-budget --row 1 --reason 核实无误"))
        }
        #expect(s.journalLines().count == lines, "nothing written")
        #expect(session.document.review.status(ofProjectAt: 2) == .pending)
        // A rule turned off in the workspace's settings does not stand in the way.
        let off = RuleSettings(rules: ["indicator.amount-vs-budget": .init(enabled: false)])
        #expect(throws: Never.self) { try session.review(.comment, projectAt: 2, comment: "先记一笔", settings: off, actor: "甲", time: "t1") }
        try session.waive([Waiver(amountError, reason: "豁免：按合同总价", reviewer: "甲", time: "t2")], actor: "甲", time: "t2")
        let entry = try #require(try session.review(.approve, projectAt: 2, comment: nil, actor: "甲", time: "t3"))
        #expect(entry.kind == "review")
        #expect(session.document.review.status(ofProjectAt: 2) == .approved)
        #expect(try verify(s).isIntact)
    }

    @Test func anActionThatChangesNothingWritesNothing() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t1")
        let lines = s.journalLines()
        #expect(try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t2") == nil)
        #expect(try session.review(.reopen, projectAt: 1, comment: nil, actor: "甲", time: "t2") == nil)
        let w = Waiver(amountError, reason: Waiver.verified, reviewer: "甲", time: "t3")
        try session.waive([w], actor: "甲", time: "t3")
        #expect(try session.waive([w], actor: "甲", time: "t4") == nil)
        let grade = DocumentGrade(grade: .fair, comment: "须修改", suggested: .fair, score: 70, reviewer: "甲", time: "t5")
        try session.grade(grade, actor: "甲", time: "t5")
        #expect(try session.grade(grade, actor: "甲", time: "t6") == nil)
        #expect(s.journalLines().count == lines.count + 2)
        #expect(try verify(s).isIntact)
    }

    /// An edit to an approved project returns it to 待审 in the same journal line, so a
    /// crash can never leave an approved project with content nobody approved.
    @Test func anEditAfterApprovalReopens() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t1")
        let entry = try #require(try session.set(s.path(1, "indicator.3.description"), to: "及时保障各项维修需要", actor: "甲", time: "t2"))
        guard case .edited(let e) = entry.event else { Issue.record("not an edit"); return }
        #expect(e.reopened == true)
        #expect(session.document.review.status(ofProjectAt: 0) == .pending)
        #expect(s.journalLines().last?.contains(#""reopened":true"#) == true)
        // An edit to a pending project says nothing of reopening.
        try session.set(s.path(2, "plan.3"), to: "25.00%", actor: "甲", time: "t3")
        #expect(s.journalLines().last?.contains("reopened") == false)
        #expect(try verify(s).isIntact)
    }

    @Test func aReturnedProjectNeedsItsOpinionAnswered() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.review(.return, projectAt: 0, comment: "数量指标请改为工作量", row: 1, actor: "甲", time: "t1")
        #expect(throws: ReviewRefusal.self) { try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t2") }
        let entry = try #require(try session.review(.approve, projectAt: 0, comment: nil, answered: true, actor: "甲", time: "t2"))
        guard case .reviewed(let r) = entry.event else { Issue.record("not a review"); return }
        #expect(r.answered == true)
        let opinion = try #require(session.document.review.opinions(ofProjectAt: 0).first)
        #expect(opinion.action == .return && opinion.row == 1 && opinion.reviewer == "甲")
        #expect(try verify(s).isIntact)
    }

    /// Undo walks back an approval and an edit in the order they were made; redo does them
    /// again; each is journaled as undo or redo, and the replay checks each is the exact
    /// inverse of the line it names.
    @Test func undoAndRedoOfAnApprovalAndAnEdit() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        let fix = try #require(try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "t1"))
        let fixChange = session.lastChange
        let approve = try #require(try session.review(.approve, projectAt: 2, comment: nil, actor: "甲", time: "t2"))
        let approveChange = session.lastChange
        #expect(approveChange.reviews.map(\.statusChange.new) == [.approved])
        // Undo the approval: back to 待审.
        let undo1 = try session.undo(of: approve.seq, change: approveChange.inverse, actor: "甲", time: "t3")
        #expect(undo1.kind == "undo")
        #expect(session.document.review.status(ofProjectAt: 2) == .pending)
        // Undo the fix: the error is back.
        try session.undo(of: fix.seq, change: fixChange.inverse, actor: "甲", time: "t4")
        #expect(session.document.projects[2].indicators[0].value.raw == "57.66 万元")
        // Redo the fix.
        let redo = try session.redo(of: undo1.seq + 1, change: fixChange, actor: "甲", time: "t5")
        #expect(redo.kind == "redo")
        #expect(session.document.projects[2].indicators[0].value.raw == "8 万元")
        #expect(try verify(s).isIntact)
        // An undo that does not fit where the document is refuses and writes nothing.
        let lines = s.journalLines().count
        #expect(throws: EditError.self) { try session.undo(of: fix.seq, change: fixChange.inverse.inverse.inverse.inverse, actor: "甲", time: "t6") }
        #expect(s.journalLines().count == lines)
    }

    /// An undo line whose change is not the inverse of the line it names does not verify,
    /// even though it applies cleanly and the chain is intact.
    @Test func anUndoThatIsNotTheInverseDoesNotVerify() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        let fix = try #require(try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "t1"))
        let wrong = RecordChange(fields: [FieldChange(project: 3, code: session.document.projects[2].code,
                                                      field: .indicator(row: 1, .value), old: "8 万元", new: "9 万元")])
        try session.undo(of: fix.seq, change: wrong, actor: "甲", time: "t2")
        let v = try verify(s)
        #expect(!v.isIntact)
        #expect(v.problems.first?.description.contains("撤销记录所做的改动与第 2 条的改动并不相反") == true)
    }

    @Test func aStaleWaiverIsKeptAndReported() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.waive([Waiver(amountError, reason: Waiver.verified, reviewer: "甲", time: "t1")], actor: "甲", time: "t1")
        try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "t2")
        let set = RuleEngine().check(session.document)
        #expect(set.staleWaivers.map(\.rule) == ["indicator.amount-vs-budget"])
        #expect(session.document.review.waivers.count == 1)
        try session.unwaive(set.staleWaivers, actor: "甲", time: "t3")
        #expect(session.document.review.waivers.isEmpty)
        #expect(try verify(s).isIntact)
    }

    @Test func whatChangedSinceImport() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "2026-11-25T08:01:00Z")
        try session.set(s.path(1, "name"), to: "机关监控设备维修费", actor: "乙", time: "2026-11-25T08:02:00Z")
        let undone = try #require(try session.set(s.path(2, "usage"), to: "改", actor: "甲", time: "2026-11-25T08:03:00Z"))
        try session.undo(of: undone.seq, change: session.lastChange.inverse, actor: "甲", time: "2026-11-25T08:04:00Z")
        let changes = try ChangeHistory.changedFields(session)
        #expect(changes.map { "\($0.path.projectIndex + 1) \($0.path.field)" } == ["1 name", "3 indicator.1.value"])
        #expect(changes[0].imported == "机关监控设备维护费" && changes[0].current == "机关监控设备维修费")
        #expect(changes[0].stamp == ChangeStamp(seq: 3, actor: "乙", time: "2026-11-25T08:02:00Z"))
        #expect(try ChangeHistory.changedFields(session, project: 2).map(\.path.field) == [.indicator(row: 1, .value)])
    }

    @Test func theJournalInTheReviewersWords() throws {
        let s = try SampleWorkspace()
        let session = try open(s)
        try session.review(.return, projectAt: 0, comment: "请改", actor: "甲", time: "2026-11-25T12:05:00Z")
        try session.waive([Waiver(amountError, reason: Waiver.verified, reviewer: "甲", time: "t")], actor: "甲", time: "2026-11-25T12:06:00Z")
        let e = try #require(try session.set(s.path(3, "indicator.1.value"), to: "8 万元", actor: "甲", time: "2026-11-25T12:07:00Z"))
        let u = try session.undo(of: e.seq, change: session.lastChange.inverse, actor: "甲", time: "2026-11-25T12:08:00Z")
        let entries = JournalFile.parse(s.folder.read("ws/430001-2021/journal.jsonl")).entries
        #expect(entries.map(\.event.kindName) == ["导入", "退回", "豁免", "修改", "撤销"])
        #expect(entries[3].event.summary == "项目 3 第 1 行指标的指标值：“57.66 万元” → “8 万元”")
        #expect(u.event.summary == "第 4 条：项目 3 第 1 行指标的指标值：“8 万元” → “57.66 万元”")
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(entries[1].described(in: shanghai) == "第 2 条（甲，2026-11-25 20:05:00 +08:00，退回 项目 1：请改）")
    }
}
