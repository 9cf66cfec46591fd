extension Document {
    /// A field named for the reviewer. A goal is `goal.N` by position, but the document may
    /// print another number on it (`1. 3. 4.`, two goals numbered 1, a list from 2): then
    /// both, `第 2 条绩效目标（原文编号 3）`, so the goal named is the one the screen shows.
    public func label(of path: FieldPath) -> String {
        if case .goal(let n) = path.field, projects.indices.contains(path.projectIndex) {
            let goals = projects[path.projectIndex].goals
            if goals.indices.contains(n - 1), goals[n - 1].number != n {
                return "\(path.field.chinese)（原文编号 \(goals[n - 1].number)）"
            }
        }
        return path.field.chinese
    }
}
