import JixiaoModel

/// The goals of a table: one 绩效目标 row, several (`中期目标`, `年度目标`), side by side
/// under a 总体目标 row, or numbered on rows of their own.
enum GoalRows {
    /// A goal printed on a row of its own, numbered: `目标1：…`, `2、…`, `(二)…`.
    static func isGoalItem(_ cell: String) -> Bool {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        if t.hasPrefix("目标"), let c = t.dropFirst(2).first, c.isNumber { return true }
        return TableStarts.leadingNumber(t) != nil || GoalList.split(cell).count > 1
    }

    /// `目标1：…` → `1. …`, so the goals split at their numbers; `目标1：… 目标2：…` on the
    /// one row → `1. … 2. …`.
    static func goalItemText(_ t: String) -> String {
        if let goals = GoalList.splitLabelled(TextNormalization.trimmed(t)) {
            return goals.map { "\($0.number). \($0.text)" }.joined(separator: " ")
        }
        let h = TextNormalization.halfWidth(TextNormalization.trimmed(t))
        guard h.hasPrefix("目标") else { return t }
        let digits = h.dropFirst(2).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return t }
        var rest = h.dropFirst(2 + digits.count)
        while let c = rest.first, ":：、. ".contains(c) { rest = rest.dropFirst() }
        return "\(digits). " + rest
    }

    /// The goals: one goals row split at its numbers; several (`中期目标`, `年度目标`)
    /// each named by its label.
    /// A column's name in a small table under a goals label (`部门职能`, `年度目标任务`,
    /// `预算金额(万元)`): a short label, with no figure and no sentence's punctuation.
    static func isColumnName(_ cell: String) -> Bool {
        let l = RowLabels.bareLabel(cell)
        guard !l.isEmpty, l.hasAtMostCharacters(10), l.contains(where: TextNormalization.isHan) else { return false }
        return !l.contains { $0.isNumber || "。，,；;：:！？!?、".contains($0) }
    }

    static func goals(_ rows: [(label: String, text: String)]) -> [Goal] {
        let filled = rows.filter { !TextNormalization.trimmed($0.text).isEmpty }
        if filled.count <= 1 || Set(filled.map(\.label)).count == 1 {
            return GoalList.split(filled.map(\.text).joined(separator: " "))
        }
        // (A goal on a row of its own begins after a line break, `\n`: trimmed as a blank.)
        let text = filled.enumerated().map { k, r in "\(k + 1). \(r.label)：\(TextNormalization.trimmed(r.text.utf8.first == 0x0A ? " " + r.text.dropFirst() : r.text))" }
        return GoalList.split(text.joined(separator: " "))
    }
}
