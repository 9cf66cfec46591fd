extension LegacyWorkbookReader {
    /// FreeXL's sheets completed from the workbook stream (`WorkbookStream`): each number
    /// as its format shows it (FreeXL gives General), each formula cell's saved value (FreeXL
    /// leaves it empty), each sheet's hidden state, and the rows and columns it hides
    /// (`HiddenCells`), left out as in an .xlsx. Sheets the stream cannot be matched
    /// to stay as FreeXL read them.
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
            out.rows = merged(sheet.rows, workbook.values(sheetAt: entry.offset))
            return workbook.hiddenCells(sheetAt: entry.offset).applied(to: out)
        }
    }

    /// `rows` with the stream's values in place of FreeXL's text at the same cell, or added
    /// where FreeXL gave none; rows and cells kept in order.
    static func merged(_ rows: [Workbook.Row], _ values: [WorkbookStream.CellValue]) -> [Workbook.Row] {
        let added = values.filter { !isBlank($0.text) }
        guard !added.isEmpty else { return rows }
        var byNumber: [Int: [Workbook.Cell]] = [:]
        for row in rows { byNumber[row.number] = row.cells }
        for result in added {
            let number = result.row + 1
            var cells = byNumber[number] ?? []
            cells.removeAll { $0.column == result.column }
            cells.append(Workbook.Cell(column: result.column, text: result.text))
            byNumber[number] = cells
        }
        return byNumber.keys.sorted().map { number in
            Workbook.Row(number: number, cells: byNumber[number, default: []].sorted { $0.column < $1.column })
        }
    }
}
