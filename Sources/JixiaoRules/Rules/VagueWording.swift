import JixiaoModel

enum VagueWording {
    static let rule = Rule(
        id: "indicator.vague-wording",
        title: "表述含糊，没有基准",
        help: """
        “进一步”“明显”“有效”“显著”等词，没有基准值和幅度就无法衡量：比什么进一步？提高多少算明显？\
        指标值是文字时尤其如此。请写明基准和目标，如“由 80% 提高到 90%”，或改为可考核的数值。
        """,
        category: .relevance, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.project.indicatorRows.compactMap { row, i in
                guard !i.value.isQuantitative, let word = Vocabulary.firstMention(i.text, Vocabulary.vague) else { return nil }
                let field: IndicatorField = Vocabulary.mentions(i.value.raw, [word]) ? .value
                    : Vocabulary.mentions(i.name, [word]) ? .name : .description
                return ctx.finding(row: row, field: field,
                                   "\(i.label)用了\(Say.quote(word))，没有基准值和幅度，无法衡量",
                                   suggestion: "写明基准和目标值，如“由 80% 提高到 90%”")
            }
        },
        failing: [
            RuleExample("“教学水平明显提升”", at: .cell(project: 1, row: 5, .value)) { $0[project: 1][row: 5][.value] = "教学水平明显提升" },
            RuleExample("“进一步改善校园环境”", at: .cell(project: 2, row: 5, .value)) { $0[project: 2][row: 5][.value] = "进一步改善" },
        ],
        passing: [
            RuleExample("有数值的目标，名称里说“有效”也可以") {
                $0[project: 1][row: 5][.name] = "有效课堂比例"
            },
        ])
}
