import JixiaoModel

/// Reads one 项目绩效目标表: the rows from its heading to the next table's.
///
/// Rows are recognised by their labels, in whatever order the template prints them
/// (`TableReading`): 项目编码/项目名称, the money block (`BudgetBlock`), 资金支出计划, goals
/// (`绩效目标`, `年度目标`, `中期目标` …), facts on rows of their own (实施单位, 项目期 …) and
/// the indicator header, whose words say what each column holds (`IndicatorHeader`). Notes
/// and approval lines under the table are kept with it.
enum ProjectTableReader {
    static func read(_ all: [Row], start: TableStart, end: Int, ordinal: Int, atEndOfFile: Bool,
                     values: inout TargetValues, headers: inout IndicatorHeaders,
                     repeats: inout RepeatedLines, units: inout UnitLines) throws(ReadError) -> Project {
        do throws(ReadError) {
            return try readTable(all, start: start, end: end, ordinal: ordinal, atEndOfFile: atEndOfFile, values: &values,
                                 headers: &headers, repeats: &repeats, units: &units)
        } catch {
            // A table whose cells stand each on a line of its own fails at its first cell the
            // reader cannot place: what is wrong is the whole text's shape. Looked for to the
            // file's end, not the table's: in such a text a line (`一、预算资金:250`) can read
            // as the next table's heading and cut the table short of its indicator header.
            throw CellsOnLines.refusal(all, from: start.first, to: all.count, stoppedAt: error.line) ?? error
        }
    }

    private static func readTable(_ all: [Row], start: TableStart, end: Int, ordinal: Int, atEndOfFile: Bool,
                                  values: inout TargetValues, headers: inout IndicatorHeaders,
                                  repeats: inout RepeatedLines, units: inout UnitLines) throws(ReadError) -> Project {
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
        let tableTitle = start.titleLines.map { all[$0].nonEmpty.joined(separator: " ") }.joined(separator: " ")
        let shown = headingText.isEmpty ? "" : "“\(number).\(headingText)”"
        let tableName = "第 \(ordinal) 个项目表\(shown)（第 \(headingLine) 行起）"

        // (One reading, not a copy made after the rows: the copy was retained and destroyed
        // field by field.)
        var r = TableReading(tableName: tableName, unit: TableUnit(code: "", name: "", currency: "元"),
                             currencyStated: false, tableTitle: tableTitle)
        r.departmentWide = DepartmentWideTable.names(headingText) || DepartmentWideTable.names(tableTitle)
        var firstRow = start.anchor
        if UnitLine.isUnitLine(anchorRow) {
            r.unit = units.read(anchorRow)
            r.currencyStated = true
            firstRow += 1
        } else if let h = start.heading, UnitLine.isUnitLine(all[h]) {
            // `1.某项目绩效目标表  单位：万元` on one line.
            r.unit.currency = UnitLine.read(all[h]).currency
            r.currencyStated = true
        }
        // The document's headers, lent to this table (swapped, so that neither copy is shared).
        swap(&r.headers, &headers)
        let furniture = try PageFurniture.find(all, from: firstRow, to: end, unitName: r.unit.name, repeats: &repeats)
        let read = (firstRow..<end).filter { !all[$0].isBlank && !furniture.skipped.contains($0) }
        for (n, i) in read.enumerated() {
            // A page breaks before the next row read: this row may be the first part of one
            // the next page goes on with.
            let beforeBreak = n + 1 < read.count && furniture.breaks.contains(read[n + 1])
            do throws(ReadError) {
                try r.read(all[i], afterPageBreak: furniture.breaks.contains(i), beforePageBreak: beforeBreak)
            } catch {
                throw n > 0 ? Self.brokenRow(error, at: all[i], after: all[read[n - 1]]) : error
            }
        }
        try r.readHeldRow()
        swap(&r.headers, &headers)
        r.keepStrayLineAsNote()
        r.dropEmptyColumnsNamedAbove()
        // Columns whose header does not say what they hold are read by their cells.
        r.header = r.header?.settled(byCells: r.raws)
        if let stacked = r.stackedBlock { r.stackedBlock?.header = stacked.header.settled(byCells: stacked.raws) }

        if atEndOfFile {
            let lastLine = all[start.first..<end].last { !$0.isBlank }?.number ?? headingLine
            try checkNotCut(r, lastLine: lastLine)
        }
        // Two stacked blocks: the 年度 one is the table's; the other's rows are kept as notes.
        if let stacked = r.stackedBlock, stacked.annual, let second = r.header {
            r.stackedBlock = TableReading.StackedBlock(header: second, raws: r.raws, label: stacked.otherLabel, annual: false,
                                                      otherLabel: stacked.label)
            r.raws = stacked.raws
            r.header = stacked.header
        }
        guard let header = r.header else {
            let expectedAt = (r.goalsLine ?? r.figuresLine ?? r.planLine ?? r.usageLine ?? r.budgetLine ?? r.codeLine
                ?? anchorRow.number) + 1
            throw ReadError(line: expectedAt,
                            "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”",
                            hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
        }
        if let shown = headers.selfEvaluationColumns(of: header) {
            throw ReadError(line: header.line,
                            "\(tableName)是绩效自评表，不是绩效目标表：指标表头有\(shown.map { "“\($0)”" }.joined(separator: ""))栏，是执行后的自评，不是预算的目标",
                            hint: "Jixiao 审核预算绩效目标表；请导入这份预算的绩效目标表（一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据）")
        }

        if let other = r.stackedBlock {
            // Kept, not judged: the budget year's targets are the 年度 block's.
            var notes = [Paragraph(text: "\(other.label)另列在\(other.otherLabel)之\(other.header.line < header.line ? "前" : "后")（第 \(other.header.line) 行起），按\(other.otherLabel)审核；\(other.label)各行如下",
                                   line: other.header.line)]
            for i in IndicatorRows.indicators(other.raws, header: other.header, values: &values) {
                let where_ = [i.level1, i.level2, i.name].filter { !$0.isEmpty }.joined(separator: "/")
                notes.append(Paragraph(text: "\(other.label) \(where_)：\(i.value.raw.isEmpty ? "（空）" : i.value.raw)", line: i.line))
            }
            r.notes = (r.notes + notes).sorted { $0.line < $1.line }
        }
        // `51000021R000000019951-工资性支出`: the code printed in the name cell, as the 一体化
        // systems print a project, when the table has no code cell of its own filled.
        if TextNormalization.withoutBlanks(r.code).isEmpty, let printed = ProjectCodePrefix.split(r.name) {
            (r.code, r.name) = printed
        }
        let currency = Money.Unit(printed: r.moneyCurrency ?? r.unit.currency) ?? .yuan
        let (budget, totalLine) = try r.money.budgetAndTotalLine(currency: currency, stated: r.currencyStated || r.moneyCurrency != nil,
                                                                 tableName: tableName)
        if !r.currencyStated {
            // No `单位：元`/`单位：万元` anywhere: the unit is the one the labels of all the bare
            // figures name (`预算数（万元） | 814`); else it is not printed (""), and the figures,
            // held as 元, are said as printed (`budget.currency-absent`).
            r.unit.currency = r.money.unitNamedForBareFigures() ?? ""
        }
        let checkpoints = SpendingPlanRows.assignFigures(header: r.planHeader, figures: r.planFigures, extra: r.extraCheckpoints)
        let fallback = r.budgetLine ?? r.codeLine ?? anchorRow.number
        let lines = Project.Lines(
            heading: headingLine, unit: anchorRow.number, code: r.codeLine ?? anchorRow.number,
            budget: fallback, usage: r.usageLine, plan: r.planLine ?? fallback, planFigures: r.figuresLine,
            goals: r.goalsLine ?? r.planLine ?? fallback, indicatorHeader: header.line,
            budgetTotal: totalLine == fallback ? nil : totalLine)
        let layout = TableLayout(indicatorColumns: header.layoutColumns, hasSpendingPlan: r.planLine != nil)
        return Project(number: number, heading: headingText, unit: r.unit, code: r.code, name: r.name,
                       budget: budget, usage: r.usage.joined(), spendingPlan: SpendingPlan(checkpoints: checkpoints),
                       goals: GoalRows.goals(r.goalRows), indicators: IndicatorRows.indicators(r.raws, header: header, values: &values),
                       lines: lines, tableTitle: r.tableTitle, facts: r.facts, notes: r.notes, layout: layout,
                       readingDoubts: r.doubts, printedLabels: r.printedLabels)
    }

    /// The last table of a file that stops before its indicator rows, or inside its last
    /// row (fewer cells than the header and no value), was cut: refused. One that stops
    /// after complete rows is read as far as it goes.
    static func checkNotCut(_ r: TableReading, lastLine: Int) throws(ReadError) {
        var missing: [String] = []
        if r.header == nil && r.budgetLine == nil { missing.append("预算规模及资金用途") }
        if r.header == nil { missing.append("指标表头（一级指标 二级指标 三级指标 …）") }
        if r.header != nil && r.raws.isEmpty { missing.append("指标行") }
        if !missing.isEmpty {
            throw ReadError(line: lastLine,
                            "文件在第 \(lastLine) 行结束，但\(r.tableName)还没有结束：缺少\(missing.joined(separator: "、"))",
                            hint: "文件可能被截断；请重新导出完整的文本")
        }
        if let h = r.header, let last = r.raws.last, let row = r.lastDataRow, row.cells.count < h.cellCount,
           IndicatorRows.value(last, header: h).isEmpty {
            let names = h.columns.map { $0.column.header }.joined(separator: "、")
            throw ReadError(line: row.number,
                            "文件在第 \(row.number) 行结束，这一行指标只有 \(row.cells.count) 个单元格（应有 \(h.cellCount) 个：\(names)），也没有指标值",
                            hint: "文件可能在最后一行中间被截断；请重新导出完整的文本")
        }
    }

    /// A line that cannot be placed, under a line holding only a label (`项目 名称`, `主管部门`):
    /// most often one row of the page broken in two where a cell held a line break — the
    /// label's content and the row's other cells on the next line. The refusal says so, and
    /// what to join; another refusal is returned as it is.
    static func brokenRow(_ error: ReadError, at row: Row, after previous: Row) -> ReadError {
        guard error.line == row.number, error.message.contains("中有一行无法识别") else { return error }
        // The indicator header broken so: `绩效指标 | 一级 指标`, then `二级 指标` on the next line.
        if let last = previous.cells.last(where: { !$0.isEmpty }), CellsOnLines.isHeaderLabel(last, "一级指标"),
           let first = row.firstNonEmpty, CellsOnLines.isHeaderLabel(first, "二级指标") {
            return ReadError(line: row.number,
                             "\(error.message)——指标表头断在了几行上：第 \(previous.number) 行以“\(CellsOnLines.printedLabel(last))”结束，“\(CellsOnLines.printedLabel(first))”在第 \(row.number) 行（单元格里的换行，在复制时成了新的一行）",
                             hint: "把指标表头从第 \(previous.number) 行起的几行合成一行（各格之间用制表符），或从原网页选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx 再导入")
        }
        guard previous.nonEmptyCount == 1, let label = previous.firstNonEmpty,
              TableStarts.isNameLabel(label) || RowLabels.isFactLabel(label) || BudgetBlock.isLabel(label) else { return error }
        let shown = TextNormalization.trimmed(label)
        return ReadError(line: row.number,
                         error.message + "——上一行（第 \(previous.number) 行）只有标签“\(shown)”，没有内容：表格的这一行像是在复制时断成了两行（单元格里的换行）",
                         hint: "把第 \(previous.number) 行和第 \(row.number) 行合成一行（各格之间用制表符），或从原网页选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx 再导入")
    }
}
