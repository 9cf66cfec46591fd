import ArgumentParser
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoStore

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "综合评定：给文档评定 优、良、中、差，附总体意见；不带评定时显示建议和评分表",
        discussion: """
        Jixiao 按完整性、相关性、适当性、可行性四个方面，依未处理的问题给出建议的评定和理由（见 docs/grading.md）。
        评定与建议不同时须用 --comment 写明理由。
        """)

    @Argument(help: ArgumentHelp("优 | 良 | 中 | 差；省略时显示建议的评定和评分表", valueName: "GRADE"))
    var grade: String?

    @Option(name: .customLong("comment"), help: ArgumentHelp("总体审核意见", valueName: "TEXT"))
    var comment: String?

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        try TextLimitOption.check(comment ?? "", as: "--comment")
        let ws = try workspace.openWorkspace()
        let id = try workspace.documentID(in: ws)
        let time: (String) -> String = { JournalTime.local($0, withSeconds: false) }
        guard let grade else {
            let session = try ws.openDocument(id, access: .read)
            report(session)
            let assessment = GradeAssessment.assess(session.document, findings: RuleEngine(settings: ws.settings.review).check(session.document).all)
            print(ReviewRecordReport.grade(session.document, assessment, time: time).joined(separator: "\n"))
            return
        }
        guard let g = Grade(parsing: grade) else {
            throw CommandLineError("无法识别的评定“\(grade)”", hint: "优、良、中 或 差")
        }
        let session = try ws.openDocument(id, access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能评定")
        let assessment = GradeAssessment.assess(session.document, findings: RuleEngine(settings: ws.settings.review).check(session.document).all)
        let now = JournalTime.now()
        let given = DocumentGrade(grade: g, comment: comment ?? "", suggested: assessment.suggested, score: assessment.total,
                                  reviewer: reviewer.name(in: workspace), time: now)
        if given.differsFromSuggestion && TextNormalization.trimmed(comment ?? "").isEmpty {
            throw CommandLineError("评定“\(g.chinese)”与建议的“\(assessment.suggested.chinese)”不同，须写明理由",
                                   hint: "加 --comment \"理由\"；jixiao grade 显示建议的依据")
        }
        guard let entry = try session.grade(given, actor: reviewer.name(in: workspace), time: now) else {
            print("没有改变：综合评定已经是“\(g.chinese)”，意见相同，未记入日志")
            return
        }
        print("综合评定：\(g.chinese)（\(g.meaning)）；建议 \(assessment.suggested.chinese)，得分 \(GradeAssessment.format(assessment.total))（日志第 \(entry.seq) 条）")
    }
}
