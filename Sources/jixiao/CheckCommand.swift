import ArgumentParser
import Foundation
import JixiaoReports
import JixiaoModel
import JixiaoRules
import JixiaoStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "按规则审核文档，列出发现的问题",
        discussion: "退出码：0 没有错误级问题，1 有错误级问题，2 无法读取输入。")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif

        static var allValueDescriptions: [String: String] {
            ["text": "给人看：每个问题一行，位置在前", "json": "给其他工具：一个 JSON 对象", "sarif": "SARIF 2.1.0，给代码审查和 CI 工具"]
        }
    }

    @Option(name: .customLong("format"), help: ArgumentHelp("输出格式", valueName: "FORMAT"))
    var format: Format = .text

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ws = try workspace.openWorkspace()
        let ids = workspace.document.map { [$0] } ?? ws.documentIDs()
        if ids.isEmpty { _ = try workspace.documentID(in: ws) }
        let engine = RuleEngine(settings: ws.settings.review)
        var all: [(Finding, Document, String)] = []
        var texts: [String] = []
        for id in ids {
            guard ws.documentIDs().contains(id) else { _ = try workspace.documentID(in: ws); continue }
            let session = try ws.openDocument(id, access: .read)
            let findings = engine.check(session.document).all
            let source = DocumentFiles(folder: id).source
            all += findings.map { ($0, session.document, source) }
            texts.append(FindingsText.render(findings, document: session.document, sourcePath: source))
        }
        switch format {
        case .text:
            print(texts.joined(separator: "\n"), terminator: "")
        case .json:
            try printJSON(FindingReport(findings: all.map(\.0)))
        case .sarif:
            try printJSON(FindingsSarif.log(all, version: Jixiao.configuration.version))
        }
        if all.contains(where: { $0.0.severity == .error }) {
            throw ExitCode(1)
        }
    }
}
