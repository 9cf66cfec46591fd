import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoReports
import JixiaoSamples
import JixiaoStore
import JixiaoTerminal
import JixiaoUI

/// Bare `jixiao`: the review workstation. On the first run on the default workspace the
/// bundled sample is set up there (never in a folder the reviewer named with `-w` or
/// `$JIXIAO_WORKSPACE`); the workstation asks once for the reviewer's name. Off a terminal,
/// or on one that cannot place the cursor (TERM=dumb), it prints the overview.
struct TuiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "打开审核界面（不带子命令时的默认动作）")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    @Flag(name: .customLong("ascii"), help: "只用 ASCII 字符画线、条形图和各种标记（终端把“─”“█”“”这类字符显示成两格宽时使用；也可设 JIXIAO_ASCII=1）")
    var ascii = false

    func run() throws {
        let setUp = workspace.isNamed ? nil : try setUpSampleIfNeeded(at: workspace.path)
        let env = ProcessInfo.processInfo.environment
        let cannotDraw = isatty(0) == 1 && isatty(1) == 1 ? Terminal.cannotDrawScreens() : nil
        guard isatty(0) == 1, isatty(1) == 1, cannotDraw == nil else {
            let ws = try workspace.openWorkspace()
            let (id, several) = try documentToOpen(in: ws)
            let session = try ws.openDocument(id, access: .read)
            report(session)
            if let several { TerminalOutput.error("注意：" + several + "\n") }
            if let cannotDraw { TerminalOutput.error("注意：\(cannotDraw)，下面是文字版概况（设置 TERM=xterm-256color 等后可打开审核界面）\n") }
            print(DocumentReport.overview(session.document), terminator: "")
            return
        }
        let ws = try workspace.openWorkspace()
        let (id, several) = try documentToOpen(in: ws)
        let session = try ws.openDocument(id, access: .write)
        defer { session.close() }
        let glyphs: Glyphs = ascii || env["JIXIAO_ASCII"] == "1" ? .ascii : .unicode
        // The other documents, for the findings across documents (none in a one-document workspace).
        let alongside = try ws.documentSetMembers(excluding: id)
        var state = AppState(document: session.document, settings: ws.settings.review, glyphs: glyphs,
                             readOnlyReason: session.readOnlyReason, alongside: alongside)
        if let notice = session.notices.first { state.message = notice }
        if let several { state.message = several }
        if let setUp { state.message = setUp }
        state.homeFolder = env["HOME"] ?? ""
        // What changed since import, and the clock the workstation shows journal times by.
        if let history = try? ChangeHistory.of(session) { (state.imported, state.stamps) = history }
        state.utcOffset = JournalTime.currentOffset()
        // The reviewer's name: given for this run, kept in the workspace, or asked once.
        let known = reviewer.given ?? ws.settings.reviewer
        if known == nil, !session.isReadOnly {
            state.overlay = .prompt(PromptOverlay(purpose: .reviewerName, text: ReviewerOption.loginName))
        }

        let terminal = try Terminal(colors: env["NO_COLOR"].map { !$0.isEmpty } == true ? .never : .auto)
        state.exportPath = DocumentExport.suggestedPath(in: ws, document: id, format: TextFormat())
        state.reportPath = DocumentExport.suggestedPath(in: ws, document: id, format: ReviewReportHTMLFormat())
        let effects = WorkstationEffects(session: session, actor: known ?? ReviewerOption.loginName, settings: ws.settings.review,
                                         workspace: ws)
        let driver = AppDriver(state: state, backend: terminal, perform: effects.perform)
        driver.run()
        terminal.stop()
        if terminal.signal != 0 {
            session.close()
            Main.exitNow(128 + terminal.signal)
        }
    }

    /// The document to open: the one `--document` names or the only one; with several
    /// and none named, the one changed last — and what to say about the others.
    func documentToOpen(in ws: Workspace) throws -> (String, note: String?) {
        let ids = ws.documentIDs()
        guard workspace.document == nil, ids.count > 1 else { return (try workspace.documentID(in: ws), nil) }
        func changed(_ id: String) -> Date {
            let journal = ws.files(of: id).journal
            return ((try? FileManager.default.attributesOfItem(atPath: journal))?[.modificationDate] as? Date) ?? .distantPast
        }
        let latest = ids.max { changed($0) < changed($1) }!
        // A bureau's workspace holds hundreds: name a few, count the rest.
        let others = ids.filter { $0 != latest }
        let named = others.prefix(3).joined(separator: "、") + (others.count > 3 ? " 等 \(others.count) 份" : "")
        return (latest, "工作区里有 \(ids.count) 份文档，打开了最近修改的 \(latest)；打开另一份用 --document 编号（\(named)）")
    }

    /// On first run, sets up the bundled sample as the workspace and says where, on
    /// stderr and (returned) on the status line.
    func setUpSampleIfNeeded(at path: String) throws -> String? {
        guard let doc = try Workspace.setUpIfAbsent(at: path, importing: BundledSample.bytes, fileName: BundledSample.fileName,
                                                    actor: reviewer.name, time: JournalTime.now()) else { return nil }
        let message = "首次运行：已在 \(path) 建立工作区，导入示例文档 \(doc.department.name) \(doc.department.year) 年（\(doc.projects.count) 个项目）。"
        // How to go on is said on stderr, which stays on the terminal after the
        // workstation closes; on screen the message keeps to the two lines above the keys.
        TerminalOutput.error(message + "导入自己的文档：jixiao import 文件 -w 文件夹\n")
        return message
    }
}
