import ArgumentParser
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "修改一个项目（或部门整体绩效目标）的一个字段（记入日志）",
        discussion: "FIELD：\(ProjectField.spellings)\n部门整体绩效目标（PROJECT 写“部门”）：\(ProjectField.departmentSpellings)\n"
            + "例：jixiao set 3 indicator.1.value \"8万元\"\n    jixiao set 部门 overall.summary.2 \"……\"")

    @Argument(help: ArgumentHelp("项目序号或项目编码；部门整体绩效目标写“部门”", valueName: "PROJECT"))
    var project: String
    @Argument(help: ArgumentHelp("字段，如 indicator.1.value、budget.total、plan.6、overall.summary.1", valueName: "FIELD"))
    var field: String
    @Argument(help: ArgumentHelp("新的值", valueName: "VALUE"))
    var value: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        try TextLimitOption.check(value, as: "VALUE")
        guard let f = ProjectField(parsing: field) else {
            throw CommandLineError("无法识别的字段“\(field)”",
                                   hint: "可用的字段：\(ProjectField.spellings)；部门整体绩效目标（PROJECT 写“部门”）：\(ProjectField.departmentSpellings)")
        }
        // The department part and a project have fields of their own: neither takes the other's.
        let department = namesDepartment(project)
        if department && !f.isOverall {
            throw CommandLineError("部门整体绩效目标没有字段“\(field)”",
                                   hint: "部门的字段：\(ProjectField.departmentSpellings)；用 jixiao show 部门 查看各段的编号")
        }
        if !department && f.isOverall {
            throw CommandLineError("“\(field)”是部门整体绩效目标的字段，不属于项目“\(project)”",
                                   hint: "jixiao set 部门 \(field) 新的值")
        }
        let ws = try workspace.openWorkspace()
        let session = try ws.openDocument(try workspace.documentID(in: ws), access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        try requireWritable(session, "不能修改")
        // Where the field is: its path, how the output names the place, and what to say
        // when the place has no such field.
        let (path, what, missing): (FieldPath, String, CommandLineError)
        if case .overall(let o) = f {
            (path, what) = (.department(o), "部门整体绩效目标")
            missing = CommandLineError("部门整体绩效目标没有\(f.chinese)", hint: "用 jixiao show 部门 查看各段的编号")
        } else {
            let i = try projectIndex(project, in: session.document)
            let p = session.document.projects[i]
            (path, what) = (FieldPath(projectIndex: i, field: f), "\(p.number). \(p.shownName)")
            missing = CommandLineError("项目 \(p.number) 没有\(f.chinese)", hint: "用 jixiao show \(project) 查看行号和时间节点")
        }
        guard let old = session.document.value(at: path) else { throw missing }
        // Checked once before the edit: the session keeps the findings, so the save re-checks
        // only what the edit changed, and says the findings after it for the waivers gone stale.
        let settings = ws.settings.review
        let checked = RuleEngine(settings: settings).check(session.document)
        session.adopt(checked, of: session.document, countedUnder: settings)
        let before = checked.staleWaivers
        if let entry = try session.set(path, to: value, actor: reviewer.name(in: workspace), time: JournalTime.now()),
           case .edited(let e) = entry.event {
            print("已修改 \(what) \(session.document.label(of: path))：“\(e.old)” → “\(e.new)”（日志第 \(entry.seq) 条）")
            reportUnsaved(session, entry)
            if e.reopened == true, session.document.projects.indices.contains(path.projectIndex) {
                print("项目 \(session.document.projects[path.projectIndex].number) 原已通过：内容改了，已回到待审，须重新审核")
            }
            let after = session.findings(under: settings) ?? RuleEngine(settings: settings).check(session.document)
            let stale = after.staleWaivers.filter { !before.contains($0) }
            for w in stale { print("注意：豁免已失效（问题已不存在）：\(w.place) [\(w.rule)]，可用 jixiao unwaive 取消") }
        } else {
            print("未修改：\(session.document.label(of: path))已经是“\(old)”")
        }
    }
}
