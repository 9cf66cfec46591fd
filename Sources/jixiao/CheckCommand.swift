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
        var keys: [String?] = []
        let part: CachedCheck.Part = format == .text ? .text : .json
        let checks = DocumentChecks(workspace: ws, engine: engine, wholeDocuments: format == .sarif, part: part)
        // The document just read before this one: a unit's two years sort next to each
        // other, and their year-over-year comparison is kept while both are in memory.
        var before: (DocumentSummary, Document)?
        // Their findings as the cache just written holds them: not read back across documents.
        var yearOverYear: [YearOverYearPair: [Finding]] = [:]
        try checks.forEach(ids) { checked in
            let (id, output) = (checked.id, checked.output)
            defer { k += 1 }
            keys.append(checked.key)
            if let summary = checked.summary { summaries[id] = summary }
            if present.count > 1, let summary = checked.summary, let document = checked.document {
                if let (s, d) = before, let findings = ws.keepYearOverYear(summary, document, previous: s, d, engine: engine) {
                    yearOverYear[YearOverYearPair(current: summary.id, previous: s.id)] = findings
                }
                before = (summary, document)
            } else {
                before = nil
            }
            stale += output.header.staleWaivers
            // A waived error has been checked by the reviewer: it does not fail the check.
            anyOpenError = anyOpenError || output.open(.error) > 0
            switch format {
            case .text:
                // Made safe for the terminal when it was made (`DocumentChecks.output`).
                TerminalOutput.write((k > 0 ? Array("\n".utf8) : []) + output.text)
            case .json:
                try spool?.write(json.separator(before: output))
                if output.findings > 0 { try spool?.write(output.json) }
            case .sarif:
                if let document = checked.document, let findings = checked.findings {
                    sarif += findings.map { ($0, document, DocumentFiles(folder: id).source) }
                }
            }
        }
        // The rules across documents, once all are read, on the summaries; reported for the
        // documents checked. A check of the whole workspace where no document changed since
        // the last copies what that one wrote (`check-across.cache`).
        if present.count > 1 {
            let acrossKey = workspace.document == nil && !keys.contains(nil) ? Workspace.acrossKey(keys.compactMap { $0 }) : nil
            let across: CachedCheck
            if format != .sarif, let acrossKey, let cached = ws.cachedAcross(key: acrossKey, part: part) {
                across = cached
            } else {
                let (members, found, gone) = try findingsAcrossDocuments(ws, present: present, checked: ids, summaries: summaries,
                                                                         yearOverYear: yearOverYear)
                if format == .sarif {
                    for member in members {
                        sarif += (found[member.id] ?? []).map { ($0, member.document, DocumentFiles(folder: member.id).source) }
                    }
                }
                across = DocumentChecks.output(across: found, members: members, stale: gone)
                if let acrossKey { ws.keepAcross(across, key: acrossKey) }
            }
            stale += across.header.staleWaivers
            anyOpenError = anyOpenError || across.open(.error) > 0
            switch format {
            case .text:
                if !across.text.isEmpty { TerminalOutput.write(Array("\n".utf8) + across.text) }
            case .json:
                try spool?.write(json.separator(before: across))
                if across.findings > 0 { try spool?.write(across.json) }
            case .sarif:
                break
            }
        }
        switch format {
        case .text:
            break
        case .json:
            try writeJSON(json.tail(staleWaivers: stale))
            try spool?.copy(to: FileHandle.standardOutput)
        case .sarif:
            try printJSON(FindingsSarif.log(sarif, version: Jixiao.configuration.version))
        }
        if anyOpenError { throw ExitCode(1) }
    }

    /// The findings across documents of the documents `checked`, waivers applied, from
    /// every document's summary (those not made by this run read from their files — with
    /// --document, one that cannot be read is said and left out); and the waivers of them
    /// that match nothing, by document. The members are in the workspace's order.
    func findingsAcrossDocuments(_ ws: Workspace, present: [String], checked ids: [String], summaries made: [String: DocumentSummary],
                                 yearOverYear: [YearOverYearPair: [Finding]])
        throws -> (members: [DocumentSetMember], found: [String: [Finding]], stale: [String: [Waiver]]) {
        var all = made
        let missing = present.filter { all[$0] == nil }
        for (id, result) in zip(missing, Parallel.map(missing.count) { k throws(StoreError) in try ws.summary(of: missing[k]) }) {
            switch result {
            case .success(let summary): all[id] = summary
            case .failure(let error):
                guard workspace.document != nil else { throw error }
                TerminalOutput.error("注意：跨文档检查未包括 \(id)：\(error.message)\n")
            }
        }
        let inOrder = present.compactMap { all[$0] }
        let checked = Set(ids)
        let raw = try ws.findingsAcrossDocuments(inOrder, of: checked, known: yearOverYear)
        var found: [String: [Finding]] = [:]
        var stale: [String: [Waiver]] = [:]
        for s in inOrder where checked.contains(s.id) {
            let (waived, gone) = FindingSet.acrossDocuments(raw[s.id] ?? [], waivedBy: s.acrossWaivers)
            if !waived.isEmpty { found[s.id] = waived }
            if !gone.isEmpty { stale[s.id] = gone }
        }
        return (inOrder.map { DocumentSetMember(id: $0.id, document: $0.keysOnly) }, found, stale)
    }
}

extension FindingsJSON {
    /// What goes before a cached check's JSON elements (`cached.json`, written next as they
    /// are) to follow what was written — a comma, or nothing — its counts added: the
    /// elements are not copied behind the comma.
    mutating func separator(before cached: CachedCheck) -> [UInt8] {
        elements(madeBefore: [], count: cached.findings,
                 open: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, cached.open($0)) }), waived: cached.header.waived)
    }
}
