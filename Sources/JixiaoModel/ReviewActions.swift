/// What a reviewer does to a project.
public enum ReviewAction: String, Hashable, Sendable, CaseIterable {
    /// 通过.
    case approve
    /// 退回: needs a comment saying what to change.
    case `return`
    /// 取消审核: back to 待审.
    case reopen
    /// 审核意见 without a decision.
    case comment
}

extension Document {
    /// The document with a review action applied to one project.
    public func applying(_ action: ReviewAction, toProjectAt index: Int, comment: String?,
                         reviewer: String, time: String) throws(EditError) -> Document {
        guard projects.indices.contains(index) else {
            throw EditError("没有第 \(index + 1) 个项目（文档共 \(projects.count) 个项目）")
        }
        if let refusal = InvisibleCharacters.refusal(of: comment ?? "", as: "审核意见", allowingLineBreaks: true)
            ?? InvisibleCharacters.refusal(of: reviewer, as: "审核人姓名") { throw EditError(refusal) }
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
        if !text.isEmpty { r.opinions.append(Opinion(reviewer: reviewer, time: time, text: text)) }
        doc.review.projects[key] = r
        return doc
    }
}
