import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoReports
import JixiaoSamples
import JixiaoStore
import JixiaoTerminal
import JixiaoUI

/// Bare `jixiao`: the review workstation on the default workspace. On first run the
/// bundled sample is set up as that workspace. Off a terminal it prints the overview.
struct TuiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "打开审核界面（不带子命令时的默认动作）")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    @Flag(name: .customLong("ascii"), help: "用 ASCII 字符画线和条形图（终端把“─”“█”显示成两格宽时使用；也可设 JIXIAO_ASCII=1）")
    var ascii = false

    func run() throws {
        let setUp = try setUpSampleIfNeeded(at: workspace.path)
        guard isatty(0) == 1, isatty(1) == 1 else {
            let session = try workspace.open(.read)
            report(session)
            print(DocumentReport.overview(session.document), terminator: "")
            return
        }
        let ws = try workspace.openWorkspace()
        let id = try workspace.documentID(in: ws)
        let session = try ws.openDocument(id, access: .write)
        defer { session.close() }
        let env = ProcessInfo.processInfo.environment
        let glyphs: Glyphs = ascii || env["JIXIAO_ASCII"] == "1" ? .ascii : .unicode
        // The other documents, for the findings across documents (none in a one-document workspace).
        let alongside = try ws.documentSetMembers(excluding: id)
        var state = AppState(document: session.document, settings: ws.settings.review, glyphs: glyphs,
                             readOnlyReason: session.readOnlyReason, alongside: alongside)
        if let notice = session.notices.first { state.message = notice }
        if let setUp { state.message = setUp }
        state.homeFolder = env["HOME"] ?? ""
        // What changed since import, and the clock the workstation shows journal times by.
        if let history = try? ChangeHistory.of(session) { (state.imported, state.stamps) = history }
        state.utcOffset = JournalTime.currentOffset()

        let terminal = try Terminal(colors: env["NO_COLOR"].map { !$0.isEmpty } == true ? .never : .auto)
        state.exportPath = DocumentExport.suggestedPath(in: ws, document: id, format: TextFormat())
        state.reportPath = DocumentExport.suggestedPath(in: ws, document: id, format: ReviewReportHTMLFormat())
        let effects = WorkstationEffects(session: session, actor: reviewer.name, settings: ws.settings.review)
        let driver = AppDriver(state: state, backend: terminal, perform: effects.perform)
        driver.run()
        terminal.stop()
        if terminal.signal != 0 {
            session.close()
            Main.exitNow(128 + terminal.signal)
        }
    }

    /// On first run, sets up the bundled sample as the workspace and says where, on
    /// stderr and (returned) on the status line.
    func setUpSampleIfNeeded(at path: String) throws -> String? {
        guard let doc = try Workspace.setUpIfAbsent(at: path, importing: BundledSample.bytes, fileName: BundledSample.fileName,
                                                    actor: reviewer.name, time: JournalTime.now()) else { return nil }
        let message = "首次运行：已在 \(path) 建立工作区，导入示例文档 \(doc.department.name) \(doc.department.year) 年（\(doc.projects.count) 个项目）。"
        TerminalOutput.error(message + "\n")
        return message
    }
}
