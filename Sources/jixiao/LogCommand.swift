import ArgumentParser
import Foundation
import JixiaoTextLayout
import JixiaoStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "显示文档的日志；--verify 校验哈希链并从 \(DocumentFiles.sourceName) 重放核对 \(DocumentFiles.documentName)")

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
                FileHandle.standardError.write(Data("注意：日志有问题，运行 jixiao log --verify 查看\n".utf8))
            }
            return
        }
        if result.isIntact {
            print("日志完整：\(result.entries.count) 条记录，哈希链正确；从 \(DocumentFiles.sourceName) 重放的结果与 \(DocumentFiles.documentName) 一致")
        } else {
            for p in result.problems { print("问题：\(p)") }
            print("日志校验未通过：\(result.problems.count) 个问题")
            throw ExitCode(1)
        }
    }

    func journalTable(_ entries: [JournalEntry]) -> String {
        var t = TextTable(columns: [.init("序号", .right), .init("时间"), .init("操作人"), .init("类型"), .init("内容")])
        for e in entries {
            let time = e.time.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
            t.append([String(e.seq), time, e.actor, kindName(e.event), summary(e.event)])
        }
        return t.render().joined(separator: "\n") + "\n"
    }

    func kindName(_ e: JournalEvent) -> String {
        switch e {
        case .imported: "导入"
        case .edited: "修改"
        case .reviewed: "审核"
        case .exported: "导出"
        }
    }

    func summary(_ e: JournalEvent) -> String {
        switch e {
        case .imported(let i):
            "\(i.file)（\(i.projects) 个项目，SHA-256 \(Hashing.abbreviated(i.sourceSHA256))）"
        case .edited(let x):
            "项目 \(x.project) \(x.field)：“\(x.old)” → “\(x.new)”"
        case .reviewed(let r):
            "项目 \(r.project) \(r.action)" + (r.comment.map { "：\($0)" } ?? "")
        case .exported(let x):
            "\(x.format) → \(x.file)\(x.draft ? "（草稿）" : "")，SHA-256 \(Hashing.abbreviated(x.sha256))"
        }
    }
}
