import JixiaoModel

/// An export of the final document while projects are still pending.
extension TextExport.Refusal: ReviewerFacingError {
    public var message: String { description }
    public var hint: String { "用 jixiao review 项目 approve 审核通过，或加 --draft 导出审核中的草稿" }
}
