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
            ctx.compactMapJudged { row, i in
                guard !i.value.isQuantitative else { return nil }
                // 可持续影响 is a direction over years: `稳步提高` is its ordinary value.
                let fields: [IndicatorField] = ctx.labels(row).level2Is(IndicatorFrame.Level2.sustainableImpact)
                    ? [.name, .description] : [.value, .name, .description]
                for field in fields {
                    let t = ctx.texts(row)
                    guard let word = (field == .value ? t.value : field == .name ? t.name : t.description).firstMention(vague) else { continue }
                    return ctx.finding(row: row, field: field,
                                       "\(ctx.labels(row).label(i))用了\(Say.quote(word))，没有基准值和幅度，无法衡量",
                                       suggestion: "写明基准和目标值，如“由 80% 提高到 90%”")
                }
                return nil
            }
        },
        failing: [
            RuleExample("“教学水平明显提升”", at: .cell(project: 1, row: 5, .value)) { $0[project: 1][row: 5][.value] = "教学水平明显提升" },
            RuleExample("“进一步改善校园环境”", at: .cell(project: 2, row: 5, .value)) { $0[project: 2][row: 5][.value] = "进一步改善" },
        ],
        passing: [
            RuleExample("可持续影响写“稳步提高”") { d in
                d[project: 1][row: 5][.level2] = "可持续影响指标"
                d[project: 1][row: 5][.name] = "教师队伍素质"
                d[project: 1][row: 5][.description] = "教师队伍整体素质"
                d[project: 1][row: 5][.value] = "稳步提高"
            },
            RuleExample("有数值的目标，名称里说“有效”也可以") {
                $0[project: 1][row: 5][.name] = "有效课堂比例"
            },
        ])

    private static let vague = WordList(Vocabulary.vague)
}
