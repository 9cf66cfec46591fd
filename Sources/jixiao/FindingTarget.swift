import JixiaoModel
import JixiaoRules

/// The finding (or waiver) a command names: project or 部门, rule, and optionally row and cell.
struct FindingTarget {
    var projectIndex: Int?
    var rule: String
    var row: Int?
    var field: IndicatorField?
    var name: String

    init(project: String, rule: String, row: Int?, field: String?, in doc: Document) throws {
        if namesDepartment(project) {
            projectIndex = nil
            name = "部门"
        } else {
            let i = try jixiao.projectIndex(project, in: doc)
            projectIndex = i
            name = "项目 \(doc.projects[i].number)"
        }
        guard RuleCatalogue.rule(rule) != nil else {
            let close = RuleCatalogue.all.map(\.id).filter { $0.contains(rule) || rule.contains($0) }
            throw CommandLineError("没有编号为 \(rule) 的规则",
                                   hint: close.isEmpty ? "jixiao check 每行末尾方括号里是规则编号" : "是否要找 \(close.joined(separator: "、"))")
        }
        self.rule = rule
        self.row = row
        if let field {
            guard let f = IndicatorField(rawValue: field) else {
                throw CommandLineError("无法识别的单元格“\(field)”", hint: "level2、name、description、value 或 basis")
            }
            self.field = f
        }
    }

    func matches(_ f: Finding) -> Bool {
        f.rule == rule && f.projectIndex == projectIndex && (row == nil || f.location.row == row)
            && (field == nil || f.location.field == field)
    }

    func matches(_ w: Waiver) -> Bool {
        w.rule == rule && w.project == projectIndex.map({ $0 + 1 }) && (row == nil || w.row == row) && (field == nil || w.field == field)
    }

    /// No finding here: say what there is.
    func nothingFound(among findings: [Finding], in doc: Document) -> CommandLineError {
        let here = findings.filter { $0.projectIndex == projectIndex }
        let sameRule = here.filter { $0.rule == rule }
        let what = "\(name)没有规则 \(rule) 的问题" + (row.map { "（第 \($0) 行）" } ?? "") + (field.map { "（\($0.chinese)）" } ?? "")
        if !sameRule.isEmpty {
            let rows = sameRule.compactMap(\.location.row).map { "--row \($0)" }
            return CommandLineError(what, hint: "这条规则在\(name)的问题在：" + (rows.isEmpty ? "（不在指标行）" : rows.joined(separator: "、")))
        }
        let rules = Array(Set(here.map(\.rule))).sorted()
        return CommandLineError(what, hint: rules.isEmpty ? "\(name)没有发现问题" : "\(name)的问题来自规则：" + rules.joined(separator: "、"))
    }
}
