import ArgumentParser
import JixiaoModel
import JixiaoStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "审核一个项目：通过（approve）、退回（return，须写意见）、取消审核（reopen）、意见（comment）",
        discussion: """
        通过前须改正或豁免本项目的全部错误（jixiao waive）；已退回的项目，通过时须加 --answered 确认退回意见已落实。
        没有改变任何东西的操作（如通过一个已通过的项目）不记入日志。
        """)

    @Argument(help: ArgumentHelp("项目序号或项目编码", valueName: "PROJECT"))
    var project: String

    @Argument(help: ArgumentHelp("通过 | 退回 | 取消 | 意见（或 approve | return | reopen | comment）", valueName: "ACTION"))
    var action: String

    @Option(name: .customLong("comment"), help: ArgumentHelp("审核意见", valueName: "TEXT"))
    var comment: String?

    @Option(name: .customLong("row"), help: ArgumentHelp("意见针对的指标行号（jixiao show 项目 中的 #）", valueName: "N"))
    var row: Int?

    @Flag(name: .customLong("answered"), help: "通过已退回的项目时：确认退回意见已落实")
    var answered = false

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        guard let a = ReviewAction(parsing: action) else {
            throw CommandLineError("无法识别的审核动作“\(action)”",
                                   hint: "通过（approve）、退回（return）、取消（reopen，取消审核）或 意见（comment）")
        }
        let ws = try workspace.openWorkspace()
        let session = try ws.openDocument(try workspace.documentID(in: ws), access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能审核")
        let i = try projectIndex(project, in: session.document)
        let p = session.document.projects[i]
        if let row, !p.indicators.indices.contains(row - 1) {
            throw CommandLineError("项目 \(p.number) 没有第 \(row) 行指标（共 \(p.indicators.count) 行）",
                                   hint: "用 jixiao show \(p.number) 查看行号")
        }
        // An error across departments (the same project code in another department) blocks an approval as any error does.
        let across = a == .approve ? try ws.findingsAcrossDocuments(of: session.id, document: session.document) : []
        guard let entry = try session.review(a, projectAt: i, comment: comment, row: row, answered: answered,
                                             settings: ws.settings.review, acrossDocuments: across,
                                             actor: reviewer.name(in: workspace), time: JournalTime.now()) else {
            print("没有改变：\(p.number). \(p.shownName) 已经是\(session.document.review.status(ofProjectAt: i).chinese)，未记入日志")
            return
        }
        let what = a == .comment ? "已记审核意见" : session.document.review.status(ofProjectAt: i).chinese
        print("\(p.number). \(p.shownName)：\(what)（日志第 \(entry.seq) 条）")
        reportUnsaved(session, entry)
    }
}
