import ArgumentParser
import Foundation
import JixiaoTextLayout
import JixiaoStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "显示文档的日志（时间为本地时间，按 TZ）；--verify 校验哈希链并从 \(DocumentFiles.sourceName) 重放核对 \(DocumentFiles.documentName)")

    @Flag(name: .customLong("verify"), help: "校验日志：哈希链、截断、重放结果与 \(DocumentFiles.documentName) 是否一致")
    var verify = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ws = try workspace.openWorkspace()
        let id = try workspace.documentID(in: ws)
        let result = try JournalVerification.verify(folder: ws.folder(of: id))
        if !verify || !result.entries.isEmpty {
            print(journalTable(result.entries), terminator: "")
        }
        guard verify else {
            if !result.isIntact {
                TerminalOutput.error("注意：日志有问题，运行 jixiao log --verify 查看\n")
            }
            return
        }
        for note in result.notes { print("注意：\(note)") }
        if result.isIntact {
            let versions = result.entries.compactMap { if case .revised(let r) = $0.event { r.version } else { nil } }
            let sources = ([1] + versions).map(DocumentFiles.revisionName).joined(separator: "、")
            print("日志完整：\(result.entries.count) 条记录，哈希链正确；从 \(sources) 重放的结果与 \(DocumentFiles.documentName) 一致")
            print("日志头 SHA-256：\(result.head)（记在工作区以外，日后可证明此前的记录没有被整体改写）")
        } else {
            for p in result.problems { print("问题：\(p)") }
            print("日志校验未通过：\(result.problems.count) 个问题")
            throw ExitCode(1)
        }
    }

    /// One row per line: its number, the time in the local zone with its offset (`TZ`,
    /// else the system's), who, what in the workstation's words, and the details.
    func journalTable(_ entries: [JournalEntry]) -> String {
        var t = TextTable(columns: [.init("序号", .right), .init("时间"), .init("操作人"), .init("类型"), .init("内容")])
        for e in entries {
            t.append([String(e.seq), JournalTime.local(e.time), e.actor, e.event.kindName, e.event.summary])
        }
        return t.render().joined(separator: "\n") + "\n"
    }
}
