import CXlsxwriter
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JixiaoModel
import JixiaoTextLayout

/// A workbook written with libxlsxwriter, in Swift's terms: sheets, cells, merged ranges,
/// formats by value. libxlsxwriter writes to a file, so the workbook is written into a
/// private temporary folder and its bytes read back; nothing of that path goes inside.
/// The creation date is the one given (the journal state's), so the same input gives the
/// same bytes.
final class XLSXWorkbook {
    /// A cell format by value; the workbook makes each distinct one once.
    struct Style: Hashable {
        var bold = false
        var wrap = false
        var number: String?
        var align: Align = .general
        var vertical: Vertical = .top
        var fill: UInt32?
        var color: UInt32?
        var size: Double?
        var border = true

        enum Align { case general, left, center, right }
        enum Vertical { case top, center }
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let folder: String
    private let file: String
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames: Set<String> = []

    init(title: String, author: String, company: String, createdAt seconds: Int) throws {
        var template = Array((NSTemporaryDirectory() + "jixiao-xlsx-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw ExportError.writeFailed(NSTemporaryDirectory(), reason: ExportFile.reason(errno))
        }
        folder = String(cString: made)
        file = folder + "/export.xlsx"
        guard let wb = workbook_new(file) else {
            try? FileManager.default.removeItem(atPath: folder)
            throw ExportError.writeFailed(file, reason: "无法建立 Excel 工作簿")
        }
        workbook = wb
        // libxlsxwriter copies the strings; they need to live for the call only.
        let strings = [title, author, company, "Jixiao"].map { strdup(Self.clean($0)) }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.author = strings[1]
        properties.company = strings[2]
        properties.comments = strings[3]
        // 0 would mean "now": the file would differ on every run.
        properties.created = time_t(max(seconds, 1))
        workbook_set_properties(workbook, &properties)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// The workbook's bytes; the temporary file is gone afterwards.
    func close() throws -> [UInt8] {
        let error = workbook_close(workbook)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard error == LXW_NO_ERROR else {
            throw ExportError.writeFailed(file, reason: "libxlsxwriter：" + String(cString: lxw_strerror(error)))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ExportError.writeFailed(file, reason: "读不回生成的工作簿")
        }
        return [UInt8](data)
    }

    /// A new sheet. Excel allows 31 characters and none of `[]:*?/\`; names are unique
    /// regardless of case, so a clash gets `(2)`, `(3)` ….
    func sheet(_ wanted: String) -> XLSXSheet {
        var base = String(Self.clean(wanted).filter { !"[]:*?/\\".contains($0) })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "表" }
        var name = String(base.prefix(31))
        var k = 2
        while sheetNames.contains(name.lowercased()) {
            let suffix = "(\(k))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            k += 1
        }
        sheetNames.insert(name.lowercased())
        return XLSXSheet(workbook: self, sheet: workbook_add_worksheet(workbook, name), name: name)
    }

    func format(_ style: Style) -> UnsafeMutablePointer<lxw_format> {
        if let f = formats[style] { return f }
        let f = workbook_add_format(workbook)!
        if style.bold { format_set_bold(f) }
        if style.wrap { format_set_text_wrap(f) }
        if let n = style.number { format_set_num_format(f, n) }
        switch style.align {
        case .general: break
        case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        format_set_align(f, UInt8(style.vertical == .top ? LXW_ALIGN_VERTICAL_TOP.rawValue : LXW_ALIGN_VERTICAL_CENTER.rawValue))
        if let fill = style.fill { format_set_bg_color(f, fill) }
        if let color = style.color { format_set_font_color(f, color) }
        if let size = style.size { format_set_font_size(f, size) }
        if style.border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        formats[style] = f
        return f
    }

    /// Text as a cell may hold it: no control characters but tab and line break (XML
    /// forbids them), at most Excel's 32,767 characters.
    static func clean(_ s: String) -> String {
        var t = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
        if t.count > 32_000 { t = String(t.prefix(32_000)) + "……" }
        return t
    }
}

/// One sheet of an `XLSXWorkbook`; rows and columns 0-based.
struct XLSXSheet {
    let workbook: XLSXWorkbook
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    func text(_ row: Int, _ col: Int, _ s: String, _ style: XLSXWorkbook.Style = .init()) {
        let f = workbook.format(style)
        if s.isEmpty {
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), f)
        } else {
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), XLSXWorkbook.clean(s), f)
        }
    }

    func number(_ row: Int, _ col: Int, _ value: Double, _ style: XLSXWorkbook.Style) {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value, workbook.format(style))
    }

    /// A formula with its value computed here, so a reader that does not calculate (a
    /// preview, a program) sees the figure too.
    func formula(_ row: Int, _ col: Int, _ formula: String, value: Double, _ style: XLSXWorkbook.Style) {
        worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(col), formula, workbook.format(style), value)
    }

    /// `text` across the rows and columns given (inclusive); a single cell is just written.
    func merge(_ rows: ClosedRange<Int>, _ cols: ClosedRange<Int>, _ s: String, _ style: XLSXWorkbook.Style = .init()) {
        if rows.count == 1 && cols.count == 1 { return text(rows.lowerBound, cols.lowerBound, s, style) }
        worksheet_merge_range(sheet, lxw_row_t(rows.lowerBound), lxw_col_t(cols.lowerBound), lxw_row_t(rows.upperBound),
                              lxw_col_t(cols.upperBound), XLSXWorkbook.clean(s), workbook.format(style))
    }

    func width(_ col: Int, _ width: Double) {
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), width, nil)
    }

    func height(_ row: Int, _ points: Double) {
        worksheet_set_row(sheet, lxw_row_t(row), points, nil)
    }

    func freeze(rows: Int, cols: Int = 0) { worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(cols)) }

    func autofilter(_ rows: ClosedRange<Int>, _ cols: ClosedRange<Int>) {
        worksheet_autofilter(sheet, lxw_row_t(rows.lowerBound), lxw_col_t(cols.lowerBound), lxw_row_t(rows.upperBound),
                             lxw_col_t(cols.upperBound))
    }

    /// A4, one page wide, `titleRows` printed on every page.
    func printSetup(landscape: Bool, titleRows: ClosedRange<Int>? = nil) {
        worksheet_set_paper(sheet, 9)
        if landscape { worksheet_set_landscape(sheet) }
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6)
        if let t = titleRows { worksheet_repeat_rows(sheet, lxw_row_t(t.lowerBound), lxw_row_t(t.upperBound)) }
    }

    /// The height a row needs for `text` wrapped in a cell `width` characters wide
    /// (Excel's unit: a CJK character takes about two), in points.
    static func rowHeight(_ texts: [(String, Double)], lineHeight: Double = 14.5) -> Double {
        let lines = texts.map { text, width -> Int in
            text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { n, line in
                let w = Double(DisplayWidth.of(String(line))) * 1.05
                return n + max(1, Int((w / max(width - 1, 1)).rounded(.up)))
            }
        }.max() ?? 1
        return Double(max(lines, 1)) * lineHeight + 3
    }
}
