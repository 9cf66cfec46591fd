import ArgumentParser
import JixiaoExport
import JixiaoStore

/// `jixiao verify FILE`: whether a file is an export of this workspace, unchanged.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "核对文件是否为本工作区导出且未被改动",
        discussion: "退出码：0 与某条导出记录一致，1 不一致（被改动过或不是本工作区导出的），2 无法读取。")

    @Argument(help: ArgumentHelp("要核对的文件", valueName: "FILE"))
    var file: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ws = try workspace.openWorkspace()
        // Without --document, every document of the workspace: the file may be of any.
        let ids = workspace.document != nil ? [try workspace.documentID(in: ws)] : ws.documentIDs()
        if ids.isEmpty { _ = try workspace.documentID(in: ws) }
        let result = try ExportVerification.verify(file: file, in: ws, documents: ids, allDocuments: workspace.document == nil)
        print(result.report, terminator: "")
        if !result.matches { throw ExitCode(1) }
    }
}
