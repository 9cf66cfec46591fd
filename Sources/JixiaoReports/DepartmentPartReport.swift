import JixiaoModel

extension DocumentReport {
    /// The department part (部门整体绩效目标) as `jixiao show 部门` prints it: each paragraph
    /// with the field that names it in `jixiao set 部门 FIELD VALUE`, numbered as it is
    /// there (by position in its section).
    public static func department(_ d: Document) -> String {
        let o = d.overall
        var out = ["部门整体绩效目标（修改：jixiao set 部门 字段 新的值）"]
        if o.summary.isEmpty && o.subGoals.isEmpty && o.measures.isEmpty {
            out.append("  （文档没有部门整体绩效目标部分）")
        }
        func paragraph(_ p: Paragraph, _ field: OverallField) -> String {
            "  [\(ProjectField.overall(field))] " + (p.number.map { "\($0)、" } ?? "") + p.text
        }
        if !o.summary.isEmpty { out.append("一、总体绩效目标") }
        for (i, p) in o.summary.enumerated() { out.append(paragraph(p, .summary(i + 1))) }
        if !o.subGoals.isEmpty { out.append("二、分项绩效目标") }
        for (i, g) in o.subGoals.enumerated() {
            out.append("  [\(ProjectField.overall(.subGoal(i + 1, .goal)))] \(g.number)、绩效目标：\(g.goal)")
            out.append("  [\(ProjectField.overall(.subGoal(i + 1, .indicators)))] 绩效指标：\(g.indicators)")
        }
        if !o.measures.isEmpty { out.append("三、工作保障措施") }
        for (i, p) in o.measures.enumerated() { out.append(paragraph(p, .measure(i + 1))) }
        return out.joined(separator: "\n") + "\n"
    }
}
