import JixiaoModel

/// What one table has read so far, row by row. Rows are recognised by their labels, in
/// whatever order the template prints them; a row without a label continues the last
/// labelled one (the 资金用途 under the money row, the figures under the plan …).
struct TableReading {
    enum Section { case unit, code, budget, plan, goals, facts, indicators, notes }

    /// `第 3 个项目表“3.…”（第 136 行起）`, for messages.
    let tableName: String
    var unit: TableUnit
    /// Whether a unit line, heading or money label said 元 or 万元.
    var currencyStated: Bool
    var tableTitle: String
    /// The table is a 部门整体 one by its heading or title (`DepartmentWideTable`): a money
    /// block labelled only 金额 is the department's (`BudgetBlock.beginsDepartmentBlock`).
    var departmentWide = false
    var section = Section.unit

    var code = "", name = ""
    var codeLine: Int?, budgetLine: Int?, usageLine: Int?, planLine: Int?, figuresLine: Int?, goalsLine: Int?
    var money = BudgetBlock()
    /// A money row printed as a header (`预算规模 | 预算数 | 财政资金 | 其他资金`, every label
    /// without its figure): each label's column and its pair in `money`, for the figures
    /// the next row prints under them.
    var moneyHeader: [(column: Int, pair: Int)] = []
    /// The unit the money block's label names in brackets (`预算规模（元）`) where it is not
    /// the table's: the block's figures are in it.
    var moneyCurrency: String?
    /// `moneyHeader` as the row above left it: only the next row prints its figures.
    var moneyHeaderAbove: [(column: Int, pair: Int)] = []
    var usage: [String] = []
    var planHeader: [(column: Int, month: Int)] = []
    var planFigures: [(column: Int, text: String)] = []
    var extraCheckpoints: [Checkpoint] = []
    var goalRows: [(label: String, text: String)] = []
    /// The goal rows the cells of a continuation row go to, when goals sit side by side.
    var goalColumns: [Int] = []
    /// The goals row named its goals in a second cell (`项目绩效目标 | 长期目标 | …`): a row
    /// below with another such label (`| 年度目标 | …`) is a goal of its own.
    var goalSubLabels = false
    /// The goals row printed a small table's header after its label (`年度履职目标 | 部门职能 |
    /// 年度目标任务 | 支出项目名称 | 预算金额(万元)`, 88号's 部门整体 template): each row below
    /// with a cell under each column is a goal of its own, each cell after its column's name
    /// (`部门职能：…；年度目标任务：…`), not cells run together with blanks. `row` is the goal
    /// holding the header.
    var goalTable: (header: [String], row: Int)?
    /// Columns after the goals for what was done (`总体目标 | 年度目标 | 年度总体目标完成情况`,
    /// 南岳 2018): filled in at the year's end, not goals. A text under one is kept as a fact.
    var goalCompletionLabels: [String] = []
    /// A fact's rows, when its label heads sub-rows of its own: each `sub-label | text` row
    /// (`项目立项情况 | 项目立项的依据 | …`, then `| 项目申报的可行性 | …`) or each row under a
    /// small table's header (`项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间`) is a fact
    /// of its own under the label, not text run on into one (宁乡 坝塘镇 2021).
    var factRows: (label: String, header: [String]?)?
    /// The money block's columns per year, when it prints them (`PeriodMoneyColumns`).
    var periodMoney: PeriodMoneyColumns?
    /// Where last year's figures under `periodMoney` are kept: the fact of each column's name.
    var otherPeriodFacts: [String: Int] = [:]
    var facts: [ProjectFact] = []
    var notes: [Paragraph] = []
    var header: IndicatorHeader?
    var subHeaderChecked = false
    /// The header as its first row printed it, when a second row (`2021年实际实现值
    /// 预期2022年实现值`) was merged into it: a page may repeat both rows.
    var headerFirstRow: IndicatorHeader?
    /// The first row of a two-row header repeated at the top of a page, when the next row
    /// may be its second.
    var repeatedFirstRow: IndicatorHeader?
    var raws: [IndicatorRows.Raw] = []
    /// The rows leave out the header's block-label cell (`IndicatorRows.leavesOutBlockLabel`),
    /// decided at the first indicator row.
    var blockLabelLeftOut = false
    /// Under a cost table's header (`CostBreakdown`): its amount column, and its cells.
    var costAmountColumn: Int?
    var costHeader: [String] = []
    /// The first of two indicator blocks a template stacks, each under its own header
    /// (`长期绩效指标 一级指标 …` above `年度绩效指标 一级指标 …`), set aside when the second
    /// begins: the 年度 block is the table's indicators (`ProjectTableReader`).
    var stackedBlock: StackedBlock?
    var lastDataRow: Row?
    /// The row read before this one, to name in a message.
    var previous: Row?
    /// The table's 项目编码 row.
    var codeRowLine: Int?
    /// The document's headers read so far (`ProjectTableReader` lends them to each table).
    var headers = IndicatorHeaders()
    /// A page broke after the last indicator row read (`PageFurniture`): the next row may
    /// be its rest.
    var pageBroke = false
    /// A page breaks after the row being read: the next page may go on with it.
    var breaksNext = false
    /// Where the table's text could be read two ways, and how it was read (`Project.readingDoubts`).
    var doubts: [Paragraph] = []
    /// A one-cell line in the 一级 or 二级 column that is no label and joins no label above
    /// (`joinedLabelRest`), with its refusal: refused if an indicator row follows it in
    /// this table (it would stand over those rows), kept as a note if none does — a form's
    /// box under the table (`财政部门审核意见`), like the notes and approval lines there.
    var strayLine: (note: Paragraph, refusal: ReadError)?
    /// Row labels printed with a scan's stray `*` (`项*目名称`), as printed (`Project.printedLabels`).
    var printedLabels: [Paragraph] = []
    /// A row that may be an indicator header's first row (`IndicatorHeader.isFirstRow`), held
    /// until the next row shows whether the header follows it.
    var heldRow: Row?

    /// The stray line (`strayLine`), if any, kept as a note: nothing it could stand over
    /// came after it.
    mutating func keepStrayLineAsNote() {
        guard let stray = strayLine else { return }
        notes.append(stray.note)
        strayLine = nil
    }

    /// The 项目编码 a code cell holds: empty for a cell that says there is none — a dash,
    /// `无`, or a remark in brackets (`（表中未填）`, as Jixiao's own export writes, `（无）`).
    static func code(_ cell: String) -> String {
        let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        if BudgetBlock.isUnfilled(c) { return "" }
        if c.hasPrefix("("), c.hasSuffix(")"), c.contains("未填") || c == "(无)" { return "" }
        return c
    }

    static func isCodeRow(_ row: Row) -> Bool {
        TextNormalization.hasPrefix(row.label, "项目编码") || TextNormalization.hasPrefix(row.label, "项目代码")
    }

    mutating func read(_ row: Row, afterPageBreak: Bool = false, beforePageBreak: Bool = false) throws(ReadError) {
        defer { previous = row }
        if afterPageBreak { pageBroke = true }
        breaksNext = beforePageBreak
        if section == .indicators || section == .notes {
            try readIndicatorArea(row)
        } else {
            let row = labelsReadPastSpecks(row)
            moneyHeaderAbove = moneyHeader
            moneyHeader = []
            if let k = costAmountColumn {
                if readCostRow(row, amountAt: k) { return }
                costAmountColumn = nil
            }
            if let held = heldRow {
                heldRow = nil
                if IndicatorHeader.isHeader(row) {
                    // `绩效指标 | … | 保障绩效目标实现措施` over `一级指标 | 二级指标 | … |` (鄂州
                    // 2022): one header printed on two rows, the first naming the columns the
                    // second leaves blank. Before, the first was read as a fact.
                    if try !readLabelled(row) { try readContinuation(row) }
                    header?.name(blankColumnsFrom: held)
                    return
                }
                try readRow(held)
            }
            if header == nil, IndicatorHeader.isFirstRow(row) {
                heldRow = row
                return
            }
            try readRow(row)
        }
    }

    mutating func readRow(_ row: Row) throws(ReadError) {
        if try !readLabelled(row) { try readContinuation(row) }
    }

    /// A column only the header's first row names (`IndicatorHeader.namedAbove`) that no
    /// row fills — 鄂州 2022's `保障绩效目标实现措施`, left blank — is left out: the table is
    /// read, and written back, by the columns its rows hold.
    mutating func dropEmptyColumnsNamedAbove() {
        guard var h = header, !h.namedAbove.isEmpty else { return }
        for k in h.columns.indices.reversed() where h.namedAbove.contains(h.columns[k].index)
            && raws.allSatisfy({ TextNormalization.withoutBlanks($0.texts[k]).isEmpty }) {
            h.namedAbove.remove(h.columns[k].index)
            h.columns.remove(at: k)
            for r in raws.indices { raws[r].texts.remove(at: k) }
        }
        header = h
    }

    /// The held row (`heldRow`) read as any other row, when no row came after it.
    mutating func readHeldRow() throws(ReadError) {
        guard let held = heldRow else { return }
        heldRow = nil
        try readRow(held)
    }

    /// The row with each label cell a scan printed with a stray `*` between two characters
    /// (`项*目名称`, `其中：财*政资金`, `年度*目标`) read as the label it is, as the indicator
    /// header's words are (`IndicatorHeader.bare`); the printed cells are kept in
    /// `printedLabels`. Other cells (a name, the 资金用途 text) keep their `*`: rules note it there.
    /// A speck read as a full stop (`项.目名称`, `预．算数`) is read past the same way, only where
    /// it cannot be something else: the cell as printed is no label and holds no colon before
    /// its end (a 项目期 `2022.3` or a unit after `：` is text), and without the dot it is one.
    mutating func labelsReadPastSpecks(_ row: Row) -> Row {
        // A `*` is the byte 2A, a full-width `＊` the bytes EF BC 8A, a `.` 2E, a `．` EF BC 8E:
        // most rows have none between two Chinese characters (`Row.mayHaveSpeck`, found when
        // the row was cut: a figure's `16.00` no longer sends each cell through both removers).
        guard row.mayHaveSpeck, row.cells.contains(where: { c in
            c.utf8.contains(0x2A) || c.utf8.contains(0x2E) || TextNormalization.contains(c, "＊") || TextNormalization.contains(c, "．")
        }) else { return row }
        var cells = row.cells
        for (k, cell) in cells.enumerated() {
            if let clean = TextNormalization.strayStarsRemoved(cell), RowLabels.isFixedLabel(clean) {
                cells[k] = clean
            } else if let clean = TextNormalization.strayDotsRemoved(cell), RowLabels.isFixedLabel(clean),
                      !RowLabels.isFixedLabel(cell), !Self.hasColonBeforeEnd(cell) {
                cells[k] = clean
            } else {
                continue
            }
            printedLabels.append(Paragraph(text: cell, line: row.number))
        }
        return cells == row.cells ? row : Row(number: row.number, text: cells.joined(separator: "\t"))
    }

    /// Whether a colon sits inside the cell, not only at its end (`项目期：2022.3`, `其中：财.政资金`
    /// has one after its fixed `其中`, which `BudgetBlock` reads as the label's own).
    static func hasColonBeforeEnd(_ cell: String) -> Bool {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        guard let colon = t.firstIndex(of: ":") else { return false }
        let before = t[..<colon]
        // `其中：` opens the fiscal and other parts' labels: the colon is the label's.
        if before == "其中" { return t[t.index(after: colon)...].contains(":") }
        return t[t.index(after: colon)...].contains { $0 != ":" }
    }

    /// What a row that begins a table is (`单位行`, `项目编码行`, `预算数`); nil for any
    /// other row. Met under a table's indicators, such a row is the next table, whose
    /// heading was not recognised: never an indicator row of this one.
    static func beginsATable(_ row: Row) -> String? {
        if UnitLine.isUnitLine(row) { return "单位行" }
        if TableStarts.isNameRow(row) { return isCodeRow(row) ? "项目编码行" : "项目名称行" }
        if BudgetBlock.beginsBlock(row) { return "预算数" }
        return nil
    }

    // MARK: - Under the indicator header

    mutating func readIndicatorArea(_ row: Row) throws(ReadError) {
        guard var h = header else { return }
        if RowLabels.isPageNumber(row) { return }
        if TableStarts.isHeading(row), TableStarts.looksLikeTableTitle(row) {
            throw ReadError(line: row.number,
                            "第 \(row.number) 行“\(row.nonEmpty[0])”像是另一张项目表的标题，但它下面既没有单位行，也没有“项目编码 … 项目名称 …”行，无法确定这张表从哪里开始",
                            hint: "项目表标题的下一行应是单位行（如“430001 某单位 … 单位：元”）或“项目名称”行；补上后再导入")
        }
        if let kind = Self.beginsATable(row) {
            let above = previous.map { p in
                "；它上面第 \(p.number) 行“\(p.nonEmpty.joined(separator: " "))”若是这张表的标题，应写成“序号.项目名称绩效目标表”的样子"
            } ?? ""
            throw ReadError(line: row.number,
                            "第 \(row.number) 行是另一张项目表的\(kind)，却在\(tableName)的指标行之后：它上面没有能识别的项目表标题，不能把它并入上一张表",
                            hint: "每张项目表以标题行开头，如“3.公共机构节能经费绩效目标表”\(above)；改正后再导入")
        }
        if section == .notes, pageBroke, !RowLabels.isNote(row), Self.isIndicatorRow(row) {
            // A note at the foot of a page (`注：…`, `填报人：…`) and the table goes on on
            // the next: its rows are indicators, not more of the note.
            section = .indicators
        }
        if section == .indicators, IndicatorHeader.isHeader(row) {
            try readRepeatedHeader(row, header: h)
            return
        }
        if section == .notes || RowLabels.isNote(row) {
            keepStrayLineAsNote()
            notes.append(Paragraph(text: RowLabels.noteText(row), line: row.number))
            section = .notes
            return
        }
        // After a stray line, another is one more of the form's boxes under the table; an
        // indicator row is one the stray line would stand over: refused.
        if let stray = strayLine {
            let raw = IndicatorRows.raw(row, header: h)
            if row.nonEmptyCount == 1, let k = raw.texts.indices.first(where: { !raw.texts[$0].isEmpty }),
               [.level1, .level2, .name, .tree].contains(h.columns[k].column.kind), !IndicatorRows.readsAsLabel(raw.texts[k]) {
                keepStrayLineAsNote()
            } else {
                throw stray.refusal
            }
        }
        if !subHeaderChecked {
            subHeaderChecked = true
            let first = h
            if h.merge(subHeader: row) {
                header = h
                headerFirstRow = first
                return
            }
        }
        if var again = repeatedFirstRow {
            // The second row of the header, printed again under its first: skipped.
            repeatedFirstRow = nil
            if again.merge(subHeader: row), Self.sameColumns(again, h) { return }
        }
        // The form's own `…` row (its "and so on" under a block, left in by the unit: 宁乡
        // 坝塘镇 2021's 项目绩效目标表): no indicator, and nothing to join.
        if row.nonEmptyCount == 1, Self.isEllipsis(row.firstNonEmpty ?? "") { return }
        if raws.isEmpty { blockLabelLeftOut = IndicatorRows.leavesOutBlockLabel(row, header: h) }
        let raw = IndicatorRows.raw(row, header: h, blockLabelLeftOut: blockLabelLeftOut)
        defer { pageBroke = false }
        if row.nonEmptyCount == 1, !h.isTree, try joinedLabelRest(raw, header: h) { return }
        if row.nonEmptyCount == 1, !pageBroke, !breaksNext, joinedNameRest(raw, header: h) { return }
        if pageBroke, let last = raws.last {
            switch IndicatorRows.continuation(last, with: raw, earlier: raws.dropLast(), header: h) {
            case .continues:
                raws[raws.count - 1] = IndicatorRows.joined(last, raw)
                return
            case .newRow:
                break
            case .cannotTell(let why):
                // Read as a row of its own, as a row after a break usually is, and said.
                let lastLine = lastDataRow?.number ?? last.line
                doubts.append(Paragraph(text: "它在分页之后（源文本第 \(row.number) 行），一级、二级指标都空着：\(why)，无法确定它是上一行（源文本第 \(lastLine) 行）跨页未印完的部分，还是新的一行指标；按新的一行读取",
                                        line: row.number))
            }
        }
        raws.append(raw)
        lastDataRow = row
    }

    /// A cell of an ellipsis only (`…`, `……`, `⋯`, `...`): a form's placeholder row.
    static func isEllipsis(_ cell: String) -> Bool {
        let t = TextNormalization.withoutBlanks(cell)
        return !t.isEmpty && t.allSatisfy { "…⋯.．。·".contains($0) } && (t.contains("…") || t.contains("⋯") || t.count >= 3)
    }

    /// A line of one cell in the 三级 name column (or an indented tree's one column), away
    /// from a page break (after one `IndicatorRows.continuation` decides; before one, it may
    /// be the first part of a row the next page goes on with): decided by what it is.
    /// The rest of a name wrapped onto a line of its own — the row above is a whole row
    /// (a name and more) whose name is long enough to have wrapped, or left open — is
    /// joined to that name (`贫困地区旅游基础设施建设` + `质量达标率`), as is the rest of a
    /// tree's wrapped label (`经济效益` + `指标`), and true is returned. After a row that is
    /// itself a name alone or labels alone (an unfilled table), it is a row of its own, as
    /// before (false). Other text — the first line under the header, or a sentence no name
    /// above could have wrapped into — cannot be placed: refused at its line if an indicator
    /// row follows, kept as a note if none does (`strayLine`), and true is returned. A label
    /// (`数量指标`) returns false.
    mutating func joinedNameRest(_ raw: IndicatorRows.Raw, header h: IndicatorHeader) -> Bool {
        guard let k = raw.texts.indices.first(where: { !raw.texts[$0].isEmpty }) else { return false }
        let column = h.columns[k].column
        guard column.kind == .name || column.kind == .tree, column.term == nil else { return false }
        let cell = raw.texts[k]
        if IndicatorRows.readsAsLabel(cell) { return false }
        if let last = raws.last {
            let above = last.texts[k]
            let body = h.columns.indices.contains { j in
                j != k && !last.texts[j].isEmpty && ![.level1, .level2, .blockLabel].contains(h.columns[j].column.kind)
            }
            // A tree's label wrapped onto the next line.
            if column.kind == .tree, !body, !above.isEmpty,
               !IndicatorRows.readsAsLabel(above) || TextNormalization.withoutBlanks(cell).hasSuffix("指标"),
               IndicatorRows.readsAsLabel(PageFurniture.join(above, cell)) {
                raws[raws.count - 1].texts[k] = PageFurniture.join(above, cell)
                return true
            }
            if !body { return false }
            let surely = IndicatorRows.leftOpen(above) || IndicatorRows.beginsAsRest(cell)
            if !above.isEmpty, surely || (!above.hasAtMostCharacters(5) && cell.count <= above.count) {
                raws[raws.count - 1].texts[k] = PageFurniture.join(above, cell)
                // Joined because the name above is long enough to have wrapped — but a row
                // whose value was left empty looks the same: said, not joined silently.
                if !surely {
                    doubts.append(Paragraph(text: "源文本第 \(raw.line) 行只有一格“\(cell)”，没有指标值：按上一行（源文本第 \(last.line) 行）指标名称未印完的部分读入，名称成为“\(PageFurniture.join(above, cell))”；若它是一行指标（指标值空着），这样读就错了",
                                            line: raw.line))
                }
                return true
            }
        }
        let above = lastDataRow.map { "；它上面第 \($0.number) 行是“\($0.nonEmpty.joined(separator: " "))”" } ?? "；它上面就是指标表头"
        strayLine = (Paragraph(text: cell, line: raw.line), ReadError(line: raw.line,
                        "\(tableName)第 \(raw.line) 行只有一格“\(cell)”，在“\(column.header)”一栏，没有指标值，也不像是上一行指标名称未印完的部分\(above)：无法确定它是一行指标，还是别处的文字",
                        hint: "若它是上一行指标名称未印完的部分，请把它并入那一行；若是一行指标，请补上它的指标值；若是页眉、页脚或盖章处的文字，请删去；改正后再导入"))
        return true
    }

    /// A line of one cell in the 一级 or 二级 column that is no indicator label (`产出指标`,
    /// `数量指标`, a label of the template's own ending in 指标): the rest of the label
    /// above, wrapped onto a line of its own, is joined to it (`项目完成` + `指标`) and true
    /// is returned; other text there cannot be placed, and is refused rather than read as a
    /// 一级 over the rows below — unless no indicator row follows (`strayLine`). A label
    /// returns false (it is read as one).
    mutating func joinedLabelRest(_ raw: IndicatorRows.Raw, header h: IndicatorHeader) throws(ReadError) -> Bool {
        guard let k = raw.texts.indices.first(where: { !raw.texts[$0].isEmpty }) else { return false }
        let column = h.columns[k].column
        guard [.level1, .level2].contains(column.kind) else { return false }
        let cell = raw.texts[k]
        if IndicatorRows.readsAsLabel(cell) { return false }
        // The rest of a wrapped label completes it: the cell above is no label yet, or this
        // ends as labels do (`经济效益` + `指标`). Text after a whole label is not its rest
        // (`满意度指标` + `主管部门审核意见` reads as a label, but is none).
        if let last = raws.last, !last.texts[k].isEmpty,
           !IndicatorRows.readsAsLabel(last.texts[k]) || TextNormalization.withoutBlanks(cell).hasSuffix("指标"),
           IndicatorRows.readsAsLabel(PageFurniture.join(last.texts[k], cell)) {
            raws[raws.count - 1].texts[k] = PageFurniture.join(last.texts[k], cell)
            return true
        }
        let above = lastDataRow.map { "；它上面第 \($0.number) 行是“\($0.nonEmpty.joined(separator: " "))”" } ?? ""
        strayLine = (Paragraph(text: cell, line: raw.line), ReadError(line: raw.line,
                        "\(tableName)第 \(raw.line) 行只有一格“\(cell)”，在“\(column.header)”一栏，但它不是指标的分类（如产出指标、效益指标、满意度指标、成本指标，或数量指标、质量指标），也不能与上一行这一格的文字连成一个\(above)：无法确定它属于哪里，不能把它当作下面各行的\(column.kind == .level1 ? "一级" : "二级")指标",
                        hint: "若它是上一行某一格未印完的文字，请把它并入那一行；若是页眉、页脚或盖章处的文字，请删去；若它就是指标的分类，请写出完整的名称，再导入"))
        return true
    }

    /// A row that reads as an indicator row (or the header again): two cells or more (a
    /// name and its value), or an indicator label first.
    static func isIndicatorRow(_ row: Row) -> Bool {
        guard let first = row.firstNonEmpty else { return false }
        return IndicatorHeader.isHeader(row) || row.nonEmptyCount >= 2
            || IndicatorLabel.isLevel1(first) || IndicatorLabel.isLevel2(first)
    }

    /// The indicator header printed again at the top of a page: skipped when it names the
    /// same columns; a header of other columns cannot be placed, and is refused.
    mutating func readRepeatedHeader(_ row: Row, header h: IndicatorHeader) throws(ReadError) {
        let again = IndicatorHeader.read(row)
        // A two-row header's first row: the next row may be its second.
        if let first = headerFirstRow, Self.sameColumns(again, first) {
            repeatedFirstRow = first
            pageBroke = true
            return
        }
        if stackedBlock == nil, let first = Self.blockTerm(h), let second = Self.blockTerm(again), first.annual != second.annual,
           Self.sameColumns(again, h, ignoringBlockLabel: true) {
            stackedBlock = StackedBlock(header: h, raws: raws, label: first.label, annual: first.annual, otherLabel: second.label)
            raws = []
            header = again
            pageBroke = false
            return
        }
        guard Self.sameColumns(again, h) else {
            throw ReadError(line: row.number,
                            "第 \(row.number) 行是又一行指标表头，与\(tableName)第 \(h.line) 行的表头各列不同：无法确定下面各行按哪一行表头读",
                            hint: "一张表的指标表头在分页处重复时应与第一行表头相同；若这里是另一张项目表，请在它前面补上“序号.项目名称绩效目标表”标题和单位行")
        }
        // A two-row header whose first row already names every column: its second may follow.
        repeatedFirstRow = headerFirstRow
        pageBroke = true
    }

    /// Whether two headers name the same columns in the same cells (a block label's term
    /// aside, when asked: `长期绩效指标` and `年度绩效指标` label the same columns).
    static func sameColumns(_ a: IndicatorHeader, _ b: IndicatorHeader, ignoringBlockLabel: Bool = false) -> Bool {
        a.columns.map(\.index) == b.columns.map(\.index)
            && zip(a.columns, b.columns).allSatisfy {
                $0.column.kind == $1.column.kind && ($0.column.term == $1.column.term || ignoringBlockLabel && $0.column.kind == .blockLabel)
            }
    }

    struct StackedBlock {
        var header: IndicatorHeader
        var raws: [IndicatorRows.Raw]
        /// Its block label as printed (`长期绩效指标`), and whether it is the 年度 one.
        var label: String
        var annual: Bool
        /// The other block's label.
        var otherLabel: String
    }

    /// The term a header's block label names: 年度 (`年度绩效指标`, `本年度绩效指标`) or a
    /// longer one (`长期绩效指标`, `中期绩效指标`, `总目标绩效指标`); nil for a plain label.
    static func blockTerm(_ h: IndicatorHeader) -> (label: String, annual: Bool)? {
        guard let label = h.columns.first(where: { $0.column.kind == .blockLabel })?.column.header else { return nil }
        let bare = TextNormalization.withoutBlanks(label)
        if ["长期", "中期", "实施期", "总体", "总目标"].contains(where: { bare.contains($0) }) { return (label, false) }
        if ["年度", "当年"].contains(where: { bare.contains($0) }) { return (label, true) }
        return nil
    }

    // MARK: - Labelled rows above the header

    /// Reads a row by its label; false when it has none this table knows.
    mutating func readLabelled(_ row: Row) throws(ReadError) -> Bool {
        let label = row.label
        if section == .budget, let period = periodMoney {
            // A web copy of a money block with a column per year: its rows begin at the label.
            if let header = PeriodMoneyColumns.header(row) {
                periodMoney = header
                return true
            }
            if period.takesShifted(row) {
                readPeriodRow(row, period, shifted: true)
                return true
            }
        }
        if section == .facts, let header = factRows?.header, row.nonEmptyCount <= header.count, !RowLabels.isFactLabel(row.first),
           !RowLabels.isGoalLabel(row.first), !IndicatorHeader.isHeader(row), !BudgetBlock.isBudgetRow(row), !RowLabels.isFactRow(row) {
            // A web copy of a fact's small table (`项目年度实施进度计划 | 项目实施内容 | 开始时间 | 结束时间`):
            // its rows begin at the first column, the label's merged cell printed once.
            try readContinuation(row)
            return true
        }
        if TableStarts.isNameRow(row) {
            if Self.isCodeRow(row), let first = codeRowLine {
                // A table has one 项目编码 row: a second is the next table's.
                throw ReadError(line: row.number,
                                "第 \(row.number) 行是另一张项目表的项目编码行，\(tableName)在第 \(first) 行已有项目编码：它上面没有能识别的项目表标题，不能把它并入上一张表",
                                hint: "每张项目表以标题行开头，如“3.公共机构节能经费绩效目标表”；改正后再导入")
            }
            let rowName = NameRow.nameCell(row)
            if codeLine != nil, !name.isEmpty, !rowName.isEmpty, !Self.isCodeRow(row) {
                // A second name row in a named table: a 资金用途 text that begins `专项名称：…`,
                // or `专项名称 某专项` under `项目名称 某项目` (transfer tables print both). The
                // project keeps its name and code; the row is the usage text or a fact.
                if section == .budget, row.first.isEmpty {
                    try readContinuation(row)
                } else {
                    facts.append(ProjectFact(label: NameRow.label(row), text: rowName, line: row.number))
                    factRows = nil
                    section = .facts
                }
                return true
            }
            if Self.isCodeRow(row) { codeRowLine = row.number }
            // `项目编码 X` and `项目名称 Y` on rows of their own: the second row leaves what the
            // first read.
            let rowCode = Self.code(NameRow.codeCell(row))
            if !rowCode.isEmpty || code.isEmpty { code = rowCode }
            if !rowName.isEmpty || name.isEmpty { name = rowName }
            facts += RowLabels.factsOnly(row).filter { !$0.text.isEmpty }
            // `项目名称 某项目 项目金额 3,309,840.00`: money printed beside the name.
            addMoney(BudgetBlock.pairs(in: row, from: NameRow.afterName(row, name: name)), line: row.number)
            codeLine = row.number
            section = .code
        } else if TextNormalization.contains(row.first, "途"), RowLabels.bareLabel(row.first) == "资金用途" {
            // (A cell without 途's bytes is not 资金用途 once bare, which only drops blanks,
            // brackets and colons and folds full-width forms: most rows are not made bare.)
            // `资金用途 | 业务类项目 | 主管部门 | 某局` (甘肃's 省级 table, 嘉峪关 2023): a fact's label
            // in a later cell begins a pair of its own, not more of the usage.
            let cells = Array(row.cells.dropFirst())
            let factAt = cells.indices.dropFirst().first { RowLabels.isFactLabel(cells[$0]) && !RowLabels.isFactLabel(cells[$0 - 1]) }
            addUsage(cells[..<(factAt ?? cells.count)].filter { !$0.isEmpty }.joined(separator: " "), line: row.number)
            if let k = factAt { facts += RowLabels.factsOnly(Row(number: row.number, cells: Array(cells[k...]))) }
            section = .budget
        } else if let k = CostBreakdown.amountColumn(row) {
            // `项目预算成本构成 | 金额 | 测算(公式)依据 | …`: the costs follow, one a row.
            costAmountColumn = k
            costHeader = row.cells
            if budgetLine == nil { budgetLine = row.number }
            section = .budget
        } else if BudgetBlock.isBudgetRow(row) || departmentWide && BudgetBlock.beginsDepartmentBlock(row) {
            // `项目资金（万元）`: the block's label names the unit when the table does not.
            if !currencyStated, let u = ["亿元", "万元"].first(where: { PlainText.contains(row.first, $0) }) {
                unit.currency = u
                currencyStated = true
            } else if currencyStated, let u = BudgetBlock.bracketedCurrency(row.first), u != unit.currency {
                // `预算规模（元）` under a table in 万元: the block's own unit is its figures'.
                moneyCurrency = u
            }
            var row = row
            // `预算申报数 | 20万元 | 资金性质 | 一般公共预算` (甘肃's 省级 table): a fact's label in a
            // later cell, not itself money, begins a fact of its own (its text may name a
            // source, as 一般公共预算 does), not more of the money.
            let cells = row.cells
            if let k = cells.indices.dropFirst(2).first(where: { RowLabels.isFactLabel(cells[$0]) && BudgetItemKind.of(cells[$0]) == nil
                && !RowLabels.isFactLabel(cells[$0 - 1]) }) {
                facts += RowLabels.factsOnly(Row(number: row.number, cells: Array(cells[k...])))
                row = Row(number: row.number, cells: Array(cells[..<k]))
            }
            let start = BudgetBlock.firstPairCell(row)
            if let period = PeriodMoneyColumns.header(row) {
                // `项目资金情况 | 项目资金申请(万元) | 项 目 | 上年度安排资金 | 本年度申请资金`: the figures
                // follow, one source a row, a column per year.
                periodMoney = period
                if !currencyStated, let u = row.cells.lazy.compactMap(BudgetBlock.bracketedCurrency).first {
                    unit.currency = u
                    currencyStated = true
                }
            } else if let block = BudgetBlock.pairs(in: row, from: start) {
                money.add(block.pairs)
                addUsage((block.leftover + block.notes).joined(separator: " "), line: row.number)
                moneyHeader = BudgetBlock.headerColumns(row, from: start, block: block, firstPair: money.pairs.count - block.pairs.count)
            }
            if budgetLine == nil { budgetLine = row.number }
            section = .budget
        } else if TextNormalization.hasPrefix(label, "资金支出") {
            planLine = row.number
            for (j, cell) in row.cells.enumerated().dropFirst() {
                if let m = SpendingPlanRows.checkpointMonth(cell) { planHeader.append((j, m)) }
            }
            section = .plan
        } else if section == .plan, let month = SpendingPlanRows.checkpointMonth(row.first) {
            // `12月底 100.00%` on a line of its own, below the other figures.
            extraCheckpoints.append(Checkpoint(month: month, figure: row.cells.dropFirst().first { !$0.isEmpty } ?? ""))
        } else if RowLabels.isGoalLabel(row.first) {
            readGoalRow(row)
        } else if IndicatorHeader.isHeader(row) {
            header = headers.read(row)
            section = .indicators
        } else if UnitLine.isUnitNameRow(row) {
            // `单位名称 | 820001-某镇人民政府` inside the table.
            let u = UnitLine.read(row)
            if unit.name.isEmpty && unit.code.isEmpty { (unit.code, unit.name) = (u.code, u.name) }
            if let c = row.cells.lazy.compactMap(UnitLine.currency(in:)).first {
                unit.currency = c
                currencyStated = true
            }
        } else if RowLabels.isFactRow(row) {
            let (found, rest) = RowLabels.facts(row)
            facts += found
            addMoney(BudgetBlock.pairs(in: rest, from: 0), line: row.number)
            factRows = nil
            if found.count == 1 { readFactSubRows(row) }
            section = .facts
        } else if UnitLine.isUnitLine(row) {
            // `金额单位：万元` on a row of its own inside the table.
            let u = UnitLine.read(row)
            unit.currency = u.currency
            currencyStated = true
            if unit.name.isEmpty { (unit.code, unit.name) = (u.code, u.name) }
        } else if RowLabels.isBlockLabel(row) || RowLabels.isPageNumber(row) {
            // `绩效指标` on a row of its own above the header, or a page number.
        } else if section == .goals, GoalRows.isGoalItem(row.first) {
            // `目标1：…`, `2、…` under a goals row; after a line break, where a marker may skip
            // numbers (`GoalList.split`: a goal deleted, the rest not renumbered).
            goalRows[goalRows.count - 1].text += "\n" + GoalRows.goalItemText(row.nonEmpty.joined(separator: " "))
        } else if !label.isEmpty {
            if IndicatorLabel.isLevel1(label) {
                // An indicator row before any header: the header is missing.
                throw ReadError(line: row.number,
                                "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”，却是指标行“\(row.nonEmpty.prefix(3).joined(separator: " "))”",
                                hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
            }
            if RowLabels.isOtherLabelledRow(row) {
                // A template's own row (`项目简介 …`, `备注 …`): kept as a fact, not dropped. Money
                // printed beside it is money (`主管预算部门 | 某委 | 项目预算金额 (万元) | 5652`), in the
                // unit its label names when the table names none.
                let cells = row.cells
                var end = cells.count
                // (The cell after a fact's label is its text, whatever it says: `资金性质 | 一般公共预算`.)
                if let at = cells.indices.dropFirst(2).first(where: { BudgetBlock.isLabel(cells[$0]) && !RowLabels.isFactLabel(cells[$0 - 1]) }),
                   let block = BudgetBlock.pairs(in: row, from: at), !block.pairs.isEmpty, block.leftover.isEmpty {
                    end = at
                    if !currencyStated, let u = BudgetBlock.bracketedCurrency(cells[at]) {
                        unit.currency = u
                        currencyStated = true
                    }
                    addMoney(block, line: row.number)
                }
                facts.append(ProjectFact(label: RowLabels.formLabel(row.first),
                                         text: cells[1..<end].filter { !$0.isEmpty }.joined(separator: " "), line: row.number))
                factRows = nil
                if end == cells.count { readFactSubRows(row) }
                section = .facts
                return true
            }
            if section == .goals, !goalColumns.isEmpty, row.nonEmptyCount == goalColumns.count,
               goalColumns.allSatisfy({ goalRows[$0].text.isEmpty }) {
                // The texts under `总体目标 | 中期目标 | 年度目标` copied from a web page, where
                // 总体目标 is a merged (rowspan) cell: printed on its first row only, the row
                // under it begins at the first text.
                for (k, t) in row.nonEmpty.enumerated() { goalRows[goalColumns[k]].text = t }
                return true
            }
            if section == .goals, !goalColumns.isEmpty, !goalCompletionLabels.isEmpty,
               row.nonEmptyCount == goalColumns.count + goalCompletionLabels.count,
               goalColumns.allSatisfy({ goalRows[$0].text.isEmpty }) {
                // The same, with the year's-end columns filled in after the goals.
                let texts = row.nonEmpty
                for (k, t) in texts.prefix(goalColumns.count).enumerated() { goalRows[goalColumns[k]].text = t }
                addCompletionFacts(texts.dropFirst(goalColumns.count), line: row.number)
                return true
            }
            throw ReadError(line: row.number, "\(tableName)中有一行无法识别：“\(row.first)”",
                            hint: "表中的行应以 项目编码、预算规模及资金用途、资金支出计划、绩效目标 或 一级指标 开头")
        } else {
            return false
        }
        return true
    }

    mutating func readGoalRow(_ row: Row) {
        var rest = row.cells.dropFirst().filter { !$0.isEmpty }
        goalSubLabels = false
        goalTable = nil
        goalCompletionLabels = []
        while rest.count > 1, let last = rest.last, RowLabels.isCompletionColumnName(last) {
            goalCompletionLabels.insert(RowLabels.formLabel(last), at: 0)
            rest.removeLast()
        }
        if rest.count > 1 ? rest.allSatisfy(RowLabels.isGoalLabel) : rest.first.map(RowLabels.isTermGoalLabel) == true {
            // `总体目标 | 中期目标(2024年—2026年) | 年度目标`: the texts follow, side by side;
            // `总体目标 | 年度目标`: the text follows under the one term (not `年度目标` the text).
            goalColumns = rest.indices.map { goalRows.count + $0 }
            goalRows += rest.map { (RowLabels.formLabel($0), "") }
        } else if rest.count > 1, RowLabels.isGoalLabel(rest[0]), !RowLabels.isGoalLabel(rest[1]) {
            // `项目绩效目标 | 长期目标 | …`, then `| 年度目标 | …` below: a goal under each label.
            goalColumns = []
            goalSubLabels = true
            goalRows.append((RowLabels.formLabel(rest[0]), rest.dropFirst().joined(separator: " ")))
        } else {
            goalColumns = []
            if rest.count > 1, rest.allSatisfy(GoalRows.isColumnName) { goalTable = (Array(rest), goalRows.count) }
            goalRows.append((RowLabels.formLabel(row.first), rest.joined(separator: " ")))
        }
        if goalsLine == nil { goalsLine = row.number }
        section = .goals
    }

    /// Whether the fact just read from `row` (its last) heads sub-rows (`factRows`): its
    /// label then two column names or more (a small table's header), or one sub-label and
    /// its text — whose fact then says `sub-label：text`.
    mutating func readFactSubRows(_ row: Row) {
        let cells = row.nonEmpty
        guard cells.count >= 3, let last = facts.last, last.label == RowLabels.formLabel(cells[0]) else { return }
        let after = Array(cells.dropFirst())
        if after.allSatisfy(GoalRows.isColumnName) {
            // `项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间`: the rows below fill it in.
            factRows = (last.label, after)
        } else if after.count == 2, GoalRows.isColumnName(after[0]), !GoalRows.isColumnName(after[1]) {
            // `项目立项情况 | 项目立项的依据 | 机关、学校…按发改立项`.
            factRows = (last.label, nil)
            facts[facts.count - 1].text = "\(BudgetBlock.label(after[0]))：\(after[1])"
        }
    }

    /// A row under a money block's columns per year: this year's figure a money line, last
    /// year's a fact of its column (`上年度安排资金：合 计 213.4；县级资金 213.4`); under a
    /// breakdown of spending (`支出明细预算`), the row is 资金用途 as printed.
    mutating func readPeriodRow(_ row: Row, _ period: PeriodMoneyColumns, shifted: Bool = false) {
        let (label, figure, others, notes) = period.read(row, shifted: shifted)
        guard period.asMoney, !label.isEmpty, let kind = BudgetBlock.amountNamed(label) else {
            let figures = [figure] + others.map { "\($0.name)：\($0.figure)" }
            let said = [label.isEmpty ? "" : label + (figure.isEmpty ? "" : "："), figures.filter { !$0.isEmpty }.joined(separator: "；")].joined()
            let text = ([said] + notes).filter { !$0.isEmpty }.joined(separator: " ")
            // (Usage texts are joined as printed: each row after the first set off.)
            addUsage(usage.isEmpty ? text : "；" + text, line: row.number)
            return
        }
        if !figure.isEmpty {
            money.add([BudgetBlock.Pair(label: label, value: figure, line: row.number, kind: kind)])
            if budgetLine == nil { budgetLine = row.number }
        }
        for (name, f) in others {
            if let k = otherPeriodFacts[name] {
                facts[k].text += "；\(label) \(f)"
            } else {
                otherPeriodFacts[name] = facts.count
                facts.append(ProjectFact(label: name, text: "\(label) \(f)", line: row.number))
            }
        }
    }

    /// The texts under the goals' year's-end columns (`goalCompletionLabels`), each a fact
    /// under its column's name.
    mutating func addCompletionFacts(_ texts: ArraySlice<String>, line: Int) {
        for (label, text) in zip(goalCompletionLabels, texts) {
            facts.append(ProjectFact(label: label, text: text, line: line))
        }
    }

    // MARK: - Rows without a label

    mutating func readContinuation(_ row: Row) throws(ReadError) {
        let text = row.nonEmpty
        switch section {
        case .budget:
            if let header = PeriodMoneyColumns.header(row) {
                // Another block of the same columns (`支出明细预算(万元) | 项 目 | 上年度安排资金 | …`).
                periodMoney = header
            } else if let period = periodMoney {
                readPeriodRow(row, period)
            } else if let figures = BudgetBlock.figures(row, under: moneyHeaderAbove) {
                // The figures under a header of money labels, each in its label's column.
                for (pair, figure) in figures {
                    money.pairs[pair].value = figure
                    money.pairs[pair].line = row.number
                }
            } else if let block = BudgetBlock.moneyRow(row) {
                money.add(block.pairs)
                if !block.notes.isEmpty { addUsage(block.notes.joined(separator: " "), line: row.number) }
            } else {
                addUsage(text.joined(), line: row.number)
            }
        case .plan:
            if figuresLine == nil {
                figuresLine = row.number
                planFigures = row.cells.enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
            }
        case .goals:
            if goalSubLabels, text.count > 1, RowLabels.isGoalLabel(text[0]) {
                goalRows.append((RowLabels.formLabel(text[0]), text.dropFirst().joined(separator: " ")))
            } else if let t = goalTable, t.header.count == text.count {
                let item = zip(t.header, text).map { "\(BudgetBlock.label($0))：\($1)" }.joined(separator: "；")
                // The first row under the header takes the header's place in its goal.
                if t.row == goalRows.count - 1, goalRows[t.row].text == t.header.joined(separator: " ") {
                    goalRows[t.row].text = item
                } else {
                    goalRows.append((goalRows[t.row].label, item))
                }
            } else if goalColumns.count == text.count {
                for (k, t) in text.enumerated() { goalRows[goalColumns[k]].text += " " + t }
            } else if !goalColumns.isEmpty, !goalCompletionLabels.isEmpty, goalColumns.count + goalCompletionLabels.count == text.count {
                for (k, t) in text.prefix(goalColumns.count).enumerated() { goalRows[goalColumns[k]].text += " " + t }
                addCompletionFacts(text.dropFirst(goalColumns.count), line: row.number)
            } else {
                goalRows[goalRows.count - 1].text += " " + text.joined(separator: " ")
            }
        case .code:
            if let first = text.first, RowLabels.isFactLabel(first) {
                // `项目基本情况 | 项目名称 | 某项目`, then `| 项目属性 | 延续项目√` under the block's
                // label (湖南's 项目支出预算绩效目标申报表, 湘阴 2022): a fact, not more of the name.
                let (found, rest) = RowLabels.facts(row)
                facts += found
                addMoney(BudgetBlock.pairs(in: rest, from: 0), line: row.number)
                factRows = nil
                section = .facts
            } else {
                name += text.joined()
            }
        case .facts:
            if let sub = factRows, let header = sub.header, header.count == text.count {
                let item = zip(header, text).map { "\(BudgetBlock.label($0))：\($1)" }.joined(separator: "；")
                // The first row under the header takes the header's place.
                if facts[facts.count - 1].label == sub.label, facts[facts.count - 1].text == header.joined(separator: " ") {
                    facts[facts.count - 1].text = item
                } else {
                    facts.append(ProjectFact(label: sub.label, text: item, line: row.number))
                }
            } else if let sub = factRows, sub.header == nil, text.count == 2, GoalRows.isColumnName(text[0]) {
                facts.append(ProjectFact(label: sub.label, text: "\(BudgetBlock.label(text[0]))：\(text[1])", line: row.number))
            } else if factRows == nil, let first = text.first, RowLabels.isFactLabel(first), case let found = RowLabels.factsOnly(row), !found.isEmpty {
                // `| 项目负责人 | 杨柳 | 联系电话 | …` under a block's label (`项目基本情况`, 湘阴 2022):
                // facts of their own, not more of the one above.
                facts += found
            } else {
                facts[facts.count - 1].text += (facts[facts.count - 1].text.isEmpty ? "" : " ") + text.joined(separator: " ")
            }
        case .unit where text.count == 1 && text[0].count <= 40:
            // `(2023年度)` under the unit line: part of the table's title.
            tableTitle += (tableTitle.isEmpty ? "" : " ") + text[0]
        case .unit, .indicators, .notes:
            throw ReadError(line: row.number, "\(tableName)中出现了无法归属的一行：“\(text.joined(separator: " "))”",
                            hint: "单位行之后应是“项目编码 … 项目名称 …”行")
        }
    }

    mutating func addUsage(_ text: String, line: Int) {
        guard !text.isEmpty else { return }
        usage.append(text)
        if usageLine == nil { usageLine = line }
    }

    mutating func addMoney(_ block: BudgetBlock?, line: Int) {
        guard let block else { return }
        money.pairs += block.pairs
        if !block.notes.isEmpty { addUsage(block.notes.joined(separator: " "), line: line) }
        if budgetLine == nil { budgetLine = line }
    }
}
