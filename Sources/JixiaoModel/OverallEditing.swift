/// Reading and setting the department part's fields (`OverallField`), for
/// `Document.value(at:)` and `Document.setting(_:to:)`.
extension OverallTargets {
    /// The field's text; nil when the section has no such paragraph or sub-goal.
    public func value(_ field: OverallField) -> String? {
        switch field {
        case .summary(let n): summary.indices.contains(n - 1) ? summary[n - 1].text : nil
        case .measure(let n): measures.indices.contains(n - 1) ? measures[n - 1].text : nil
        case .subGoal(let n, let part):
            subGoals.indices.contains(n - 1) ? (part == .goal ? subGoals[n - 1].goal : subGoals[n - 1].indicators) : nil
        }
    }

    /// The part with the field set to `text` (already trimmed). A paragraph cannot be
    /// emptied: the text would lose it, and with it the numbering of those after it.
    func setting(_ field: OverallField, to text: String) throws(EditError) -> OverallTargets {
        var o = self
        switch field {
        case .summary(let n):
            guard summary.indices.contains(n - 1) else {
                throw EditError("总体绩效目标没有第 \(n) 段（共 \(summary.count) 段）")
            }
            guard !text.isEmpty else { throw EditError("\(field.chinese)不能为空：要删去一段，请在原件中修改后重新导入") }
            o.summary[n - 1].text = text
        case .measure(let n):
            guard measures.indices.contains(n - 1) else {
                throw EditError("工作保障措施没有第 \(n) 段（共 \(measures.count) 段）")
            }
            guard !text.isEmpty else { throw EditError("\(field.chinese)不能为空：要删去一段，请在原件中修改后重新导入") }
            o.measures[n - 1].text = text
        case .subGoal(let n, let part):
            guard subGoals.indices.contains(n - 1) else {
                throw EditError("没有分项绩效目标 \(n)（共 \(subGoals.count) 条）")
            }
            switch part {
            case .goal: o.subGoals[n - 1].goal = text
            case .indicators: o.subGoals[n - 1].indicators = text
            }
        }
        return o
    }

    /// Every field of the part, in reading order.
    public var fields: [OverallField] {
        summary.indices.map { .summary($0 + 1) }
            + subGoals.indices.flatMap { n in OverallField.SubGoalPart.allCases.map { .subGoal(n + 1, $0) } }
            + measures.indices.map { .measure($0 + 1) }
    }
}
