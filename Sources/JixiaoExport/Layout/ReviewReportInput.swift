import JixiaoReports

extension ExportInput {
    /// The 审核意见书 of this input: the document, its findings, who reviewed and the date
    /// of the state. This is where the review record's 综合评定 and waivers go in
    /// (`ReviewReport.make`'s `grade`, `waivers` and `scores`, with waived findings left
    /// out of `findings`) once the document records them; until then the report shows
    /// the status, opinions and findings and says no grade is given yet.
    public var reviewReport: ReviewReport {
        ReviewReport.make(document: document, findings: findings, reviewers: record.reviewers, date: record.date,
                          provenance: ExportText.provenance(record), utcOffset: record.utcOffset)
    }
}
