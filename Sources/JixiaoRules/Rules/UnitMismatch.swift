import JixiaoModel

enum UnitMismatch {
    static let rule = Rule(
        id: "indicator.unit-mismatch",
        title: "指标值的单位与指标不符",
        help: """
        指标名称说的是“率”“比例”“满意度”，指标值就应是百分比；说的是“金额”“经费”“成本”，指标值就应是金额。\
        百分比应在 0% 到 100% 之间（增长率除外）。单位不符，多是抄错了行或填错了单位，考核时无法对照。请改正指标值或指标名称。
        """,
        category: .relevance, severity: .error, basis: .reviewExperience,
        check: .project { ctx in
            ctx.project.indicatorRows.compactMap { row, i in
                guard let q = i.value.quantity else { return nil }
                let name = TextNormalization.withoutBlanks(i.name)
                let isRate = ["率", "比例", "比率", "满意度", "(%)", "（%）"].contains { name.hasSuffix($0) }
                let isAmount = ["金额", "资金", "经费", "费用", "成本", "投资"].contains { name.hasSuffix($0) }
                if isRate && q.unitKind == .money {
                    return ctx.finding(row: row, field: .value,
                                       "\(i.label)是比例，指标值却是金额\(Say.quote(i.value.raw))",
                                       suggestion: "改为百分比，如“≥95%”")
                }
                if isAmount && q.unitKind == .percent {
                    return ctx.finding(row: row, field: .value,
                                       "\(i.label)是金额，指标值却是百分比\(Say.quote(i.value.raw))",
                                       suggestion: "改为金额，如“≤2万元”")
                }
                if q.unitKind == .percent, q.number.doubleValue > 100,
                   !Vocabulary.mentions(name, ["增长", "增加", "提高", "提升", "增幅"]) {
                    return ctx.finding(row: row, field: .value,
                                       "\(i.label)的指标值\(Say.quote(i.value.raw))超过 100%",
                                       suggestion: "比例不超过 100%；核对是否多写了一位")
                }
                return nil
            }
        },
        failing: [
            RuleExample("合格率写成金额", at: .cell(project: 1, row: 2, .value)) { $0[project: 1][row: 2][.value] = "≥2万元" },
            RuleExample("成本写成百分比", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "≤95%" },
            RuleExample("满意度 950%", at: .cell(project: 1, row: 6, .value)) { $0[project: 1][row: 6][.value] = "≥950%" },
        ],
        passing: [
            RuleExample("满意度（%）写 ≥95%") {
                $0[project: 1][row: 6][.name] = "参训教师满意度（%）"
                $0[project: 1][row: 6][.value] = "≥95%"
            },
            RuleExample("增长率可以超过 100%") {
                $0[project: 1][row: 5][.name] = "参训人数增长率"
                $0[project: 1][row: 5][.value] = "≥120%"
            },
        ])
}
