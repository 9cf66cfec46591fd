import Foundation
import Testing
@testable import JixiaoModel

/// `Document.revised(by:)`: the second round's carrying over of the review.
@Suite struct DocumentRevisionTests {
    /// Three projects (codes A, B, C), each with two indicator rows.
    static func threeProjects() -> Document {
        var doc = tinyDocument()
        let base = doc.projects[0]
        doc.projects = ["A", "B", "C"].enumerated().map { i, c in
            var p = base
            p.number = i + 1
            p.code = "1303062200000000000" + c + c
            p.name = "项目" + c
            p.indicators.append(Indicator(level1: "效益指标", level2: "社会效益指标", name: "服务对象满意度", description: "",
                                          value: TargetValue("≥90%"), basis: "", line: 21))
            return p
        }
        return doc
    }

    static let opinion = Opinion(reviewer: "王审核", time: "2026-11-26T01:00:00Z", text: "满意度目标偏低", action: .return, row: 2)
    static let projectOpinion = Opinion(reviewer: "王审核", time: "2026-11-26T01:00:00Z", text: "请补充绩效目标", action: .return)

    /// The first round: A and C approved, B returned with a project and a row opinion, a grade given.
    static func reviewed() -> Document {
        var doc = threeProjects()
        doc.review.projects["1"] = ProjectReview(status: .approved)
        doc.review.projects["2"] = ProjectReview(status: .returned, opinions: [projectOpinion, opinion])
        doc.review.projects["3"] = ProjectReview(status: .approved)
        doc.review.grade = DocumentGrade(grade: .good, comment: "", suggested: nil, score: nil, reviewer: "王审核", time: "t")
        return doc
    }

    func setting(_ doc: Document, _ project: Int, _ field: String, _ text: String) throws -> Document {
        try doc.setting(FieldPath(projectIndex: project, field: ProjectField(parsing: field)!), to: text)
    }

    @Test func anIdenticalRevisionKeepsEveryDecisionAndTheGrade() {
        let (doc, cmp) = Self.reviewed().revised(by: Self.threeProjects())
        #expect(doc.review == Self.reviewed().review)
        #expect(cmp.changed.isEmpty && cmp.unchanged.count == 3)
        #expect(cmp.approvalsKept == 2 && cmp.decisionsReset == 0)
        // 退回 stays 退回: the unit did not answer it.
        #expect(doc.review.status(ofProjectAt: 1) == .returned)
        #expect(cmp.clearedGrade == nil)
    }

    @Test func aChangedProjectGoesToPendingWithItsOpinionsAndTheOthersKeepTheirApproval() throws {
        let revised = try setting(Self.threeProjects(), 1, "indicator.2.value", "≥95%")
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        #expect(doc.review.status(ofProjectAt: 1) == .pending)
        #expect(doc.review.opinions(ofProjectAt: 1) == [Self.projectOpinion, Self.opinion])
        #expect(doc.review.status(ofProjectAt: 0) == .approved)
        #expect(doc.review.status(ofProjectAt: 2) == .approved)
        let b = try #require(cmp.project(atRevised: 1))
        #expect(b.changes == [FieldRevision(field: .indicator(row: 2, .value), old: "≥90%", new: "≥95%")])
        #expect(b.before == .returned && b.after == .pending && b.match == .code)
        #expect(cmp.summary == "改了 1 个项目，2 个未改，2 个通过保留，1 个回到待审，综合评定已清除")
        #expect(doc.review.grade == nil && cmp.clearedGrade?.grade == .good)
        #expect(doc.projects[1].indicators[1].value.raw == "≥95%")
    }

    @Test func anApprovedProjectTheUnitChangedIsResetToPending() throws {
        let revised = try setting(Self.threeProjects(), 0, "budget.total", "20000.00")
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        #expect(doc.review.status(ofProjectAt: 0) == .pending)
        #expect(cmp.project(atRevised: 0)?.decisionText == "通过 → 待审")
        #expect(cmp.project(atRevised: 2)?.decisionText == "通过（保留）")
    }

    /// The reviewer's accepted edit is what the unit's text is compared with: a revision
    /// that takes the edit over is no change.
    @Test func theComparisonIsWithTheDocumentAsEditedByTheReviewer() throws {
        var first = Self.reviewed()
        first = try setting(first, 2, "usage", "改过的用途")
        first.review.projects["3"]?.status = .approved
        let revised = try setting(Self.threeProjects(), 2, "usage", "改过的用途")
        let (doc, cmp) = first.revised(by: revised)
        #expect(cmp.project(atRevised: 2)?.changes == [])
        #expect(doc.review.status(ofProjectAt: 2) == .approved)
    }

    @Test func aProjectWhoseCodeChangedIsMatchedByItsNameAndSaysSo() throws {
        var revised = Self.threeProjects()
        revised.projects[1].code = "13030622NEWCODE000000"
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        let b = try #require(cmp.project(atRevised: 1))
        #expect(b.match == .name)
        #expect(b.changes.map(\.field) == [.code])
        #expect(doc.review.opinions(ofProjectAt: 1).count == 2)
        #expect(cmp.added.isEmpty && cmp.removed.isEmpty)
    }

    @Test func projectsThatMoveAddAndDisappearKeepTheirReviewInTheComparison() throws {
        var revised = Self.threeProjects()
        var d = revised.projects[0]
        d.code = "13030622000000000000DD"
        d.name = "项目D"
        // B removed, C first, A second, D new.
        revised.projects = [revised.projects[2], revised.projects[0], d]
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        #expect(cmp.projects.map(\.match) == [.code, .code, .added, .removed])
        #expect(cmp.projects.map(\.old) == [3, 1, nil, 2])
        #expect(doc.review.status(ofProjectAt: 0) == .approved)   // C, unchanged, moved to 1
        #expect(doc.review.status(ofProjectAt: 1) == .approved)   // A
        #expect(doc.review.status(ofProjectAt: 2) == .pending)    // D
        let gone = try #require(cmp.removed.first)
        #expect(gone.name == "项目B")
        #expect(gone.review?.status == .returned)
        #expect(gone.review?.opinions == [Self.projectOpinion, Self.opinion])
        #expect(doc.review.projects.count == 2)
        #expect(cmp.clearedGrade != nil)
    }

    /// A returned project renamed and recoded in its place reads as new — and the reading
    /// says whose place it took, so its 退回 is not shaken off unnoticed.
    @Test func aProjectInTheplaceOfAReturnedOneIsPointedOut() throws {
        var revised = Self.threeProjects()
        revised.projects[1].code = "13030622000000000000ZZ"
        revised.projects[1].name = "项目B（改名）"
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        #expect(cmp.added.count == 1 && cmp.removed.count == 1)
        let record = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "2026-11-26T02:00:00Z", seq: 5, comparison: cmp)
        let text = record.lines(in: doc, time: { $0 }).map(\.text)
        #expect(text.contains { $0.hasPrefix("注意：它在原第 2 个“项目B”（退回）的位置上") }, "\(text)")
    }

    /// A third version answers the second round's opinions: the first round's, which the
    /// second version answered, are not shown beside its changes again (they were, when every
    /// opinion before the revision was this round's).
    @Test func aLaterRoundShowsOnlyItsOwnOpinions() throws {
        var revised = Self.threeProjects()
        revised.projects[1].indicators[1].value = TargetValue("≥96%")
        let (second, _) = Self.reviewed().revised(by: revised)
        var returnedAgain = second
        let again = Opinion(reviewer: "王审核", time: "2026-11-27T03:00:00Z", text: "仍偏低，应不低于98%", action: .return, row: 2)
        returnedAgain.review.projects["2"] = ProjectReview(status: .returned, opinions: [Self.projectOpinion, Self.opinion, again])
        var third = revised
        third.projects[1].indicators[1].value = TargetValue("≥98%")
        let (doc, cmp) = returnedAgain.revised(by: third)
        let record = RevisionRecord(version: 3, file: "修改稿3.txt", actor: "王审核", time: "2026-11-28T02:00:00Z", seq: 9,
                                    comparison: cmp, since: "2026-11-26T02:00:00Z")
        let text = record.lines(in: doc, time: { $0 }).map(\.text)
        #expect(text.contains { $0.contains("仍偏低，应不低于98%") }, "\(text)")
        #expect(!text.contains { $0.contains("满意度目标偏低") || $0.contains("请补充绩效目标") }, "\(text)")
        // Version 2's record (no round before it) shows the first round's.
        let first = RevisionRecord(version: 3, file: "修改稿3.txt", actor: "王审核", time: "2026-11-28T02:00:00Z", seq: 9, comparison: cmp)
        #expect(first.lines(in: doc, time: { $0 }).map(\.text).contains { $0.contains("满意度目标偏低") })
    }

    /// The reviewer's edit that the 修改稿 did not take is found; one it took, or answered
    /// with another value, is not.
    @Test func editsTheRevisionDidNotTakeAreFound() throws {
        let original = Self.threeProjects()
        var edited = try setting(Self.reviewed(), 0, "indicator.2.value", "≥95%")   // the reviewer's edit in A
        edited = try setting(edited, 2, "indicator.2.value", "≥96%")                // and in C
        var revised = Self.threeProjects()                                          // A as the unit had it
        revised = try setting(revised, 2, "indicator.2.value", "≥97%")              // C answered otherwise
        let (_, cmp) = edited.revised(by: revised)
        let gone = cmp.editsNotTaken(original: original)
        #expect(gone.map(\.project) == [1])
        #expect(gone.first?.change == FieldRevision(field: .indicator(row: 2, .value), old: "≥95%", new: "≥90%"))
        // Taken: nothing to say.
        let (_, took) = edited.revised(by: try setting(try setting(Self.threeProjects(), 0, "indicator.2.value", "≥95%"), 2, "indicator.2.value", "≥96%"))
        #expect(took.editsNotTaken(original: original).isEmpty)
    }

    @Test func rowOpinionsMoveWithTheirRowOrStayOnTheProject() throws {
        var revised = Self.threeProjects()
        // A new first row in B: the opinion on row 2 (满意度) moves to row 3.
        var b = revised.projects[1]
        b.indicators.insert(Indicator(level1: "产出指标", level2: "质量指标", name: "合格率", description: "", value: TargetValue("100%"),
                                      basis: "", line: 20), at: 0)
        revised.projects[1] = b
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        #expect(doc.review.opinions(ofProjectAt: 1).map(\.row) == [nil, 3])
        let entry = try #require(cmp.project(atRevised: 1))
        #expect(entry.movedRows == [RowMove(from: 2, to: 3)])
        #expect(entry.changes.allSatisfy { $0.row == 1 })
        #expect(entry.changes.contains { $0.field == .indicator(row: 1, .name) && $0.new == "合格率" })

        // The row gone altogether: the opinion stays on the project, and the removed row is a change.
        var cut = Self.threeProjects()
        cut.projects[1].indicators.removeLast()
        let (doc2, cmp2) = Self.reviewed().revised(by: cut)
        #expect(doc2.review.opinions(ofProjectAt: 1).map(\.row) == [nil, nil])
        let entry2 = try #require(cmp2.project(atRevised: 1))
        #expect(entry2.movedRows == [RowMove(from: 2, to: nil)])
        #expect(entry2.changes.contains { $0.removedRow == true && $0.old == "服务对象满意度" })
    }

    /// The first row deleted, and the row under it now printing other 一级/二级 labels (as
    /// a table does that prints them on a group's first row only): an opinion on the deleted
    /// row stays on the project — never on the indicator that moved up into its place —
    /// and the comparison says one row was deleted, not that every row changed.
    @Test func anOpinionOnADeletedRowNeverLandsOnAnotherIndicator() throws {
        var before = Self.threeProjects()
        before.projects[1].indicators.insert(Indicator(level1: "产出指标", level2: "数量指标", name: "经费金额", description: "",
                                                       value: TargetValue("57.66万元"), basis: "", line: 19), at: 0)
        before.projects[1].indicators[1].level1 = ""
        before.projects[1].indicators[1].level2 = ""
        var first = before
        let onRow1 = Opinion(reviewer: "王审核", time: "2026-11-26T01:00:00Z", text: "数量指标口径不清", action: .comment, row: 1)
        first.review.projects["2"] = ProjectReview(status: .pending, opinions: [onRow1])
        var revised = Self.threeProjects()
        revised.projects[1].indicators[0].level1 = "产出指标"
        revised.projects[1].indicators[0].level2 = "质量指标"
        let (doc, cmp) = first.revised(by: revised)
        #expect(doc.review.opinions(ofProjectAt: 1).map(\.row) == [nil], "the opinion left row 1, which is another indicator now")
        let entry = try #require(cmp.project(atRevised: 1))
        #expect(entry.movedRows == [RowMove(from: 1, to: nil)])
        #expect(entry.changes.contains { $0.removedRow == true && $0.old == "经费金额" })
        #expect(!entry.changes.contains { $0.field == .indicator(row: 2, .name) }, "the rows under it are the same rows")
    }

    @Test func waiversMoveWithTheirProjectAndAGoneProjectsWaiversAreKept() throws {
        var first = Self.reviewed()
        let w = Waiver(rule: "indicator.x", project: 3, code: first.projects[2].code, part: "indicator", row: 2, field: .value,
                       line: 21, severity: "warning", message: "m", reason: "核实无误", reviewer: "王审核", time: "t")
        first.review.waivers = [w]
        var revised = Self.threeProjects()
        revised.projects = [revised.projects[2], revised.projects[0]]
        let (doc, cmp) = first.revised(by: revised)
        #expect(doc.review.waivers.map(\.project) == [1])
        var firstB = Self.reviewed()
        firstB.review.waivers = [w]
        var withoutC = Self.threeProjects()
        withoutC.projects.removeLast()
        let (doc2, cmp2) = firstB.revised(by: withoutC)
        #expect(doc2.review.waivers.isEmpty)
        #expect(cmp2.removed.first?.waivers == [w])
        #expect(cmp.removed.count == 1)
    }

    /// The comparison is stored in the journal and read back for a replay: it must survive JSON.
    @Test func theComparisonRoundTripsThroughJSON() throws {
        let revised = try setting(Self.threeProjects(), 1, "indicator.2.value", "≥95%")
        let (_, cmp) = Self.reviewed().revised(by: revised)
        let data = try JSONEncoder().encode(cmp)
        #expect(try JSONDecoder().decode(RevisionComparison.self, from: data) == cmp)
    }

    /// The reviewer's reading: the project's opinion at its head, the row's opinion under
    /// that row's change, a dropped project's decision and opinions kept.
    @Test func theLinesPutEachOpinionBesideTheChangeItIsAbout() throws {
        var revised = try setting(Self.threeProjects(), 1, "indicator.2.value", "≥95%")
        revised = try setting(revised, 1, "usage", "新的用途")
        revised.projects.removeFirst()
        let (doc, cmp) = Self.reviewed().revised(by: revised)
        let record = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "2026-11-26T02:00:00Z", seq: 5, comparison: cmp)
        let lines = record.lines(in: doc, time: { String($0.prefix(10)) })
        #expect(lines.map(\.kind) == [.heading, .heading, .project, .opinion, .change, .change, .rowOpinion, .project, .note])
        // Numbered as its table prints it (2), as `show` and the workstation number it.
        #expect(lines[2].text == "2. 项目B（1303062200000000000BB）：退回 → 待审")
        #expect(lines[3].text == "退回意见（王审核，2026-11-26）：请补充绩效目标")
        #expect(lines[5].text == "第 2 行指标的指标值：“≥90%” → “≥95%”" && lines[5].field == .indicator(row: 2, .value))
        #expect(lines[6].text == "第 2 行的退回意见（王审核，2026-11-26）：满意度目标偏低")
        #expect(lines[7].text == "原 1. 项目A（1303062200000000000AA）：修改稿中已删去（原为通过）")
        #expect(lines[8].text == "未改的 1 个项目（3）保留审核结论")
        // One project on its own; an opinion recorded after the revision is not an answer's question.
        var later = doc
        later.review.projects["1"]?.opinions.append(Opinion(reviewer: "王审核", time: "2026-11-27T00:00:00Z", text: "已落实"))
        let one = record.lines(in: later, project: 0, time: { $0 })
        #expect(one.filter { $0.kind == .opinion }.count == 1)
        #expect(one.first?.kind == .heading && one.count == 6)
    }

    /// Two projects with the same code (a quirk real documents have) are matched in order,
    /// so neither loses its review.
    @Test func projectsSharingACodeAreMatchedInOrder() throws {
        var first = Self.reviewed()
        first.projects[2].code = first.projects[1].code
        var revised = Self.threeProjects()
        revised.projects[2].code = revised.projects[1].code
        revised = try setting(revised, 2, "usage", "新的用途")
        let (doc, cmp) = first.revised(by: revised)
        #expect(cmp.projects.map(\.match) == [.code, .code, .code])
        #expect(doc.review.status(ofProjectAt: 1) == .returned)
        #expect(doc.review.status(ofProjectAt: 2) == .pending)
        #expect(cmp.project(atRevised: 2)?.before == .approved)
    }

    /// An opinion typed on several lines is listed on one: its lines joined by `；`, none
    /// added after a line's own punctuation, and no line break left in.
    @Test func aMultiLineOpinionIsListedOnOneLine() {
        #expect(RevisionRecord.oneLine("请细化数量指标\n补充依据") == "请细化数量指标；补充依据")
        #expect(RevisionRecord.oneLine("1. 请细化数量指标。\n\n2. 补充依据\n") == "1. 请细化数量指标。2. 补充依据")
        #expect(RevisionRecord.oneLine("一行") == "一行")
    }

    /// The department part's fields the unit changed are listed as a project's are: a
    /// paragraph rewritten, a 分项绩效目标's indicators reworded, a measure added — each by
    /// its path, old → new, in reading order; and shown on their own (`project` the
    /// department) or ahead of the projects. Before, the comparison said only that the
    /// department part had changed.
    @Test func theDepartmentPartsChangesAreListedByField() throws {
        var before = Self.threeProjects()
        before.overall = OverallTargets(summary: [Paragraph(text: "做好服务保障。", line: 1)],
                                        subGoals: [SubGoal(number: 1, goal: "提高效率。", indicators: "完成率。", line: 2, indicatorsLine: 3)],
                                        measures: [Paragraph(number: 1, text: "完善制度。", line: 4)])
        var after = before
        after.overall.summary[0].text = "做好服务保障，降低运行成本。"
        after.overall.subGoals[0].indicators = "完成率≥95%。"
        after.overall.measures.append(Paragraph(number: 2, text: "加强监督。", line: 5))
        let (_, cmp) = before.revised(by: after)
        #expect(cmp.departmentChanged)
        // The one phrase says them, not "改了 0 个项目" alone.
        #expect(cmp.summary.hasPrefix("部门整体绩效目标改了 3 处，改了 0 个项目，3 个未改"), "\(cmp.summary)")
        #expect(cmp.departmentChanges == [
            FieldRevision(field: .overall(.summary(1)), old: "做好服务保障。", new: "做好服务保障，降低运行成本。"),
            FieldRevision(field: .overall(.subGoal(1, .indicators)), old: "完成率。", new: "完成率≥95%。"),
            FieldRevision(field: .overall(.measure(2)), old: "", new: "加强监督。"),
        ])
        let record = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "t", seq: 5, comparison: cmp)
        let only = record.lines(in: after, project: FieldPath.departmentIndex, time: { $0 }).dropFirst()
        #expect(only.map(\.text) == ["部门整体绩效目标：3 处改动", "总体绩效目标第 1 段：“做好服务保障。” → “做好服务保障，降低运行成本。”",
                                      "分项绩效目标 1 的绩效指标：“完成率。” → “完成率≥95%。”", "工作保障措施第 2 段：“（空）” → “加强监督。”"])
        #expect(only.allSatisfy { $0.project == FieldPath.departmentIndex })
        #expect(only.last?.field == .overall(.measure(2)))
        #expect(record.lines(in: after, time: { $0 }).map(\.text).contains("分项绩效目标 1 的绩效指标：“完成率。” → “完成率≥95%。”"))
        // A department part as it was: nothing recorded, nothing said.
        let (_, same) = before.revised(by: before)
        #expect(same.departmentChanges == nil && !same.departmentChanged)
        // A line written before the fields were recorded still says the part changed.
        var old = cmp
        old.departmentChanges = nil
        let oldLines = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "t", seq: 5, comparison: old).lines(in: after, time: { $0 })
        #expect(oldLines.map(\.text).contains("部门整体部分（总体目标、目录或封面）也有改动"))
        #expect(old.summary.hasPrefix("部门整体部分有改动，改了 0 个项目"), "\(old.summary)")
        var titleOnly = cmp
        titleOnly.departmentChanges = []
        #expect(titleOnly.summary.hasPrefix("目录或封面有改动，改了 0 个项目"), "\(titleOnly.summary)")
    }

    /// The fields recorded are part of the journal's `revise` line; a line without them (as
    /// written before) decodes with none.
    @Test func theDepartmentChangesAreRecordedAndOldLinesDecode() throws {
        let cmp = RevisionComparison(projects: [], clearedGrade: nil, departmentChanged: true,
                                     departmentChanges: [FieldRevision(field: .overall(.measure(1)), old: "甲", new: "乙")])
        let json = try JSONEncoder().encode(cmp)
        #expect(try JSONDecoder().decode(RevisionComparison.self, from: json) == cmp)
        #expect(String(decoding: json, as: UTF8.self).contains("\"overall.measure.1\""))
        let old = try JSONDecoder().decode(RevisionComparison.self, from: Data(#"{"projects":[],"departmentChanged":true}"#.utf8))
        #expect(old.departmentChanges == nil && old.departmentChanged)
    }
}
