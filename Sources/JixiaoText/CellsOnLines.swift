import JixiaoModel

/// A table saved from a web page as text with every cell on a line of its own (blank lines
/// between): `一级指标`, `二级指标`, `三级指标` each alone on its line, `项目名称` on one line
/// and the name on the next. Which cells made one row is lost, so the table cannot be
/// read; where its reading fails, the reader says this, not only that a line (the first
/// cell it cannot place) is not a row it knows.
enum CellsOnLines {
    /// The indicator header's first labels, as a table prints them one after another.
    static let headerLabels = ["一级指标", "二级指标", "三级指标"]

    /// The refusal for rows `from..<to` when their indicator header's labels stand each alone
    /// on a line, one after another (blank lines between); nil otherwise. `stoppedAt` is the
    /// line the reading could not place, if any.
    static func refusal(_ rows: [Row], from: Int, to: Int, stoppedAt: Int?) -> ReadError? {
        let lines = (from..<min(to, rows.count)).filter { !rows[$0].isBlank }
        for n in lines.indices where n + headerLabels.count <= lines.count {
            let run = lines[n..<n + headerLabels.count].map { rows[$0] }
            guard zip(run, headerLabels).allSatisfy({ row, label in
                row.nonEmptyCount == 1 && TextNormalization.withoutBlanks(TextNormalization.halfWidth(row.firstNonEmpty!)) == label
            }) else { continue }
            let at = run.map { "\($0.number)" }.joined(separator: "、")
            let stopped = stoppedAt.map { "（读到第 \($0) 行就无法识别，也是这个缘故）" } ?? ""
            return ReadError(line: run[0].number,
                             "这份文本的单元格各占一行：指标表头的“一级指标”“二级指标”“三级指标”分别在第 \(at) 行，不在同一行上——表格原来的行在复制或保存时丢了，无法确定哪些格属于同一行\(stopped)",
                             hint: "多半是从网页上只复制了文字。请在网页上选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx（或制表符分隔的文本）再导入；也可以把同一行的各格用制表符连成一行")
        }
        return nil
    }
}
