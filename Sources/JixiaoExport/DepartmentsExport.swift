import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JixiaoModel
import JixiaoStore

/// The department list of a workspace — what the picker and `jixiao show` list, one row a
/// document — as a workbook or a CSV file, for the bureau's own summary of a year's review
/// (`jixiao show -o 汇总.xlsx`). Counts and 元 amounts are numbers, the total row sums them;
/// a 预算数 of unknown unit (`814`, 元 or 万元) is kept in a column of its own, as printed
/// text, never added to the 元.
public enum DepartmentsExport {
    /// One department: the summary kept beside its document, its open findings across
    /// departments, and its last change already in the reader's time.
    public struct Row: Sendable {
        public var summary: DocumentSummary
        public var across: Int
        public var lastChange: String

        public init(_ summary: DocumentSummary, across: Int, lastChange: String) {
            self.summary = summary
            self.across = across
            self.lastChange = lastChange
        }
    }

    /// A summary written and recorded: the format (`departments-xlsx`), its SHA-256 and the
    /// line of the workspace's record of exports.
    public struct Written: Sendable {
        public var format: String
        public var sha256: String
        public var entry: JournalEntry
    }

    /// Writes the summary as `path`'s extension says (.xlsx or .csv), as an export is
    /// written (`ExportFile`), and records it in the workspace's `exports.jsonl` so that
    /// `jixiao verify` knows it. A summary the record could not take is removed again
    /// (when it made a new file): a file nobody can verify must not go out as ours.
    /// `states`: each document's last change when the rows were read
    /// (`WorkspaceExports.documentStates`), recorded so `verify` can say what changed since.
    public static func write(_ rows: [Row], states: [String: Int], to path: String, replace: Bool, in workspace: Workspace,
                             actor: String, time: String, createdAt: Int, interrupted: () -> Bool = { false }) throws -> Written {
        let format = try self.format(of: path)
        // Refused before the work of rendering; checked again as the file is placed.
        let replacing = try ExportFile.check(path, replace: replace) != nil
        let bytes = format == "departments-xlsx" ? try xlsx(rows, workspace: workspace.root, createdAt: createdAt) : csv(rows)
        if interrupted() { throw ExportError.interrupted(path) }
        let digest = Hashing.sha256(bytes)
        return try RecordWrite.uninterrupted {
            try ExportFile.write(bytes, to: path, replace: replace)
            do {
                let entry = try WorkspaceExports.record(.init(format: format, file: DocumentExport.absolute(path), sha256: digest, draft: false, documents: states),
                                                        in: workspace, actor: actor, time: time)
                return Written(format: format, sha256: digest, entry: entry)
            } catch {
                if !replacing { unlink(path) }
                throw error
            }
        }
    }

    /// The format `path`'s extension names: `departments-xlsx` or `departments-csv`.
    public static func format(of path: String) throws(StoreError) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "xlsx": "departments-xlsx"
        case "csv": "departments-csv"
        default: throw StoreError("无法从文件名 \(path) 看出写成什么格式", hint: "用 .xlsx（Excel 工作簿）或 .csv 作扩展名")
        }
    }

    static let headers = ["文档", "单位编码", "单位名称", "年度", "版本", "项目数", "预算数（元）", "未印单位的预算数", "错误", "警告", "提示",
                          "跨部门问题", "已通过", "退回", "待审", "综合评定", "最近修改"]
    static let budgetColumn = 6

    /// The workbook: a title line (the workspace, how many departments), the header, one row
    /// a department, the total row. `createdAt`: the workbook's creation time (seconds).
    public static func xlsx(_ rows: [Row], workspace: String, createdAt: Int) throws -> [UInt8] {
        typealias Style = XLSXWorkbook.Style
        let book = try XLSXWorkbook(title: "部门审核汇总", author: "", company: "", createdAt: createdAt)
        let s = book.sheet("部门审核汇总")
        let last = headers.count - 1
        let money = Style(number: "#,##0.00", align: .right), count = Style(number: "0", align: .right)
        let total = Style(bold: true, fill: 0xF2F2F2)
        s.merge(0...0, 0...last, "部门审核汇总（\(rows.count) 个部门）　工作区 \(workspace)", Style(bold: true, size: 14, border: false))
        for (c, h) in headers.enumerated() {
            s.text(2, c, h, Style(bold: true, wrap: true, align: .center, vertical: .center, fill: 0xD9D9D9))
        }
        for (c, w) in [16.0, 10, 36, 7, 6, 8, 18, 10, 6, 6, 6, 10, 8, 6, 6, 9, 17].enumerated() { s.width(c, w) }
        let first = 3
        for (k, d) in rows.enumerated() {
            let r = first + k
            let dep = d.summary
            s.text(r, 0, dep.id)
            s.text(r, 1, dep.unitCode)
            s.text(r, 2, dep.unitName.isEmpty ? "（未印名称）" : dep.unitName, Style(wrap: true))
            s.number(r, 3, Double(dep.year), Style(number: "0"))
            s.number(r, 4, Double(dep.version ?? 1), count)
            s.number(r, 5, Double(dep.projects), count)
            if let yuan = dep.budgetTotal { s.number(r, budgetColumn, yuan.yuanDouble, money) } else { s.text(r, budgetColumn, "—", Style(align: .right)) }
            // A 预算数 of unknown unit is no number of 元: text, as printed.
            s.text(r, budgetColumn + 1, dep.budgetUnprinted?.bareFigure ?? "", Style(align: .right))
            for (c, n) in counts(d).enumerated() { s.number(r, countsColumn + c, Double(n), count) }
            s.text(r, 15, dep.grade?.chinese ?? "", Style(align: .center))
            s.text(r, 16, d.lastChange)
        }
        let totalRow = first + rows.count
        s.merge(totalRow...totalRow, 0...4, "合计（\(rows.count) 个部门）" + unprintedNote(rows), Style(bold: true, wrap: true, fill: 0xF2F2F2))
        if !rows.isEmpty {
            let range = { (c: Int) in "\(column(c))\(first + 1):\(column(c))\(totalRow)" }
            let yuan = rows.reduce(Money.zero) { $0 + ($1.summary.budgetTotal ?? .zero) }
            s.formula(totalRow, budgetColumn, "=SUM(\(range(budgetColumn)))", value: yuan.yuanDouble, Style(bold: true, number: "#,##0.00", align: .right, fill: 0xF2F2F2))
            let sum = { (c: Int, value: Int) in
                s.formula(totalRow, c, "=SUM(\(range(c)))", value: Double(value), Style(bold: true, number: "0", align: .right, fill: 0xF2F2F2))
            }
            sum(5, rows.reduce(0) { $0 + $1.summary.projects })
            let totals = rows.map(counts).reduce(Array(repeating: 0, count: 7)) { zip($0, $1).map(+) }
            for (c, n) in totals.enumerated() { sum(countsColumn + c, n) }
        }
        for c in [budgetColumn + 1, 15, 16] { s.text(totalRow, c, "", total) }
        s.freeze(rows: first)
        s.autofilter(2...max(2, totalRow - 1), 0...last)
        s.printSetup(landscape: true, titleRows: 2...2)
        return try book.close()
    }

    /// The same as CSV (UTF-8 with a BOM, as Excel on Windows reads Chinese): amounts plain
    /// (`8197386.00`), a 预算数 of unknown unit as printed (`814`); no total row, for a
    /// program to read.
    public static func csv(_ rows: [Row]) -> [UInt8] {
        var csv = CSVWriter()
        csv.row(headers)
        for d in rows {
            let s = d.summary
            csv.row([s.id, s.unitCode, s.unitName, String(s.year), String(s.version ?? 1), String(s.projects), s.budgetTotal.map(\.plain) ?? "",
                     s.budgetUnprinted?.bareFigure ?? ""] + counts(d).map(String.init) + [s.grade?.chinese ?? "", d.lastChange])
        }
        return csv.bytes
    }

    /// The columns of counts, from 错误 to 待审: what the total row sums besides 项目数.
    static let countsColumn = 8
    static func counts(_ d: Row) -> [Int] {
        [d.summary.errors, d.summary.warnings, d.summary.infos, d.across, d.summary.approved, d.summary.returned, d.summary.pending]
    }

    /// `（另有 1 个部门的预算数未印金额单位，未计入）`, or nothing.
    static func unprintedNote(_ rows: [Row]) -> String {
        let n = rows.filter { $0.summary.budgetUnprinted != nil }.count
        return n == 0 ? "" : "（另有 \(n) 个部门的预算数未印金额单位，未计入）"
    }

    static func column(_ c: Int) -> String { XLSXFormat.column(c) }
}
