import JixiaoModel
import JixiaoRules

/// Findings for people, like a compiler's diagnostics: one line each, location first
/// (file and line, project, indicator path), then severity, message and what to do;
/// grouped by project, with a count at the end.
public enum FindingsText {
    /// Waived findings are listed with their waiver; `staleWaivers`, whose finding has
    /// gone, are listed after the findings.
    public static func render(_ findings: [Finding], document: Document, sourcePath: String,
                              staleWaivers: [Waiver] = []) -> String {
        String(decoding: renderBytes(findings, document: document, sourcePath: sourcePath, staleWaivers: staleWaivers, safe: false),
               as: UTF8.self)
    }

    /// `render` as UTF-8; `safe`: as `InvisibleCharacters.escaped` (line breaks and tabs
    /// kept) of it, each piece escaped as it is written instead of the whole afterwards.
    public static func renderBytes(_ findings: [Finding], document: Document, sourcePath: String,
                                   staleWaivers: [Waiver] = [], safe: Bool) -> [UInt8] {
        var none = FindingJSONWriter()
        return render(findings, document: document, sourcePath: sourcePath, staleWaivers: staleWaivers, safe: safe,
                      elements: &none, writingElements: false)
    }

    /// `renderBytes(…, safe: true)`, and with it the findings as JSON elements safe for a
    /// terminal — `FindingsJSON().elements(findings, safe: true)` — as `check` keeps both of a
    /// document (`check.cache`). Made in one pass over the findings: a string the JSON
    /// writes as it is (`PrettyJSONWriter.string`) is copied into the text without being
    /// looked at again (the text escapes less), so the findings' texts are scanned once.
    public static func renderBytesAndElements(_ findings: [Finding], document: Document, sourcePath: String,
                                              staleWaivers: [Waiver] = []) -> (text: [UInt8], elements: [UInt8]) {
        // About 600 bytes a finding, as `FindingsJSON.elements` reckons.
        var json = FindingJSONWriter(capacity: findings.count * 768, safe: true)
        let text = render(findings, document: document, sourcePath: sourcePath, staleWaivers: staleWaivers, safe: true,
                          elements: &json, writingElements: true)
        return (text, findings.isEmpty ? [] : json.bytes)
    }

    /// `renderBytes`; when `writingElements`, each finding is also written to `json` as
    /// `FindingsJSON.elements` writes it (`safe` as `json` is), before its line.
    static func render(_ findings: [Finding], document: Document, sourcePath: String, staleWaivers: [Waiver], safe: Bool,
                       elements json: inout FindingJSONWriter, writingElements: Bool) -> [UInt8] {
        // Bytes appended to, every line ended by a line feed: `check` renders every
        // document of a workspace, and a string per line joined at the end, then a String
        // appended to, cost more than writing the rest of the report.
        var out = TextBytes(safe: safe, capacity: 256 + 320 * findings.count)
        // The source's path, on every line, escaped once.
        var path = TextBytes(safe: safe)
        path.text(sourcePath)
        let pathBytes = path.bytes
        let dep = document.department
        out.text(dep.name)
        out.raw(" ")
        out.integer(dep.year)
        out.raw(" 年部门预算绩效文本（")
        out.text(document.id)
        out.raw("）\n")
        var group: Int?? = .none
        // The group's project's shown name, worked out and escaped once for its lines: asked
        // of the project in the array for each line, it copied the whole project out.
        var shownName: [UInt8] = []
        // Each finding lent from the array's buffer: `for f in findings` copied every one out.
        findings.withUnsafeBufferPointer { findings in
            for k in findings.indices {
                var asItIs = FindingStrings()
                if writingElements {
                    if k > 0 { json.raw(",\n") }
                    json.indent(2)
                    json.finding(at: findings.baseAddress! + k, depth: 2, asItIs: &asItIs)
                }
                let projectIndex = findings[k].projectIndex
                if group != .some(projectIndex) {
                    group = .some(projectIndex)
                    out.raw("\n")
                    if let i = projectIndex {
                        let code = document.projects[i].code
                        var name = TextBytes(safe: safe)
                        appendShownName(document.projects[i].shownName, to: &name)
                        shownName = name.bytes
                        out.integer(document.projects[i].number)
                        out.raw(". ")
                        out.bytes(shownName[...])
                        // A table without a 项目编码 row has no code to show, not an empty bracket.
                        if !code.isEmpty {
                            out.raw("（")
                            out.text(code)
                            out.raw("）")
                        }
                        out.raw("\n")
                    } else {
                        out.raw("部门\n")
                    }
                }
                appendLine(at: findings.baseAddress! + k, document: document, sourcePath: pathBytes, shownName: shownName,
                           asItIs: asItIs, to: &out)
                out.raw("\n")
            }
        }
        if !staleWaivers.isEmpty {
            out.raw("\n已失效的豁免（问题已不存在，可用 jixiao unwaive 取消）\n")
            for w in staleWaivers { out.text("  \(w.place) [\(w.rule)]：\(w.reason)（\(w.reviewer)）\n") }
        }
        out.raw("\n")
        out.text(summary(findings, document: document))
        out.raw("\n")
        return out.bytes
    }

    /// The findings across documents (`RuleEngine.checkSet`), after each document's own:
    /// a heading, then each document that has any with its findings, one a line as above
    /// (each names the other documents in its message); nil when there are none.
    public static func renderSet(_ findings: [String: [Finding]], members: [DocumentSetMember],
                                 staleWaivers: [String: [Waiver]] = [:]) -> String? {
        let total = findings.values.reduce(0) { $0 + $1.count } + staleWaivers.values.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        var out = ["跨文档检查（工作区里 \(members.count) 份文本之间）"]
        for member in members {
            let list = findings[member.id] ?? [], stale = staleWaivers[member.id] ?? []
            guard !list.isEmpty || !stale.isEmpty else { continue }
            out.append("")
            out.append(member.label)
            out += list.map { line($0, document: member.document, sourcePath: member.id + "/source.txt") }
            if !stale.isEmpty {
                out.append("已失效的豁免（问题已不存在，可用 jixiao unwaive 取消）")
                for w in stale { out.append("  \(w.place) [\(w.rule)]：\(w.reason)（\(w.reviewer)）") }
            }
        }
        let all = findings.values.flatMap { $0 }.filter(\.isOpen)
        let c = { (s: Severity) in all.filter { $0.severity == s }.count }
        out.append("")
        out.append("跨文档共 \(c(.error)) 个错误、\(c(.warning)) 个警告、\(c(.info)) 个提示，涉及 \(findings.values.filter { !$0.isEmpty }.count) 份文本")
        return out.joined(separator: "\n") + "\n"
    }

    /// `430001-2021/source.txt:137: 3.公共机构节能经费 › 产出指标/数量指标/… › 指标值: 错误: … 建议：… [rule]`
    public static func line(_ f: Finding, document: Document, sourcePath: String) -> String {
        var s = TextBytes(safe: false)
        appendLine(f, document: document, sourcePath: sourcePath, to: &s)
        return String(decoding: s.bytes, as: UTF8.self)
    }

    static func appendLine(_ f: Finding, document: Document, sourcePath: String, to s: inout TextBytes) {
        withUnsafePointer(to: f) { appendLine(at: $0, document: document, sourcePath: sourcePath, to: &s) }
    }

    /// The same, the finding read in place (passed by value, it was copied out of the
    /// array: every string in it retained and released).
    static func appendLine(at f: UnsafePointer<Finding>, document: Document, sourcePath: String, to s: inout TextBytes) {
        var path = TextBytes(safe: s.safe)
        path.text(sourcePath)
        appendLine(at: f, document: document, sourcePath: path.bytes, shownName: nil, asItIs: [], to: &s)
    }

    /// The same, the source's path (`sourcePath`) and, when the caller knows it, the
    /// finding's project's shown name as written already (escaped when `s` is safe); the
    /// strings in `asItIs` need no escape and are copied as they are.
    static func appendLine(at f: UnsafePointer<Finding>, document: Document, sourcePath: [UInt8], shownName: [UInt8]?,
                           asItIs: FindingStrings, to s: inout TextBytes) {
        s.bytes(sourcePath[...])
        s.raw(":")
        s.integer(f.pointee.location.line)
        s.raw(": ")
        if let i = f.pointee.projectIndex {
            s.integer(document.projects[i].number)
            s.raw(".")
            if let shownName { s.bytes(shownName[...]) } else { appendShownName(document.projects[i].shownName, to: &s) }
            s.raw(" › ")
        }
        appendPlace(f.pointee.location, asItIs: asItIs, to: &s)
        s.raw(": ")
        s.text(f.pointee.severity.chinese)
        s.raw(": ")
        s.text(f.pointee.message, asItIs: asItIs.contains(.message))
        if let suggestion = f.pointee.suggestion {
            s.raw("。建议：")
            s.text(suggestion, asItIs: asItIs.contains(.suggestion))
        }
        s.raw("  [")
        s.text(f.pointee.rule, asItIs: asItIs.contains(.rule))
        s.raw("]")
        if let w = f.pointee.waiver {
            s.raw("  （已豁免：")
            s.text(w.reason)
            s.raw(" —— ")
            s.text(w.reviewer)
            s.raw("）")
        }
    }

    /// A project's name, or what stands for it when the table left it empty (as `show` says).
    static func appendShownName(_ name: String, to s: inout TextBytes) {
        if name.isEmpty { s.raw("（项目名称为空）") } else { s.text(name) }
    }

    /// `产出指标/数量指标/公共机构节能工作经费金额 › 指标值`, or the part's name.
    public static func place(_ l: Location) -> String {
        var s = TextBytes(safe: false)
        appendPlace(l, to: &s)
        return String(decoding: s.bytes, as: UTF8.self)
    }

    /// `asItIs`: the levels that need no escape.
    static func appendPlace(_ l: Location, asItIs: FindingStrings = [], to s: inout TextBytes) {
        guard l.part == .indicator else {
            s.text(l.part.chinese)
            return
        }
        // The levels that are there and not empty, `/` between them; `绩效指标` when none is.
        var levels = 0
        func add(_ level: String?, _ plain: FindingStrings) {
            guard let level, !level.isEmpty else { return }
            if levels > 0 { s.raw("/") }
            s.text(level, asItIs: asItIs.contains(plain))
            levels += 1
        }
        add(l.level1, .level1)
        add(l.level2, .level2)
        add(l.level3, .level3)
        if levels == 0 { s.raw("绩效指标") }
        if let field = l.field {
            s.raw(" › ")
            s.text(field.chinese)
        }
    }

    /// The open findings counted, and the waived ones after them when there are any.
    public static func summary(_ findings: [Finding], document: Document) -> String {
        // Counted in place (every document's text ends with this): no finding copied, the
        // document's projects marked in an array.
        var errors = 0, warnings = 0, infos = 0
        var marked = [Bool](repeating: false, count: document.projects.count)
        var projects = 0
        var elsewhere = Set<Int>()
        for k in findings.indices where findings[k].isOpen {
            switch findings[k].severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            guard let i = findings[k].projectIndex else { continue }
            if marked.indices.contains(i) {
                if !marked[i] { marked[i] = true; projects += 1 }
            } else if elsewhere.insert(i).inserted {
                projects += 1
            }
        }
        let openCount = errors + warnings + infos
        let waived = findings.count - openCount
        let c = { (s: Severity) in s == .error ? errors : s == .warning ? warnings : infos }
        let also = waived > 0 ? "；另有 \(waived) 个已豁免" : ""
        if findings.isEmpty { return "没有发现问题（\(document.projects.count) 个项目）" }
        if openCount == 0 { return "没有未处理的问题（\(document.projects.count) 个项目）" + also }
        return "共 \(c(.error)) 个错误、\(c(.warning)) 个警告、\(c(.info)) 个提示，涉及 \(projects) 个项目（共 \(document.projects.count) 个）" + also
    }
}
