import ArgumentParser
import JixiaoModel
import JixiaoReports
import JixiaoStore

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "自导入以来改过的字段：导入时的值、现在的值、修改人、时间、日志序号")

    @Argument(help: ArgumentHelp("项目序号或项目编码；省略时列出全部项目", valueName: "PROJECT"))
    var project: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let session = try workspace.open(.read)
        report(session)
        let index = try project.map { try projectIndex($0, in: session.document) }
        let changes = try ChangeHistory.changedFields(session, project: index)
        print(ReviewRecordReport.changes(changes, in: session.document, time: { JournalTime.local($0, withSeconds: false) }),
              terminator: "")
    }
}
