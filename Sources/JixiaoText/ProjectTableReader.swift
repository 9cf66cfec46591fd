import JixiaoModel

/// Reads one 项目绩效目标表: the rows from its heading to the next heading.
enum ProjectTableReader {
    /// `3.公共机构节能经费绩效目标表` → (3, `公共机构节能经费绩效目标表`).
    static func heading(_ row: Row) -> (Int, String)? {
        guard row.nonEmpty.count == 1 else { return nil }
        let t = row.nonEmpty[0]
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
        let rest = t.dropFirst(digits.count)
        guard let sep = rest.first, [".", "．", "、"].contains(sep) else { return nil }
        let title = TextNormalization.trimmed(rest.dropFirst())
        guard let c = title.first, !(c.isASCII && c.isNumber) else { return nil }
        return (n, title)
    }

    /// `430001 秦皇岛市抚宁区机关事务服务中心本级 … 单位：元`.
    static func isUnitLine(_ row: Row) -> Bool {
        row.cells.contains { cell in
            let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
            return c.hasPrefix("单位:")
        }
    }

    static func unit(_ row: Row) -> TableUnit {
        let first = row.first
        let code = String(first.prefix { $0.isASCII && $0.isNumber })
        let name = TextNormalization.trimmed(first.dropFirst(code.count))
        let currencyCell = row.cells.first {
            TextNormalization.withoutBlanks(TextNormalization.halfWidth($0)).hasPrefix("单位:")
        } ?? "单位：元"
        let currency = String(TextNormalization.withoutBlanks(TextNormalization.halfWidth(currencyCell)).dropFirst(3))
        return TableUnit(code: code, name: name, currency: currency.isEmpty ? "元" : currency)
    }

    /// The 一级 names of both frames: a row starting with one is an indicator row.
    static let level1Names: Set<String> = [IndicatorFrame.output, IndicatorFrame.benefit, IndicatorFrame.satisfaction,
                                           IndicatorFrame.cost]

    /// What the table has read so far; a continuation row (blank first cell) belongs to
    /// the last labelled row.
    enum Section { case unit, code, budget, plan, goals, indicators }

    static func read(_ rows: [Row], ordinal: Int, atEndOfFile: Bool) throws(ReadError) -> Project {
        let headingRow = rows[0]
        let (number, headingText) = heading(headingRow)!
        let unitRow = rows.dropFirst().first { !$0.isBlank }!
        let tableUnit = unit(unitRow)
        let tableName = "第 \(ordinal) 个项目表“\(number).\(headingText)”（第 \(headingRow.number) 行起）"

        var code = "", name = ""
        var codeLine: Int?, budgetLine: Int?, usageLine: Int?, planLine: Int?, figuresLine: Int?
        var goalsLine: Int?, headerLine: Int?
        var budget: Budget?
        var usage = ""
        var planHeader: [(column: Int, month: Int)] = []
        var planFigures: [(column: Int, text: String)] = []
        var extraCheckpoints: [Checkpoint] = []
        var goalsText = ""
        var indicators: [Indicator] = []
        var lastIndicatorCells = 0
        var section = Section.unit

        for row in rows where row.number > unitRow.number && !row.isBlank {
            let label = row.label
            if section == .indicators {
                if isPageNumber(row) { continue }
                indicators.append(indicator(row, after: indicators.last))
                lastIndicatorCells = row.cells.count
                continue
            }
            if label.hasPrefix("项目编码") || row.cells.contains(where: { TextNormalization.withoutBlanks($0) == "项目名称" }) {
                code = TextNormalization.withoutBlanks(TextNormalization.halfWidth(
                    row.value { $0 == "项目编码" }.map(\.text) ?? ""))
                name = row.value { $0 == "项目名称" }.map(\.text) ?? ""
                codeLine = row.number
                section = .code
            } else if label.hasPrefix("预算规模") || row.cells.contains(where: { TextNormalization.withoutBlanks($0) == "预算数" }) {
                budget = try readBudget(row, currency: tableUnit.currency)
                budgetLine = row.number
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
            } else if label == "绩效目标" {
                goalsText = row.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
                goalsLine = row.number
                section = .goals
            } else if label == "一级指标" {
                headerLine = row.number
                section = .indicators
            } else if label.isEmpty {
                let text = row.nonEmpty
                switch section {
                case .budget:
                    usage += text.joined()
                    if usageLine == nil { usageLine = row.number }
                case .plan:
                    if figuresLine == nil {
                        figuresLine = row.number
                        planFigures = row.cells.enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
                    }
                case .goals:
                    goalsText += " " + text.joined(separator: " ")
                case .code:
                    name += text.joined()
                case .unit, .indicators:
                    throw ReadError(line: row.number, "\(tableName)中出现了无法归属的一行：“\(row.nonEmpty.joined(separator: " "))”",
                                    hint: "单位行之后应是“项目编码 … 项目名称 …”行")
                }
            } else if isPageNumber(row) {
                continue
            } else if level1Names.contains(label) {
                // An indicator row before any header: the header is missing.
                throw ReadError(line: row.number,
                                "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”，却是指标行“\(row.nonEmpty.prefix(3).joined(separator: " "))”",
                                hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
            } else {
                throw ReadError(line: row.number, "\(tableName)中有一行无法识别：“\(row.first)”",
                                hint: "表中的行应以 项目编码、预算规模及资金用途、资金支出计划、绩效目标 或 一级指标 开头")
            }
        }

        let lastLine = rows.last { !$0.isBlank }?.number ?? headingRow.number
        if atEndOfFile {
            var missing: [String] = []
            if budget == nil { missing.append("预算规模及资金用途") }
            if headerLine == nil { missing.append("指标表头（一级指标 二级指标 三级指标 …）") }
            if headerLine != nil && indicators.isEmpty { missing.append("指标行") }
            if !missing.isEmpty {
                throw ReadError(line: lastLine,
                                "文件在第 \(lastLine) 行结束，但\(tableName)还没有结束：缺少\(missing.joined(separator: "、"))",
                                hint: "文件可能被截断；请重新导出完整的文本")
            }
            if lastIndicatorCells < 6 {
                throw ReadError(line: lastLine,
                                "文件在第 \(lastLine) 行结束，这一行指标只有 \(lastIndicatorCells) 个单元格（应有 6 个：一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据）",
                                hint: "文件可能在最后一行中间被截断；请重新导出完整的文本")
            }
        }
        guard let budget, let budgetLine else {
            throw ReadError(line: (codeLine ?? unitRow.number) + 1, "\(tableName)缺少“预算规模及资金用途”行（预算数、财政资金、其他资金）",
                            hint: "“项目编码”行之后应是“预算规模及资金用途 预算数 … 其中：财政资金 … 其他资金 …”")
        }
        guard let headerLine else {
            let expectedAt = (goalsLine ?? figuresLine ?? planLine ?? usageLine ?? budgetLine) + 1
            throw ReadError(line: expectedAt,
                            "\(tableName)缺少指标表头：这里应是“一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据”",
                            hint: "指标表头在“绩效目标”行之后；没有它，无法确定下面各列的含义")
        }

        let checkpoints = assignFigures(header: planHeader, figures: planFigures, extra: extraCheckpoints)
        let lines = Project.Lines(
            heading: headingRow.number, unit: unitRow.number, code: codeLine ?? unitRow.number,
            budget: budgetLine, usage: usageLine, plan: planLine ?? budgetLine, planFigures: figuresLine,
            goals: goalsLine ?? planLine ?? budgetLine, indicatorHeader: headerLine)
        return Project(number: number, heading: headingText, unit: tableUnit, code: code, name: name,
                       budget: budget, usage: usage, spendingPlan: SpendingPlan(checkpoints: checkpoints),
                       goals: GoalList.split(goalsText), indicators: indicators, lines: lines)
    }

    // MARK: - Budget

    static func readBudget(_ row: Row, currency: String) throws(ReadError) -> Budget {
        let unit: Money.Unit = currency == "万元" ? .wan : .yuan
        func isLabel(_ cell: String) -> Bool {
            let c = TextNormalization.withoutBlanks(cell)
            return c.contains("预算") || c.contains("资金") || c.hasPrefix("其中")
        }
        func amount(_ name: String, _ matches: (String) -> Bool, required: Bool) throws(ReadError) -> Money {
            guard let i = row.cells.firstIndex(where: { matches(TextNormalization.withoutBlanks($0)) }) else {
                if !required { return .zero }
                throw ReadError(line: row.number, "预算行没有“\(name)”",
                                hint: "预算行应为“预算规模及资金用途 预算数 20000.00 其中：财政资金 20000.00 其他资金 0”")
            }
            let next = row.cells[(i + 1)...].first { !$0.isEmpty }
            guard let text = next, !isLabel(text) else {
                if !required { return .zero }
                throw ReadError(line: row.number, "预算行的“\(name)”后面没有金额",
                                hint: "预算行应为“预算规模及资金用途 预算数 20000.00 其中：财政资金 20000.00 其他资金 0”")
            }
            do {
                return try Money.parse(text, defaultUnit: unit)
            } catch {
                throw ReadError(line: row.number, "\(name)：\(error)",
                                hint: "金额以\(currency)为单位，写作 20000.00 这样的数字，不带千位逗号")
            }
        }
        let total = try amount("预算数", { $0 == "预算数" }, required: true)
        let fiscal = try amount("财政资金", { $0.hasSuffix("财政资金") }, required: true)
        let other = try amount("其他资金", { $0.hasSuffix("其他资金") }, required: false)
        return Budget(total: total, fiscal: fiscal, other: other)
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

    // MARK: - Indicators

    static func indicator(_ row: Row, after previous: Indicator?) -> Indicator {
        var c = row.cells
        while c.count > 6, c.last == "" { c.removeLast() }
        if c.count > 6 {
            // Text the PDF pushed past the last column still belongs to the row.
            c = Array(c[..<5]) + [c[5...].filter { !$0.isEmpty }.joined(separator: " ")]
        }
        while c.count < 6 { c.append("") }
        let level1 = c[0].isEmpty ? (previous?.level1 ?? "") : c[0]
        let level2 = c[1].isEmpty && c[0].isEmpty ? (previous?.level2 ?? "") : c[1]
        return Indicator(level1: level1, level2: level2, name: c[2], description: c[3],
                         value: TargetValue(c[4]), basis: c[5], line: row.number)
    }

    /// A page number the extraction left between rows (`8`, `- 8 -`, `— 8 —`).
    static func isPageNumber(_ row: Row) -> Bool {
        guard row.nonEmpty.count == 1 else { return false }
        let t = row.nonEmpty[0].filter { !"-—– ".contains($0) }
        return !t.isEmpty && t.count <= 3 && t.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
