import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoStore
import JixiaoTerminal

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出审核后的文档（全部项目通过审核后；--draft 导出审核中的草稿）",
        discussion: """
        格式由 --format 指定，或由文件扩展名推断（\(ExportFormats.of(.document).map { "." + $0.fileExtension }.joined(separator: " "))）。
        已有的文件不会被覆盖，除非加 --force；设备、文件夹和符号链接一律不写。
        每次导出都记入日志（格式、路径、SHA-256），之后可用 jixiao verify 文件 核对。
        """)

    @OptionGroup var target: ExportTargetOptions<DocumentFormatArgument>
    @Flag(name: .customLong("draft"), help: "未全部通过审核时也导出，并标明是草稿")
    var draft = false

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        try target.export(allowDraft: draft, workspace: workspace, reviewer: reviewer)
    }
}

/// What `export` and `report` share: where to write, in which format, and whether an
/// existing file may be replaced. `Format` is the kind's `--format` values.
struct ExportTargetOptions<Format: FormatArgument>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("格式（省略时按文件扩展名推断）", valueName: "FORMAT"))
    var format: Format?
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("输出文件", valueName: "FILE"))
    var output: String
    @Flag(name: .customLong("force"), help: "覆盖已有的同名文件（设备、文件夹和符号链接仍不写）")
    var force = false
    @OptionGroup var lockWait: LockWaitOption

    /// The format `--format` names, else the one the file name's extension names.
    func resolvedFormat() throws -> any ExportFormat {
        let kind = Format.kind
        if let format {
            if let inferred = ExportFormats.inferred(from: output, kind: kind), inferred.id != format.format.id {
                TerminalOutput.error("注意：文件扩展名是 .\(inferred.fileExtension)，按 --format \(format.format.option) 导出\n")
            }
            return format.format
        }
        guard let f = ExportFormats.inferred(from: output, kind: kind) else {
            throw ExportError.unknownExtension(output, known: ExportFormats.of(kind).map(\.fileExtension))
        }
        return f
    }

    func export(allowDraft: Bool, workspace: WorkspaceOptions, reviewer: ReviewerOption) throws {
        let format = try resolvedFormat()
        let ws = try workspace.openWorkspace()
        let session = try ws.openDocument(try workspace.documentID(in: ws), access: .write, wait: lockWait.seconds)
        defer { session.close() }
        report(session)
        // An export is journaled: a document another Jixiao is writing is busy (exit code 3)
        // as for any change; other read-only causes get the export's own refusal.
        if session.readOnlyCause == .busy { try requireWritable(session, "不能导出") }
        // Ctrl-C while the export renders stops it before anything is written; once the
        // file is being written, it is placed and journaled whole, and the command then stops.
        InterruptSignals.install()
        let outcome = try DocumentExport.write(format, of: session, to: output, allowDraft: allowDraft, replace: force,
                                               settings: ws.settings.review, actor: reviewer.name(in: workspace), time: JournalTime.now(),
                                               interrupted: { InterruptSignals.signal != nil })
        print(outcome.summary)
        try InterruptSignals.exitIfAsked(after: "导出已在写入：已写完并记入日志")
    }
}

/// `--format`: one of the formats of a kind, listed with its title in `--help`.
protocol FormatArgument: ExpressibleByArgument {
    static var kind: ExportKind { get }
    var format: any ExportFormat { get }
    init(format: any ExportFormat)
}

extension FormatArgument {
    init?(argument: String) {
        guard let f = ExportFormats.option(argument, kind: Self.kind) else { return nil }
        self.init(format: f)
    }

    static var allValueStrings: [String] { ExportFormats.of(kind).map(\.option) }
    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: ExportFormats.of(kind).map { ($0.option, $0.title) })
    }
}

struct DocumentFormatArgument: FormatArgument {
    static var kind: ExportKind { .document }
    let format: any ExportFormat
    init(format: any ExportFormat) { self.format = format }
}

struct ReportFormatArgument: FormatArgument {
    static var kind: ExportKind { .report }
    let format: any ExportFormat
    init(format: any ExportFormat) { self.format = format }
}
