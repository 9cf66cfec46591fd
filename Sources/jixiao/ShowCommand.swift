import ArgumentParser
import Foundation
import JixiaoReports
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "显示部门概况（各项目及预算数），或一个项目的全部内容；工作区有多份文档且未指定 --document 时，列出各部门")

    @Argument(help: ArgumentHelp("项目序号或项目编码，“部门”为部门整体绩效目标；省略时显示部门概况（多份文档时为部门列表）", valueName: "PROJECT"))
    var project: String?

    @Flag(name: .customLong("json"), help: "以 JSON 输出模型（部门列表时：各部门的汇总）")
    var json = false

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("部门列表写入文件（.xlsx 或 .csv）：各部门的审核汇总", valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("force"), help: "覆盖已有的同名文件（与 --output 一起用）")
    var force = false

    @OptionGroup var workspace: WorkspaceOptions

    /// Who writes a department summary (`-o`), for the workspace's record of exports.
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        let ws = try workspace.openWorkspace()
        // Several documents and none named: the departments, as the picker lists them.
        if project == nil, workspace.document == nil, ws.documentIDs().count > 1 {
            if let output { return try DepartmentsListing.write(ws, to: output, replace: force, actor: reviewer.name(in: workspace)) }
            return try DepartmentsListing.print(ws, json: json)
        }
        if output != nil {
            throw StoreError("--output 只用于部门列表（工作区有多份文档、未指定 --document 和项目时）",
                           hint: "导出一份文档用 jixiao export，审核意见书用 jixiao report")
        }
        let session = try ws.openDocument(try workspace.documentID(in: ws), access: .read)
        report(session)
        let doc = session.document
        let findings = RuleEngine(settings: ws.settings.review).check(doc)
        let time: (String) -> String = { JournalTime.local($0, withSeconds: false) }
        if let project, namesDepartment(project) {
            if json { try printJSON(doc.overall) } else { print(DocumentReport.department(doc), terminator: "") }
        } else if let project {
            let i = try projectIndex(project, in: doc)
            if json {
                try printJSON(doc.projects[i])
            } else {
                print(DocumentReport.project(doc, at: i, stale: findings.staleWaivers, time: time), terminator: "")
                if let (_, r) = try ChangeHistory.revisions(session).last, let p = r.comparison.project(atRevised: i) {
                    let what = p.match == .added ? "新增了这个项目" : p.changes.isEmpty ? "没有改这个项目" : "改了这个项目 \(p.changes.count) 处"
                    print("第 \(r.version) 版（修改稿 \(r.file)）\(what)，审核结论 \(p.decisionText)；详见 jixiao changes --since-revision \(i + 1)")
                }
            }
        } else if json {
            try printJSON(doc)
        } else {
            print(DocumentReport.overview(doc, assessment: GradeAssessment.assess(doc, findings: findings.all), time: time),
                  terminator: "")
            if let (_, r) = try ChangeHistory.revisions(session).last {
                print("第 \(r.version) 版（修改稿 \(r.file)）：\(r.comparison.summary)；详见 jixiao changes --since-revision")
                for p in r.comparison.removed {
                    print("  修改稿删去了原 \(p.old ?? 0). \(p.name)（原为\(p.before.chinese)，\(p.review?.opinions.count ?? 0) 条意见）")
                }
            }
        }
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let bytes = try StableJSON.pretty(value)
    FileHandle.standardOutput.write(Data(TerminalOutput.json(bytes)))
}
