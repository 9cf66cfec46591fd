import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoStore
import JixiaoExport
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
        print(try exportText(session, to: output, allowDraft: draft, actor: reviewer.name))
    }
}

/// Writes the document as text to `path`, durably, and journals the export with the
/// file's SHA-256 (when the document is not read-only). Returns what to tell the user.
func exportText(_ session: DocumentSession, to path: String, allowDraft: Bool, actor: String) throws -> String {
    let (text, isDraft) = try TextExport.render(session.document, allowDraft: allowDraft)
    let bytes = Array(text.utf8)
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
        throw CommandLineError("输出文件夹 \(folder) 不存在", hint: "先建立文件夹，或换一个输出路径")
    }
    try DurableFile.write(bytes, to: path)
    let digest = Hashing.sha256(bytes)
    // What happened first, the path last: a long path is what a narrow screen clips.
    let what = "已导出" + (isDraft ? "草稿" : "定稿")
    if let reason = session.readOnlyReason { return "\(what)（未记入日志：\(reason)）：\(path)" }
    let entry = try session.record(.exported(.init(format: "text", file: path, sha256: digest, draft: isDraft)),
                                   actor: actor, time: JournalTime.now(), result: session.document)
    return "\(what)（日志第 \(entry.seq) 条，SHA-256 \(Hashing.abbreviated(digest))）：\(path)"
}
