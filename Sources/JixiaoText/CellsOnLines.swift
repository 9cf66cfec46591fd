import JixiaoModel

/// A table saved from a web page as text with every cell on a line of its own (blank lines
/// between): `一级指标`, `二级指标`, `三级指标` each alone on its line, `项目名称` on one line
/// and the name on the next. Which cells made one row is lost, so the table cannot be
/// read; where its reading fails, the reader says this, not only that a line (the first
/// cell it cannot place) is not a row it knows.
enum CellsOnLines {
    /// The indicator header's first labels, as a table prints them one after another.
    static let headerLabels = ["一级指标", "二级指标", "三级指标"]

    /// A header label as a line alone prints it: `一级指标`, or `一级` where the template
    /// leaves 指标 out (临邑县 2025: `一级 / 二级 / 三级 / 年度数值`), with the cell's closing
    /// bar where the copy ends each cell with one (`一级指标 |`).
    static func isHeaderLabel(_ cell: String, _ label: String) -> Bool {
        let t = printedLabel(cell)
        return t == label || t == label.dropLast(2)
    }

    /// A header label's cell without blanks and the copy's closing bars.
    static func printedLabel(_ cell: String) -> Substring {
        var t = Substring(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
        while t.last == "|" { t = t.dropLast() }
        return t
    }

    /// The refusal for rows `from..<to` when their indicator header's labels stand each alone
    /// on a line, one after another (blank lines between); nil otherwise. `stoppedAt` is the
    /// line the reading could not place, if any.
    static func refusal(_ rows: [Row], from: Int, to: Int, stoppedAt: Int?) -> ReadError? {
        let lines = (from..<min(to, rows.count)).filter { !rows[$0].isBlank }
        for n in lines.indices where n + headerLabels.count <= lines.count {
            let run = lines[n..<n + headerLabels.count].map { rows[$0] }
            guard zip(run, headerLabels).allSatisfy({ row, label in
                row.nonEmptyCount == 1 && isHeaderLabel(row.firstNonEmpty!, label)
            }) else { continue }
            let at = run.map { "\($0.number)" }.joined(separator: "、")
            let printed = run.map { "“\(printedLabel($0.firstNonEmpty!))”" }.joined()
            let stopped = stoppedAt.map { "（读到第 \($0) 行就无法识别，也是这个缘故）" } ?? ""
            return ReadError(line: run[0].number,
                             "这份文本的单元格各占一行：指标表头的\(printed)分别在第 \(at) 行，不在同一行上——表格原来的行在复制或保存时丢了，无法确定哪些格属于同一行\(stopped)",
                             hint: "多半是从网页上只复制了文字。请在网页上选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx（或制表符分隔的文本）再导入；也可以把同一行的各格用制表符连成一行")
        }
        return nil
    }
}
