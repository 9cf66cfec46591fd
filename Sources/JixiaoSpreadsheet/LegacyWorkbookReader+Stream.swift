extension LegacyWorkbookReader {
    /// FreeXL's sheets completed from the workbook stream (`WorkbookStream`): each
    /// formula cell's saved value where FreeXL left the cell empty, and each sheet's hidden
    /// state. Sheets the stream cannot be matched to stay as FreeXL read them.
    static func completed(_ sheets: [Workbook.Sheet], from bytes: [UInt8]) -> [Workbook.Sheet] {
        guard let file = CompoundFile(bytes),
              let stream = file.stream(named: "Workbook") ?? file.stream(named: "Book"),
              let workbook = WorkbookStream(stream) else { return sheets }
        // FreeXL lists the BOUNDSHEET records (worksheets, or all of them) in order; names
        // tell them apart when neither count fits.
        let worksheets = workbook.sheets.filter(\.isWorksheet)
        let entries: [WorkbookStream.Sheet?] = if worksheets.count == sheets.count {
            worksheets
        } else if workbook.sheets.count == sheets.count {
            workbook.sheets
        } else {
            sheets.map { sheet in worksheets.first { $0.name == sheet.name } }
        }
        return zip(sheets, entries).map { sheet, entry in
            guard let entry else { return sheet }
            var out = sheet
            out.hidden = entry.hidden
            out.rows = merged(sheet.rows, workbook.formulaResults(sheetAt: entry.offset))
            return out
        }
    }

    /// `rows` with the formula results added where FreeXL gave no cell, rows and cells kept
    /// in order.
    static func merged(_ rows: [Workbook.Row], _ results: [WorkbookStream.FormulaResult]) -> [Workbook.Row] {
        let added = results.filter { !isBlank($0.text) }
        guard !added.isEmpty else { return rows }
        var byNumber: [Int: [Workbook.Cell]] = [:]
        for row in rows { byNumber[row.number] = row.cells }
        for result in added {
            let number = result.row + 1
            var cells = byNumber[number] ?? []
            guard !cells.contains(where: { $0.column == result.column }) else { continue }
            cells.append(Workbook.Cell(column: result.column, text: result.text))
            byNumber[number] = cells
        }
        return byNumber.keys.sorted().map { number in
            Workbook.Row(number: number, cells: byNumber[number, default: []].sorted { $0.column < $1.column })
        }
    }
}
