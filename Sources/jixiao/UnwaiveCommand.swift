import ArgumentParser
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct UnwaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unwaive",
        abstract: "取消豁免：问题重新计入（记入日志）",
        discussion: "例：jixiao unwaive 3 indicator.amount-vs-budget --row 1")

    @Argument(help: ArgumentHelp("项目序号或项目编码；部门整体的问题写“部门”", valueName: "PROJECT"))
    var project: String

    @Argument(help: ArgumentHelp("规则编号", valueName: "RULE"))
    var rule: String

    @Option(name: .customLong("row"), help: ArgumentHelp("指标行号", valueName: "N"))
    var row: Int?

    @Option(name: .customLong("field"), help: ArgumentHelp("指标的单元格：level2、name、description、value 或 basis", valueName: "FIELD"))
    var field: String?

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        let session = try workspace.open(.write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能取消豁免")
        let doc = session.document
        let target = try FindingTarget(project: project, rule: rule, row: row, field: field, in: doc)
        let waivers = doc.review.waivers.filter(target.matches)
        guard !waivers.isEmpty else {
            let here = doc.review.waivers(ofProjectAt: target.projectIndex)
            throw CommandLineError("\(target.name)没有规则 \(rule) 的豁免" + (row.map { "（第 \($0) 行）" } ?? ""),
                                   hint: here.isEmpty ? "\(target.name)没有任何豁免"
                                       : "\(target.name)的豁免：" + here.map { "\($0.rule)" + ($0.row.map { " --row \($0)" } ?? "") }.joined(separator: "、"))
        }
        let entry = try session.unwaive(waivers, actor: reviewer.name(in: workspace), time: JournalTime.now())
        for w in waivers { print("已取消豁免 \(w.place) [\(w.rule)]") }
        print("（日志第 \(entry.seq) 条）")
    }
}
