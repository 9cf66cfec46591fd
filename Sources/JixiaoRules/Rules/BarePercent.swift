import JixiaoModel

enum BarePercent {
    static let rule = Rule(
        id: "indicator.bare-percent",
        title: "效益指标的百分比没有所指",
        help: """
        百分比总是某个量的比例：受益人口覆盖率、群众满意率、抽检合格率。效益指标写“维护社会稳定 ≥95%”“促进村集体经济发展 ≥95%”，\
        说不出 95% 是什么的比例，年终无法统计，多是套用模板的数值。请写明比例的对象（如“群众安全感满意率 ≥95%”），\
        或改为能统计的数量（如“带动村集体增收 ≥5 万元”）或具体的定性表述。名称或描述中有“率”“比例”“覆盖”“降低”“满足”等词的不算。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard ctx.labels(row).level2Is(oneOf: benefits), let q = i.value.quantity, q.unitKind == .percent,
                      !ctx.texts(row).nameDescription.mentions(shareWords) else { return nil }
                return ctx.finding(row: row, field: .value,
                                   "\(label: ctx.labels(row), i)写的是\(quoted: i.value.raw)，看不出是什么的比例",
                                   suggestion: "写明比例的对象（如“……满意率≥95%”），或改为能统计的数量或具体的定性表述")
            }
        },
        failing: [
            RuleExample("社会效益“促进教师队伍建设 ≥95%”", at: .cell(project: 1, row: 5, .value)) {
                $0[project: 1][row: 5][.name] = "促进教师队伍建设"
                $0[project: 1][row: 5][.description] = "教师队伍整体素质"
                $0[project: 1][row: 5][.value] = "≥95%"
            },
        ],
        passing: [
            RuleExample("优良率 ≥90%") { $0[project: 1][row: 5][.value] = "≥90%" },
            RuleExample("降低幅度 40%") {
                $0[project: 1][row: 5][.name] = "降低教学事故发生"
                $0[project: 1][row: 5][.description] = ""
                $0[project: 1][row: 5][.value] = "40%"
            },
        ])

    private static let shareWords = WordList(Vocabulary.shareWords)

    private static let benefits: [String] = {
        typealias L = IndicatorFrame.Level2
        return [L.economicBenefit, L.socialBenefit, L.ecologicalBenefit, L.sustainableImpact]
    }()
}
