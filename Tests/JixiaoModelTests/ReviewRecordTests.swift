import Foundation
import Testing
@testable import JixiaoModel

/// The review record as values: waivers, the grade, opinions with their label and row,
/// what an action changed and how it is taken back, times as the reviewer's clock shows them.
@Suite struct ReviewRecordTests {
    let doc = tinyDocument()

    func path(_ f: String) -> FieldPath { FieldPath(projectIndex: 0, field: ProjectField(parsing: f)!) }

    func waiver(_ rule: String = "indicator.not-quantified", row: Int? = 1, line: Int = 20, reason: String = "核实无误") -> Waiver {
        Waiver(rule: rule, project: 1, code: "13030622ABCDEFGHIJKLM", part: "indicator", row: row, field: .value, line: line,
               severity: "warning", message: "……", reason: reason, reviewer: "王", time: "2026-11-25T12:05:00Z")
    }

    @Test func reviewWordsInEitherLanguage() {
        #expect(ReviewAction(parsing: "通过") == .approve)
        #expect(ReviewAction(parsing: "退回") == .return)
        #expect(ReviewAction(parsing: "取消") == .reopen)
        #expect(ReviewAction(parsing: "取消审核") == .reopen)
        #expect(ReviewAction(parsing: "意见") == .comment)
        #expect(ReviewAction(parsing: "Approve") == .approve)
        #expect(ReviewAction(parsing: "批准") == nil)
        #expect(Grade(parsing: " 良 ") == .good)
        #expect(Grade(parsing: "fair") == .fair)
        #expect(Grade(parsing: "甲") == nil)
        #expect(Grade.excellent < Grade.poor)
    }

    @Test func opinionsCarryTheirLabelAndRow() throws {
        let r = try doc.applying(.return, toProjectAt: 0, comment: "请细化", row: 1, reviewer: "王", time: "t")
        let o = try #require(r.review.opinions(ofProjectAt: 0).first)
        #expect(o.action == .return && o.row == 1 && o.label == "退回意见")
        // Lines written before opinions were labelled replay without a label.
        let old = try doc.applying(.return, toProjectAt: 0, comment: "请细化", labelOpinion: false, reviewer: "王", time: "t")
        #expect(old.review.opinions(ofProjectAt: 0).first?.action == nil)
        #expect(throws: EditError.self) { try doc.applying(.comment, toProjectAt: 0, comment: "x", row: 9, reviewer: "王", time: "t") }
    }

    @Test func anEditToAnApprovedProjectReopensIt() throws {
        let approved = try doc.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "王", time: "t")
        let (edited, reopened) = try approved.editing(path("indicator.1.value"), to: "≥6次")
        #expect(reopened)
        #expect(edited.review.status(ofProjectAt: 0) == .pending)
        // The same text changes nothing, and reopens nothing.
        let (same, again) = try approved.editing(path("indicator.1.value"), to: "≥4次")
        #expect(!again && same.review.status(ofProjectAt: 0) == .approved)
        // A pending project stays pending, a returned one returned.
        let returned = try doc.applying(.return, toProjectAt: 0, comment: "改", reviewer: "王", time: "t")
        #expect(try returned.editing(path("name"), to: "新名称").document.review.status(ofProjectAt: 0) == .returned)
    }

    @Test func waiversNeedAReasonAndReplaceTheirOwn() throws {
        #expect(Waiver.validReason("豁免：") == nil)
        #expect(Waiver.validReason("  ") == nil)
        #expect(Waiver.validReason("豁免：上级文件规定") == "豁免：上级文件规定")
        #expect(throws: EditError.self) { try doc.waiving([waiver(reason: "豁免")]) }
        #expect(throws: EditError.self) { try doc.waiving([waiver(reason: "核实\u{1B}[2J无误")]) }
        let a = try doc.waiving([waiver()])
        #expect(a.review.waivers.count == 1)
        let b = try a.waiving([waiver(reason: "豁免：按省厅口径")])
        #expect(b.review.waivers.map(\.reason) == ["豁免：按省厅口径"])
        let c = try b.unwaiving([waiver().address])
        #expect(c.review.waivers.isEmpty)
        #expect(throws: EditError.self) { try c.unwaiving([waiver().address]) }
    }

    @Test func aGradeOtherThanSuggestedNeedsAReason() throws {
        let g = DocumentGrade(grade: .good, comment: " ", suggested: .fair, score: 74.8, reviewer: "王", time: "t")
        #expect(throws: EditError.self) { try doc.grading(g) }
        #expect(throws: EditError.self) {
            try doc.grading(DocumentGrade(grade: .fair, comment: "\u{202E}反向", suggested: .fair, score: 70, reviewer: "王", time: "t"))
        }
        var reasoned = g
        reasoned.comment = "个别指标须细化，可共同完善"
        #expect(try doc.grading(reasoned).review.grade?.grade == .good)
        let asSuggested = DocumentGrade(grade: .fair, comment: "", suggested: .fair, score: 74.8, reviewer: "王", time: "t")
        #expect(try doc.grading(asSuggested).review.grade?.comment == "")
    }

    /// A document with no waivers and no grade is stored exactly as before they existed.
    @Test func emptyRecordIsStoredAsBefore() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(Review(projects: ["1": ProjectReview(status: .approved)])), as: UTF8.self)
        #expect(json == #"{"projects":{"1":{"opinions":[],"status":"approved"}}}"#)
        let back = try JSONDecoder().decode(Review.self, from: Data(json.utf8))
        #expect(back.waivers.isEmpty && back.grade == nil)
        let full = try doc.waiving([waiver()]).grading(DocumentGrade(grade: .fair, comment: "", suggested: .fair, score: 70,
                                                                      reviewer: "王", time: "t")).review
        #expect(try JSONDecoder().decode(Review.self, from: encoder.encode(full)) == full)
    }

    /// Every kind of change, taken back by its inverse, gives the document it started from.
    @Test func aChangeAndItsInverse() throws {
        var steps: [Document] = [doc]
        steps.append(try steps.last!.editing(path("indicator.1.value"), to: "≥6次").document)
        steps.append(try steps.last!.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "王", time: "t"))
        steps.append(try steps.last!.editing(path("budget.total"), to: "12000").document)
        steps.append(try steps.last!.applying(.comment, toProjectAt: 0, comment: "说明", row: 1, reviewer: "王", time: "t"))
        steps.append(try steps.last!.waiving([waiver()]))
        steps.append(try steps.last!.grading(DocumentGrade(grade: .fair, comment: "", suggested: .fair, score: 70, reviewer: "王", time: "t")))
        steps.append(try steps.last!.unwaiving([waiver().address]))
        for k in 1..<steps.count {
            let change = RecordChange.between(steps[k - 1], steps[k])
            #expect(!change.isEmpty)
            #expect(try change.apply(to: steps[k - 1]) == steps[k], "step \(k)")
            #expect(try change.inverse.apply(to: steps[k]) == steps[k - 1], "undo of step \(k)")
            #expect(change.inverse.inverse == change)
        }
        // The edit that reopened the approved project: the field and the status, together.
        let reopen = RecordChange.between(steps[2], steps[3])
        #expect(reopen.fields.map(\.field) == [.budget(.total)])
        #expect(reopen.reviews.map(\.statusChange.new) == [.pending])
        // A change made to a document that is not where it left off is refused whole.
        let edit = RecordChange.between(steps[0], steps[1])
        #expect(throws: EditError.self) { try edit.apply(to: steps[1]) }
        let approve = RecordChange.between(steps[1], steps[2])
        #expect(throws: EditError.self) { try approve.apply(to: steps[3]) }
    }

    /// A budget amount cleared is an empty cell again, derived from the others where it can be.
    @Test func clearingAnAmountMakesItUnstated() throws {
        let d = try doc.setting(path("budget.total"), to: "")
        #expect(d.value(at: path("budget.total")) == "")
        #expect(d.projects[0].budget.total == Money(yuan: 10000))
        #expect(d.projects[0].budget.totalFigure.source == .derived)
    }

    @Test func changeRecordsAreCodable() throws {
        let steps = [doc, try doc.editing(path("indicator.1.value"), to: "≥6次").document]
        let change = RecordChange.between(steps[0], steps[1])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(change), as: UTF8.self)
        #expect(json == #"{"fields":[{"code":"13030622ABCDEFGHIJKLM","field":"indicator.1.value","new":"≥6次","old":"≥4次","project":1}]}"#)
        #expect(try JSONDecoder().decode(RecordChange.self, from: Data(json.utf8)) == change)
    }

    @Test func changedFieldsSinceImport() throws {
        let edited = try doc.setting(path("indicator.1.value"), to: "≥6次").setting(path("name"), to: "新名称")
            .setting(path("usage"), to: "改了").setting(path("usage"), to: "用途")
        let stamp = ChangeStamp(seq: 3, actor: "王", time: "2026-11-25T12:05:00Z")
        let changes = edited.changedFields(since: doc, stamps: [path("name"): stamp])
        #expect(changes.map(\.path.field) == [.name, .indicator(row: 1, .value)])
        #expect(changes[0].imported == "测试项目" && changes[0].current == "新名称" && changes[0].stamp == stamp)
        #expect(changes[1].stamp == nil)
        #expect(edited.isChanged(path("name"), since: doc))
        #expect(!edited.isChanged(path("usage"), since: doc))
    }

    @Test func localTimeWithItsOffset() {
        #expect(LocalTime.format("2026-11-25T12:05:00Z", offsetSeconds: 8 * 3600) == "2026-11-25 20:05:00 +08:00")
        #expect(LocalTime.format("2026-12-31T20:30:09Z", offsetSeconds: 8 * 3600) == "2027-01-01 04:30:09 +08:00")
        #expect(LocalTime.format("2024-03-01T02:00:00Z", offsetSeconds: -5 * 3600, withSeconds: false) == "2024-02-29 21:00 -05:00")
        #expect(LocalTime.format("2026-11-25T12:05:00Z", offsetSeconds: 0, withOffset: false) == "2026-11-25 12:05:00")
        #expect(LocalTime.format("2026-11-25T12:05:00Z", offsetSeconds: 5 * 3600 + 1800) == "2026-11-25 17:35:00 +05:30")
        #expect(LocalTime.format("t1", offsetSeconds: 3600) == "t1")
        #expect(LocalTime.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(LocalTime.seconds("2000-03-01T00:00:00Z") == 951_868_800)
        #expect(LocalTime.seconds("2026-13-01T00:00:00Z") == nil)
        // As reports write it.
        #expect(LocalTime.dateTime("2021-03-01T01:30:00Z", utcOffset: 8 * 3600) == "2021-03-01 09:30（UTC+08:00）")
        #expect(LocalTime.date("2021-02-28T16:30:00Z", utcOffset: 8 * 3600) == "2021年3月1日")
        #expect(LocalTime.isoDate("2021-02-28T16:30:00Z", utcOffset: 8 * 3600) == "2021-03-01")
        #expect(LocalTime.date("x", utcOffset: 0) == "" && LocalTime.dateTime("x", utcOffset: 0) == "x")
    }
}
