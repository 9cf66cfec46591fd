import ArgumentParser
import JixiaoExport
import JixiaoStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出审核后的文档（全部项目通过审核后；--draft 导出审核中的草稿）")

    @Option(name: .customLong("format"), help: ArgumentHelp("导出格式", valueName: "FORMAT"))
    var format: ExportFormatArgument
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
        let outcome = try DocumentExport.write(format.format, of: session, to: output, allowDraft: draft,
                                               actor: reviewer.name, time: JournalTime.now())
        print(outcome.summary)
    }
}

/// `--format`: one of `ExportFormats.all`, listed with its title in `--help`.
struct ExportFormatArgument: ExpressibleByArgument {
    let format: any ExportFormat

    init?(argument: String) {
        guard let f = ExportFormats.named(argument) else { return nil }
        format = f
    }

    static var allValueStrings: [String] { ExportFormats.all.map(\.id) }
    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: ExportFormats.all.map { ($0.id, $0.title) })
    }
}
