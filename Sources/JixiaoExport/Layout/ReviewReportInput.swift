import JixiaoModel
import JixiaoReports
import JixiaoRules

extension ExportInput {
    /// The 审核意见书 of this input: the document, its open findings, who reviewed and the
    /// date of the state — and from the review record the 综合评定 (with the score Jixiao
    /// suggested it from, criterion by criterion) and the waived findings with their reasons.
    public var reviewReport: ReviewReport {
        let assessment = GradeAssessment.assess(document, findings: findings)
        let grade = document.review.grade.map { g in
            ReviewReport.Grade(grade: g.grade.chinese, meaning: g.grade.meaning, comment: g.comment,
                               suggested: g.differsFromSuggestion ? g.suggested?.chinese : nil, score: g.score ?? assessment.total,
                               reviewer: g.reviewer, time: g.time)
        }
        let waivers = findings.compactMap { f in
            f.waiver.map { w in
                ReviewReport.WaiverLine(project: f.projectIndex.map { document.projects[$0].number }, place: w.place, rule: w.rule,
                                        message: f.message, reason: w.reason, reviewer: w.reviewer, time: w.time)
            }
        }
        let scores = Dictionary(uniqueKeysWithValues: assessment.criteria.map { ($0.category.rawValue, $0.score) })
        var report = ReviewReport.make(document: document, findings: findings.filter(\.isOpen), reviewers: record.reviewers,
                                       date: record.date, provenance: ExportText.provenance(record), utcOffset: record.utcOffset,
                                       grade: grade, waivers: waivers, scores: scores)
        report.revisions = record.revisions
        report.removed = record.removed.map { removal in
            let p = removal.project
            return ReviewReport.RemovedProject(version: removal.version, number: p.old ?? 0, code: p.code, name: p.name, status: p.review?.status ?? p.before,
                                        opinions: p.review?.opinions ?? [])
        }
        return report
    }
}
