import ArgumentParser
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "审核项目：通过（approve）、退回（return，须写意见）、取消审核（reopen）、意见（comment）",
        discussion: """
        通过前须改正或豁免本项目的全部错误（jixiao waive）；已退回的项目，通过时须加 --answered 确认退回意见已落实。
        没有改变任何东西的操作（如通过一个已通过的项目）不记入日志。
        批量审核：PROJECT 写成 1,3,5-7 或 全部（all），对每个项目作同一决定、记同一意见；先逐个检查，
        有一个不能照办（如有未改正的错误）就一个也不改，并列出原因。
        """)

    @Argument(help: ArgumentHelp("项目序号或项目编码；批量：1,3,5-7 或 全部", valueName: "PROJECT"))
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
        try TextLimitOption.check(comment ?? "", as: "--comment")
        // Said before anything is opened, with how to give it (the workstation asks for it instead).
        if a == .return || a == .comment, (comment ?? "").allSatisfy(\.isWhitespace) {
            throw CommandLineError(a == .return ? "退回项目时须写明审核意见：单位需要知道改什么" : "审核意见不能为空",
                                   hint: "用 --comment 写出意见，如：jixiao review \(project) \(action) --comment \"绩效指标未细化量化\"")
        }
        let ws = try workspace.openWorkspace()
        let session = try ws.openDocument(try workspace.documentID(in: ws), access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能审核")
        let indices: [Int]
        switch session.document.projectIndices(listedIn: project) {
        case .success(let found): indices = found
        case .failure(let e):
            let numbers = session.document.projects.map { String($0.number) }.joined(separator: "、")
            throw CommandLineError("没有项目“\(e.part)”", hint: "用项目序号（\(numbers)）或项目编码指定；批量写成 1,3,5-7 或 全部")
        }
        let actor = reviewer.name(in: workspace), time = JournalTime.now()
        // An error across departments (the same project code in another department) blocks an approval as any error does.
        let across = a == .approve ? try ws.findingsAcrossDocuments(of: session.id, document: session.document) : []
        if indices.count == 1 {
            return try decide(a, indices[0], session: session, settings: ws.settings.review, across: across, actor: actor, time: time)
        }
        if row != nil {
            throw CommandLineError("--row 只能用于一个项目", hint: "对某一行的意见，请只写一个项目：jixiao review 3 意见 --row 2 --comment …")
        }
        // Every project is asked first, nothing written: one that cannot be decided stops them all.
        let findings = a == .approve ? RuleEngine(settings: ws.settings.review).check(session.document) : nil
        var refusals: [String] = [], refused = 0
        for i in indices {
            do {
                _ = try session.reviewed(a, projectAt: i, comment: comment, answered: answered, settings: ws.settings.review,
                                         findings: findings, acrossDocuments: across, actor: actor, time: time)
            } catch let e as any ReviewerFacingError {
                refused += 1
                let said = e.message + (e.hint.isEmpty ? "" : "\n  （\(e.hint)）")
                // A reason that names no project (退回 without an opinion) is said once.
                if !refusals.contains(said) { refusals.append(said) }
            }
        }
        guard refusals.isEmpty else {
            let head = refused == indices.count ? "\(indices.count) 个项目都不能\(a.chinese)，一个也没有改：\n"
                : "\(indices.count) 个项目中有 \(refused) 个不能\(a.chinese)，一个也没有改：\n"
            throw CommandLineError(head + refusals.joined(separator: "\n"),
                                   hint: "处理好上面的项目，或把它们从项目列表中去掉后再批量\(a.chinese)")
        }
        for (k, i) in indices.enumerated() {
            do {
                try decide(a, i, session: session, settings: ws.settings.review, across: across, actor: actor, time: time)
            } catch let e as any ReviewerFacingError where k > 0 {
                // A failed write (a full disk): what is above was journaled, nothing after it.
                throw CommandLineError("第 \(k + 1) 个项目（\(session.document.projects[i].number)）未能\(a.chinese)：\(e.message)；"
                                       + "前 \(k) 个已记入日志（见上），其后的未改", hint: e.hint)
            }
        }
    }

    /// One project's decision, journaled, and what it came to.
    private func decide(_ a: ReviewAction, _ i: Int, session: DocumentSession, settings: RuleSettings, across: [Finding],
                        actor: String, time: String) throws {
        let p = session.document.projects[i]
        if let row, !p.indicators.indices.contains(row - 1) {
            throw CommandLineError("项目 \(p.number) 没有第 \(row) 行指标（共 \(p.indicators.count) 行）",
                                   hint: "用 jixiao show \(p.number) 查看行号")
        }
        guard let entry = try session.review(a, projectAt: i, comment: comment, row: row, answered: answered,
                                             settings: settings, acrossDocuments: across, actor: actor, time: time) else {
            print("没有改变：\(p.number). \(p.shownName) 已经是\(session.document.review.status(ofProjectAt: i).chinese)，未记入日志")
            return
        }
        let what = a == .comment ? "已记审核意见" : session.document.review.status(ofProjectAt: i).chinese
        print("\(p.number). \(p.shownName)：\(what)（日志第 \(entry.seq) 条）")
        reportUnsaved(session, entry)
    }
}
