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
        // Text and JSON are written document by document as each is checked (or copied
        // from its cache), so memory stays one batch's; only SARIF (one object naming each
        // finding's document) is gathered whole.
        var sarif: [(Finding, Document, String)] = []
        var stale: [Waiver] = []
        var json = FindingsJSON()
        var anyOpenError = false
        // What the rules across documents read of each document: its summary.
        var summaries: [String: DocumentSummary] = [:]
        // JSON goes to stdout only once every document was read: a document that cannot be
        // read part-way must not leave half a JSON object behind (exit 2, nothing written).
        let spool = format == .json ? try OutputSpool() : nil
        func writeJSON(_ bytes: [UInt8]) throws { try spool?.write(TerminalOutput.json(bytes)) }
        try spool?.write(FindingsJSON.head)
        var k = 0
        let checks = DocumentChecks(workspace: ws, engine: engine, wholeDocuments: format == .sarif)
        try checks.forEach(ids) { checked in
            let (id, output) = (checked.id, checked.output)
            defer { k += 1 }
            summaries[id] = checked.summary
            stale += output.header.staleWaivers
            // A waived error has been checked by the reviewer: it does not fail the check.
            anyOpenError = anyOpenError || output.open(.error) > 0
            switch format {
            case .text:
                // Made safe for the terminal when it was made (`DocumentChecks.output`).
                TerminalOutput.write((k > 0 ? Array("\n".utf8) : []) + output.text)
            case .json:
                try spool?.write(json.elements(madeBefore: output.json, count: output.findings,
                                                open: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, output.open($0)) }),
                                                waived: output.header.waived))
            case .sarif:
                if let document = checked.document, let findings = checked.findings {
                    sarif += findings.map { ($0, document, DocumentFiles(folder: id).source) }
                }
            }
        }
        // The rules across documents, once all are read, on the summaries (with --document,
        // the others' are read from their files); reported for the documents checked.
        var members: [DocumentSetMember] = []
        var across: [String: [Finding]] = [:]
        var acrossStale: [String: [Waiver]] = [:]
        if present.count > 1 {
            var all = summaries
            if workspace.document != nil {
                let (others, problems) = ws.summaries()
                for problem in problems where !ids.contains(where: { problem.hasPrefix($0 + "：") }) {
                    TerminalOutput.error("注意：跨文档检查未包括 \(problem)\n")
                }
                for s in others where all[s.id] == nil { all[s.id] = s }
            }
            let inOrder = present.compactMap { all[$0] }
            members = inOrder.map { DocumentSetMember(id: $0.id, document: $0.keysOnly) }
            let checked = Set(ids)
            let found = try ws.findingsAcrossDocuments(inOrder, of: checked)
            // Each document's waivers of them, applied; those that match nothing are stale.
            for s in inOrder where checked.contains(s.id) {
                let (waived, gone) = FindingSet.acrossDocuments(found[s.id] ?? [], waivedBy: s.acrossWaivers)
                if !waived.isEmpty { across[s.id] = waived }
                if !gone.isEmpty { acrossStale[s.id] = gone }
            }
        }
        stale += members.flatMap { acrossStale[$0.id] ?? [] }
        anyOpenError = anyOpenError || across.values.contains { $0.contains { $0.severity == .error && $0.isOpen } }
        let acrossInOrder = members.filter { across[$0.id] != nil }
        switch format {
        case .text:
            if let text = FindingsText.renderSet(across, members: members, staleWaivers: acrossStale) { print("\n" + text, terminator: "") }
        case .json:
            for member in acrossInOrder { try writeJSON(try json.elements(across[member.id] ?? [])) }
            try writeJSON(try json.tail(staleWaivers: stale))
            try spool?.copy(to: FileHandle.standardOutput)
        case .sarif:
            for member in acrossInOrder {
                sarif += (across[member.id] ?? []).map { ($0, member.document, DocumentFiles(folder: member.id).source) }
            }
            try printJSON(FindingsSarif.log(sarif, version: Jixiao.configuration.version))
        }
        if anyOpenError { throw ExitCode(1) }
    }
}


