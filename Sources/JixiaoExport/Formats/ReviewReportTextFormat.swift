import JixiaoReports

/// The 审核意见书 as plain text (`ReviewReportText`): for a mail or a printer.
public struct ReviewReportTextFormat: ExportFormat {
    public init() {}

    public var id: String { "report-text" }
    public var option: String { "text" }
    public var title: String { "审核意见书（纯文本）" }
    public var fileExtension: String { "txt" }
    public var kind: ExportKind { .report }

    public func render(_ input: ExportInput) -> [UInt8] {
        Array(ReviewReportText.render(input.reviewReport).utf8)
    }
}
