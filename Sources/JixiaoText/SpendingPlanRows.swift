import JixiaoModel

/// The 资金支出计划 rows: checkpoints in the header (`3月底 … 6月底 …`), figures below,
/// and what extraction does to them.
enum SpendingPlanRows {
    /// `3月底`, `3 月底` → 3.
    static func checkpointMonth(_ cell: String) -> Int? {
        // 底 has no other spelling (no scalar decomposes to it): a cell without its bytes
        // does not end in 月底, and is not copied.
        guard TextNormalization.contains(cell, "底") else { return nil }
        let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        guard TextNormalization.hasSuffix(c, "月底"), let m = Int(c.dropLast(2)), (1...12).contains(m) else { return nil }
        return m
    }

    /// Puts the figures under their checkpoints: by column where every figure sits under
    /// a checkpoint, otherwise in order; a figure left over gets the next usual month
    /// and is marked as unlabelled. A dash (`—`, `/`) or `无` leaves its checkpoint unfilled.
    static func assignFigures(header: [(column: Int, month: Int)], figures: [(column: Int, text: String)],
                              extra: [Checkpoint]) -> [Checkpoint] {
        var checkpoints = header.map { Checkpoint(month: $0.month, figure: "") }
        let columns = Set(header.map(\.column))
        if figures.allSatisfy({ columns.contains($0.column) }) {
            for f in figures {
                let i = header.firstIndex { $0.column == f.column }!
                checkpoints[i].figure = f.text
            }
        } else {
            for (k, f) in figures.enumerated() {
                if k < checkpoints.count {
                    checkpoints[k].figure = f.text
                } else {
                    checkpoints.append(Checkpoint(month: nextMonth(after: checkpoints.last?.month), figure: f.text,
                                                  labelled: false))
                }
            }
        }
        // A dash or 无 in a figure's cell is printed for “none”, as in a money cell: the
        // checkpoint is unfilled, not given a figure that is no percentage.
        for k in checkpoints.indices where BudgetBlock.isUnfilled(checkpoints[k].figure) { checkpoints[k].figure = "" }
        for e in extra {
            if let i = checkpoints.firstIndex(where: { $0.month == e.month }) {
                if checkpoints[i].figure.isEmpty { checkpoints[i].figure = e.figure }
            } else {
                checkpoints.append(e)
            }
        }
        return checkpoints
    }

    static func nextMonth(after month: Int?) -> Int {
        guard let month else { return Checkpoint.usualMonths[0] }
        return Checkpoint.usualMonths.first { $0 > month } ?? min(month + 1, 12)
    }
}
