import JixiaoModel

/// Writes a `Document` as a 部门预算绩效文本 in the layout the reader reads: the title
/// block, the 目录, 第一部分 in paragraphs and 第二部分 as tab-separated tables.
/// `DocumentReader.read(text: write(d))` gives `d` again, apart from source lines — for a
/// document read from a damaged text, where a text can say it at all: `export` says where not.
public enum DocumentWriter {
    /// `draftNote`, when given, goes on a first line of its own in 【】, which the
    /// reader skips: an export made before every project was approved says so.
    public static func write(_ d: Document, draftNote: String? = nil) -> String {
        var out: [String] = []
        func blank() { out.append("") }

        // Title block.
        if let draftNote { out.append("【\(draftNote)】") }
        blank()
        // The reader joins the title's lines as they are: a name ending in a digit
        // (`…-0.001`) would run into the year and hide it, so it stays on the year's line,
        // a space between.
        let name = d.department.name
        let yearLine = "\(d.department.year) 年部门预算绩效文本"
        let nameEndsInDigit = name.last.map { TextNormalization.halfWidth(String($0)).first!.isNumber } ?? false
        if nameEndsInDigit {
            out.append("**" + name + " " + yearLine + (d.department.isDraft ? "" : "**"))
        } else {
            out.append("**" + name)
            out.append(yearLine + (d.department.isDraft ? "" : "**"))
        }
        if d.department.isDraft { out.append("(草案)**") }
        if !d.department.preparedBy.isEmpty { blank(); out.append(d.department.preparedBy + "编制") }
        if !d.department.reviewedBy.isEmpty { blank(); out.append(d.department.reviewedBy + "审核") }

        // 目录.
        if !d.contents.isEmpty {
            blank(); out.append("目 录")
            // In the 目录's order, each part's heading where the part changes: the order of
            // the entries is the document's, as read.
            var part: Int?
            for e in d.contents {
                if e.part != part {
                    part = e.part
                    blank(); out.append(e.part == 1 ? "第一部分 部门整体绩效目标" : "第二部分 预算项目绩效目标")
                    blank()
                }
                let sep = e.part == 1 ? "、" : "."
                // A title ending in a leader's character (`总体绩效目标.`) keeps it: a space
                // stops the reader's leader there.
                let apart = e.title.last.map { DocumentReader.leaderCharacters.contains($0) } ?? false
                out.append((e.number.isEmpty ? "" : e.number + sep) + e.title + (apart ? " " : "") + ".....\t\(e.page)")
            }
        }

        // 第一部分.
        let o = d.overall
        if !o.summary.isEmpty || !o.subGoals.isEmpty || !o.measures.isEmpty {
            blank(); out.append("第一部分")
            blank(); out.append("部门整体绩效目标")
            if !o.summary.isEmpty { out += section("一、总体绩效目标", o.summary) }
            if !o.subGoals.isEmpty {
                blank(); out.append("二、分项绩效目标")
                for g in o.subGoals {
                    blank(); out.append("\(g.number)、绩效目标：\(g.goal)")
                    if !g.indicators.isEmpty { blank(); out.append("绩效指标：\(g.indicators)") }
                }
            }
            if !o.measures.isEmpty { out += section("三、工作保障措施", o.measures) }
        }

        // 第二部分.
        blank(); out.append("第二部分")
        blank(); out.append("预算项目绩效目标")
        for p in d.projects {
            blank()
            if !p.heading.isEmpty {
                out.append("\(p.number).\(p.heading)")
                blank()
            }
            if !p.tableTitle.isEmpty { out.append(p.tableTitle) }
            out.append(table(p))
            for n in p.notes { out.append(n.text) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func paragraph(_ p: Paragraph) -> String {
        p.number.map { "\($0)、" + p.text } ?? p.text
    }

    /// A section of 第一部分: its heading, then each paragraph after a blank line. The
    /// reader joins a line to the paragraph above when that one ends without a full stop
    /// (a PDF's broken sentence, across blank lines too), so where it would join two
    /// paragraphs the heading is printed again between them: a heading ends a paragraph.
    static func section(_ heading: String, _ paragraphs: [Paragraph]) -> [String] {
        var out = ["", heading]
        for (k, p) in paragraphs.enumerated() {
            let text = paragraph(p)
            if k > 0, DocumentReader.continues(paragraph(paragraphs[k - 1]), with: text) { out += ["", heading] }
            out += ["", text]
        }
        return out
    }

    static func row(_ cells: [String]) -> String { cells.joined(separator: "\t") }

    /// One project table, every row with the same cells as the extracted PDF tables; the
    /// indicator columns as the table printed them.
    public static func table(_ p: Project) -> String {
        var rows: [String] = []
        let unit = Money.Unit(printed: p.unit.currency) ?? .yuan
        func figure(_ part: Budget.Part) -> String {
            let f = p.budget.figure(part)
            guard f.source == .stated else { return "" }
            return f.printed ?? p.budget.amount(part).figure(in: unit)
        }
        // A code of fewer than three digits is bracketed, as `[066]` tables print it.
        let unitCell = p.unit.code.isEmpty ? p.unit.name
            : p.unit.code.count < 3 ? "[\(p.unit.code)]\(p.unit.name)" : "\(p.unit.code) \(p.unit.name)"
        if !p.unit.currencyUnprinted {
            rows.append(row([unitCell, "", "", "", "", "单位：\(p.unit.currency)", ""]))
        } else if !unitCell.isEmpty {
            // No unit printed: the unit's name on a row of its own, which reads back as such
            // (a unit line is one that names the money unit).
            rows.append(row(["单位名称", unitCell, "", "", "", "", ""]))
        }
        rows.append(row(["项目编码", p.code, "", "项目名称", p.name, "", ""]))
        for f in p.facts { rows.append(row([f.label, f.text, "", "", "", ""])) }
        rows.append(row(["预算规模及资金用途", "预算数", figure(.total), "其中：财政资金", figure(.fiscal), "其他资金", figure(.other)]))
        for item in p.budget.items { rows.append(row(["", item.label, item.printed, "", "", "", ""])) }
        if !p.usage.isEmpty { rows.append(row(["", p.usage, "", "", "", ""])) }

        if p.layout.hasSpendingPlan || !p.spendingPlan.checkpoints.isEmpty {
            // The header names only the checkpoints the table labelled; a figure without a
            // label follows the others on the figures line, as in the source.
            let labelled = p.spendingPlan.checkpoints.filter(\.labelled)
            var header = ["资金支出计划（%）"]
            var figures = [""]
            for c in labelled {
                header += [c.label, ""]
                figures += [c.figure, ""]
            }
            let unlabelled = p.spendingPlan.checkpoints.filter { !$0.labelled }
            if !unlabelled.isEmpty {
                figures.removeLast()
                figures += unlabelled.map(\.figure)
            }
            rows.append(row(header))
            if p.spendingPlan.hasFigures { rows.append(row(figures)) }
        }

        rows += goalRows(p.goals)
        rows += indicatorRows(p)
        return rows.joined(separator: "\n")
    }

    /// The 绩效目标 row: the goals in one cell (`goalsCell`); where that does not split back
    /// into them and a number is skipped after a goal that ends no sentence (`1. 甲 3. 乙`,
    /// after an edit), the first beside the label and each other on a row of its own, where
    /// its marker begins a line and may skip numbers (`GoalList.split`).
    static func goalRows(_ goals: [Goal]) -> [String] {
        let cell = goalsCell(goals)
        guard goals.count > 1, GoalList.split(cell) != goals else { return [row(["绩效目标", cell, "", "", "", ""])] }
        let items = goals.map { "\($0.number). \($0.text)" }
        guard items.dropFirst().allSatisfy(GoalRows.isGoalItem), GoalList.split(items.joined(separator: "\n")) == goals else {
            return [row(["绩效目标", cell, "", "", "", ""])]
        }
        return [row(["绩效目标", items[0], "", "", "", ""])] + items.dropFirst().map { row([$0, "", "", "", "", ""]) }
    }

    /// The goals in one cell as `GoalList` splits it again: `1. … 2. …`, as tables print
    /// them; where a goal's text holds the next number's marker (`… 2. 年度目标…` inside
    /// goal 1), numbered in brackets `（1）… （2）…` or circles `①… ②…`, whichever splits
    /// back into the same goals; one goal alone may also be printed bare.
    static func goalsCell(_ goals: [Goal]) -> String {
        let numbered = goals.map { "\($0.number). \($0.text)" }.joined(separator: " ")
        guard GoalList.split(numbered) != goals else { return numbered }
        var candidates: [String] = []
        if goals.count == 1 { candidates.append(goals[0].text) }
        candidates.append(goals.map { "（\($0.number)）\($0.text)" }.joined(separator: " "))
        if goals.count <= 20 {
            candidates.append(goals.map { String(Unicode.Scalar(0x2460 + UInt32($0.number - 1))!) + $0.text }.joined(separator: " "))
        }
        return candidates.first { GoalList.split($0) == goals } ?? numbered
    }

    /// The indicator header and rows, column by column as the layout names them.
    static func indicatorRows(_ p: Project) -> [String] {
        let columns = p.layout.indicatorColumns
        var rows = [row(columns.map(\.header) + [""])]
        let extraColumns = columns.filter(\.isExtra)
        func cell(_ i: Indicator, _ c: IndicatorColumn, name: String) -> String {
            if c.isExtra {
                let k = extraColumns.firstIndex(of: c)!
                if i.extras.count == extraColumns.count, i.extras[k].header == c.header { return i.extras[k].text }
                return i.extras.first { $0.header == c.header && $0.kind == c.kind && $0.term == c.term }?.text ?? ""
            }
            switch c.kind {
            case .level1: return i.level1
            case .level2: return i.level2
            case .name, .tree: return name
            case .description: return i.description
            case .value: return i.value.raw
            case .basis: return i.basis
            default: return ""
            }
        }
        func labelRow(_ text: String) -> String {
            row(columns.map { $0.kind == .tree ? text : "" } + [""])
        }

        if p.layout.indicatorColumns.contains(where: { $0.kind == .tree }) {
            // An indented tree: a row for each new 一级 and 二级, then the indicators.
            var level1: String?, level2: String?
            for i in p.indicators {
                if i.level1 != level1 {
                    if !i.level1.isEmpty { rows.append(labelRow(i.level1)) }
                    level1 = i.level1
                    level2 = nil
                }
                if i.level2 != level2 {
                    if !i.level2.isEmpty { rows.append(labelRow(i.level2)) }
                    level2 = i.level2
                }
                let empty = i.name.isEmpty && i.value.raw.isEmpty && i.description.isEmpty && i.basis.isEmpty
                    && i.extras.allSatisfy { $0.text.isEmpty }
                if !empty { rows.append(row(columns.map { cell(i, $0, name: i.name) } + [""])) }
            }
            return rows
        }

        let header = IndicatorHeader.read(Row(number: 0, cells: columns.map(\.header) + [""]))
        var previous: Indicator?
        for (k, i) in p.indicators.enumerated() {
            var cells = columns.map { cell(i, $0, name: i.name) }
            // 一级 once per block, as printed; again after a row that held only labels,
            // which the reader would otherwise take for a label row, and on a row whose 二级
            // belongs to the next block's 一级 and not to its own (the reader gives such a
            // blank 一级 to the block below, a label centred on a middle row).
            let next = p.indicators[(k + 1)...].first { $0.level1 != i.level1 }?.level1
            let belowClaimsIt = next.map { !IndicatorRows.belongs(i.level2, to: i.level1) && IndicatorRows.belongs(i.level2, to: $0) } ?? false
            if let prev = previous, prev.level1 == i.level1, !isLabelsOnly(prev), !belowClaimsIt {
                for (k, c) in columns.enumerated() where c.kind == .level1 { cells[k] = "" }
            }
            // A row that begins with its 一级 and stops short of the last column is read as a
            // web copy's row whose merged cells were left out, and moved right when its 一级
            // is also a 二级's name (`成本指标`, no 二级, an empty 指标值): its 一级 goes on a row
            // of its own above it, which the reader gives to the rows below — when it reads as
            // a label (`readsAsLabel`: a row of one cell that does not is refused).
            if let k = columns.firstIndex(where: { $0.kind == .level1 }), !cells[k].isEmpty, IndicatorRows.readsAsLabel(cells[k]),
               readsMoved(cells, header: header) {
                rows.append(row(columns.map { $0.kind == .level1 ? i.level1 : "" } + [""]))
                cells[k] = ""
            }
            rows.append(row(cells + [""]))
            previous = i
        }
        return rows
    }

    /// Whether the reader would put `cells`, printed as a row under `header`, under other
    /// columns than their own.
    static func readsMoved(_ cells: [String], header: IndicatorHeader) -> Bool {
        guard header.columns.count == cells.count else { return false }
        return IndicatorRows.raw(Row(number: 0, cells: cells + [""]), header: header).texts != cells
    }

    static func isLabelsOnly(_ i: Indicator) -> Bool {
        i.name.isEmpty && i.description.isEmpty && i.value.raw.isEmpty && i.basis.isEmpty && i.extras.allSatisfy { $0.text.isEmpty }
    }
}
