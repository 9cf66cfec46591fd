import JixiaoModel

/// Where a project table begins: its heading (when it has one), the title lines under it
/// (`项目支出绩效目标表`, `(2023年度)`) and its first table row — the unit line, or the
/// `项目编码 … 项目名称 …` row of a table without one.
struct TableStart {
    /// Index of the heading row; nil for a table printed without a heading.
    var heading: Int?
    /// Indices of the title lines between the heading and the table.
    var titleLines: [Int]
    /// Index of the first table row.
    var anchor: Int

    /// The first row that belongs to the table.
    var first: Int { heading ?? titleLines.first ?? anchor }
}

enum TableStarts {
    /// The tables of a text, in order. A heading (`3.公共机构节能经费绩效目标表`,
    /// `1.2023年…绩效目标表`, `12、…`, or an unnumbered `项目支出绩效目标表`) followed —
    /// after at most three short title lines — by a unit line or a 项目编码/项目名称 row
    /// starts a table. A text with no such heading is one table, starting at its first
    /// unit line (or 项目名称 row).
    static func find(_ rows: [Row]) -> [TableStart] {
        var starts: [TableStart] = []
        var i = 0
        while i < rows.count {
            if isHeading(rows[i]), let (titles, anchor) = anchorBelow(i, in: rows) {
                starts.append(TableStart(heading: i, titleLines: titles, anchor: anchor))
                i = anchor + 1
            } else {
                i += 1
            }
        }
        if !starts.isEmpty { return starts }
        // No headings: each unit line begins a table (or, with none, the first 项目名称 row).
        let units = rows.indices.filter { UnitLine.isUnitLine(rows[$0]) }
        if !units.isEmpty {
            return units.map { TableStart(heading: nil, titleLines: titleLinesAbove($0, in: rows), anchor: $0) }
        }
        if let name = rows.firstIndex(where: isNameRow) {
            return [TableStart(heading: nil, titleLines: titleLinesAbove(name, in: rows), anchor: name)]
        }
        return []
    }

    static func isHeading(_ row: Row) -> Bool {
        numberedHeading(row) != nil || unnumberedHeading(row) != nil
    }

    /// `3.公共机构节能经费绩效目标表` → (3, `公共机构节能经费绩效目标表`). Any number of
    /// digits; `.`, `．`, `、` with or without a space after; the title may begin with a
    /// year (`1.2023年…`, `2.2025金安…`) but must have a Chinese character.
    static func numberedHeading(_ row: Row) -> (Int, String)? {
        guard row.nonEmpty.count == 1 else { return nil }
        let t = row.nonEmpty[0]
        // Full-width digits count as digits; the title keeps its own characters.
        let digits = TextNormalization.halfWidth(String(t.prefix { c in
            TextNormalization.halfWidth(String(c)).allSatisfy { $0.isASCII && $0.isNumber }
        }))
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        let rest = t.dropFirst(digits.count)
        guard let sep = rest.first, [".", "．", "、"].contains(sep) else { return nil }
        let title = TextNormalization.trimmed(rest.dropFirst())
        // `1.5万元…` is a number, not a heading: a title does not start with a digit
        // unless that digit begins a year.
        if let c = title.first, c.isASCII && c.isNumber {
            let year = title.prefix { $0.isASCII && $0.isNumber }
            guard year.count == 4, let y = Int(year), (1990...2100).contains(y) else { return nil }
        }
        guard title.contains(where: TextNormalization.isHan) else { return nil }
        return (n, title)
    }

    /// `项目支出绩效目标表`, `部门预算项目绩效目标申报表(2023年度)`: a table's own title
    /// without a number.
    static func unnumberedHeading(_ row: Row) -> String? {
        guard row.nonEmpty.count == 1 else { return nil }
        let t = TextNormalization.trimmed(row.nonEmpty[0])
        let bare = withoutTrailingBrackets(TextNormalization.withoutBlanks(TextNormalization.halfWidth(t)))
        guard bare.count <= 60, bare.hasSuffix("表"), bare.contains("绩效") || bare.contains("目标"),
              !bare.hasPrefix("*") else { return nil }
        return t
    }

    /// `…申报表(2023年度)` → `…申报表`.
    static func withoutTrailingBrackets(_ t: String) -> String {
        var s = Substring(t)
        while let last = s.last, ")）".contains(last), let open = s.lastIndex(where: { "(（".contains($0) }) {
            s = s[..<open]
        }
        return String(s)
    }

    /// The title lines and the first table row below a heading, if a table follows.
    static func anchorBelow(_ heading: Int, in rows: [Row]) -> ([Int], Int)? {
        var titles: [Int] = []
        var j = heading + 1
        while j < rows.count {
            let row = rows[j]
            if row.isBlank { j += 1; continue }
            if isAnchor(row) { return (titles, j) }
            guard isTitleLine(row), titles.count < 3 else { return nil }
            titles.append(j)
            j += 1
        }
        return nil
    }

    /// Title lines directly above a table that has no heading.
    static func titleLinesAbove(_ anchor: Int, in rows: [Row]) -> [Int] {
        var titles: [Int] = []
        var j = anchor - 1
        while j >= 0, titles.count < 3, !rows[j].isBlank, isTitleLine(rows[j]) {
            titles.insert(j, at: 0)
            j -= 1
        }
        return titles
    }

    /// A short line of one cell: `(2023年度)`, `项目支出绩效目标表`.
    static func isTitleLine(_ row: Row) -> Bool {
        row.nonEmpty.count == 1 && row.nonEmpty[0].count <= 40 && numberedHeading(row) == nil
    }

    static func isAnchor(_ row: Row) -> Bool {
        UnitLine.isUnitLine(row) || isNameRow(row) || BudgetBlock.isBudgetRow(row)
    }

    /// `项目编码 … 项目名称 …`, or `项目名称 …` alone.
    static func isNameRow(_ row: Row) -> Bool {
        row.label.hasPrefix("项目编码") || row.label.hasPrefix("项目代码") || row.cells.contains { cell in
            let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
            return c == "项目名称" || c.hasPrefix("项目名称:")
        }
    }
}
