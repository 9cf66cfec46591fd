import JixiaoModel

/// The `项目编码 … 项目名称 …` row: which cell holds the code, which the name, and where
/// money printed beside the name begins.
enum NameRow {
    /// 项目编码's cell: after the label (an empty cell when the next one is the 项目名称
    /// label — no real table prints a code), or in it (`项目编码：…`).
    static func codeCell(_ row: Row) -> String {
        guard row.has("码"), let i = row.cells.firstIndex(where: { c in
            // Both labels end in 码: a byte search rules out most cells before any copy.
            guard TextNormalization.contains(c, "码") else { return false }
            let l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(c))
            return TextNormalization.hasPrefix(l, "项目编码") || TextNormalization.hasPrefix(l, "项目代码")
        }) else { return "" }
        let cell = row.cells[i]
        // (A cell without a colon's bytes has no colon Character: the Characters are not made.)
        if PlainText.hasColonBytes(cell), let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let inline = TextNormalization.trimmed(cell[cell.index(after: colon)...])
            if !inline.isEmpty { return inline }
        }
        guard let next = row.cells[(i + 1)...].first(where: { !$0.isEmpty }),
              !TableStarts.isNameCell(next), !RowLabels.isFactLabel(next) else { return "" }
        return next
    }

    /// 项目名称's cell: after the label, or in it (`项目名称：某项目`).
    /// The name row's label as printed, without its colon: `专项名称`, `项目(专项)名称`.
    static func label(_ row: Row) -> String {
        for c in row.cells where TextNormalization.contains(c, "称") {
            let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(c))
            if let l = TableStarts.nameLabels.first(where: { TextNormalization.hasPrefix(bare, $0) }) { return l }
        }
        return "项目名称"
    }

    static func nameCell(_ row: Row) -> String {
        guard row.has("称"), let i = row.cells.firstIndex(where: { c in
            // Every label ends in 名称 (as in `TableStarts.isNameRow`): a byte search first.
            guard TextNormalization.contains(c, "称") else { return false }
            return TableStarts.isNameLabel(c) || TableStarts.nameLabels.contains { TextNormalization.hasPrefix(TextNormalization.withoutBlanks(TextNormalization.halfWidth(c)), $0 + ":") }
        }) else { return "" }
        let cell = row.cells[i]
        if !TableStarts.isNameLabel(cell), let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            return TextNormalization.trimmed(cell[cell.index(after: colon)...])
        }
        guard let j = row.cells[(i + 1)...].firstIndex(where: { !$0.isEmpty }) else { return "" }
        let next = row.cells[j]
        // An empty name cell: the next is another label (`项目编码`, `实施单位`, `项目金额 100`).
        if RowLabels.isFactLabel(next) || TextNormalization.hasPrefix(next, "项目编码") { return "" }
        if BudgetBlock.isLabel(next), let after = row.cells[(j + 1)...].first(where: { !$0.isEmpty }),
           BudgetBlock.looksLikeAmount(after) { return "" }
        return next
    }

    /// Where the cells after the name begin, for the money printed beside it (`name`: the
    /// row's `nameCell`, when the caller has it).
    static func afterName(_ row: Row, name: String? = nil) -> Int {
        let name = name ?? nameCell(row)
        guard !name.isEmpty, let i = row.cells.firstIndex(of: name) else {
            return (row.cells.firstIndex { TableStarts.isNameLabel($0) } ?? 0) + 1
        }
        return i + 1
    }
}
