import JixiaoModel

enum BasisFit {
    static let rule = Rule(
        id: "indicator.basis-fit",
        title: "指标值确定依据与指标值不相称",
        help: """
        依据要能支撑指标值：预算支出标准（“费用金额”“预算金额”）只能说明金额，说明不了完成率、合格率或满意度。\
        用费用金额论证完成率，说明依据是随手填的，目标值没有测算。请按目标值的来源改写依据，如完成率以工作计划（计划标准）为依据。
        """,
        category: .feasibility, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapRows { row, i in
                guard ctx.texts(row).basisCategoryIs(Self.budgetStandard) else { return nil }
                let isPercent = ctx.texts(row).unitKind == .percent
                let isSatisfaction = ctx.labels(row).level1Is(IndicatorFrame.satisfaction)
                guard isPercent || isSatisfaction else { return nil }
                return ctx.finding(row: row, field: .basis,
                                   "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)是比例，依据却是\(quoted: i.basis)（预算支出标准）：金额说明不了比例",
                                   suggestion: "按目标值的来源填写依据，如工作计划（计划标准）或往年完成情况（历史标准）")
            }
        },
        failing: [
            RuleExample("完成率以“费用金额”为依据", at: .cell(project: 1, row: 2, .basis)) { $0[project: 1][row: 2][.basis] = "费用金额" },
        ],
        passing: [
            RuleExample("金额以“费用金额”为依据") { $0[project: 1][row: 4][.basis] = "费用金额" },
        ])

    /// The category a basis of money states (`Vocabulary.basisCategory`).
    static let budgetStandard = "预算支出标准"
}
