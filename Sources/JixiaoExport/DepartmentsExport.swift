import JixiaoModel

/// The department list of a workspace — what the picker and `jixiao show` list, one row a
/// document — as a workbook or a CSV file, for the bureau's own summary of a year's review
/// (`jixiao show -o 汇总.xlsx`). Counts and 元 amounts are numbers, the total row sums them;
/// a 预算数 of unknown unit (`814（未印单位）`) is text, which the sum passes over.
public enum DepartmentsExport {
    /// One department as its summary gives it; `lastChange` already in the reader's time.
    public struct Row: Sendable {
        public var id: String
        public var unitCode: String
        public var unitName: String
        public var year: Int
        public var version: Int
        public var projects: Int
        public var budget: Money?
        public var budgetUnprinted: Money?
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var across: Int
        public var approved: Int
        public var returned: Int
        public var pending: Int
        public var grade: String
        public var lastChange: String

        public init(id: String, unitCode: String, unitName: String, year: Int, version: Int, projects: Int, budget: Money?,
                    budgetUnprinted: Money?, errors: Int, warnings: Int, infos: Int, across: Int, approved: Int, returned: Int,
                    pending: Int, grade: String, lastChange: String) {
            self.id = id
            self.unitCode = unitCode
            self.unitName = unitName
            self.year = year
            self.version = version
            self.projects = projects
            self.budget = budget
            self.budgetUnprinted = budgetUnprinted
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.across = across
            self.approved = approved
            self.returned = returned
            self.pending = pending
            self.grade = grade
            self.lastChange = lastChange
        }

        /// The 预算数 cell as the picker says it: `8,197,386.00`, `814（未印单位）`, `—`.
        var budgetCell: String { Document.budgetCell(yuan: budget, unprinted: budgetUnprinted) }
    }

    static let headers = ["文档", "单位编码", "单位名称", "年度", "版本", "项目数", "预算数（元）", "错误", "警告", "提示", "跨部门问题",
                          "已通过", "退回", "待审", "综合评定", "最近修改"]
    /// The columns holding counts, which the total row sums.
    static let counted = [5, 7, 8, 9, 10, 11, 12, 13]
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
        for (c, w) in [16.0, 10, 36, 7, 6, 8, 18, 6, 6, 6, 10, 8, 6, 6, 9, 17].enumerated() { s.width(c, w) }
        let first = 3
        for (k, d) in rows.enumerated() {
            let r = first + k
            s.text(r, 0, d.id)
            s.text(r, 1, d.unitCode)
            s.text(r, 2, d.unitName.isEmpty ? "（未印名称）" : d.unitName, Style(wrap: true))
            s.number(r, 3, Double(d.year), Style(number: "0"))
            s.number(r, 4, Double(d.version), count)
            s.number(r, 5, Double(d.projects), count)
            // A 预算数 of unknown unit is no number of 元: text, as printed.
            if let yuan = d.budget, d.budgetUnprinted == nil {
                s.number(r, budgetColumn, yuan.yuanDouble, money)
            } else {
                s.text(r, budgetColumn, d.budgetCell, Style(align: .right))
            }
            for (c, n) in [d.errors, d.warnings, d.infos, d.across, d.approved, d.returned, d.pending].enumerated() {
                s.number(r, 7 + c, Double(n), count)
            }
            s.text(r, 14, d.grade, Style(align: .center))
            s.text(r, 15, d.lastChange)
        }
        let totalRow = first + rows.count
        s.merge(totalRow...totalRow, 0...4, "合计（\(rows.count) 个部门）" + unprintedNote(rows), Style(bold: true, wrap: true, fill: 0xF2F2F2))
        if !rows.isEmpty {
            let range = { (c: Int) in "\(column(c))\(first + 1):\(column(c))\(totalRow)" }
            let yuan = rows.filter { $0.budgetUnprinted == nil }.reduce(Money.zero) { $0 + ($1.budget ?? .zero) }
            s.formula(totalRow, budgetColumn, "=SUM(\(range(budgetColumn)))", value: yuan.yuanDouble, Style(bold: true, number: "#,##0.00", align: .right, fill: 0xF2F2F2))
            let values: [Int: Int] = [5: rows.reduce(0) { $0 + $1.projects }, 7: rows.reduce(0) { $0 + $1.errors },
                                      8: rows.reduce(0) { $0 + $1.warnings }, 9: rows.reduce(0) { $0 + $1.infos },
                                      10: rows.reduce(0) { $0 + $1.across }, 11: rows.reduce(0) { $0 + $1.approved },
                                      12: rows.reduce(0) { $0 + $1.returned }, 13: rows.reduce(0) { $0 + $1.pending }]
            for c in counted {
                s.formula(totalRow, c, "=SUM(\(range(c)))", value: Double(values[c] ?? 0), Style(bold: true, number: "0", align: .right, fill: 0xF2F2F2))
            }
        }
        for c in [14, 15] { s.text(totalRow, c, "", total) }
        s.freeze(rows: first)
        s.autofilter(2...max(2, totalRow - 1), 0...last)
        s.printSetup(landscape: true, titleRows: 2...2)
        return try book.close()
    }

    /// The same as CSV (UTF-8 with a BOM, as Excel on Windows reads Chinese): amounts plain
    /// (`8197386.00`), a 预算数 of unknown unit as printed; no total row, for a program to read.
    public static func csv(_ rows: [Row]) -> [UInt8] {
        var csv = CSVWriter()
        csv.row(headers)
        for d in rows {
            let budget = d.budgetUnprinted == nil ? d.budget.map(\.plain) ?? "" : d.budgetCell
            csv.row([d.id, d.unitCode, d.unitName, String(d.year), String(d.version), String(d.projects), budget,
                     String(d.errors), String(d.warnings), String(d.infos), String(d.across), String(d.approved),
                     String(d.returned), String(d.pending), d.grade, d.lastChange])
        }
        return csv.bytes
    }

    /// `（另有 1 个部门的预算数未印金额单位，未计入）`, or nothing.
    static func unprintedNote(_ rows: [Row]) -> String {
        let n = rows.filter { $0.budgetUnprinted != nil }.count
        return n == 0 ? "" : "（另有 \(n) 个部门的预算数未印金额单位，未计入）"
    }

    static func column(_ c: Int) -> String { XLSXFormat.column(c) }
}
