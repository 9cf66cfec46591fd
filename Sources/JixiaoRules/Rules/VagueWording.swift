import JixiaoModel

enum VagueWording {
    static let rule = Rule(
        id: "indicator.vague-wording",
        title: "表述含糊，没有基准",
        help: """
        “进一步”“明显”“有效”“显著”等词，没有基准值和幅度就无法衡量：比什么进一步？提高多少算明显？\
        指标值是文字时尤其如此；比率只写“提高”“有所下降”，也看不出从多少到多少。请写明基准和目标，如“由 80% 提高到 90%”，或改为可考核的数值。
        """,
        category: .relevance, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard !i.value.isQuantitative else { return nil }
                // 可持续影响 is a direction over years: `稳步提高` is its ordinary value.
                let fields: [IndicatorField] = ctx.labels(row).level2Is(IndicatorFrame.Level2.sustainableImpact)
                    ? [.name, .description] : [.value, .name, .description]
                // A rate given only a direction (`覆盖率 提高`): up from what, to what?
                if fields.contains(.value), ctx.texts(row).nameEnds(withAnyOf: rateEndings),
                   let word = bareDirection(i.value.raw) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)是比例，指标值只写了\(quoted: word)：从多少\(word)到多少，看不出",
                                       suggestion: "写明基准和目标值，如“由 80% 提高到 90%”，或写目标值，如“≥90%”")
                }
                for field in fields {
                    let t = ctx.texts(row)
                    guard let word = (field == .value ? t.value : field == .name ? t.name : t.description).firstMention(vague) else { continue }
                    return ctx.finding(row: row, field: field,
                                       "\(label: ctx.labels(row), i)用了\(quoted: word)，没有基准值和幅度，无法衡量",
                                       suggestion: "写明基准和目标值，如“由 80% 提高到 90%”")
                }
                return nil
            }
        },
        failing: [
            RuleExample("“教学水平明显提升”", at: .cell(project: 1, row: 5, .value)) { $0[project: 1][row: 5][.value] = "教学水平明显提升" },
            RuleExample("“进一步改善校园环境”", at: .cell(project: 2, row: 5, .value)) { $0[project: 2][row: 5][.value] = "进一步改善" },
            RuleExample("覆盖率写“提高”", at: .cell(project: 1, row: 5, .value)) {
                $0[project: 1][row: 5][.name] = "社区照护服务覆盖率"
                $0[project: 1][row: 5][.value] = "提高"
            },
        ],
        passing: [
            RuleExample("覆盖率写“由80%提高到90%”") {
                $0[project: 1][row: 5][.name] = "社区照护服务覆盖率"
                $0[project: 1][row: 5][.value] = "由80%提高到90%"
            },
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
    private static let rateEndings = Endings(["率", "比例", "比率"])
    private static let directions = ["提高", "提升", "增加", "增长", "上升", "下降", "降低", "减少"]

    /// `提高`, `有所提高`, `逐年下降。`: a value that is a direction and nothing else.
    static func bareDirection(_ value: String) -> String? {
        var v = Substring(TextNormalization.withoutBlanks(value))
        while let last = v.last, "。.，,；;".contains(last) { v = v.dropLast() }
        for prefix in ["有所", "逐年", "持续", "进一步", "不断", "稳步", "明显", "显著", "大幅"] where v.hasPrefix(prefix) {
            v = v.dropFirst(prefix.count)
            break
        }
        return directions.first { v == $0 }
    }
}
