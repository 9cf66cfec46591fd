import JixiaoModel

/// Reads one 项目绩效目标表: the rows from its heading to the next table's.
///
/// Rows are recognised by their labels, in whatever order the template prints them:
/// 项目编码/项目名称, the money block (`BudgetBlock`), 资金支出计划, goals (`绩效目标`,
/// `年度目标`, `中期目标` …), facts on rows of their own (实施单位, 项目期 …) and the
/// indicator header, whose words say what each column holds (`IndicatorHeader`). Notes
/// and approval lines under the table are kept with it.
enum ProjectTableReader {
    enum Section { case unit, code, budget, plan, goals, facts, indicators, notes }

    static func read(_ all: [Row], start: TableStart, end: Int, ordinal: Int, atEndOfFile: Bool) throws(ReadError) -> Project {
        let anchorRow = all[start.anchor]
        let number: Int
        let headingText: String
        let headingLine: Int
        if let h = start.heading {
            if let (n, t) = TableStarts.numberedHeading(all[h]) {
                (number, headingText) = (n, t)
            } else {
                (number, headingText) = (ordinal, TableStarts.unnumberedHeading(all[h]) ?? all[h].nonEmpty.joined())
            }
            headingLine = all[h].number
        } else {
            (number, headingText, headingLine) = (ordinal, "", all[start.first].number)
        }
        var tableTitle = start.titleLines.map { all[$0].nonEmpty.joined(separator: " ") }.joined(separator: " ")
        let shown = headingText.isEmpty ? "" : "“\(number).\(headingText)”"
        let tableName = "第 \(ordinal) 个项目表\(shown)（第 \(headingLine) 行起）"

        var tableUnit = TableUnit(code: "", name: "", currency: "元")
        var currencyStated = false
        var firstRow = start.anchor
        if UnitLine.isUnitLine(anchorRow) {
            tableUnit = UnitLine.read(anchorRow)
            currencyStated = true
            firstRow += 1
        } else if let h = start.heading, UnitLine.isUnitLine(all[h]) {
            // `1.某项目绩效目标表  单位：万元` on one line.
            tableUnit.currency = UnitLine.read(all[h]).currency
            currencyStated = true
        }

        var code = "", name = ""
        var codeLine: Int?, budgetLine: Int?, usageLine: Int?, planLine: Int?, figuresLine: Int?
        var goalsLine: Int?
        var money = BudgetBlock()
        var usage: [String] = []
        var planHeader: [(column: Int, month: Int)] = []
        var planFigures: [(column: Int, text: String)] = []
        var extraCheckpoints: [Checkpoint] = []
        var goalRows: [(label: String, text: String)] = []
        var goalColumns: [Int] = []
        var facts: [ProjectFact] = []
        var notes: [Paragraph] = []
        var header: IndicatorHeader?
        var subHeaderChecked = false
        var raws: [IndicatorRows.Raw] = []
        var lastDataRow: Row?
        var section = Section.unit

        func addUsage(_ text: String, line: Int) {
            guard !text.isEmpty else { return }
            usage.append(text)
            if usageLine == nil { usageLine = line }
        }

        for row in all[firstRow..<end] where !row.isBlank {
            let label = row.label
            if section == .indicators || section == .notes, var h = header {
                if isPageNumber(row) { continue }
                if TableStarts.isHeading(row), TableStarts.looksLikeTableTitle(row) {
                    throw ReadError(line: row.number,
                                    "第 \(row.number) 行“\(row.nonEmpty[0])”像是另一张项目表的标题，但它下面既没有单位行，也没有“项目编码 … 项目名称 …”行，无法确定这张表从哪里开始",
                                    hint: "项目表标题的下一行应是单位行（如“430001 某单位 … 单位：元”）或“项目名称”行；补上后再导入")
                }
                if section == .notes || RowLabels.isNote(row) {
                    notes.append(Paragraph(text: RowLabels.noteText(row), line: row.number))
                    section = .notes
                    continue
                }
                if !subHeaderChecked {
                    subHeaderChecked = true
                    if h.merge(subHeader: row) {
                        header = h
                        continue
                    }
                }
                raws.append(IndicatorRows.raw(row, header: h))
                lastDataRow = row
                continue
            }
            if TableStarts.isNameRow(row) {
                code = TextNormalization.withoutBlanks(TextNormalization.halfWidth(codeCell(row)))
                name = nameCell(row)
                facts += RowLabels.facts(row).facts.filter { !$0.text.isEmpty }
                // `项目名称 某项目 项目金额 3,309,840.00`: money printed beside the name.
                if let block = BudgetBlock.pairs(in: row, from: afterName(row)) {
                    money.pairs += block.pairs
                    if budgetLine == nil { budgetLine = row.number }
                }
                codeLine = row.number
                section = .code
            } else if RowLabels.bareLabel(row.first) == "资金用途" {
                addUsage(row.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " "), line: row.number)
                section = .budget
            } else if BudgetBlock.isBudgetRow(row) {
                let from = BudgetBlock.firstPairCell(row)
                // `项目资金（万元）`: the block's label names the unit when the table does not.
                if !currencyStated, let unit = ["亿元", "万元"].first(where: { row.first.contains($0) }) {
                    tableUnit.currency = unit
                    currencyStated = true
                }
                if let block = BudgetBlock.pairs(in: row, from: from) {
                    money.add(block.pairs)
                    addUsage(block.leftover.joined(separator: " "), line: row.number)
                }
                if budgetLine == nil { budgetLine = row.number }
                section = .budget
            } else if label.hasPrefix("资金支出") {
                planLine = row.number
                for (j, cell) in row.cells.enumerated().dropFirst() {
                    if let m = checkpointMonth(cell) { planHeader.append((j, m)) }
                }
                section = .plan
            } else if let month = checkpointMonth(row.first), section == .plan {
                // `12月底 100.00%` on a line of its own, below the other figures.
                let figure = row.cells.dropFirst().first { !$0.isEmpty } ?? ""
                extraCheckpoints.append(Checkpoint(month: month, figure: figure))
            } else if RowLabels.isGoalLabel(row.first) {
                let rest = row.cells.dropFirst().filter { !$0.isEmpty }
                if rest.count > 1, rest.allSatisfy(RowLabels.isGoalLabel) {
                    // `总体目标 | 中期目标(2024年—2026年) | 年度目标`: the texts follow, side by side.
                    goalColumns = rest.indices.map { goalRows.count + $0 }
                    goalRows += rest.map { (BudgetBlock.label($0), "") }
                } else {
                    goalColumns = []
                    goalRows.append((BudgetBlock.label(row.first), rest.joined(separator: " ")))
                }
                if goalsLine == nil { goalsLine = row.number }
                section = .goals
            } else if IndicatorHeader.isHeader(row) {
                header = IndicatorHeader.read(row)
                section = .indicators
            } else if UnitLine.isUnitNameRow(row) {
                // `单位名称 | 820001-某镇人民政府` inside the table.
                let u = UnitLine.read(row)
                if tableUnit.name.isEmpty && tableUnit.code.isEmpty { (tableUnit.code, tableUnit.name) = (u.code, u.name) }
                if let c = row.cells.lazy.compactMap(UnitLine.currency(in:)).first { tableUnit.currency = c; currencyStated = true }
            } else if RowLabels.isFactRow(row) {
                let (found, rest) = RowLabels.facts(row)
                facts += found
                if let block = BudgetBlock.pairs(in: rest, from: 0) {
                    money.pairs += block.pairs
                    if budgetLine == nil { budgetLine = row.number }
                }
                section = .facts
            } else if UnitLine.isUnitLine(row) {
                // `金额单位：万元` on a row of its own inside the table.
                let u = UnitLine.read(row)
                tableUnit.currency = u.currency
                currencyStated = true
                if tableUnit.name.isEmpty { (tableUnit.code, tableUnit.name) = (u.code, u.name) }
            } else if isBlockLabel(row) {
                // `绩效指标` on a row of its own above the header: a label for what follows.
                continue
            } else if section == .goals, isGoalItem(row.first) {
                // `目标1：…`, `2、…` under a goals row.
                goalRows[goalRows.count - 1].text += " " + goalItemText(row.nonEmpty.joined(separator: " "))
            } else if label.isEmpty {
                let text = row.nonEmpty
                switch section {
                case .budget:
                    if let block = BudgetBlock.moneyRow(row) {
                        money.add(block.pairs)
                    } else {
                        addUsage(text.joined(), line: row.number)
                    }
                case .plan:
                    if figuresLine == nil {
                        figuresLine = row.number
                        planFigures = row.cells.enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
                    }
                case .goals:
                    if goalColumns.count == text.count {
                        for (k, t) in text.enumerated() { goalRows[goalColumns[k]].text += " " + t }
                    } else {
                        goalRows[goalRows.count - 1].text += " " + text.joined(separator: " ")
                    }
                case .code:
                    name += text.joined()
                case .facts:
                    facts[facts.count - 1].text += (facts[facts.count - 1].text.isEmpty ? "" : " ") + text.joined(separator: " ")
                case .unit where text.count == 1 && text[0].count <= 40:
                    // `(2023年度)` under the unit line: part of the table's title.
                    tableTitle += (tableTitle.isEmpty ? "" : " ") + text[0]
                case .unit, .indicators, .notes:
                    throw ReadError(line: row.number, "\(tableName)中出现了无法归属的一行：“\(row.nonEmpty.joined(separator: " "))”",
                                    hint: "单位行之后应是“项目编码 … 项目名称 …”行")
                }
            } else if isPageNumber(row) {
                continue
            } else if IndicatorLabel.isLevel1(label) {
                // An indicator row before any header: the header is missing.
                throw ReadError(line: row.number,
                                "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”，却是指标行“\(row.nonEmpty.prefix(3).joined(separator: " "))”",
                                hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
            } else {
                throw ReadError(line: row.number, "\(tableName)中有一行无法识别：“\(row.first)”",
                                hint: "表中的行应以 项目编码、预算规模及资金用途、资金支出计划、绩效目标 或 一级指标 开头")
            }
        }

        let lastLine = all[start.first..<end].last { !$0.isBlank }?.number ?? headingLine
        if atEndOfFile {
            var missing: [String] = []
            if header == nil && budgetLine == nil { missing.append("预算规模及资金用途") }
            if header == nil { missing.append("指标表头（一级指标 二级指标 三级指标 …）") }
            if header != nil && raws.isEmpty { missing.append("指标行") }
            if !missing.isEmpty {
                throw ReadError(line: lastLine,
                                "文件在第 \(lastLine) 行结束，但\(tableName)还没有结束：缺少\(missing.joined(separator: "、"))",
                                hint: "文件可能被截断；请重新导出完整的文本")
            }
            if let h = header, let last = raws.last, let row = lastDataRow, row.cells.count < h.cellCount,
               IndicatorRows.value(last, header: h).isEmpty {
                let names = h.columns.map { $0.column.header }.joined(separator: "、")
                throw ReadError(line: row.number,
                                "文件在第 \(row.number) 行结束，这一行指标只有 \(row.cells.count) 个单元格（应有 \(h.cellCount) 个：\(names)），也没有指标值",
                                hint: "文件可能在最后一行中间被截断；请重新导出完整的文本")
            }
        }
        guard let header else {
            let expectedAt = (goalsLine ?? figuresLine ?? planLine ?? usageLine ?? budgetLine ?? codeLine ?? anchorRow.number) + 1
            throw ReadError(line: expectedAt,
                            "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”",
                            hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
        }

        let currency = Money.Unit(printed: tableUnit.currency) ?? .yuan
        let budget = try money.budget(currency: currency, tableName: tableName)
        let checkpoints = assignFigures(header: planHeader, figures: planFigures, extra: extraCheckpoints)
        let fallback = budgetLine ?? codeLine ?? anchorRow.number
        let lines = Project.Lines(
            heading: headingLine, unit: anchorRow.number, code: codeLine ?? anchorRow.number,
            budget: fallback, usage: usageLine, plan: planLine ?? fallback, planFigures: figuresLine,
            goals: goalsLine ?? planLine ?? fallback, indicatorHeader: header.line)
        let layout = TableLayout(indicatorColumns: header.layoutColumns, hasSpendingPlan: planLine != nil)
        return Project(number: number, heading: headingText, unit: tableUnit, code: code, name: name,
                       budget: budget, usage: usage.joined(), spendingPlan: SpendingPlan(checkpoints: checkpoints),
                       goals: goals(goalRows), indicators: IndicatorRows.indicators(raws, header: header), lines: lines,
                       tableTitle: tableTitle, facts: facts, notes: notes, layout: layout)
    }

    /// A row holding only a block label: `绩效指标`, `年度绩效指标`.
    static func isBlockLabel(_ row: Row) -> Bool {
        row.nonEmpty.count == 1 && ["绩效指标", "年度绩效指标", "绩效目标指标", "指标", "项目绩效指标", "绩效指标表"].contains(row.label)
    }

    /// A goal printed on a row of its own, numbered: `目标1：…`, `2、…`, `(二)…`.
    static func isGoalItem(_ cell: String) -> Bool {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        if t.hasPrefix("目标"), let c = t.dropFirst(2).first, c.isNumber { return true }
        return TableStarts.leadingNumber(t) != nil || GoalList.split(cell).count > 1
    }

    /// `目标1：…` → `1. …`, so the goals split at their numbers.
    static func goalItemText(_ t: String) -> String {
        let h = TextNormalization.halfWidth(TextNormalization.trimmed(t))
        guard h.hasPrefix("目标") else { return t }
        let digits = h.dropFirst(2).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return t }
        var rest = h.dropFirst(2 + digits.count)
        while let c = rest.first, ":：、. ".contains(c) { rest = rest.dropFirst() }
        return "\(digits). " + rest
    }

    /// 项目编码's cell: after the label (an empty cell when the next one is the 项目名称
    /// label — no real table prints a code), or in it (`项目编码：…`).
    static func codeCell(_ row: Row) -> String {
        guard let i = row.cells.firstIndex(where: { c in
            let l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(c))
            return l.hasPrefix("项目编码") || l.hasPrefix("项目代码")
        }) else { return "" }
        let cell = row.cells[i]
        if let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let inline = TextNormalization.trimmed(cell[cell.index(after: colon)...])
            if !inline.isEmpty { return inline }
        }
        guard let next = row.cells[(i + 1)...].first(where: { !$0.isEmpty }),
              !TableStarts.isNameRow(Row(number: 0, text: next)), !RowLabels.isFactLabel(next) else { return "" }
        return next
    }

    /// 项目名称's cell: after the label, or in it (`项目名称：某项目`).
    static func nameCell(_ row: Row) -> String {
        guard let i = row.cells.firstIndex(where: { c in
            TableStarts.isNameLabel(c) || TableStarts.nameLabels.contains { TextNormalization.withoutBlanks(TextNormalization.halfWidth(c)).hasPrefix($0 + ":") }
        }) else { return "" }
        let cell = row.cells[i]
        if !TableStarts.isNameLabel(cell), let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            return TextNormalization.trimmed(cell[cell.index(after: colon)...])
        }
        guard let j = row.cells[(i + 1)...].firstIndex(where: { !$0.isEmpty }) else { return "" }
        let next = row.cells[j]
        // An empty name cell: the next is another label (`项目编码`, `实施单位`, `项目金额 100`).
        if RowLabels.isFactLabel(next) || next.hasPrefix("项目编码") { return "" }
        if BudgetBlock.isLabel(next), let after = row.cells[(j + 1)...].first(where: { !$0.isEmpty }),
           BudgetBlock.looksLikeAmount(after) { return "" }
        return next
    }

    /// Where the cells after the name begin, for the money printed beside it.
    static func afterName(_ row: Row) -> Int {
        let name = nameCell(row)
        guard !name.isEmpty, let i = row.cells.firstIndex(of: name) else {
            return (row.cells.firstIndex { TableStarts.isNameLabel($0) } ?? 0) + 1
        }
        return i + 1
    }

    /// The goals: one goals row split at its numbers; several (`中期目标`, `年度目标`)
    /// each named by its label.
    static func goals(_ rows: [(label: String, text: String)]) -> [Goal] {
        let filled = rows.filter { !TextNormalization.trimmed($0.text).isEmpty }
        if filled.count <= 1 || Set(filled.map(\.label)).count == 1 {
            return GoalList.split(filled.map(\.text).joined(separator: " "))
        }
        let text = filled.enumerated().map { k, r in "\(k + 1). \(r.label)：\(TextNormalization.trimmed(r.text))" }
        return GoalList.split(text.joined(separator: " "))
    }

    // MARK: - Spending plan

    /// `3月底`, `3 月底` → 3.
    static func checkpointMonth(_ cell: String) -> Int? {
        let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        guard c.hasSuffix("月底"), let m = Int(c.dropLast(2)), (1...12).contains(m) else { return nil }
        return m
    }

    /// Puts the figures under their checkpoints: by column where every figure sits under
    /// a checkpoint, otherwise in order; a figure left over gets the next usual month
    /// and is marked as unlabelled.
    static func assignFigures(header: [(column: Int, month: Int)], figures: [(column: Int, text: String)],
                              extra: [Checkpoint]) -> [Checkpoint] {
        var checkpoints = header.map { Checkpoint(month: $0.month, figure: "") }
        let columns = Set(header.map(\.column))
        if figures.allSatisfy({ columns.contains($0.column) }) {
            for f in figures {
                let i = header.firstIndex { $0.column == f.column }!
                checkpoints[i].figure = f.text
            }
        } else {
            for (k, f) in figures.enumerated() {
                if k < checkpoints.count {
                    checkpoints[k].figure = f.text
                } else {
                    checkpoints.append(Checkpoint(month: nextMonth(after: checkpoints.last?.month), figure: f.text,
                                                  labelled: false))
                }
            }
        }
        for e in extra {
            if let i = checkpoints.firstIndex(where: { $0.month == e.month }) {
                if checkpoints[i].figure.isEmpty { checkpoints[i].figure = e.figure }
            } else {
                checkpoints.append(e)
            }
        }
        return checkpoints
    }

    static func nextMonth(after month: Int?) -> Int {
        guard let month else { return Checkpoint.usualMonths[0] }
        return Checkpoint.usualMonths.first { $0 > month } ?? min(month + 1, 12)
    }

    /// A page number the extraction left between rows (`8`, `- 8 -`, `— 8 —`).
    static func isPageNumber(_ row: Row) -> Bool {
        guard row.nonEmpty.count == 1 else { return false }
        let t = row.nonEmpty[0].filter { !"-—– ".contains($0) }
        return !t.isEmpty && t.count <= 3 && t.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
