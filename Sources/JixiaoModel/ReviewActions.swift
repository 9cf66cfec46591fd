/// What a reviewer does to a project.
public enum ReviewAction: String, Hashable, Sendable, CaseIterable, Codable {
    /// 通过.
    case approve
    /// 退回: needs a comment saying what to change.
    case `return`
    /// 取消审核: back to 待审.
    case reopen
    /// 审核意见 without a decision.
    case comment

    /// 通过 / 退回 / 取消审核 / 意见: as the workstation and the journal say it.
    public var chinese: String {
        switch self {
        case .approve: "通过"
        case .return: "退回"
        case .reopen: "取消审核"
        case .comment: "意见"
        }
    }

    /// From the English word or the Chinese one (`通过`, `退回`, `取消`/`取消审核`, `意见`).
    public init?(parsing text: String) {
        let t = TextNormalization.trimmed(text)
        if let a = ReviewAction(rawValue: t.lowercased()) {
            self = a
            return
        }
        switch t {
        case "通过", "审核通过": self = .approve
        case "退回": self = .return
        case "取消", "取消审核", "重新审核": self = .reopen
        case "意见", "审核意见": self = .comment
        default: return nil
        }
    }
}

extension Document {
    /// The document with a review action applied to one project. A comment becomes an
    /// opinion by `reviewer` at `time`, labelled with the action when `labelOpinion`
    /// (journal lines written before opinions were labelled replay without it), and
    /// attached to indicator `row` when given.
    public func applying(_ action: ReviewAction, toProjectAt index: Int, comment: String?, row: Int? = nil,
                         labelOpinion: Bool = true, reviewer: String, time: String) throws(EditError) -> Document {
        guard projects.indices.contains(index) else {
            throw EditError("没有第 \(index + 1) 个项目（文档共 \(projects.count) 个项目）")
        }
        if let refusal = InvisibleCharacters.refusal(of: comment ?? "", as: "审核意见", allowingLineBreaks: true)
            ?? InvisibleCharacters.refusal(of: reviewer, as: "审核人姓名") { throw EditError(refusal) }
        if let row, !projects[index].indicators.indices.contains(row - 1) {
            throw EditError("没有第 \(row) 行指标（本项目有 \(projects[index].indicators.count) 行）")
        }
        let text = comment.map { TextNormalization.trimmed($0) } ?? ""
        var doc = self
        let key = String(index + 1)
        var r = doc.review.projects[key] ?? ProjectReview()
        switch action {
        case .approve:
            r.status = .approved
        case .return:
            guard !text.isEmpty else { throw EditError("退回项目时须写明审核意见：单位需要知道改什么") }
            r.status = .returned
        case .reopen:
            r.status = .pending
        case .comment:
            guard !text.isEmpty else { throw EditError("审核意见不能为空") }
        }
        if !text.isEmpty {
            r.opinions.append(Opinion(reviewer: reviewer, time: time, text: text, action: labelOpinion ? action : nil, row: row))
        }
        // Reopening a project nobody has reviewed leaves it as it was: no record.
        if !(doc.review.projects[key] == nil && r == ProjectReview()) { doc.review.projects[key] = r }
        return doc
    }

    /// The document with one field set, as `setting` does — and when the project was
    /// approved, returned to 待审: what was approved is no longer what the table says.
    /// `reopened` says whether that happened.
    public func editing(_ path: FieldPath, to text: String) throws(EditError) -> (document: Document, reopened: Bool) {
        var doc = try setting(path, to: text)
        guard doc.value(at: path) != value(at: path), review.status(ofProjectAt: path.projectIndex) == .approved else {
            return (doc, false)
        }
        doc.review.projects[String(path.projectIndex + 1)]?.status = .pending
        return (doc, true)
    }
}
