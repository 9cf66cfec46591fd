import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoStore
import JixiaoTerminal
import JixiaoTextLayout

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把部门预算绩效文本（.xlsx、.xls、.docx、.doc、CSV 或文本文件）读入工作区，每个文件一份文档",
        discussion: """
        可以列出多个文件，或给一个文件夹（读其中每个文件，不进子文件夹）。某个文件读不了时，\
        说明文件、行号和原因，其余文件照常导入；最后列出汇总表（已导入、已拒绝、已在工作区）。\
        有文件被拒绝时退出码为 2。

        退回的文档改好送回后，用 --revision-of 文档编号 导入修改稿（一次一个文件）：它成为该文档的\
        下一版，与上一版逐个项目、逐个字段比较；单位没改的项目保留审核结论，改了的回到待审，\
        审核意见全部保留。用 jixiao changes --since-revision 查看改动和对应的退回意见。
        """)

    @Argument(help: ArgumentHelp("绩效文本文件（Excel 工作簿 .xlsx 或 97–2003 的 .xls、Word 文档 .docx 或 97–2003 的 .doc，或制表符、逗号（CSV）分隔的文本：UTF-8、GB18030/GBK、UTF-16），或装着这些文件的文件夹", valueName: "FILE"))
    var file: String

    @Argument(help: ArgumentHelp("更多文件或文件夹，每个文件一份文档", valueName: "FILE"))
    var more: [String] = []

    var files: [String] { [file] + more }

    @Option(name: .customLong("revision-of"), help: ArgumentHelp("把文件作为这份文档的修改稿（第 2 版、第 3 版……）导入，如 430001-2021", valueName: "ID"))
    var revisionOf: String?

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var lockWait: LockWaitOption

    func run() throws {
        let path = workspace.path
        if let revisionOf {
            try importRevision(of: revisionOf, workspace: path)
            return
        }
        var isFolder: ObjCBool = false
        if files.count == 1, !(FileManager.default.fileExists(atPath: files[0], isDirectory: &isFolder) && isFolder.boolValue) {
            // One file: its summary, or its error with exit code 2, as always.
            let text = try Workspace.readDocument(Workspace.readInput(files[0]), namedAs: files[0])
            let document = try Workspace.importText(text, fileName: FileName.of(files[0]), into: path,
                                                    actor: reviewer.name(in: workspace), time: JournalTime.now(), wait: lockWait.seconds)
            print(importSummary(document, workspace: path))
            if let from = text.convertedFrom { print("  " + BatchImportSummary.converted(from)) }
            return
        }
        let inputs = ImportInputs(expanding: files)
        for (path, kind) in inputs.notFiles {
            TerminalOutput.error("注意：没有读 \(path)：它是\(kind)，不是文件\n")
        }
        guard !inputs.files.isEmpty else {
            throw CommandLineError("\(files.joined(separator: "、")) 里没有可导入的文件", hint: "把绩效文本文件放进文件夹，或直接列出文件")
        }
        var bar = ProgressBar(label: "导入")
        // Ctrl-C stops between files: what was stored is said, the rest left for another run.
        InterruptSignals.install()
        let outcomes = Workspace.importFiles(inputs.files, into: path, actor: reviewer.name(in: workspace), time: JournalTime.now(),
                                             wait: lockWait.seconds, progress: { done, total, current in
            bar.update(done: done, total: total, current: current)
        }, checkOutput: { id, document, findings in
            DocumentChecks.output(findings.all, staleWaivers: findings.staleWaivers, document: document, id: id)
        }, interrupted: { InterruptSignals.signal != nil })
        bar.finish()
        for folder in inputs.skippedFolders {
            TerminalOutput.error("注意：没有读子文件夹 \(folder)（只导入所给文件夹里直接放着的文件）\n")
        }
        for outcome in outcomes {
            if case .refused(let error) = outcome.result {
                ErrorOutput.write(error.file == nil ? error.inFile(outcome.path) : error)
            }
        }
        // On a terminal the table fits its width (the full reasons are on stderr above it).
        let width = isatty(1) == 1 ? ProgressBar.terminalColumns(of: 1) : nil
        if !outcomes.isEmpty { print(BatchImportSummary.text(outcomes, workspace: path, width: width), terminator: "") }
        if outcomes.count < inputs.files.count {
            let left = inputs.files.count - outcomes.count
            TerminalOutput.error("已中断：还有 \(left) 个文件没有导入（从 \(inputs.files[outcomes.count]) 起）。"
                                 + "再次运行同一命令即可接着导入，已导入的会显示为“已在工作区”\n")
            throw ExitCode(128 + (InterruptSignals.signal ?? SIGINT))
        }
        let refused = outcomes.compactMap { if case .refused(let e) = $0.result { e } else { nil } }
        if refused.contains(where: { (($0 as? StoreError)?.kind ?? .other) != .busy }) { throw ExitCode(2) }
        if !refused.isEmpty { throw ExitCode(3) }
    }
}

extension ImportCommand {
    /// `--revision-of ID`: one file, the next version of a document already imported.
    func importRevision(of id: String, workspace path: String) throws {
        guard more.isEmpty else {
            throw CommandLineError("--revision-of 一次只能导入一个修改稿，给了 \(files.count) 个文件",
                                   hint: "每个文件分别运行 jixiao import 文件 --revision-of 文档编号")
        }
        let ws = try workspace.openWorkspace()
        let outcome = try ws.importRevision(file, of: id, actor: reviewer.name(in: workspace), time: JournalTime.now(),
                                            wait: lockWait.seconds)
        print(RevisionSummary.text(outcome, id: id, file: file), terminator: "")
        // The reviewer's own changes the unit's text did not take: gone from the document, said so.
        if case .revised(let version, _, let cmp, _) = outcome {
            for note in ws.revisionNotes(of: id, version: version, comparison: cmp) { print("注意：" + note) }
            let notTaken = ws.editsNotTaken(of: id, by: version, comparison: cmp)
            if !notTaken.isEmpty {
                print("注意：修改稿没有采用审核人的 \(notTaken.count) 处修改（仍是单位原来的写法），如仍需要请重新修改（jixiao set）：")
                for line in notTaken { print("  " + line) }
            }
        }
    }
}

/// What `import --revision-of` prints: the version, the counts, the projects changed.
enum RevisionSummary {
    static func text(_ outcome: RevisionOutcome, id: String, file: String) -> String {
        let name = (file as NSString).lastPathComponent
        switch outcome {
        case .identical(let version):
            return "\(name) 与 \(id) 第 \(version) 版的原文完全相同：没有导入，没有改动\n"
        case .revised(let version, let seq, let cmp, let doc):
            var lines = ["已导入修改稿：\(id) 第 \(version) 版（\(name)，\(doc.projects.count) 个项目，日志第 \(seq) 条）",
                         "  \(cmp.summary)"]
            if let changes = cmp.departmentChanges, !changes.isEmpty {
                lines.append("  部门整体绩效目标：\(changes.count) 处改动")
            } else if cmp.departmentChanged {
                lines.append("  目录或封面也有改动（部门整体绩效目标未改）")
            }
            for p in cmp.notable {
                let number = p.new.map { "\(RevisionRecord.number($0, in: doc))." } ?? "原 \(p.old ?? 0)."
                var line = "  \(number) \(p.name)：\(p.decisionText)"
                if !p.changes.isEmpty { line += "，\(p.changes.count) 处改动" }
                if p.match == .name { line += "（项目编码不同，按项目名称对应）" }
                lines.append(line)
            }
            lines.append("  用 jixiao changes --since-revision 查看改动和对应的退回意见")
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// The table that ends a batch import: one row per file, then the counts.
enum BatchImportSummary {
    /// What is said of a file read in another encoding than UTF-8.
    static func converted(_ encoding: String) -> String {
        // A workbook's, a Word document's or a CSV file's note names what was read; an
        // encoding is a name.
        encoding.hasPrefix("Excel") || encoding.hasPrefix("Word") || encoding.contains("CSV") ? "原文件是 \(encoding)，已转为制表符分隔的文本读入并保存（source.txt）"
            : "原文件是 \(encoding) 编码，已转为 UTF-8 读入并保存（source.txt）"
    }

    static func text(_ outcomes: [ImportOutcome], workspace: String, width: Int? = nil) -> String {
        var table = TextTable(columns: [
            .init("文件", maxWidth: 36), .init("结果"), .init("文档", maxWidth: 30), .init("项目", .right),
            .init("预算数（元）", .right), .init("说明", maxWidth: 60, wraps: true),
        ])
        var counts = (imported: 0, refused: 0, present: 0)
        for o in outcomes {
            let name = FileName.of(o.path)
            switch o.result {
            case .imported(let d):
                counts.imported += 1
                table.append([name, "已导入", d.id, "\(d.projects)", d.totalBudgetCell, d.convertedFrom.map(converted) ?? ""])
            case .alreadyPresent(let d, let same):
                counts.present += 1
                table.append([name, "已在工作区", d.id, "\(d.projects)", d.totalBudgetCell,
                              same ? "与已导入的原文相同，未改动" : "内容不同，未覆盖；修改稿用 --revision-of 导入"])
            case .refused(let e):
                counts.refused += 1
                let place = e.line.map { "第 \($0) 行：" } ?? ""
                table.append([name, "已拒绝", "", "", "", place + e.message])
            }
        }
        if let width {
            // 说明 takes what the other columns leave, at least 16 columns: on a narrow terminal
            // the file's and the document's names give way first (clipped with an ellipsis,
            // down to 8 columns each; the full names are on stderr and in the workspace).
            func others() -> Int { table.widths.dropLast().reduce(0, +) + table.gap * (table.columns.count - 1) }
            while width - 1 - others() < 16 {
                let w = table.widths
                let k = w[0] >= w[2] ? 0 : 2
                guard w[k] > 8 else { break }
                table.columns[k].maxWidth = w[k] - 1
            }
            table.columns[table.columns.count - 1].maxWidth = max(12, width - 1 - others())
        }
        var lines = table.render()
        lines.append("")
        lines.append("共 \(outcomes.count) 个文件：已导入 \(counts.imported)，已拒绝 \(counts.refused)，已在工作区 \(counts.present)。工作区 \(workspace)")
        return lines.joined(separator: "\n") + "\n"
    }
}

func importSummary(_ d: Document, workspace: String) -> String {
    """
    已导入：\(d.department.name) \(d.department.year) 年部门预算绩效文本\(d.department.isDraft ? "（草案）" : "")
      单位编码 \(d.department.code.isEmpty ? "（表中未印）" : d.department.code)，\(d.projects.count) 个项目，\(d.totalBudgetSaid)
      \(TableCensus(d).line)
      工作区 \(workspace)，文档 \(d.id)
    """
}
