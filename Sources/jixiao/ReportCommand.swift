import ArgumentParser
import JixiaoExport

/// `jixiao report`: the 审核意见书 — what the bureau sends the unit.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "导出审核意见书（综合评定、各项目的审核意见和需补充完善事项）",
        discussion: """
        格式由 --format 指定，或由文件扩展名推断（\(ExportFormats.of(.report).map { "." + $0.fileExtension }.joined(separator: " "))）。审核的任何阶段都可以导出。
        已有的文件不会被覆盖，除非加 --force。导出记入日志，可用 jixiao verify 文件 核对。
        """)

    @OptionGroup var target: ExportTargetOptions<ReportFormatArgument>
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        try target.export(allowDraft: true, workspace: workspace, reviewer: reviewer)
    }
}
