import JixiaoModel
import JixiaoRules

/// The words every export uses for the same things, so a workbook, a web page and a
/// Markdown file say them alike.
enum ExportText {
    /// `秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效文本`.
    static func title(_ d: Document) -> String {
        "\(d.department.name) \(d.department.year) 年部门预算绩效文本"
    }

    /// `定稿` or `草稿`.
    static func stage(_ input: ExportInput) -> String { input.draftNote == nil ? "定稿" : "草稿" }

    /// Where the export comes from: `导出自 Jixiao 工作区 430001-2021，截至日志第 12 条（…）`.
    static func provenance(_ r: ExportRecord) -> String {
        // A second round's export says which version of the unit's text it is of.
        var s = "Jixiao 导出：\(r.documentID)" + (r.version > 1 ? "（第 \(r.version) 版，修改稿）" : "") + "，截至\(r.journalLine)"
        if !r.dateTime.isEmpty { s += "，\(r.dateTime)" }
        return s
    }

    /// `通过`, `退回`, `待审`.
    static func status(_ d: Document, _ index: Int) -> String { d.review.status(ofProjectAt: index).chinese }

    /// An opinion as one line: `退回：… —— 张三 2021-03-01 10:00（UTC+08:00）`.
    static func opinion(_ o: Opinion, utcOffset: Int) -> String {
        "\(o.text)（\(o.reviewer)，\(ExportRecord.local(o.time, utcOffset: utcOffset))）"
    }

    /// The three budget amounts, each with a note on how it came to be when the table
    /// did not simply print it (表中未填, 推算, 原文 as printed).
    /// `cell`: the amount in a column of 元 (`Project.amountCell`: as printed when of unknown unit).
    static func budgetLines(_ p: Project) -> [(label: String, amount: Money?, note: String, cell: String?)] {
        [(Budget.Part.total, "预算数"), (.fiscal, "财政资金"), (.other, "其他资金")].map { part, label in
            let f = p.budget.figure(part)
            var note = ""
            switch f.source {
            case .stated:
                if let printed = f.printed { note = "原文“\(printed)”" + (f.defect.map { "：\($0.chinese)" } ?? "") }
            case .derived:
                note = part == .total ? "表中未填，按财政资金与其他资金推算" : "表中未填，按分项推算"
            case .missing:
                note = "表中未填"
            }
            let amount = f.source == .missing ? nil : p.budget.amount(part)
            return (label, amount, note, amount.map { p.amountCell($0, printed: f.printed) })
        }
    }

    /// Where a finding is, within its project: `绩效指标第 3 行 › 指标值`, `资金用途`.
    static func place(_ f: Finding) -> String {
        if f.location.part == .indicator, let row = f.location.row {
            return "绩效指标第 \(row) 行" + (f.location.field.map { " › \($0.chinese)" } ?? "")
        }
        return f.location.part.chinese
    }

    /// A finding as one line: `错误：… 建议：…`.
    static func finding(_ f: Finding) -> String {
        "\(f.severity.chinese)：\(f.message)" + (f.suggestion.map { "。建议：\($0)" } ?? "")
    }

    /// The findings of a project by severity: `错误 1、警告 2、提示 0`.
    static func counts(_ findings: [Finding]) -> String {
        Severity.allCases.map { s in "\(s.chinese) \(findings.filter { $0.severity == s }.count)" }.joined(separator: "、")
    }

    /// A money amount in 元 with thousands separators: `9,096,580.00`.
    static func yuan(_ m: Money) -> String { m.grouped }
}
