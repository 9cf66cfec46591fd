import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoRules

/// Waivers matched to findings across edits, the approval gate, and the suggested 综合评定.
@Suite struct ReviewRecordRulesTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)
    let engine = RuleEngine()

    func path(_ project: Int, _ field: String) -> FieldPath {
        FieldPath(projectIndex: project - 1, field: ProjectField(parsing: field)!)
    }

    /// Project 3's error: the 数量指标 states the funding as 57.66 万元 against 80,000.00 元.
    var amountError: Finding {
        engine.check(sample).all.first { $0.rule == "indicator.amount-vs-budget" }!
    }

    @Test func aWaivedFindingIsListedButNoLongerOpen() throws {
        let f = amountError
        let waived = try sample.waiving([Waiver(f, reason: Waiver.verified, reviewer: "王", time: "t")])
        let set = engine.check(waived)
        #expect(set.all.count == engine.check(sample).all.count)
        let listed = try #require(set.all.first { $0.rule == f.rule })
        #expect(listed.waiver?.reason == "核实无误" && !listed.isOpen)
        #expect(set.openCount(.error) == 0)
        #expect(set.staleWaivers.isEmpty)
        #expect(ReviewGate.blocking(set.all, project: 2).isEmpty)
        #expect(ReviewGate.blocking(engine.check(sample).all, project: 2).map(\.rule) == [f.rule])
    }

    /// The waiver names the rule, the project's position and the cell, not a message or a
    /// value: an edit that leaves the finding where it was keeps the waiver on it; an edit
    /// that removes the finding leaves the waiver stale, reported.
    @Test func aWaiverFollowsItsFindingAcrossEditsAndGoesStaleWithIt() throws {
        let f = amountError
        var doc = try sample.waiving([Waiver(f, reason: Waiver.verified, reviewer: "王", time: "t")])
        // Another wrong amount: the message changes, the finding stays where it was.
        doc = try doc.setting(path(3, "indicator.1.value"), to: "60 万元")
        var set = engine.check(doc)
        #expect(set.all.first { $0.rule == f.rule }?.waiver != nil)
        #expect(set.staleWaivers.isEmpty)
        // The project's code edited: still the same project, still waived.
        doc = try doc.setting(path(3, "code"), to: "13030621A4W2U9FHZ55XX")
        #expect(engine.check(doc).all.first { $0.rule == f.rule }?.waiver != nil)
        // The amount corrected: the finding is gone and the waiver is stale.
        doc = try doc.setting(path(3, "indicator.1.value"), to: "8 万元")
        set = engine.check(doc)
        #expect(!set.all.contains { $0.rule == f.rule })
        #expect(set.staleWaivers.map(\.rule) == [f.rule])
        // Incremental re-checking after an edit agrees.
        #expect(engine.recheck(engine.check(sample), doc, changedProject: 2) == set)
    }

    /// Findings that share a place (rule, project, part, row, cell) are told apart by their
    /// source line: a waiver of one 目录 entry does not waive the other.
    @Test func theLineTellsApartFindingsAtTheSamePlace() throws {
        func entry(_ line: Int) -> Finding {
            Finding(rule: "contents.mismatch", severity: .info, department: "430001", project: nil, projectIndex: nil,
                    location: Location(part: .contents, line: line), message: "目录第 \(line) 行")
        }
        let set = FindingSet(perProject: [], fromDocumentRules: [entry(20), entry(25)])
        let waived = set.waived(by: [Waiver(entry(25), reason: Waiver.verified, reviewer: "王", time: "t")])
        #expect(waived.all.filter { !$0.isOpen }.map(\.location.line) == [25])
        // Alone at its place, a finding keeps its waiver even if its line is not the one recorded.
        let one = FindingSet(perProject: [], fromDocumentRules: [entry(21)])
        #expect(one.waived(by: [Waiver(entry(25), reason: Waiver.verified, reviewer: "王", time: "t")]).open.isEmpty)
        // Two at the place and neither on the line: stale.
        let moved = set.waived(by: [Waiver(entry(30), reason: Waiver.verified, reviewer: "王", time: "t")])
        #expect(moved.staleWaivers.count == 1 && moved.open.count == 2)
    }

    @Test func theFinalBlockers() throws {
        var doc = sample
        for i in doc.projects.indices { doc = try doc.applying(.approve, toProjectAt: i, comment: nil, reviewer: "王", time: "t") }
        let blockers = ReviewGate.finalBlockers(doc, findings: engine.check(doc).all)
        #expect(blockers.unapproved.isEmpty)
        #expect(blockers.openErrors.map(\.rule) == ["indicator.amount-vs-budget"])
        #expect(blockers.summary == "1 个错误未改正或豁免")
        doc = try doc.setting(path(3, "indicator.1.value"), to: "8 万元")
        #expect(ReviewGate.finalBlockers(doc, findings: engine.check(doc).all).isEmpty)
    }

    /// The clean example document scores full marks; each finding costs its criterion
    /// what docs/grading.md says.
    @Test func scoringIsWhatTheDocsSay() throws {
        let clean = GradeAssessment.assess(ExampleDocument.clean, findings: engine.check(ExampleDocument.clean).all)
        #expect(clean.total == 100 && clean.suggested == .excellent && clean.caps.isEmpty)
        #expect(clean.criteria.map(\.category) == [.completeness, .relevance, .appropriateness, .feasibility])

        let units = Double(ExampleDocument.clean.projects.count + 1)
        func finding(_ rule: String, _ severity: Severity, project: Int?) -> Finding {
            Finding(rule: rule, severity: severity, department: "", project: nil, projectIndex: project,
                    location: Location(part: .budget, line: 1), message: "")
        }
        // One warning under 相关性 in project 1: 25 × (1 − 0.25 ÷ units).
        let one = GradeAssessment.assess(ExampleDocument.clean, findings: [finding("indicator.input-as-output", .warning, project: 0)])
        #expect(one.criteria[1].score == ((25 * (1 - 0.25 / units)) * 10).rounded() / 10)
        #expect(one.criteria[1].unitsAffected == 1 && one.criteria[1].warnings == 1)
        // Five warnings in one project cost no more than an error there: at most 1 per unit.
        let five = GradeAssessment.assess(ExampleDocument.clean, findings: Array(repeating: finding("indicator.input-as-output", .warning, project: 0), count: 5))
        #expect(five.criteria[1].score == ((25 * (1 - 1 / units)) * 10).rounded() / 10)
        // 规范 counts under 完整性.
        let text = GradeAssessment.assess(ExampleDocument.clean, findings: [finding("text.extraction-damage", .info, project: 1)])
        #expect(text.criteria[0].infos == 1 && text.criteria[0].score < 25)
        // An open error caps the suggestion at 中 whatever the score.
        let error = GradeAssessment.assess(ExampleDocument.clean, findings: [finding("budget.fiscal-sum", .error, project: 0)])
        #expect(error.byScore == .excellent && error.suggested == .fair && error.caps.count == 1)
        // A waived finding costs nothing.
        var waived = finding("budget.fiscal-sum", .error, project: 0)
        waived.waiver = Waiver(waived, reason: Waiver.verified, reviewer: "王", time: "t")
        #expect(GradeAssessment.assess(ExampleDocument.clean, findings: [waived]).total == 100)
        #expect(GradeAssessment.grade(forScore: 89.9) == .good && GradeAssessment.grade(forScore: 59.9) == .poor)
    }

    /// The sample as imported: an error and warnings in every project give 中, with the
    /// reasons named; after the error is fixed the score, not the cap, decides.
    @Test func theSampleIsGradedWithReasons() throws {
        let a = GradeAssessment.assess(sample, findings: engine.check(sample).all)
        #expect(a.suggested == .fair)
        #expect(a.caps.count == 1 && a.caps[0].contains("1 个错误"))
        #expect(a.criteria[1].reason.contains("定量指标没有数值"))
        #expect(a.lines[0].hasPrefix("建议评定：中"))
        let fixed = try sample.setting(path(3, "indicator.1.value"), to: "8 万元")
        let b = GradeAssessment.assess(fixed, findings: engine.check(fixed).all)
        #expect(b.caps.isEmpty && b.total > a.total && b.suggested == GradeAssessment.grade(forScore: b.total))
    }

    @Test func waiversInTheFindingJSON() throws {
        let f = amountError
        let doc = try sample.waiving([Waiver(f, reason: Waiver.verified, reviewer: "王", time: "2026-11-25T12:05:00Z")])
        let report = FindingReport(findings: engine.check(doc).all)
        #expect(report.summary["error"] == 0 && report.summary["waived"] == 1)
        let data = try JSONEncoder().encode(report)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(obj["findings"] as? [[String: Any]])
        let waived = try #require(findings.first { $0["rule"] as? String == f.rule })
        #expect((waived["waiver"] as? [String: Any])?["reason"] as? String == "核实无误")
        // The keys design.md names are all there; an open finding has no waiver key.
        #expect(Set(waived.keys).isSuperset(of: ["rule", "severity", "department", "project", "location", "message", "suggestion", "related", "fix"]))
        #expect(findings.filter { $0["waiver"] != nil }.count == 1)
        #expect(obj["staleWaivers"] == nil)
        #expect(FindingReport(findings: engine.check(sample).all).summary["waived"] == nil)
    }

    @Test func changesInTheReviewersWords() throws {
        let before = sample
        let after = try sample.editing(path(3, "indicator.1.value"), to: "8 万元").document
            .applying(.approve, toProjectAt: 2, comment: "已核实", reviewer: "王", time: "t")
        #expect(RecordChange.between(before, after).summary ==
                ["项目 3 第 1 行指标的指标值：“57.66 万元” → “8 万元”", "项目 3 待审 → 通过，审核意见 1 条"])
        let w = Waiver(amountError, reason: Waiver.verified, reviewer: "王", time: "t")
        #expect(w.place == "项目 3 第 1 行指标的指标值")
        // The department's own finding is at 部门, said once (not `部门 部门`).
        let uniform = try #require(engine.check(sample).all.first { $0.rule == "indicator.uniform-satisfaction" })
        #expect(Waiver(uniform, reason: Waiver.verified, reviewer: "王", time: "t").place == "部门")
        #expect(RecordChange.between(sample, try sample.waiving([w])).inverse.summary == ["取消豁免 项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]"])
    }
}
