import JixiaoSpreadsheet

/// An Excel workbook turned into the text Jixiao reads — one line per sheet row, a tab
/// between cells — which the workspace keeps as `source.txt` and every finding cites.
/// The first sheet's row N is line N, so a finding's line is the row a reviewer finds in
/// Excel; each further sheet follows after one empty line, its first line said in the
/// import's note. A line break typed inside a cell (Alt+Enter) is joined as a PDF's
/// wrapped cell is (no space between Chinese characters), since a cell is one value;
/// a tab inside a cell becomes a space. Hidden sheets, and sheets after the tables that
/// hold none, are not read, and said.
public enum SpreadsheetText {
    public struct Converted: Sendable {
        public var bytes: [UInt8]
        /// What was read, for the import's message: `Excel 工作簿（.xlsx）的工作表“表1”`….
        public var note: String
        /// Each sheet read, with its first line in the text.
        public var sheets: [(name: String, firstLine: Int)]
    }

    public static func text(_ workbook: Workbook) -> Converted {
        var lines: [String] = []
        var read: [(name: String, firstLine: Int)] = []
        var hidden: [String] = [], noTable: [String] = []
        var sawTable = false
        for sheet in workbook.sheets where !sheet.rows.isEmpty {
            if sheet.hidden { hidden.append(sheet.name); continue }
            // Every performance table has an indicator header. A sheet without one before the
            // tables may hold the title, 目录 or 第一部分 and is read; after them it is an
            // appendix (a list of findings, a summary, instructions) and is said, not read.
            let hasTable = sheet.rows.contains { IndicatorHeader.isHeader(Row(number: $0.number, cells: $0.cells.map(\.text))) }
            if !hasTable && sawTable { noTable.append(sheet.name); continue }
            sawTable = sawTable || hasTable
            if !lines.isEmpty { lines.append("") }
            read.append((sheet.name, lines.count + 1))
            // Columns left of the table (a margin column A) are not carried: the reader finds
            // the table's columns by its header, and a label row must begin with its label.
            let first = sheet.rows.lazy.compactMap { $0.cells.first?.column }.min() ?? 0
            var next = 1
            for row in sheet.rows {
                while next < row.number { lines.append(""); next += 1 }
                var cells: [String] = []
                for cell in row.cells {
                    let at = cell.column - first
                    while cells.count < at { cells.append("") }
                    cells.append(oneLine(cell.text))
                }
                lines.append(cells.joined(separator: "\t"))
                next = row.number + 1
            }
        }
        var text = lines.joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        var note = "Excel 工作簿（.xlsx）"
        if read.count == 1 {
            note += "的工作表“\(read[0].name)”"
        } else if read.count > 1 {
            note += "的 \(read.count) 张工作表（" + read.map { "“\($0.name)”自第 \($0.firstLine) 行" }.joined(separator: "、") + "）"
        }
        if !hidden.isEmpty { note += "；隐藏的工作表" + hidden.map { "“\($0)”" }.joined(separator: "、") + "没有读入" }
        if !noTable.isEmpty { note += "；工作表" + noTable.map { "“\($0)”" }.joined(separator: "、") + "在各项目表之后，没有绩效指标表头，没有读入" }
        return Converted(bytes: Array(text.utf8), note: note, sheets: read)
    }

    /// A cell's text on one line: its typed line breaks joined (`WrappedCell`), tabs as spaces.
    static func oneLine(_ cell: String) -> String {
        guard cell.contains(where: { $0.isNewline || $0 == "\t" }) else { return WrappedCell.join([cell[...]]) }
        let pieces = cell.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return WrappedCell.join(pieces.map { Substring(String($0.map { $0 == "\t" ? " " : $0 })) })
    }
}
