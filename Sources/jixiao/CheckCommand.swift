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
        // Text and JSON are written document by document as each is checked, so memory
        // stays one document's; only SARIF (one object naming each finding's document) is
        // gathered whole.
        var sarif: [(Finding, Document, String)] = []
        var stale: [Waiver] = []
        var json = FindingsJSON()
        var anyOpenError = false
        // What the rules across documents see of each (kept lean: see DocumentSetMember).
        var members: [DocumentSetMember] = []
        // JSON goes to stdout only once every document was read: a document that cannot be
        // read part-way must not leave half a JSON object behind (exit 2, nothing written).
        let spool = format == .json ? try OutputSpool() : nil
        func writeJSON(_ bytes: [UInt8]) throws { try spool?.write(TerminalOutput.json(bytes)) }
        try writeJSON(FindingsJSON.head)
        // With --document, the other documents matter for the rules across documents only,
        // and their summaries say what those rules read (only a unit with another year's
        // document is opened); one that cannot be read is said, not skipped silently.
        if let named = workspace.document, present.count > 1 {
            let (summaries, problems) = ws.summaries()
            for problem in problems where !problem.hasPrefix(named + "：") {
                TerminalOutput.error("注意：跨文档检查未包括 \(problem)\n")
            }
            members = try ws.documentSetMembers(from: summaries, excluding: named)
        }
        var k = 0
        try DocumentChecks(workspace: ws, engine: engine).forEach(ids) { checked in
            let (id, document, set) = (checked.id, checked.document, checked.findings)
            defer { k += 1 }
            if present.count > 1 { members.append(DocumentSetMember(id: id, document: document)) }
            let source = DocumentFiles(folder: id).source
            let all = set.all
            stale += set.staleWaivers
            // A waived error has been checked by the reviewer: it does not fail the check.
            anyOpenError = anyOpenError || all.contains { $0.severity == .error && $0.isOpen }
            switch format {
            case .text:
                let text = FindingsText.render(all, document: document, sourcePath: source, staleWaivers: set.staleWaivers)
                print((k > 0 ? "\n" : "") + text, terminator: "")
            case .json:
                try writeJSON(try json.elements(all))
            case .sarif:
                sarif += all.map { ($0, document, source) }
            }
        }
        // The rules across documents, once all are read; reported for the documents checked.
        var across = members.count > 1 ? engine.checkSet(members) : [:]
        let checked = Set(ids)
        across = across.filter { checked.contains($0.key) }
        // Each document's waivers of them, applied; those that match nothing are stale.
        var acrossStale: [String: [Waiver]] = [:]
        for member in members where checked.contains(member.id) {
            let (waived, gone) = FindingSet.acrossDocuments(across[member.id] ?? [], waivedBy: member.document.review.waivers)
            if !waived.isEmpty { across[member.id] = waived }
            if !gone.isEmpty { acrossStale[member.id] = gone }
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


