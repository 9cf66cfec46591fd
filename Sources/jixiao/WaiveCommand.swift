import ArgumentParser
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct WaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "豁免一个问题：核实无误，或写明豁免理由（记入日志）",
        discussion: """
        被豁免的问题仍然列出（注明豁免理由和审核人），但不再妨碍通过、导出定稿，也不计入 jixiao check 的退出码。
        修改之后问题不复存在的豁免会被报告为“已失效”。
        例：jixiao waive 3 indicator.amount-vs-budget --row 1 --reason 核实无误
        """)

    @Argument(help: ArgumentHelp("项目序号或项目编码；部门整体的问题写“部门”", valueName: "PROJECT"))
    var project: String

    @Argument(help: ArgumentHelp("规则编号，如 indicator.amount-vs-budget（jixiao check 每行末尾方括号里的）", valueName: "RULE"))
    var rule: String

    @Option(name: .customLong("row"), help: ArgumentHelp("指标行号（jixiao show 项目 中的 #）", valueName: "N"))
    var row: Int?

    @Option(name: .customLong("field"), help: ArgumentHelp("指标的单元格：level2、name、description、value 或 basis", valueName: "FIELD"))
    var field: String?

    @Option(name: .customLong("reason"), help: ArgumentHelp("理由：核实无误，或“豁免：”和理由", valueName: "TEXT"))
    var reason: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        try TextLimitOption.check(reason, as: "--reason")
        guard let reason = Waiver.validReason(reason) else {
            throw CommandLineError("豁免须写明理由", hint: "--reason 核实无误，或 --reason \"豁免：理由\"")
        }
        let ws = try workspace.openWorkspace()
        let id = try workspace.documentID(in: ws)
        let session = try ws.openDocument(id, access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能豁免")
        let doc = session.document
        let target = try FindingTarget(project: project, rule: rule, row: row, field: field, in: doc)
        let engine = RuleEngine(settings: ws.settings.review)
        var findings = engine.check(doc).all
        // A finding across documents is waived in the document it is in, found beside the others.
        if FindingSet.isAcrossDocuments(target.rule) {
            let members = [DocumentSetMember(id: id, document: doc)] + (try ws.documentSetMembers(from: ws.summaries().summaries, excluding: id))
            findings += engine.checkSet(members)[id] ?? []
        }
        let matching = findings.filter(target.matches)
        guard !matching.isEmpty else { throw target.nothingFound(among: findings, in: doc) }
        let time = JournalTime.now()
        let waivers = matching.map { Waiver($0, reason: reason, reviewer: reviewer.name(in: workspace), time: time) }
        guard let entry = try session.waive(waivers, actor: reviewer.name(in: workspace), time: time) else {
            print("没有改变：\(waivers.map(\.place).joined(separator: "、")) 已按“\(reason)”豁免，未记入日志")
            return
        }
        for w in waivers {
            let severity = Severity(rawValue: w.severity)?.chinese ?? w.severity
            print("已豁免（\(severity)）\(w.summary)")
        }
        print("（日志第 \(entry.seq) 条）")
    }
}
