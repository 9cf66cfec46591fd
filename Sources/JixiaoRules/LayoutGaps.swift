import JixiaoModel

/// What a table's layout leaves out as a whole — no 指标值确定依据, no 资金支出计划, no
/// 项目编码 — as opposed to a cell left empty in a layout that has it. Published tables
/// often print a form without these; that is said once for the document
/// (`indicator.basis-absent`, `plan.absent`, `header.code-absent`), not on every row.
extension Project {
    /// The table gives no 指标值确定依据 at all: it has no such column, or prints it empty
    /// on every row. Row checks then leave the basis alone.
    var givesNoBases: Bool {
        guard layout.hasBasisColumn else { return true }
        // `judgedRows.allSatisfy { basis is blank }`: a row with a basis gives one unless it
        // does not apply. The rows are read where they lie, not copied out.
        for k in indicators.indices where !BareText.isOnlyBlanks(indicators[k].basis) && isJudged(k) {
            return false
        }
        return true
    }

    /// The table has no 资金支出计划 row.
    var hasNoSpendingPlan: Bool { !layout.hasSpendingPlan }

    /// The table gives no 项目编码.
    var givesNoCode: Bool { BareText.isOnlyBlanks(code) }
}

/// One note for a gap in the layout: the whole document when every table has it, else
/// each table that has it (the others fill it in).
enum LayoutGapNote {
    /// `counting`: the tables the template asks the part of (the others are neither gapped nor counted).
    static func findings(_ ctx: DocumentContext, where gap: (Project) -> Bool, counting: (Project) -> Bool = { _ in true },
                         part: Location.Part, line: (Project) -> Int, all: (Int) -> String, one: (Project) -> String,
                         suggestion: String) -> [Finding] {
        let projects = ctx.document.projects
        let counted = projects.indices.filter { counting(projects[$0]) }
        let gapped = counted.filter { gap(projects[$0]) }
        guard !gapped.isEmpty else { return [] }
        if gapped.count == counted.count {
            let first = projects[counted[0]]
            return [ctx.finding(projectAt: counted.count == 1 ? counted[0] : nil,
                                Location(part: counted.count == 1 ? part : .department, line: line(first)),
                                all(counted.count), suggestion: suggestion)]
        }
        return gapped.map { k in
            ctx.finding(projectAt: k, Location(part: part, line: line(projects[k])), one(projects[k]), suggestion: suggestion)
        }
    }
}
