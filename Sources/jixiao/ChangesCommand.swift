import ArgumentParser
import JixiaoModel
import JixiaoReports
import JixiaoStore

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "自导入以来改过的字段：导入时的值、现在的值、修改人、时间、日志序号",
        discussion: """
        导入修改稿（jixiao import 文件 --revision-of 文档编号）之后，列出的是自最新一版以来改过的字段；\
        --since-revision 列出单位在修改稿里改了什么：部门整体绩效目标和每个项目改动的字段、上一版和这一版的值，\
        退回意见列在它所针对的改动旁，以及审核结论的变化（通过保留 / 回到待审）；\
        --revision N 看更早的一版（第 N 版与第 N-1 版的比较，项目按当时的文档编号）。
        """)

    @Argument(help: ArgumentHelp("项目序号或项目编码，“部门”为部门整体绩效目标；省略时列出全部", valueName: "PROJECT"))
    var project: String?

    @Flag(name: .customLong("since-revision"), help: "单位在最新的修改稿里改了什么，与退回意见对照")
    var sinceRevision = false

    @Option(name: .customLong("revision"), help: ArgumentHelp("看第 N 版修改稿与前一版的比较（默认最新一版；含 --since-revision）", valueName: "N"))
    var revision: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json

        static var allValueDescriptions: [String: String] {
            ["text": "给人看", "json": "给其他工具：日志记录的修改稿比较结果（只用于 --since-revision）"]
        }
    }

    @Option(name: .customLong("format"), help: ArgumentHelp("输出格式", valueName: "FORMAT"))
    var format: Format = .text


    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let sinceRevision = sinceRevision || revision != nil
        if format == .json && !sinceRevision {
            throw CommandLineError("--format json 只用于 --since-revision", hint: "jixiao changes --since-revision --format json")
        }
        let session = try workspace.open(.read)
        report(session)
        if let version = revision {
            // One revision asked for by its number: refused when there is none such.
            guard let (record, document) = try ChangeHistory.revision(session, version: version) else {
                let versions = try ChangeHistory.revisions(session).map(\.revision.version)
                throw CommandLineError(
                    version == 1 ? "第 1 版是最初导入的原文，没有前一版可比" : "\(session.id) 没有第 \(version) 版修改稿",
                    hint: versions.isEmpty ? "还没有导入修改稿：jixiao import 文件 --revision-of \(session.id)"
                        : "它的修改稿是第 \(versions.map(String.init).joined(separator: "、")) 版：jixiao changes --revision \(versions.last!)")
            }
            if format == .json { try printJSON(record); return }
            // A project asked for is found in the document as it stood then; 部门 is the department part.
            let then = try project.map { namesDepartment($0) ? FieldPath.departmentIndex : try projectIndex($0, in: document) }
            print(RevisionReport.text(record, in: document, project: then,
                                      time: { JournalTime.local($0, withSeconds: false) }), terminator: "")
            return
        }
        let index = try project.map { namesDepartment($0) ? FieldPath.departmentIndex : try projectIndex($0, in: session.document) }
        if sinceRevision {
            let latest = try ChangeHistory.latestRevision(session)
            if format == .json {
                // The revision as the journal recorded it (null before any).
                if let latest { try printJSON(latest) } else { print("null") }
                return
            }
            guard let revision = latest else {
                print("\(session.id) 还没有导入修改稿（只有第 1 版）。导入：jixiao import 文件 --revision-of \(session.id)")
                return
            }
            print(RevisionReport.text(revision, in: session.document, project: index,
                                      time: { JournalTime.local($0, withSeconds: false) }), terminator: "")
            return
        }
        let changes = try ChangeHistory.changedFields(session, project: index)
        if let (_, r) = try ChangeHistory.revisions(session).last {
            print("（自第 \(r.version) 版即修改稿 \(r.file) 导入以来；单位改了什么：jixiao changes --since-revision）")
        }
        print(ReviewRecordReport.changes(changes, in: session.document, time: { JournalTime.local($0, withSeconds: false) }),
              terminator: "")
    }
}
