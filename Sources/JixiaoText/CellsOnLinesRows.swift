import JixiaoModel

/// The rows of a table saved with each cell on a line of its own (`CellsOnLines`), put back
/// together where the cells themselves say where a row begins: a line of the text is a cell
/// (a line of blanks an empty one), an empty line only sets two cells apart.
///
/// - The indicator header is the run of column names from `一级(指标)` up to the first cell
///   that names a 一级 (the block's first row prints its 一级): its length is the column count.
/// - An indicator row begins with a 一级 label (every column), a 二级 label (the merged 一级
///   cell left out) or a name (both left out), and takes the cells its columns leave. A row
///   that would begin with an empty cell, be cut short by the text's end or hold a 一级 label
///   past its label columns ends the rows: the lines from there are left as they are.
/// - Above the header, a label of the table's own (`项目名称`, `项目主管部门`, `资金总额:`, a
///   short label such as `项目总体情况`) takes the cell after it, unless that is a label too.
///
/// Nil when the text is not of that shape. The reader tries these rows only where the text's
/// own would be refused, and keeps that refusal when these cannot be read either.
extension CellsOnLines {
    static func rejoined(_ rows: [Row]) -> [Row]? {
        // A tab anywhere: the text has rows of cells.
        guard !rows.contains(where: { $0.cells.count > 1 }) else { return nil }
        let cells = rows.indices.filter { !rows[$0].text.isEmpty }
        func cell(_ k: Int) -> String { rows[cells[k]].firstNonEmpty ?? "" }
        guard let k = cells.indices.first(where: { k in
            k + headerLabels.count <= cells.count
                && zip(headerLabels.indices, headerLabels).allSatisfy { isHeaderLabel(cell(k + $0), $1) }
        }) else { return nil }
        var end = k + headerLabels.count
        while end < cells.count, end - k < 12, !cell(end).isEmpty, !IndicatorLabel.isLevel1(cell(end)) { end += 1 }
        let width = end - k
        guard width > headerLabels.count else { return nil }

        var out = head(rows, cells: Array(cells[..<k]))
        out.append(Row(number: rows[cells[k]].number, cells: (k..<end).map(cell)))
        var i = end
        while i < cells.count {
            let first = cell(i)
            guard !first.isEmpty else { break }
            let start = firstColumn(first, next: i + 1 < cells.count ? cell(i + 1) : "")
            let take = width - start
            guard i + take <= cells.count,
                  !(i + max(1, 2 - start)..<i + take).contains(where: { IndicatorLabel.isLevel1(cell($0)) }) else { break }
            out.append(Row(number: rows[cells[i]].number, cells: (i..<i + take).map(cell)))
            i += take
        }
        if i < cells.count { out += rows[cells[i]...] }
        return out
    }

    /// The header column a row's first cell stands in: 0 for a 一级 label, 1 for a 二级 label,
    /// 2 for a name. `成本指标` and `满意度指标` name both: the 一级 when a 二级 label follows.
    static func firstColumn(_ first: String, next: String) -> Int {
        let one = IndicatorLabel.isLevel1(first), two = IndicatorRows.isLevel2(first)
        if one && two { return IndicatorRows.isLevel2(next) ? 0 : 1 }
        return one ? 0 : two ? 1 : 2
    }

    /// The rows above the indicator header: from the first label of the table's own, each
    /// label with the cell after it; other lines (the page's title, the site's lines) as read.
    static func head(_ rows: [Row], cells: [Int]) -> [Row] {
        guard let firstLabel = cells.firstIndex(where: { RowLabels.isFixedLabel(rows[$0].firstNonEmpty ?? "") }) else {
            return Array(rows[..<(cells.last.map { $0 + 1 } ?? 0)])
        }
        var out = Array(rows[..<cells[firstLabel]])
        var n = firstLabel
        while n < cells.count {
            let row = rows[cells[n]]
            let text = row.firstNonEmpty ?? ""
            if n + 1 < cells.count, isLabel(text) {
                let next = rows[cells[n + 1]].firstNonEmpty ?? ""
                if !RowLabels.isFixedLabel(next) {
                    out.append(Row(number: row.number, cells: [text, next]))
                    n += 2
                    continue
                }
            }
            out.append(row)
            n += 1
        }
        return out
    }

    /// A label of the table's own, or one shaped like a label (`RowLabels.isOtherLabelledRow`:
    /// short, Chinese, no sentence's punctuation) that no vocabulary names.
    static func isLabel(_ text: String) -> Bool {
        if RowLabels.isFixedLabel(text) { return true }
        let l = RowLabels.bareLabel(text)
        return !l.isEmpty && l.hasAtMostCharacters(12) && l.allSatisfy(TextNormalization.isHan)
            && !IndicatorLabel.isLevel1(l) && !IndicatorLabel.isLevel2(l)
    }
}
