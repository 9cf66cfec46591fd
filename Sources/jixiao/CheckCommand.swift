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
        discussion: "退出码：0 没有未豁免的错误级问题，1 有未豁免的错误级问题，2 无法读取输入。豁免的问题照常列出，注明豁免。")

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
        // The workspace is listed once: checking each document against a fresh listing
        // made 1,000 documents a million stat calls.
        let present = ws.documentIDs()
        let ids = workspace.document.map { [$0] } ?? present
        if ids.isEmpty { _ = try workspace.documentID(in: ws) }
        if let named = workspace.document, !present.contains(named) { _ = try workspace.documentID(in: ws) }
        let engine = RuleEngine(settings: ws.settings.review)
        var findings: [Finding] = []
        // Only SARIF names a finding's document and project code from the document; the
        // other formats keep no document once it is checked (memory stays one document's).
        var sarif: [(Finding, Document, String)] = []
        var stale: [Waiver] = []
        var texts: [String] = []
        for id in ids {
            let session = try ws.openDocument(id, access: .read)
            let set = engine.check(session.document)
            let source = DocumentFiles(folder: id).source
            let all = set.all
            findings += all
            stale += set.staleWaivers
            switch format {
            case .text:
                texts.append(FindingsText.render(all, document: session.document, sourcePath: source, staleWaivers: set.staleWaivers))
            case .sarif:
                sarif += all.map { ($0, session.document, source) }
            case .json:
                break
            }
        }
        switch format {
        case .text:
            print(texts.joined(separator: "\n"), terminator: "")
        case .json:
            try printJSON(FindingReport(findings: findings, staleWaivers: stale))
        case .sarif:
            try printJSON(FindingsSarif.log(sarif, version: Jixiao.configuration.version))
        }
        // A waived error has been checked by the reviewer: it does not fail the check.
        if findings.contains(where: { $0.severity == .error && $0.isOpen }) {
            throw ExitCode(1)
        }
    }
}
