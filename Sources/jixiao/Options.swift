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

    /// Whether the reviewer named the workspace (`-w` or `$JIXIAO_WORKSPACE`): the bundled
    /// sample is set up only in the default one.
    var isNamed: Bool {
        if let workspace, !workspace.isEmpty { return true }
        return !(ProcessInfo.processInfo.environment["JIXIAO_WORKSPACE"] ?? "").isEmpty
    }

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

    /// Opens the document; a writer waits up to `wait` seconds for another to finish.
    func open(_ access: DocumentSession.Access, wait: Double = 0) throws -> DocumentSession {
        let ws = try openWorkspace()
        return try ws.openDocument(try documentID(in: ws), access: access, wait: wait)
    }
}

/// `--wait SECONDS`: how long a command that writes waits for another Jixiao that is
/// writing the same document (or importing into the workspace) to finish. Without it a
/// busy document is refused at once, with exit code 3.
struct LockWaitOption: ParsableArguments {
    @Option(name: .customLong("wait"), help: ArgumentHelp("另一个 Jixiao 正在修改同一文档时，最多等待的秒数（默认不等，退出码 3）", valueName: "SECONDS"))
    var wait: Double?

    var seconds: Double { wait ?? 0 }

    func validate() throws {
        guard seconds >= 0, seconds.isFinite else {
            throw CommandLineError("--wait 的值应是不小于 0 的秒数", hint: "例：--wait 10")
        }
    }
}

/// A change needs the writer's lock: a document another Jixiao is editing is busy (exit
/// code 3, try again later or with --wait); one read-only for another reason is refused
/// with that reason.
func requireWritable(_ session: DocumentSession, _ refusal: String) throws {
    guard let reason = session.readOnlyReason else { return }
    if session.readOnlyCause == .busy {
        throw StoreError("\(refusal)：\(reason)", hint: "稍后再试，或加 --wait 秒数，等另一个 Jixiao 保存完", kind: .busy)
    }
    throw CommandLineError("\(refusal)：\(reason)")
}

/// Who is acting, for the journal: `--reviewer`, then `$JIXIAO_REVIEWER`, then the name
/// kept in the workspace's `jixiao.json` (the workstation asks for it once), then the
/// login name.
struct ReviewerOption: ParsableArguments {
    @Option(name: .customLong("reviewer"), help: ArgumentHelp("审核人姓名（默认依次取 JIXIAO_REVIEWER、工作区 jixiao.json 中记下的姓名、登录名）", valueName: "NAME"))
    var reviewer: String?

    /// The name given for this run: `--reviewer` or `$JIXIAO_REVIEWER`.
    var given: String? {
        if let reviewer, !reviewer.isEmpty { return reviewer }
        if let r = ProcessInfo.processInfo.environment["JIXIAO_REVIEWER"], !r.isEmpty { return r }
        return nil
    }

    /// The login name, when nothing else names the reviewer.
    static var loginName: String {
        let env = ProcessInfo.processInfo.environment
        if let u = env["USER"], !u.isEmpty { return u }
        if let u = env["LOGNAME"], !u.isEmpty { return u }
        return NSUserName()
    }

    /// The reviewer, as far as known without a workspace.
    var name: String { given ?? Self.loginName }

    /// The reviewer for a command on `workspace`.
    func name(in workspace: WorkspaceOptions) -> String {
        given ?? (try? Workspace.open(at: workspace.path))?.settings.reviewer ?? Self.loginName
    }
}

/// Prints notices about the opened document (read-only, recovered edits) to stderr.
func report(_ session: DocumentSession) {
    for n in session.notices {
        TerminalOutput.error("注意：" + n + "\n")
    }
}

/// After a change: says so when it is in the journal but document.json could not be
/// saved — the change is done (the journal is the record); the save is redone later.
func reportUnsaved(_ session: DocumentSession, _ entry: JournalEntry) {
    guard let reason = session.unsavedBecause else { return }
    let text = "注意：已记入日志（第 \(entry.seq) 条），这项修改已经生效；但未能保存 \(DocumentFiles.documentName)（\(reason)）。"
        + "下次修改或打开文档时会从日志补存；请检查磁盘空间\n"
    TerminalOutput.error(text)
}

/// Whether `key` names the department part (部门整体绩效目标) rather than a project, as
/// `waive`, `set` and `show` take it.
func namesDepartment(_ key: String) -> Bool {
    ["部门", "department", "部门整体", "部门整体绩效目标"].contains(key.trimmingCharacters(in: .whitespaces))
}

/// The project a reviewer names by number or code.
func projectIndex(_ key: String, in doc: Document) throws -> Int {
    guard let i = doc.projectIndex(named: key) else {
        let numbers = doc.projects.map { String($0.number) }.joined(separator: "、")
        throw CommandLineError("没有项目“\(key)”", hint: "用项目序号（\(numbers)）或项目编码指定")
    }
    return i
}
