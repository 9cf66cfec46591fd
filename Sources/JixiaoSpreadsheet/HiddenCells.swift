/// The rows and columns a unit hid inside a visible sheet (a note column beside the values,
/// a template's example row, rows a filter hides). Excel neither shows nor prints them, so
/// their text is not read — as a hidden sheet's is not — and the sheet records which held
/// text, to be said. A merged area's text stays when the area shows beyond what was hidden.
struct HiddenCells {
    /// 1-based rows, 0-based columns, as `Workbook.Row.number` and `Workbook.Cell.column`.
    var rows: Set<Int> = []
    var columns: Set<Int> = []
    /// Merged areas: first row, first column, last row, last column (rows 1-based).
    var merges: [(Int, Int, Int, Int)] = []

    /// `sheet` without the text of its hidden cells, and with `hiddenRows`/`hiddenColumns` set.
    func applied(to sheet: Workbook.Sheet) -> Workbook.Sheet {
        guard !rows.isEmpty || !columns.isEmpty else { return sheet }
        var out = sheet
        var leftOutRows: Set<Int> = [], leftOutColumns: Set<Int> = []
        out.rows = sheet.rows.compactMap { row in
            var row = row
            row.cells.removeAll { cell in
                let hiddenRow = rows.contains(row.number), hiddenColumn = columns.contains(cell.column)
                guard hiddenRow || hiddenColumn, !showsInMerge(row: row.number, column: cell.column) else { return false }
                if hiddenRow { leftOutRows.insert(row.number) } else { leftOutColumns.insert(cell.column) }
                return true
            }
            return row.cells.isEmpty ? nil : row
        }
        out.hiddenRows = leftOutRows.sorted()
        out.hiddenColumns = leftOutColumns.sorted()
        return out
    }

    /// Whether the cell's text is left out.
    func hides(row: Int, column: Int) -> Bool {
        (rows.contains(row) || columns.contains(column)) && !showsInMerge(row: row, column: column)
    }

    /// Whether the cell anchors a merged area that reaches a row and a column not hidden.
    func showsInMerge(row: Int, column: Int) -> Bool {
        guard let m = merges.first(where: { $0.0 == row && $0.1 == column }) else { return false }
        return (m.0...m.2).contains { !rows.contains($0) } && (m.1...m.3).contains { !columns.contains($0) }
    }
}
