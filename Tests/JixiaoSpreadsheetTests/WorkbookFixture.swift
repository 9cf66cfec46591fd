import CXlsxwriter
import Foundation

/// Real .xlsx files for the tests, written by libxlsxwriter (what Excel-compatible tools
/// write: shared strings, styles with number formats, merged ranges, hidden sheets).
struct WorkbookFixture {
    enum Value {
        case text(String)
        /// A number and its number format (`0%`, `#,##0.00`, `yyyy"年"m"月"d"日"`); nil: General.
        case number(Double, String?)
        /// A formula (`=C6+C7`), the result saved with it (nil: libxlsxwriter's 0, as a tool
        /// that does not calculate saves) and its number format.
        case formula(String, Double?, String?)
    }

    struct Sheet {
        var name: String
        var hidden = false
        /// (row, column, value), 0-based as libxlsxwriter counts.
        var cells: [(Int, Int, Value)] = []
        /// Merged ranges (first row, first column, last row, last column) with their text.
        var merges: [(Int, Int, Int, Int, String)] = []
        /// Rows and columns hidden (0-based).
        var hiddenRows: [Int] = []
        var hiddenColumns: [Int] = []

        init(name: String, hidden: Bool = false) {
            self.name = name
            self.hidden = hidden
        }

        /// Each line of `text` a row, each tab-separated piece a cell, from `column`.
        init(name: String, text: String, column: Int = 0) {
            self.name = name
            for (r, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for (c, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                    cells.append((r, c + column, .text(String(cell))))
                }
            }
        }
    }

    var sheets: [Sheet]

    /// The workbook's bytes.
    func bytes() throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "jixiao-xlsx-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/fixture.xlsx"
        guard let wb = workbook_new(path) else { throw CocoaError(.fileWriteUnknown) }
        var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
        func format(_ code: String?) -> UnsafeMutablePointer<lxw_format>? {
            guard let code else { return nil }
            if let f = formats[code] { return f }
            let f = workbook_add_format(wb)!
            format_set_num_format(f, code)
            formats[code] = f
            return f
        }
        for s in sheets {
            let ws = workbook_add_worksheet(wb, s.name)!
            for (r, c, v) in s.cells {
                switch v {
                case .text(let t): worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), t, nil)
                case .number(let n, let code): worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), n, format(code))
                case .formula(let f, let value?, let code): worksheet_write_formula_num(ws, lxw_row_t(r), lxw_col_t(c), f, format(code), value)
                case .formula(let f, nil, let code): worksheet_write_formula(ws, lxw_row_t(r), lxw_col_t(c), f, format(code))
                }
            }
            var hide = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
            for r in s.hiddenRows { worksheet_set_row_opt(ws, lxw_row_t(r), 15, nil, &hide) }
            for c in s.hiddenColumns { worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), 8.43, nil, &hide) }
            for (r1, c1, r2, c2, t) in s.merges {
                worksheet_merge_range(ws, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), t, nil)
            }
            if s.hidden { worksheet_hide(ws) }
        }
        guard workbook_close(wb) == LXW_NO_ERROR else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }
}
