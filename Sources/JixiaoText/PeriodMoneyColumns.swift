import JixiaoModel

/// A money block printed as a small table with a column per year (湖南's 项目支出预算绩效目标申报表,
/// 湘阴 2022): `项目资金申请(万元) | 项 目 | 上年度安排资金 | 本年度申请资金`, then a row per source
/// (`合 计 | 213.4 | 259`, `县级资金 | 213.4 | 259`). The budget is the year's column; last
/// year's figures are kept beside it, not read as this year's.
struct PeriodMoneyColumns {
    /// The column of this year's figures.
    var current: Int
    /// Last year's (or another period's) columns, with their names as printed.
    var others: [(column: Int, name: String)]
    /// The header's other named columns after the figures (`测算依据及说明`).
    var notes: [(column: Int, name: String)]
    /// Whether the rows are the money's sources (`项目资金申请`); else a breakdown of what it
    /// is spent on (`支出明细预算`), kept as 资金用途.
    var asMoney: Bool

    /// The header a row prints, if it names this year's column and another year's.
    static func header(_ row: Row) -> PeriodMoneyColumns? {
        let cells = row.cells
        // A header prints no figure (`上年结转 | 10 | 本年预算 | 20` is money lines), and has the
        // rows' label column (`项 目`): a text that only mentions two years is no header.
        guard !cells.contains(where: BudgetBlock.looksLikeAmount), cells.contains(where: isColumnLabel) else { return nil }
        guard let current = cells.indices.first(where: { isCurrent(cells[$0]) }) else { return nil }
        let others = cells.indices.filter { $0 != current && isOtherPeriod(cells[$0]) }
        guard !others.isEmpty else { return nil }
        let last = max(current, others.max()!)
        let notes = cells.indices.filter { $0 > last && !cells[$0].isEmpty }.map { ($0, BudgetBlock.label(cells[$0])) }
        // The rows are sources of money when the label before the columns names money (`项目资金申请`).
        let first = min(current, others.min()!)
        let asMoney = cells[..<first].contains { !$0.isEmpty && BudgetBlock.namesAmount($0) && !isColumnLabel($0) }
        let labelColumn = cells[..<first].indices.last { isColumnLabel(cells[$0]) } ?? first - 1
        return PeriodMoneyColumns(current: current, others: others.map { ($0, BudgetBlock.label(cells[$0])) }, notes: notes, asMoney: asMoney,
                                  labelColumn: labelColumn)
    }

    /// `本年度申请资金`, `本年度预算`, `当年申请金额`.
    static func isCurrent(_ cell: String) -> Bool {
        let t = bare(cell)
        return t.hasAtMostCharacters(12) && ["本年", "当年", "今年"].contains { t.hasPrefix($0) }
    }

    /// `上年度安排资金`, `上年度预算安排`, `上年度实际执行`.
    static func isOtherPeriod(_ cell: String) -> Bool {
        let t = bare(cell)
        return t.hasAtMostCharacters(12) && ["上年", "前年", "去年"].contains { t.hasPrefix($0) }
    }

    /// `项 目`: the column of the rows' labels.
    static func isColumnLabel(_ cell: String) -> Bool { bare(cell) == "项目" }

    /// `合 计`, `项 目` → `合计`, `项目`: a short label set out with spaces; other text as it is.
    static func spacedLabel(_ text: String) -> String {
        let t = TextNormalization.withoutBlanks(text)
        return t.hasAtMostCharacters(4) && t.allSatisfy(TextNormalization.isHan) ? t : text
    }

    static func bare(_ cell: String) -> String { TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)) }

    /// The column of the rows' labels: the header's `项 目` cell, else the one before the figures.
    var labelColumn: Int

    /// A row copied from a web page under the header, where merged cells (`项目资金情况`,
    /// `项目资金申请(万元)`) are printed on the header's row only: it begins at the label's
    /// column (`合 计 | 213.4 | 259`). Asked of a row whose first cell is filled: true when
    /// it reads as a label with figures under the year's columns (or none), no other row.
    func takesShifted(_ row: Row) -> Bool {
        let cells = row.cells
        guard labelColumn > 0, let first = cells.first, !first.isEmpty, first.hasAtMostCharacters(20),
              !RowLabels.isGoalLabel(first), !RowLabels.isFactLabel(first),
              !IndicatorHeader.isHeader(row), let filled = cells.lastIndex(where: { !$0.isEmpty }), filled + 1 + labelColumn <= max(current, others.map(\.column).max() ?? current, notes.map(\.column).max() ?? 0) + 1
        else { return false }
        let figures = ([current] + others.map(\.column)).map { $0 - labelColumn }.filter { $0 > 0 && $0 < cells.count }.map { cells[$0] }
        // A figure under a year's column, or a money line left empty (`市级资金`).
        return figures.allSatisfy { $0.isEmpty || BudgetBlock.looksLikeAmount($0) || BudgetBlock.isUnfilled($0) }
            && (figures.contains(where: BudgetBlock.looksLikeAmount) || BudgetBlock.namesAmount(first))
    }

    /// A row under the header: its label (the first filled cell before the figures), this
    /// year's figure, the other years' figures and the notes, as printed. `shifted`: the row
    /// begins at the label's column (`takesShifted`).
    func read(_ row: Row, shifted: Bool = false) -> (label: String, figure: String, others: [(name: String, figure: String)], notes: [String]) {
        let cells = shifted ? Array(repeating: "", count: labelColumn) + row.cells : row.cells
        func cell(_ k: Int) -> String { k < cells.count ? TextNormalization.trimmed(cells[k]) : "" }
        let first = min(current, others.map(\.column).min() ?? current)
        // (`合 计`: the template's letter-spaced label, as a word.)
        let label = cells[..<min(first, cells.count)].last { !$0.isEmpty }.map { Self.spacedLabel(BudgetBlock.label($0)) } ?? ""
        return (label, cell(current), others.map { ($0.name, cell($0.column)) }.filter { !$0.figure.isEmpty },
                notes.map { cell($0.column) }.filter { !$0.isEmpty })
    }
}
