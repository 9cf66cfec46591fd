import JixiaoModel

/// How a project's review status looks: its word (待审, 通过, 退回) with a colour and an
/// attribute of its own, so it reads on a monochrome terminal too and is never taken for
/// a finding's mark.
enum ReviewMarks {
    static func style(_ status: ReviewStatus) -> Style {
        switch status {
        case .pending: Style(.pending, dim: true)
        case .approved: Style(.approved, bold: true)
        case .returned: Style(.returned, bold: true, underline: true)
        }
    }
}
