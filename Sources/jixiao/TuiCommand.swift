import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoReports
import JixiaoSamples
import JixiaoStore
import JixiaoTerminal
import JixiaoTextLayout
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

    @Flag(name: .customLong("ascii"), help: "只用 ASCII 字符画线、条形图和各种标记，文中的“≥”“①”“—”等也以 ASCII 显示（“≥”显示为“>=”）：终端把“─”“█”“≥”这类字符显示成两格宽时使用；也可设 JIXIAO_ASCII=1")
    var ascii = false

    func run() throws {
        let setUp = workspace.isNamed ? nil : try setUpSampleIfNeeded(at: workspace.path)
        let env = ProcessInfo.processInfo.environment
        let cannotDraw = isatty(0) == 1 && isatty(1) == 1 ? Terminal.cannotDrawScreens() : nil
        let ws = try workspace.openWorkspace()
        // Several documents and none named: the department picker.
        let picker = workspace.document == nil && ws.documentIDs().count > 1
        guard isatty(0) == 1, isatty(1) == 1, cannotDraw == nil else {
            if let cannotDraw { TerminalOutput.error("注意：\(cannotDraw)，下面是文字版（设置 TERM=xterm-256color 等后可打开审核界面）\n") }
            if picker { return try DepartmentsListing.print(ws, json: false) }
            let session = try ws.openDocument(try workspace.documentID(in: ws), access: .read)
            report(session)
            print(DocumentReport.overview(session.document), terminator: "")
            return
        }
        let glyphs: Glyphs = ascii || env["JIXIAO_ASCII"] == "1" ? .ascii : .unicode
        let known = reviewer.given ?? ws.settings.reviewer
        var state: AppState
        let effects: WorkstationEffects
        if picker {
            let (listing, summaries) = WorkstationEffects.listing(ws)
            state = AppState(workspace: listing, settings: ws.settings.review, glyphs: glyphs)
            state.message = listing.message
            effects = WorkstationEffects(session: nil, actor: known ?? ReviewerOption.loginName, settings: ws.settings.review, workspace: ws)
            effects.keep(summaries)
        } else {
            let (session, opened) = try WorkstationEffects.open(try workspace.documentID(in: ws), in: ws)
            state = AppState(opened: opened, settings: ws.settings.review, glyphs: glyphs)
            effects = WorkstationEffects(session: session, actor: known ?? ReviewerOption.loginName, settings: ws.settings.review, workspace: ws)
        }
        defer { effects.close() }
        if let setUp { state.message = setUp }
        state.homeFolder = env["HOME"] ?? ""
        state.utcOffset = JournalTime.currentOffset()
        // The reviewer's name: given for this run, kept in the workspace, or asked once.
        if known == nil, !state.isReadOnly {
            state.overlay = .prompt(PromptOverlay(purpose: .reviewerName, text: ReviewerOption.loginName))
        }

        let terminal = try Terminal(colors: env["NO_COLOR"].map { !$0.isEmpty } == true ? .never : .auto)
        let driver = AppDriver(state: state, backend: terminal, perform: effects.perform)
        driver.run()
        terminal.stop()
        if terminal.signal != 0 {
            effects.close()
            Main.exitNow(128 + terminal.signal)
        }
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
