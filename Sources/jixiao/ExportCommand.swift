import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoStore
import JixiaoText

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出审核后的文档（全部项目通过审核后；--draft 导出审核中的草稿）")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
    }

    @Option(name: .customLong("format"), help: ArgumentHelp("导出格式：text（原绩效文本版式）", valueName: "FORMAT"))
    var format: Format
    @Option(name: .short, help: ArgumentHelp("输出文件", valueName: "FILE"))
    var output: String
    @Flag(name: .customLong("draft"), help: "未全部通过审核时也导出，并标明是草稿")
    var draft = false

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        let session = try workspace.open(.write)
        defer { session.close() }
        report(session)
        let doc = session.document
        let pending = doc.projects.indices.filter { doc.review.status(ofProjectAt: $0) != .approved }
        if !pending.isEmpty && !draft {
            let list = pending.prefix(8).map { String(doc.projects[$0].number) }.joined(separator: "、")
            throw Failure("错误：还有 \(pending.count) 个项目未通过审核（\(list)\(pending.count > 8 ? "……" : "")），不能导出定稿\n  提示：用 jixiao review 项目 approve 审核通过，或加 --draft 导出审核中的草稿")
        }
        let note = pending.isEmpty ? nil : "审核中的草稿：\(pending.count) 个项目未通过审核"
        let bytes = Array(DocumentWriter.write(doc, draftNote: note).utf8)
        let folder = (output as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            throw Failure("错误：输出文件夹 \(folder) 不存在\n  提示：先建立文件夹，或换一个输出路径")
        }
        do { try DurableFile.write(bytes, to: output) } catch { throw Failure(error) }
        let digest = Hashing.sha256(bytes)
        if session.isReadOnly {
            print("已导出 \(output)（未记入日志：\(session.readOnlyReason ?? "")）")
        } else {
            let entry = try session.record(.exported(.init(format: format.rawValue, file: output, sha256: digest, draft: note != nil)),
                                           actor: reviewer.name, time: Clock.now(), result: doc)
            print("已导出 \(output)\(note == nil ? "" : "（草稿）")，SHA-256 \(digest)（日志第 \(entry.seq) 条）")
        }
    }
}
