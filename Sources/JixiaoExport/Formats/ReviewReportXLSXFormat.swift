import JixiaoModel
import JixiaoReports
import JixiaoRules

/// The 审核意见书 as an Excel workbook: the opinion itself on the first sheet, laid out
/// for A4 (综合评定 with the score table, the summary with its total as a formula, each
/// project's opinions by section), and a 需补充完善事项 sheet — one row per item, with
/// an empty column for the unit's answer, filterable — that the unit can fill in and
/// send back.
public struct ReviewReportXLSXFormat: ExportFormat {
    public init() {}

    public var id: String { "report-xlsx" }
    public var option: String { "xlsx" }
    public var title: String { "审核意见书（Excel 工作簿）" }
    public var fileExtension: String { "xlsx" }
    public var kind: ExportKind { .report }

    typealias Style = XLSXWorkbook.Style

    public func render(_ input: ExportInput) throws -> [UInt8] {
        let r = input.reviewReport
        let book = try XLSXWorkbook(title: r.title, author: r.reviewers.joined(separator: "、"), company: r.bureau,
                                    createdAt: input.record.epochSeconds)
        writeOpinion(book.sheet("审核意见书"), r)
        writeChecklist(book.sheet("需补充完善事项"), r)
        return try book.close()
    }

    func writeOpinion(_ s: XLSXSheet, _ r: ReviewReport) {
        let widths: [Double] = [8, 40, 16, 9, 8, 8, 8]
        for (c, w) in widths.enumerated() { s.width(c, w) }
        let last = widths.count - 1
        let full = widths.reduce(0, +)
        var row = 0
        func line(_ text: String, _ style: Style = XLSXFormat.plain) {
            s.merge(row...row, 0...last, text, style)
            s.height(row, XLSXSheet.rowHeight([(text, full)]))
            row += 1
        }
        func heading(_ text: String) {
            row += 1
            line(text, Style(bold: true, size: 12, border: false))
        }
        s.merge(row...row, 0...last, r.title, XLSXFormat.title)
        s.height(row, 26)
        row += 1
        for (k, v) in [("单位", r.unit.isEmpty ? r.department : r.unit), ("审核单位", r.bureau.isEmpty ? "—" : r.bureau),
                       ("审核人", r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、")), ("日期", r.date.isEmpty ? "—" : r.date)] {
            s.text(row, 0, k, XLSXFormat.label)
            s.merge(row...row, 1...last, v, XLSXFormat.wrapped)
            row += 1
        }
        line(r.provenance, Style(color: 0x666666, border: false))

        heading("一、综合评定")
        for l in ReviewReportText.gradeLines(r) { line(l) }
        let scoreHeader = ["审核维度", "", "", "错误", "警告", "提示", "得分"]
        for (c, h) in scoreHeader.enumerated() where c != 1 && c != 2 { s.text(row, c, h, XLSXFormat.header) }
        s.merge(row...row, 0...2, "审核维度", XLSXFormat.header)
        row += 1
        let first = row
        for d in r.dimensions {
            s.merge(row...row, 0...2, d.name, XLSXFormat.wrapped)
            s.number(row, 3, Double(d.errors), XLSXFormat.count)
            s.number(row, 4, Double(d.warnings), XLSXFormat.count)
            s.number(row, 5, Double(d.infos), XLSXFormat.count)
            if let score = d.score { s.number(row, 6, score, Style(number: "0.0", align: .right)) } else { s.text(row, 6, "—", Style(align: .right)) }
            row += 1
        }
        s.merge(row...row, 0...2, "合计", XLSXFormat.label)
        for (c, total) in [(3, r.dimensions.reduce(0) { $0 + $1.errors }), (4, r.dimensions.reduce(0) { $0 + $1.warnings }),
                           (5, r.dimensions.reduce(0) { $0 + $1.infos })] {
            let col = XLSXFormat.column(c)
            s.formula(row, c, "=SUM(\(col)\(first + 1):\(col)\(row))", value: Double(total), Style(bold: true, number: "0", align: .right, fill: 0xF2F2F2))
        }
        if let score = r.grade?.score { s.number(row, 6, score, Style(bold: true, number: "0.0", align: .right, fill: 0xF2F2F2)) } else { s.text(row, 6, "—", XLSXFormat.label) }
        row += 1
        line("评定理由：" + (r.reasons.isEmpty ? "规则未发现问题" : "\n" + r.reasons.map { "- " + $0 }.joined(separator: "\n")))

        heading("二、审核情况")
        for (c, h) in ["序号", "项目名称", "预算数（元）", "审核", "错误", "警告", "提示"].enumerated() { s.text(row, c, h, XLSXFormat.header) }
        row += 1
        let top = row
        for p in r.projects {
            s.number(row, 0, Double(p.number), XLSXFormat.count)
            s.text(row, 1, p.name, XLSXFormat.wrapped)
            // A figure of unknown unit is text, as printed: not a number of 元 the total's SUM adds.
            if let budget = p.budget, !p.budgetUnitUnprinted { s.number(row, 2, budget.yuanDouble, XLSXFormat.money) } else { s.text(row, 2, p.budgetCell, Style(align: .right)) }
            s.text(row, 3, p.status.chinese, Style(align: .center, fill: XLSXFormat.statusFill(p.status)))
            for (k, sev) in Severity.allCases.enumerated() { s.number(row, 4 + k, Double(p.count(sev)), XLSXFormat.count) }
            s.height(row, XLSXSheet.rowHeight([(p.name, widths[1])]))
            row += 1
        }
        s.text(row, 0, "", XLSXFormat.label)
        s.text(row, 1, "合计 \(r.projects.count) 个项目（通过 \(r.approvedCount)，退回 \(r.returnedCount)）" + r.totalBudgetNote, XLSXFormat.label)
        if row > top, let total = r.totalBudget {
            let leftOut = r.projects.indices.filter { r.projects[$0].isDepartmentWide }.map { top + $0 }
            s.formula(row, 2, XLSXFormat.sum(column: 2, rows: top...(row - 1), leavingOut: leftOut), value: total.yuanDouble,
                      Style(bold: true, number: "#,##0.00", align: .right, fill: 0xF2F2F2))
        } else if row > top {
            s.text(row, 2, r.totalBudgetCell, Style(bold: true, align: .right, fill: 0xF2F2F2))
        }
        for c in 3...6 { s.text(row, c, "", XLSXFormat.label) }
        row += 1
        for removed in r.removedLines { line(removed, Style(border: false)) }

        heading("三、各项目审核意见")
        for (k, p) in r.projects.enumerated() {
            line("（\(ReviewReportText.chineseNumber(k + 1))）\(p.number). \(p.name)", Style(bold: true, fill: 0xE8E8E8))
            line("项目编码 \(p.code.isEmpty ? "—" : p.code)；预算数 \(p.budgetSaid)；审核状态：\(p.status.chinese)",
                 Style(wrap: true, fill: XLSXFormat.statusFill(p.status)))
            if !p.opinions.isEmpty {
                line("审核意见：\n" + p.opinions.map { "- " + r.opinion($0) }.joined(separator: "\n"), Style(wrap: true, fill: 0xFFF6E0))
            }
            for (n, sec) in p.sections.enumerated() {
                let items = sec.items.map(ReviewReportText.item)
                let worst = sec.items.map(\.severity).min()
                line("\(n + 1). \(sec.section.rawValue)：" + (items.isEmpty ? "无" : "\n" + items.joined(separator: "\n")),
                     Style(wrap: true, fill: worst.map(XLSXFormat.severityFill)))
            }
            line("需补充完善事项：" + (p.checklist.isEmpty ? "无" : "\n" + p.checklist.enumerated().map { "□ \($0.offset + 1). \($0.element)" }.joined(separator: "\n")))
        }
        heading("四、部门层面审核意见")
        line(r.general.isEmpty ? "无" : r.general.map(ReviewReportText.item).joined(separator: "\n"))
        heading("五、豁免的问题")
        line(r.waivers.isEmpty ? "无（审核人未豁免任何问题）" : r.waivers.map { ReviewReportText.waiver($0, r) }.joined(separator: "\n"))
        row += 1
        line("审核人：\(r.reviewers.isEmpty ? "—" : r.reviewers.joined(separator: "、"))　　日期：\(r.date.isEmpty ? "—" : r.date)",
             Style(align: .right, border: false))
        s.printSetup(landscape: false)
    }

    func writeChecklist(_ s: XLSXSheet, _ r: ReviewReport) {
        let headers = ["序号", "项目序号", "项目名称", "审核意见栏", "级别", "位置", "需补充完善事项", "单位整改情况"]
        let widths: [Double] = [6, 8, 26, 16, 7, 30, 60, 30]
        for (c, w) in widths.enumerated() { s.width(c, w) }
        for (c, h) in headers.enumerated() { s.text(0, c, h, XLSXFormat.header) }
        var row = 1
        for p in r.projects {
            for sec in p.sections {
                for i in sec.items where i.severity != .info {
                    let todo = i.suggestion ?? i.message
                    s.number(row, 0, Double(row), XLSXFormat.count)
                    s.number(row, 1, Double(p.number), XLSXFormat.count)
                    s.text(row, 2, p.name, XLSXFormat.wrapped)
                    s.text(row, 3, sec.section.rawValue, XLSXFormat.wrapped)
                    s.text(row, 4, i.severity.chinese, Style(align: .center, fill: XLSXFormat.severityFill(i.severity)))
                    s.text(row, 5, i.place, XLSXFormat.wrapped)
                    s.text(row, 6, todo, XLSXFormat.wrapped)
                    s.text(row, 7, "", XLSXFormat.wrapped)
                    s.height(row, XLSXSheet.rowHeight([(todo, widths[6]), (i.place, widths[5]), (p.name, widths[2])]))
                    row += 1
                }
            }
        }
        s.freeze(rows: 1)
        s.autofilter(0...max(row - 1, 1), 0...(headers.count - 1))
        s.printSetup(landscape: true, titleRows: 0...0)
    }
}
