import ArgumentParser
import JixiaoModel
import JixiaoReports
import JixiaoStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把一份部门预算绩效文本（文本文件）读入工作区")

    @Argument(help: ArgumentHelp("绩效文本文件（UTF-8 文本，如从 PDF 导出的文字）", valueName: "FILE"))
    var file: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        let path = workspace.path
        let document = try Workspace.importFile(file, into: path, actor: reviewer.name(in: workspace), time: JournalTime.now(),
                                                 wait: lockWait.seconds)
        print(importSummary(document, workspace: path))
    }
}

func importSummary(_ d: Document, workspace: String) -> String {
    """
    已导入：\(d.department.name) \(d.department.year) 年部门预算绩效文本\(d.department.isDraft ? "（草案）" : "")
      单位编码 \(d.department.code.isEmpty ? "（表中未印）" : d.department.code)，\(d.projects.count) 个项目，预算数合计 \(d.totalBudget.grouped) 元
      \(TableCensus(d).line)
      工作区 \(workspace)，文档 \(d.id)
    """
}
