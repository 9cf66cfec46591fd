extension Document {
    /// A field named for the reviewer. A goal is `goal.N` by position, but the document may
    /// print another number on it (`1. 3. 4.`, two goals numbered 1, a list from 2): then
    /// both, `第 2 条绩效目标（原文编号 3）`, so the goal named is the one the screen shows.
    public func label(of path: FieldPath) -> String {
        if case .goal(let n) = path.field, projects.indices.contains(path.projectIndex) {
            return path.field.chinese + projects[path.projectIndex].printedNumberNote(ofGoalAt: n - 1)
        }
        return path.field.chinese
    }
}

extension Project {
    /// `（原文编号 3）` when the goal at 0-based position `k` is printed with a number other
    /// than its place (`1. 3. 4.`), else empty: said after a goal named by its place
    /// (`绩效目标 2（原文编号 3）`), so that messages name the goal the screen shows.
    public func printedNumberNote(ofGoalAt k: Int) -> String {
        guard goals.indices.contains(k), goals[k].number != k + 1 else { return "" }
        return "（原文编号 \(goals[k].number)）"
    }
}
