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
        var out: [String] = []
        let dep = document.department
        out.append("\(dep.name) \(dep.year) 年部门预算绩效文本（\(document.id)）")
        var group: Int?? = .none
        for f in findings {
            if group != .some(f.projectIndex) {
                group = .some(f.projectIndex)
                out.append("")
                if let i = f.projectIndex {
                    let p = document.projects[i]
                    // A table without a 项目编码 row has no code to show, not an empty bracket.
                    out.append("\(p.number). \(shownName(p))" + (p.code.isEmpty ? "" : "（\(p.code)）"))
                } else {
                    out.append("部门")
                }
            }
            out.append(line(f, document: document, sourcePath: sourcePath))
        }
        if !staleWaivers.isEmpty {
            out.append("")
            out.append("已失效的豁免（问题已不存在，可用 jixiao unwaive 取消）")
            for w in staleWaivers { out.append("  \(w.place) [\(w.rule)]：\(w.reason)（\(w.reviewer)）") }
        }
        out.append("")
        out.append(summary(findings, document: document))
        return out.joined(separator: "\n") + "\n"
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
        var where_ = "\(sourcePath):\(f.location.line): "
        if let i = f.projectIndex {
            let p = document.projects[i]
            where_ += "\(p.number).\(shownName(p)) › "
        }
        where_ += place(f.location)
        var s = "\(where_): \(f.severity.chinese): \(f.message)"
        if let suggestion = f.suggestion { s += "。建议：\(suggestion)" }
        s += "  [\(f.rule)]"
        if let w = f.waiver { s += "  （已豁免：\(w.reason) —— \(w.reviewer)）" }
        return s
    }

    /// A project's name, or what stands for it when the table left it empty (as `show` says).
    static func shownName(_ p: Project) -> String { p.name.isEmpty ? "（项目名称为空）" : p.name }

    /// `产出指标/数量指标/公共机构节能工作经费金额 › 指标值`, or the part's name.
    public static func place(_ l: Location) -> String {
        guard l.part == .indicator else { return l.part.chinese }
        let path = [l.level1, l.level2, l.level3].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "/")
        let field = l.field?.chinese
        return [path.isEmpty ? "绩效指标" : path, field].compactMap { $0 }.joined(separator: " › ")
    }

    /// The open findings counted, and the waived ones after them when there are any.
    public static func summary(_ findings: [Finding], document: Document) -> String {
        let open = findings.filter(\.isOpen)
        let waived = findings.count - open.count
        let c = { (s: Severity) in open.filter { $0.severity == s }.count }
        let projects = Set(open.compactMap(\.projectIndex)).count
        let also = waived > 0 ? "；另有 \(waived) 个已豁免" : ""
        if findings.isEmpty { return "没有发现问题（\(document.projects.count) 个项目）" }
        if open.isEmpty { return "没有未处理的问题（\(document.projects.count) 个项目）" + also }
        return "共 \(c(.error)) 个错误、\(c(.warning)) 个警告、\(c(.info)) 个提示，涉及 \(projects) 个项目（共 \(document.projects.count) 个）" + also
    }
}
