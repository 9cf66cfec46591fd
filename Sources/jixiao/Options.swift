import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoStore

/// The workspace and document a command works on.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: [.short, .customLong("workspace")], help: ArgumentHelp("工作区目录", valueName: "DIR"))
    var workspace: String?

    @Option(name: .customLong("document"), help: ArgumentHelp("文档编号，如 430001-2021（工作区里有多份文档时）", valueName: "ID"))
    var document: String?

    /// The workspace folder: `-w`, `$JIXIAO_WORKSPACE`, the current folder if it is one, or the default.
    var path: String {
        Workspace.locate(explicit: workspace, environment: ProcessInfo.processInfo.environment,
                         currentDirectory: FileManager.default.currentDirectoryPath)
    }

    func openWorkspace() throws -> Workspace {
        try Workspace.open(at: path)
    }

    /// The document named by `--document`, or the only one in the workspace.
    func documentID(in ws: Workspace) throws -> String {
        let ids = ws.documentIDs()
        if let document {
            guard ids.contains(document) else {
                throw CommandLineError("工作区 \(ws.root) 里没有文档 \(document)",
                                       hint: ids.isEmpty ? "" : "有这些文档：\(ids.joined(separator: "、"))")
            }
            return document
        }
        switch ids.count {
        case 0:
            throw CommandLineError("工作区 \(ws.root) 里还没有文档", hint: "用 jixiao import 文件 导入一份绩效文本")
        case 1:
            return ids[0]
        default:
            throw CommandLineError("工作区里有 \(ids.count) 份文档，请用 --document 指定一份", hint: ids.joined(separator: "、"))
        }
    }

    func open(_ access: DocumentSession.Access) throws -> DocumentSession {
        let ws = try openWorkspace()
        return try ws.openDocument(try documentID(in: ws), access: access)
    }
}

/// Who is acting, for the journal.
struct ReviewerOption: ParsableArguments {
    @Option(name: .customLong("reviewer"), help: ArgumentHelp("审核人姓名（默认取 JIXIAO_REVIEWER 或登录名）", valueName: "NAME"))
    var reviewer: String?

    var name: String {
        if let reviewer, !reviewer.isEmpty { return reviewer }
        let env = ProcessInfo.processInfo.environment
        if let r = env["JIXIAO_REVIEWER"], !r.isEmpty { return r }
        if let u = env["USER"], !u.isEmpty { return u }
        if let u = env["LOGNAME"], !u.isEmpty { return u }
        return NSUserName()
    }
}

/// Prints notices about the opened document (read-only, recovered edits) to stderr.
func report(_ session: DocumentSession) {
    for n in session.notices {
        FileHandle.standardError.write(Data(("注意：" + n + "\n").utf8))
    }
}

/// The project a reviewer names by number or code.
func projectIndex(_ key: String, in doc: Document) throws -> Int {
    guard let i = doc.projectIndex(named: key) else {
        let numbers = doc.projects.map { String($0.number) }.joined(separator: "、")
        throw CommandLineError("没有项目“\(key)”", hint: "用项目序号（\(numbers)）或项目编码指定")
    }
    return i
}
