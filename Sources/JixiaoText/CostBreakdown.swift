import JixiaoModel

/// A budget printed as a small table of its costs (鄂州 2022's 项目支出绩效目标表):
///
///     项目预算成本构成 | 金额 | 测算(公式)依据 | 2020年实际执行数 | 2021年实际执行数
///     保安服务费       | 191  | 依据招标文件   | 191             | 191
///     …
///     合计             | 814  |               | 662.98          | 794.55
///
/// Its header is a money block's label followed by column names, one of them the amount's
/// (`金额`), with no figure. Each cost below is part of the 资金用途 (with its amount and
/// the cells beside it); the 合计 row's amount is the 预算数. Before, `金额` was read as the
/// label's figure and the table refused.
enum CostBreakdown {
    /// The names an amount column is headed by.
    static let amountNames: Set<String> = ["金额", "测算金额", "申请金额", "成本金额"]

    /// The amount column's cell index when `row` heads a cost table; nil otherwise.
    static func amountColumn(_ row: Row) -> Int? {
        // Asked of every money row: the cell after the label names the amount column, or the
        // row is answered (`预算数 16`, `预算规模及资金用途 | 预算数 | 16`: a header has no figure).
        guard !row.first.isEmpty, BudgetBlock.isBudgetRow(row),
              let at = row.cells.indices.dropFirst().first(where: { !row.cells[$0].isEmpty }),
              amountNames.contains(bareName(row.cells[at])), !row.cells.contains(where: isFigure) else { return nil }
        let rest = row.cells.indices.dropFirst().filter { !row.cells[$0].isEmpty }
        // A column that names no amount (`测算(公式)依据`, `2020年实际执行数`): not a row of money labels
        // whose figures follow on the next row (`预算规模 | 预算数 | 财政资金 | 其他资金`).
        guard rest.dropFirst().contains(where: { !BudgetBlock.namesAmount(row.cells[$0]) }) else { return nil }
        return at
    }

    /// A figure in any unit a table prints (`2279.048` is one in 万元, not in 元).
    static func isFigure(_ cell: String) -> Bool {
        BudgetBlock.hasDigit(cell) && ((try? PrintedAmount.read(cell, defaultUnit: .wan)) != nil || BudgetBlock.looksLikeAmount(cell))
    }

    /// A column name without blanks and its bracketed unit: `金额（万元）` → `金额`.
    static func bareName(_ cell: String) -> String {
        IndicatorHeader.withoutBrackets(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
    }

    /// Whether a cost row's label is the table's total (`合计`, `总计`).
    static func isTotal(_ label: String) -> Bool {
        ["合计", "总计", "小计合计", "预算合计"].contains(bareName(label))
    }
}

extension TableReading {
    /// A row under a cost table's header (`CostBreakdown`): a cost with its amount, or the
    /// 合计. False when the row is none (the table's next part begins).
    mutating func readCostRow(_ row: Row, amountAt k: Int) -> Bool {
        guard !row.first.isEmpty, !RowLabels.isGoalLabel(row.first), !IndicatorHeader.isHeader(row),
              k < row.cells.count, CostBreakdown.isFigure(row.cells[k]) else { return false }
        if CostBreakdown.isTotal(row.first) {
            money.add([BudgetBlock.Pair(label: row.first, value: row.cells[k], line: row.number)])
        } else {
            // A cost says what the money is for: the 资金用途, each cost with its amount and the
            // columns beside it (`保安服务费 191（测算(公式)依据：依据招标文件；…）`).
            let others = row.cells.indices.filter { $0 != 0 && $0 != k && !row.cells[$0].isEmpty }.map { j in
                j < costHeader.count && !costHeader[j].isEmpty ? "\(costHeader[j])：\(row.cells[j])" : row.cells[j]
            }
            let cost = "\(row.first) \(row.cells[k])" + (others.isEmpty ? "" : "（\(others.joined(separator: "；"))）")
            addUsage((usage.isEmpty ? "" : "；") + cost, line: row.number)
        }
        return true
    }
}
