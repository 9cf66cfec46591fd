import ArgumentParser
import Foundation
import JixiaoReports
import JixiaoModel
import JixiaoStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "显示部门概况（各项目及预算数），或一个项目的全部内容")

    @Argument(help: ArgumentHelp("项目序号或项目编码；省略时显示部门概况", valueName: "PROJECT"))
    var project: String?

    @Flag(name: .customLong("json"), help: "以 JSON 输出模型")
    var json = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let session = try workspace.open(.read)
        report(session)
        let doc = session.document
        if let project {
            let i = try projectIndex(project, in: doc)
            if json {
                try printJSON(doc.projects[i])
            } else {
                print(DocumentReport.project(doc, at: i), terminator: "")
            }
        } else if json {
            try printJSON(doc)
        } else {
            print(DocumentReport.overview(doc), terminator: "")
        }
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let bytes = try StableJSON.pretty(value)
    FileHandle.standardOutput.write(Data(TerminalOutput.json(bytes)))
}
