import JixiaoSpreadsheet
import JixiaoModel

/// An Excel workbook turned into the text Jixiao reads — one line per sheet row, a tab
/// between cells — which the workspace keeps as `source.txt` and every finding cites.
/// The first sheet's row N is line N, so a finding's line is the row a reviewer finds in
/// Excel; each further sheet follows after one empty line, its first line said in the
/// import's note. A line break typed inside a cell (Alt+Enter) is joined as a PDF's
/// wrapped cell is (no space between Chinese characters), since a cell is one value;
/// a tab inside a cell becomes a space. Hidden sheets, and sheets after the tables that
/// hold none, are not read, and said. A Word document comes as one sheet, its body
/// (`WordDocumentReader`, `WordBinaryReader`): each paragraph and each table row a line.
public enum SpreadsheetText {
    public struct Converted: Sendable {
        public var bytes: [UInt8]
        /// What was read, for the import's message: `Excel 工作簿（.xlsx）的工作表“表1”`,
        /// `Excel 97–2003 工作簿（.xls）的 2 张工作表（…）`….
        public var note: String
        /// Each sheet read, with its first line in the text.
        public var sheets: [(name: String, firstLine: Int)]
    }

    public static func text(_ workbook: Workbook) -> Converted {
        var lines: [String] = []
        var read: [(name: String, firstLine: Int)] = []
        var hidden: [String] = [], noTable: [String] = [], reviewerColumns: [String] = [], banners = 0
        var hiddenParts: [String] = [], instructions: [String] = []
        var sawTable = false
        for var sheet in workbook.sheets where !sheet.rows.isEmpty {
            if sheet.hidden { hidden.append(sheet.name); continue }
            // Every performance table has an indicator header. A sheet without one before the
            // tables may hold the title, 目录 or 第一部分 and is read; after them it is an
            // appendix (a list of findings, a summary, instructions) and is said, not read. A
            // header that also has a 项目名称 or 项目编码 column lists many projects' indicators
            // (Jixiao's own 问题清单): such a sheet holds no table either.
            let headers = sheet.rows.filter { IndicatorHeader.isHeader(Row(number: $0.number, cells: $0.cells.map(\.text))) }
            let firstFilled = sheet.rows.first { $0.cells.contains { !$0.text.isEmpty } }
            // A list's own rows may look like a header (a finding that begins `一级、二级指标…`
            // beside a cell `二级指标`): a sheet that begins with a list's header is a list.
            let hasTable = !(firstFilled.map(isListHeader) ?? false) && headers.contains { !isListHeader($0) }
            if !hasTable && sawTable { noTable.append(sheet.name); continue }
            if !hasTable && sheet.isInstructions { instructions.append(sheet.name); continue }
            if let column = reviewerColumn(headers) {
                // The reviewer's column of a workbook Jixiao exported (审核状态, 审核意见, 审核发现
                // 的问题): what the bureau wrote, not what the unit submitted. Its cells are left
                // empty, so that every other cell keeps its place.
                sheet.rows = sheet.rows.map { row in
                    var row = row
                    row.cells.removeAll { $0.column == column }
                    return row
                }
                reviewerColumns.append(sheet.name)
            }
            if let first = sheet.rows.first(where: { $0.cells.contains { !$0.text.isEmpty } }), isBanner(first) {
                // `【审核中的草稿：…】` above a table of a draft Jixiao exported: left as an empty line.
                sheet.rows.removeAll { $0.number == first.number }
                banners += 1
            }
            sawTable = sawTable || hasTable
            if let said = sheet.hiddenPartsSaid { hiddenParts.append("“\(sheet.name)”\(said)") }
            if !lines.isEmpty { lines.append("") }
            read.append((sheet.name, lines.count + 1))
            // Columns left of the table (a margin column A) are not carried: the reader finds
            // the table's columns by its header, and a label row must begin with its label.
            let first = sheet.rows.lazy.compactMap { $0.cells.first?.column }.min() ?? 0
            // A sheet's last row is written as wide as its widest: a sheet holds no row cut
            // short, and the reader takes a text's last row with fewer cells than its header
            // for a file that ended mid-row (here they are only the empty cells after the last
            // filled one, which a workbook does not store).
            let width = sheet.rows.lazy.compactMap { $0.cells.last.map { $0.column - first + 1 } }.max() ?? 0
            var next = 1
            for (k, row) in sheet.rows.enumerated() {
                while next < row.number { lines.append(""); next += 1 }
                var cells: [String] = []
                for cell in row.cells {
                    let at = cell.column - first
                    while cells.count < at { cells.append("") }
                    cells.append(oneLine(cell.text))
                }
                if k == sheet.rows.count - 1 { while cells.count < width { cells.append("") } }
                lines.append(cells.joined(separator: "\t"))
                next = row.number + 1
            }
        }
        var text = lines.joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        var note = workbook.origin == .excel97 ? "Excel 97–2003 工作簿（.xls）" : "Excel 工作簿（.xlsx）"
        if workbook.origin.isWord {
            // A Word document's body is one sheet: said as the document, with its tables.
            note = workbook.origin == .word97 ? "Word 97–2003 文档（.doc）的正文" : "Word 文档（.docx）的正文"
        } else if read.count == 1 {
            note += "的工作表“\(read[0].name)”"
        } else if read.count > 1 {
            note += "的 \(read.count) 张工作表（" + read.map { "“\($0.name)”自第 \($0.firstLine) 行" }.joined(separator: "、") + "）"
        }
        if !hidden.isEmpty { note += "；隐藏的工作表" + hidden.map { "“\($0)”" }.joined(separator: "、") + "没有读入" }
        if !instructions.isEmpty { note += "；工作表" + instructions.map { "“\($0)”" }.joined(separator: "、") + "是填表说明，不是项目表，没有读入" }
        if !hiddenParts.isEmpty { note += "；工作表" + hiddenParts.joined(separator: "、") + "没有读入" }
        if !reviewerColumns.isEmpty {
            note += "；审核人所加的“审核发现的问题”一栏（" + reviewerColumns.map { "“\($0)”" }.joined(separator: "、") + "）没有读入"
        }
        if banners > 0 { note += "；各表上方的【草稿】标记没有读入" }
        if !noTable.isEmpty { note += "；工作表" + noTable.map { "“\($0)”" }.joined(separator: "、") + "在各项目表之后，不是项目表（没有绩效指标表头，或是多个项目的清单），没有读入" }
        return Converted(bytes: Array(text.utf8), note: note, sheets: read)
    }

    /// The header of a list of many projects' rows: a 项目名称 or 项目编码 column among at
    /// least three others (`序号 | 项目编码 | 项目名称 | … | 一级指标 | …`), where a table's
    /// own 项目名称 row holds the label and its name.
    static func isListHeader(_ row: Workbook.Row) -> Bool {
        let filled = row.cells.map { TextNormalization.withoutBlanks($0.text) }.filter { !$0.isEmpty }
        return filled.count >= 4 && filled.contains { $0 == "项目名称" || $0 == "项目编码" }
    }

    /// The column headed `审核发现的问题` in a table's indicator header: the column a Jixiao
    /// export adds beside the unit's table for the reviewer's status, opinions and findings.
    static func reviewerColumn(_ headers: [Workbook.Row]) -> Int? {
        for row in headers {
            if let cell = row.cells.last(where: { !$0.text.isEmpty }),
               TextNormalization.withoutBlanks(cell.text) == "审核发现的问题" { return cell.column }
        }
        return nil
    }

    /// A row of one cell wholly in 【】 (`【审核中的草稿：2 个项目未通过审核】`): a mark set
    /// above the table, no part of it.
    static func isBanner(_ row: Workbook.Row) -> Bool {
        let filled = row.cells.filter { !$0.text.isEmpty }
        guard filled.count == 1 else { return false }
        let t = TextNormalization.trimmed(filled[0].text)
        return t.hasPrefix("【") && t.hasSuffix("】") && !t.dropFirst().dropLast().contains("】")
    }

    /// A cell's text on one line: its typed line breaks joined (`WrappedCell`), tabs as spaces.
    static func oneLine(_ cell: String) -> String {
        guard cell.contains(where: { $0.isNewline || $0 == "\t" }) else { return WrappedCell.join([cell[...]]) }
        let pieces = cell.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return WrappedCell.join(pieces.map { Substring(String($0.map { $0 == "\t" ? " " : $0 })) })
    }
}
