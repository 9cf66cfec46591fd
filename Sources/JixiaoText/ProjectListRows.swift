import JixiaoModel

/// A sheet that lists a unit's projects in one table, one row per indicator, with the
/// project's own columns before the indicator columns — 四川's 一体化 export
/// "部门预算项目绩效目标申报表": `单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | …`,
/// each project's name, amount and goal on its first row (merged down its rows), the unit
/// once for all of them. Read as one table per project: each project's rows become the
/// rows a table of its own has (heading, unit line, 项目名称, 预算数, 绩效目标, the indicator
/// header and rows), every one keeping the number of the line it comes from.
enum ProjectListRows {
    /// The project columns of a list's header: where each sits in the header row.
    struct Columns {
        var header: Row
        var unit: Int?
        var name: Int
        var amount: Int?
        var goal: Int?
        /// The first indicator column (一级指标).
        var indicators: Int
    }

    /// `rows` with a project list's rows made into tables; `rows` itself when there is none.
    static func expand(_ rows: [Row]) throws(ReadError) -> [Row] {
        // A list's header names 项目名称 and 一级指标 in one row (`has` asks the line's keys:
        // most lines are passed at once).
        guard let h = rows.firstIndex(where: { $0.has("称") && $0.has("级") && columns(of: $0) != nil }),
              let c = columns(of: rows[h]) else { return rows }
        let currency = rows[..<h].lazy.flatMap(\.cells).compactMap(UnitLine.currency(in:)).first
        // The sheet's `金额单位：元` line is each project's unit line's now: left where it stood, it
        // would make the sheet's title a table's heading.
        var out = rows[..<h].filter { r in !(r.nonEmptyCount == 1 && r.nonEmpty.allSatisfy { UnitLine.currency(in: $0) != nil }) }
        var unit = "", unitLine = 0, count = 0
        var current = (name: "", amount: "", goal: "")
        for row in rows[(h + 1)...] {
            let cells = row.cells
            let cell = { (i: Int?) -> String in i.map { $0 < cells.count ? cells[$0] : "" } ?? "" }
            let indicatorCells = cells.count > c.indicators ? Array(cells[c.indicators...]) : []
            let hasIndicator = indicatorCells.contains { !$0.isEmpty }
            var name = cell(c.name)
            if !cell(c.unit).isEmpty, !name.isEmpty || hasIndicator, cell(c.unit) != unit { (unit, unitLine) = (cell(c.unit), row.number) }
            // A sheet that repeats the project's cells on each of its rows (not merged): the
            // same name and amount go on with the project.
            if !name.isEmpty, name == current.name, cell(c.amount) == current.amount, cell(c.goal) == current.goal { name = "" }
            let repeated = name.isEmpty && !cell(c.name).isEmpty
            if !name.isEmpty {
                current = (name, cell(c.amount), cell(c.goal))
                count += 1
                out.append(Row(number: row.number, cells: ["\(count).\(name)"]))
                if !unit.isEmpty { out.append(Row(number: unitLine, cells: [unit, currency.map { "单位：\($0)" } ?? ""])) }
                out.append(Row(number: row.number, cells: ["项目名称", name]))
                let amount = cell(c.amount)
                if !amount.isEmpty { out.append(Row(number: row.number, cells: [c.header.cells[c.amount!], amount])) }
                let goal = cell(c.goal)
                if !goal.isEmpty { out.append(Row(number: row.number, cells: ["绩效目标", goal])) }
                out.append(Row(number: c.header.number, cells: Array(c.header.cells[c.indicators...])))
            }
            let projectCellsBlank = repeated || (0..<c.indicators).allSatisfy { $0 == c.unit || $0 >= cells.count || cells[$0].isEmpty }
            if count > 0, hasIndicator, !name.isEmpty || projectCellsBlank {
                out.append(Row(number: row.number, cells: indicatorCells))
            } else if count > 0, hasIndicator {
                throw ReadError(line: row.number,
                                "项目清单中的这一行有指标，旁边的项目栏（\(c.header.cells[..<c.indicators].filter { !$0.isEmpty }.joined(separator: "、"))）却写了内容而没有项目名称：无法确定它属于哪个项目",
                                hint: "每个项目的第一行写项目名称、预算数和年度目标，其余各行这几栏留空；改正后再导入")
            } else {
                // A line of its own (the department's total above the first project, a note):
                // left as it is.
                out.append(row)
            }
        }
        return out
    }

    /// The project columns of a list's header row; nil when the row is not one.
    static func columns(of row: Row) -> Columns? {
        let bare = row.cells.map(IndicatorHeader.bare)
        guard let l1 = bare.firstIndex(where: { $0.hasPrefix("一级") }), l1 > 0,
              let name = bare[..<l1].firstIndex(where: TableStarts.isNameLabel), IndicatorHeader.isHeader(row) else { return nil }
        let lead = bare[..<l1].indices
        let unit = lead.first { $0 != name && UnitLine.nameLabels.contains(bare[$0]) }
        let amount = lead.first { $0 != name && $0 != unit && BudgetItemKind.of(bare[$0]) != nil }
        let goal = lead.first { $0 != name && $0 != unit && $0 != amount && RowLabels.isGoalLabel(bare[$0]) }
        return Columns(header: row, unit: unit, name: name, amount: amount, goal: goal, indicators: l1)
    }
}
