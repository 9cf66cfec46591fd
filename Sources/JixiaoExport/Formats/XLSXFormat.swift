import JixiaoModel
import JixiaoSpreadsheet
import JixiaoRules
import JixiaoText

/// The document as an Excel workbook for the bureau: an overview sheet (projects, 预算数,
/// status, findings by severity, totals as formulas), one sheet per project in the
/// 绩效目标表 layout — merged 一级/二级 cells, columns wide enough for Chinese, wrapped
/// cells, amounts as numbers in 千分位 format, the review status, opinions and findings
/// in a column beside the table — and a findings sheet, one row per finding, filterable.
/// A draft says so in the first row of the overview and of each project sheet.
public struct XLSXFormat: ExportFormat {
    public init() {}

    public var id: String { "xlsx" }
    public var title: String { "Excel 工作簿" }
    public var fileExtension: String { "xlsx" }
    public var kind: ExportKind { .document }

    typealias Style = XLSXWorkbook.Style
    static let money = Style(number: "#,##0.00", align: .right)
    static let count = Style(number: "0", align: .right)
    static let label = Style(bold: true, wrap: true, fill: 0xF2F2F2)
    static let header = Style(bold: true, wrap: true, align: .center, vertical: .center, fill: 0xD9D9D9)
    static let wrapped = Style(wrap: true)
    static let draft = Style(bold: true, align: .center, vertical: .center, color: 0xC00000, size: 12, border: false)
    static let title = Style(bold: true, align: .center, vertical: .center, size: 14, border: false)
    static let plain = Style(wrap: true, border: false)

    static func severityFill(_ s: Severity) -> UInt32 {
        switch s {
        case .error: 0xFDE2E2
        case .warning: 0xFFF3CD
        case .info: 0xE7F1FF
        }
    }

    static func statusFill(_ s: ReviewStatus) -> UInt32 {
        switch s {
        case .approved: 0xE3F4E3
        case .returned: 0xFDE2E2
        case .pending: 0xFFF3CD
        }
    }

    public func render(_ input: ExportInput) throws -> [UInt8] {
        let d = input.document
        let book = try XLSXWorkbook(title: ExportText.title(d) + "（\(ExportText.stage(input))）",
                                    author: input.record.reviewerNames, company: d.department.reviewedBy,
                                    createdAt: input.record.epochSeconds)
        let overview = book.sheet("概览")
        let frontLines = Self.frontLines(d)
        let front = frontLines.isEmpty ? nil : book.sheet("封面与第一部分")
        let projectSheets = d.projects.map { book.sheet("\($0.number).\($0.name.isEmpty ? $0.heading : $0.name)") }
        let findingsSheet = book.sheet("问题清单")
        writeOverview(overview, input, sheetNames: projectSheets.map(\.name))
        if let front { writeFront(front, frontLines) }
        for (k, sheet) in projectSheets.enumerated() { writeProject(sheet, input, k) }
        writeFindings(findingsSheet, input)
        return try book.close()
    }

    // MARK: 封面与第一部分

    /// The document before its tables — title block, 目录, 第一部分 — as the text export
    /// writes it (`DocumentWriter`), a line a row: so that the workbook holds the whole
    /// document and reads back as it (a unit's changed copy is then compared with the first
    /// round part by part, not as a document that lost its 第一部分). Empty when the
    /// document has neither 目录 nor 第一部分.
    static func frontLines(_ d: Document) -> [String] {
        guard !d.contents.isEmpty || !d.overall.summary.isEmpty || !d.overall.subGoals.isEmpty || !d.overall.measures.isEmpty
        else { return [] }
        let lines = DocumentWriter.write(d).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Up to the 第二部分 heading and its title: the tables follow on their own sheets.
        guard let second = lines.lastIndex(of: "第二部分") else { return lines }
        let end = lines[(second + 1)...].firstIndex { !$0.isEmpty } ?? second
        return Array(lines[...end])
    }

    func writeFront(_ s: XLSXSheet, _ lines: [String]) {
        s.width(0, 90)
        s.width(1, 10)
        for (r, line) in lines.enumerated() {
            for (c, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                s.text(r, c, String(cell), Style(wrap: true, border: false))
            }
        }
    }

    // MARK: 概览

    func writeOverview(_ s: XLSXSheet, _ input: ExportInput, sheetNames: [String]) {
        let d = input.document
        let headers = ["序号", "项目编码", "项目名称", "预算数（元）", "财政资金（元）", "其他资金（元）", "审核状态", "错误", "警告", "提示", "审核意见", "工作表"]
        let widths: [Double] = [6, 24, 36, 16, 16, 16, 10, 7, 7, 7, 48, 24]
        for (c, w) in widths.enumerated() { s.width(c, w) }
        let last = headers.count - 1
        var r = 0
        if let note = input.draftNote {
            s.merge(r...r, 0...last, "【\(note)】", Self.draft)
            s.height(r, 22)
            r += 1
        }
        // The document's own 草案 mark, as its title prints it; the export's stage apart from
        // it (`（草案）（定稿）` read as two marks of the document, and contradicting ones).
        s.merge(r...r, 0...last, ExportText.title(d) + (d.department.isDraft ? "（草案）" : "") + "　审核\(ExportText.stage(input))", Self.title)
        s.height(r, 24)
        r += 1
        let unit = [d.department.code, d.department.unitName].filter { !$0.isEmpty }.joined(separator: " ")
        var meta = ["单位：" + (unit.isEmpty ? "—" : unit)]
        if !d.department.reviewedBy.isEmpty { meta.append("审核：" + d.department.reviewedBy) }
        meta.append("审核人：" + input.record.reviewerNames)
        s.merge(r...r, 0...last, meta.joined(separator: "　"), Self.plain)
        r += 1
        s.merge(r...r, 0...last, ExportText.provenance(input.record), Style(color: 0x666666, border: false))
        r += 2
        let headerRow = r
        for (c, h) in headers.enumerated() { s.text(r, c, h, Self.header) }
        s.height(r, 30)
        r += 1
        let first = r
        for (k, p) in d.projects.enumerated() {
            let f = input.findings(ofProjectAt: k)
            let status = d.review.status(ofProjectAt: k)
            let opinions = d.review.projects[String(k + 1)]?.opinions ?? []
            s.number(r, 0, Double(p.number), Self.count)
            s.text(r, 1, p.code, Self.wrapped)
            s.text(r, 2, p.name, Self.wrapped)
            for (c, part) in Budget.Part.allCases.enumerated() {
                let amount = p.budget.amount(part)
                // A figure of unknown unit (`814`, 元 or 万元) is not a number of 元: said as
                // printed, as text, which Excel's SUM passes over.
                if amount != .zero, p.isOfUnknownUnit(printed: p.budget.figure(part).printed) {
                    s.text(r, 3 + c, p.amountCell(amount, printed: p.budget.figure(part).printed), Style(align: .right))
                } else {
                    s.number(r, 3 + c, amount.yuanDouble, Self.money)
                }
            }
            s.text(r, 6, status.chinese, Style(align: .center, fill: Self.statusFill(status)))
            for (c, sev) in Severity.allCases.enumerated() {
                let n = f.filter { $0.severity == sev }.count
                s.number(r, 7 + c, Double(n), n > 0 ? Style(number: "0", align: .right, fill: Self.severityFill(sev)) : Self.count)
            }
            let opinionText = opinions.map { ExportText.opinion($0, utcOffset: input.record.utcOffset) }.joined(separator: "\n")
            s.text(r, 10, opinionText, Self.wrapped)
            s.text(r, 11, sheetNames[k], Self.wrapped)
            s.height(r, XLSXSheet.rowHeight([(p.name, widths[2]), (opinionText, widths[10]), (p.code, widths[1])]))
            r += 1
        }
        let lastProject = r - 1
        s.text(r, 0, "", Self.label)
        s.text(r, 1, "", Self.label)
        let unprinted = d.unprintedUnitTables.unprinted
        s.text(r, 2, "合计（\(d.projects.count) 个项目）" + d.totalBudgetNote
                     + (unprinted > 0 ? "（另有 \(unprinted) 个项目表未印金额单位，未计入）" : ""), Self.label)
        if lastProject >= first {
            for (c, part) in Budget.Part.allCases.enumerated() {
                // The amounts' sums leave a 部门整体支出绩效目标表's row out, as the totals do
                // (its row subtracted only where it holds a number: text is no term of a sum).
                let number = { (p: Project) in
                    p.budget.amount(part) == .zero || !p.isOfUnknownUnit(printed: p.budget.figure(part).printed)
                }
                let leftOut = d.projects.indices.filter { d.projects[$0].isDepartmentWide && number(d.projects[$0]) }.map { first + $0 }
                let value = d.projects.filter { !$0.isDepartmentWide && number($0) }.reduce(Money.zero) { $0 + $1.budget.amount(part) }
                s.formula(r, 3 + c, Self.sum(column: 3 + c, rows: first...lastProject, leavingOut: leftOut), value: value.yuanDouble,
                          Style(bold: true, number: "#,##0.00", align: .right, fill: 0xF2F2F2))
            }
            for (k, sev) in Severity.allCases.enumerated() {
                let c = 7 + k
                let value = Double(input.findings.filter { $0.severity == sev && $0.projectIndex != nil }.count)
                s.formula(r, c, "=SUM(\(Self.column(c))\(first + 1):\(Self.column(c))\(lastProject + 1))", value: value,
                          Style(bold: true, number: "0", align: .right, fill: 0xF2F2F2))
            }
        }
        s.text(r, 6, "通过 \(d.approvedProjectCount)/\(d.projects.count)", Self.label)
        s.text(r, 10, "", Self.label)
        s.text(r, 11, "", Self.label)
        r += 1
        let general = input.findings.filter { $0.projectIndex == nil }
        if !general.isEmpty {
            r += 1
            s.merge(r...r, 0...last, "部门层面审核发现的问题（\(ExportText.counts(general))）：" +
                    general.map { ExportText.place($0) + "：" + ExportText.finding($0) }.joined(separator: "\n"), Self.plain)
            s.height(r, XLSXSheet.rowHeight([(general.map(ExportText.finding).joined(separator: "\n") + "\n", widths.reduce(0, +))]))
        }
        s.freeze(rows: headerRow + 1)
        if lastProject >= first { s.autofilter(headerRow...lastProject, 0...last) }
        s.printSetup(landscape: true, titleRows: headerRow...headerRow)
    }

    /// `A`, `B`, … `AA` for a 0-based column.
    /// `=SUM(D5:D17)`, less the cells of rows left out (0-based rows): `=SUM(D5:D17)-D9`.
    static func sum(column c: Int, rows: ClosedRange<Int>, leavingOut: [Int] = []) -> String {
        let col = column(c)
        return "=SUM(\(col)\(rows.lowerBound + 1):\(col)\(rows.upperBound + 1))" + leavingOut.map { "-\(col)\($0 + 1)" }.joined()
    }

    static func column(_ c: Int) -> String { Workbook.columnLetters(c) }

    // MARK: A project's sheet

    func writeProject(_ s: XLSXSheet, _ input: ExportInput, _ k: Int) {
        let d = input.document, p = d.projects[k]
        let table = IndicatorTable(p)
        let n = table.columns.count
        let w = max(n, 6)                       // the header block needs six columns
        let side = w                            // the review column beside the table
        var widths: [Double] = table.columns.map { c in
            switch c.field {
            case nil where c.header == IndicatorField.level1Title: 11
            case .level2?: 12
            case .name?: 20
            case .description?: 30
            case .value?, .basis?: 15
            default: c.isText ? 24 : 11
            }
        }
        while widths.count < w { widths.append(14) }
        widths.append(50)
        for (c, width) in widths.enumerated() { s.width(c, width) }
        let span = { (from: Int) in widths[from..<w].reduce(0, +) }
        let status = d.review.status(ofProjectAt: k)

        var r = 0
        if let note = input.draftNote {
            s.merge(r...r, 0...side, "【\(note)】", Self.draft)
            s.height(r, 22)
            r += 1
        }
        // The heading as the document numbers it (`3.公共机构节能经费绩效目标表`), which
        // begins a table where it is read back; a table printed without one gets a title.
        s.merge(r...r, 0...(w - 1), p.heading.isEmpty ? p.name + "绩效目标表" : "\(p.number).\(p.heading)", Self.title)
        s.text(r, side, "审核", Self.header)
        s.height(r, 26)
        r += 1
        if !p.tableTitle.isEmpty {
            s.merge(r...r, 0...(w - 1), p.tableTitle, Style(align: .center, border: false))
            r += 1
        }
        let unit = [p.unit.code, p.unit.name].filter { !$0.isEmpty }.joined(separator: " ")
        // Only what the table printed, so that it reads back as it was: no placeholder for a
        // unit it did not name (read back, it became the unit's name). A money unit it did not
        // print is not written either (the figures read back bare); its unit's name is then
        // labelled, as a line naming no money unit is no unit line.
        let unitCell = p.unit.currencyUnprinted && !unit.isEmpty ? "单位名称：" + unit : unit
        s.merge(r...r, 0...(w - 3), unitCell, Style(border: false))
        // The table's unit, as printed: the bare figures of its texts are in it. The money
        // block below is written in 元 and says so in its label, which a reader takes first.
        s.merge(r...r, (w - 2)...(w - 1), p.unit.currencyUnprinted ? "" : "单位：\(p.unit.currency)", Style(align: .right, border: false))
        s.text(r, side, "审核状态：\(status.chinese)", Style(bold: true, fill: Self.statusFill(status)))
        r += 1

        let blockStart = r
        func row(_ label: String, _ text: String) {
            s.merge(r...r, 0...1, label, Self.label)
            s.merge(r...r, 2...(w - 1), text, Self.wrapped)
            s.height(r, XLSXSheet.rowHeight([(text, span(2))]))
            r += 1
        }
        row("项目编码", p.code.isEmpty ? "（表中未填）" : p.code)
        row("项目名称", p.name)
        for f in p.facts { row(f.label, f.text) }

        // 预算规模: the three amounts as numbers. How each came to be when not printed plainly
        // is said in the review column beside the block, not under the figures: the unit's
        // columns hold only what the unit wrote, so that the workbook reads back as its tables.
        let lines = ExportText.budgetLines(p)
        let budgetNotes = lines.filter { !$0.note.isEmpty }.map { "\($0.label)：\($0.note)" }
        s.merge(r...(r + 1), 0...1, p.unit.currencyUnprinted ? "预算规模" : "预算规模（元）", Self.label)
        for (c, line) in lines.enumerated() {
            s.text(r, 2 + c, line.label, Self.header)
            if let amount = line.amount {
                s.number(r + 1, 2 + c, amount.yuanDouble, Self.money)
            } else {
                s.text(r + 1, 2 + c, "—", Style(align: .right))
            }
        }
        for c in (2 + lines.count)..<w {
            for dr in 0..<2 { s.text(r + dr, c, "") }
        }
        r += 2
        for item in p.budget.items {
            s.merge(r...r, 0...1, item.label, Self.label)
            if let amount = item.amount {
                s.number(r, 2, amount.yuanDouble, Self.money)
            } else {
                s.text(r, 2, "—", Style(align: .right))
            }
            s.merge(r...r, 3...(w - 1), "原文“\(item.printed)”", Style(color: 0x666666))
            r += 1
        }
        row("资金用途", p.usage)

        if p.spendingPlan.checkpoints.count > w - 2 {
            // More checkpoints than columns (monthly plans): one line, as printed.
            row("资金支出计划（%）", p.spendingPlan.checkpoints.map { "\($0.label) \($0.figure.isEmpty ? "—" : $0.figure)" }
                .joined(separator: "；"))
        } else if !p.spendingPlan.checkpoints.isEmpty || p.layout.hasSpendingPlan {
            let plan = p.spendingPlan.checkpoints
            s.merge(r...(r + 1), 0...1, "资金支出计划（%）", Self.label)
            let room = w - 2
            for c in 0..<room {
                if c < plan.count {
                    let cp = plan[c]
                    s.text(r, 2 + c, cp.label + (cp.labelled ? "" : "*"), Self.header)
                    if let pct = cp.percent {
                        s.number(r + 1, 2 + c, pct.doubleValue / 100, Style(number: "0.00%", align: .right))
                    } else {
                        s.text(r + 1, 2 + c, cp.figure.isEmpty ? "—" : cp.figure, Style(align: .right))
                    }
                } else {
                    s.text(r, 2 + c, "")
                    s.text(r + 1, 2 + c, "")
                }
            }
            r += 2
        }
        row("绩效目标", p.goals.map { "\($0.number). \($0.text)" }.joined(separator: "\n"))
        let blockEnd = r - 1

        // Beside the header block: the opinions and the findings that are not on an indicator row.
        let opinions = d.review.projects[String(k + 1)]?.opinions ?? []
        let other = input.findings(ofProjectAt: k).filter { $0.location.part != .indicator || $0.location.row == nil }
        var sideText = opinions.isEmpty ? "审核意见：无" : "审核意见：\n" + opinions.map { ExportText.opinion($0, utcOffset: input.record.utcOffset) }.joined(separator: "\n")
        if !budgetNotes.isEmpty { sideText += "\n\n预算规模：\n" + budgetNotes.joined(separator: "\n") }
        if !other.isEmpty {
            sideText += "\n\n审核发现的问题：\n" + other.map { ExportText.place($0) + "：" + ExportText.finding($0) }.joined(separator: "\n")
        }
        let worstOther = other.map(\.severity).min()
        s.merge(blockStart...blockEnd, side...side, sideText,
                Style(wrap: true, fill: !opinions.isEmpty ? 0xFFF6E0 : worstOther.map(Self.severityFill)))

        // The indicator table, its header repeated on every printed page.
        let headerRow = r
        for (c, col) in table.columns.enumerated() { s.text(r, c, col.header, Self.header) }
        for c in n..<w { s.text(r, c, "", Self.header) }
        s.text(r, side, "审核发现的问题", Self.header)
        s.height(r, XLSXSheet.rowHeight(table.columns.enumerated().map { ($0.element.header, widths[$0.offset]) }))
        r += 1
        let first = r
        for (i, cells) in table.rows.enumerated() {
            let found = input.findings(ofProjectAt: k, row: i + 1)
            for (c, text) in cells.enumerated() where c > 1 {
                let col = table.columns[c]
                let here = found.filter { col.field != nil && $0.location.field == col.field }
                let fill = here.map(\.severity).min().map(Self.severityFill)
                s.text(r, c, text, Style(wrap: true, fill: fill))
            }
            for c in n..<w { s.text(r, c, "") }
            let problems = found.map { ($0.location.field.map { "\($0.chinese)：" } ?? "") + ExportText.finding($0) }.joined(separator: "\n")
            s.text(r, side, problems, Style(wrap: true, fill: found.map(\.severity).min().map(Self.severityFill)))
            s.height(r, XLSXSheet.rowHeight(cells.enumerated().map { ($0.element, widths[$0.offset]) } + [(problems, widths[side])]))
            r += 1
        }
        for (c, spans) in [(0, table.level1Spans), (1, table.level2Spans)] {
            for sp in spans {
                s.merge((first + sp.lowerBound)...(first + sp.upperBound - 1), c...c, table.rows[sp.lowerBound][c],
                        Style(wrap: true, vertical: .center))
            }
        }
        for note in p.notes {
            s.merge(r...r, 0...(w - 1), note.text, Style(wrap: true, color: 0x444444, border: false))
            s.height(r, XLSXSheet.rowHeight([(note.text, span(0))]))
            r += 1
        }
        s.printSetup(landscape: true, titleRows: headerRow...headerRow)
    }

    // MARK: 问题清单

    func writeFindings(_ s: XLSXSheet, _ input: ExportInput) {
        let d = input.document
        let headers = ["序号", "项目序号", "项目编码", "项目名称", "部分", "指标行", "一级指标", "二级指标", "三级指标", "单元格",
                       "级别", "类别", "规则", "问题", "建议", "原文行号"]
        let widths: [Double] = [6, 8, 24, 28, 12, 7, 11, 12, 20, 12, 7, 8, 30, 60, 40, 8]
        for (c, w) in widths.enumerated() { s.width(c, w) }
        for (c, h) in headers.enumerated() { s.text(0, c, h, Self.header) }
        s.height(0, 30)
        for (n, f) in input.findings.enumerated() {
            let r = n + 1
            let p = f.projectIndex.map { d.projects[$0] }
            s.number(r, 0, Double(n + 1), Self.count)
            if let p { s.number(r, 1, Double(p.number), Self.count) } else { s.text(r, 1, "") }
            s.text(r, 2, p?.code ?? "", Self.wrapped)
            s.text(r, 3, p?.name ?? "（部门）", Self.wrapped)
            s.text(r, 4, f.location.part.chinese)
            if let row = f.location.row { s.number(r, 5, Double(row), Self.count) } else { s.text(r, 5, "") }
            s.text(r, 6, f.location.level1 ?? "", Self.wrapped)
            s.text(r, 7, f.location.level2 ?? "", Self.wrapped)
            s.text(r, 8, f.location.level3 ?? "", Self.wrapped)
            s.text(r, 9, f.location.field?.chinese ?? "")
            s.text(r, 10, f.severity.chinese, Style(align: .center, fill: Self.severityFill(f.severity)))
            s.text(r, 11, RuleCatalogue.rule(f.rule)?.category.rawValue ?? "")
            s.text(r, 12, f.rule, Self.wrapped)
            s.text(r, 13, f.message, Self.wrapped)
            s.text(r, 14, f.suggestion ?? "", Self.wrapped)
            s.number(r, 15, Double(f.location.line), Self.count)
            s.height(r, XLSXSheet.rowHeight([(f.message, widths[13]), (f.suggestion ?? "", widths[14]), (p?.name ?? "", widths[3]),
                                             (f.location.level3 ?? "", widths[8])]))
        }
        s.freeze(rows: 1)
        s.autofilter(0...max(input.findings.count, 1), 0...(headers.count - 1))
        s.printSetup(landscape: true, titleRows: 0...0)
    }
}
