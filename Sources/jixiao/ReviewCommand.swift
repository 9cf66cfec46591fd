import ArgumentParser
import JixiaoModel
import JixiaoStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "审核一个项目：approve 通过、return 退回（须写意见）、reopen 取消审核、comment 只记意见")

    @Argument(help: ArgumentHelp("项目序号或项目编码", valueName: "PROJECT"))
    var project: String
    @Argument(help: ArgumentHelp("approve | return | reopen | comment", valueName: "ACTION"))
    var action: String
    @Option(name: .customLong("comment"), help: ArgumentHelp("审核意见", valueName: "TEXT"))
    var comment: String?

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        guard let a = ReviewAction(rawValue: action) else {
            throw CommandLineError("无法识别的审核动作“\(action)”",
                                   hint: "approve（通过）、return（退回）、reopen（取消审核）或 comment（审核意见）")
        }
        let session = try workspace.open(.write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能审核")
        let i = try projectIndex(project, in: session.document)
        let entry = try session.review(a, projectAt: i, comment: comment, actor: reviewer.name, time: JournalTime.now())
        let p = session.document.projects[i]
        print("\(p.number). \(p.name)：\(session.document.review.status(ofProjectAt: i).chinese)（日志第 \(entry.seq) 条）")
        reportUnsaved(session, entry)
    }
}
