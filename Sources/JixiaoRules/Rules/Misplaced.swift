import JixiaoModel

enum Misplaced {
    static let rule = Rule(
        id: "indicator.misplaced",
        title: "执行类指标或满意度放错了位置",
        help: """
        预算执行率、资金到位率、资金下达率、支出进度等是预算执行监控的内容，不是项目的产出或效益，不应作为产出指标或效益指标；\
        满意度应放在满意度指标下（旧模板把“社会公众或服务对象满意度指标”放在效益指标下，照旧模板填写的不算放错）。放错位置，绩效目标就把“钱花出去”当成了“事办成了”。请删去或移到正确的一级指标下。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                let k = ctx.labels(row)
                if k.level1Is(IndicatorFrame.output) || k.level1Is(IndicatorFrame.benefit),
                   let m = ctx.texts(row).nameDescription.firstMention(executionMeasures) {
                    let what = ctx.texts(row).name.text == m ? "" : "是\(m)，"
                    return ctx.finding(row: row, field: .name,
                                       "\(k.level1)中的\(Say.quote(i.name))\(what)属于预算执行，不是\(k.level1Is(IndicatorFrame.output) ? "产出" : "效益")",
                                       suggestion: "删去这一行，改写这笔钱完成的工作或带来的效果")
                }
                if !k.isSatisfaction, ctx.texts(row).name.mentions(satisfactionWords) {
                    return ctx.finding(row: row, field: .name,
                                       "满意度\(Say.quote(i.name))放在了\(k.level1)下",
                                       suggestion: "移到满意度指标—服务对象满意度指标下")
                }
                return nil
            }
        },
        failing: [
            RuleExample("产出指标写预算执行率", at: .cell(project: 1, row: 2, .name)) { $0[project: 1][row: 2][.name] = "预算执行率" },
            RuleExample("效益指标写满意度", at: .cell(project: 1, row: 5, .name)) { $0[project: 1][row: 5][.name] = "家长满意度" },
            RuleExample("时效指标写“预算资金当年下达率”", at: .cell(project: 1, row: 3, .name)) {
                $0[project: 1][row: 3][.name] = "预算资金当年下达率"
                $0[project: 1][row: 3][.value] = "100%"
            },
        ],
        passing: [
            RuleExample("满意度指标下的满意度") { $0[project: 1][row: 6][.name] = "家长满意度" },
            RuleExample("旧模板的“社会公众或服务对象满意度指标”在效益指标下") { d in
                d[project: 1][row: 6].level1 = IndicatorFrame.benefit
                d[project: 1][row: 6][.level2] = "社会公众或服务对象满意度指标"
            },
        ])

    private static let executionMeasures = WordList(Vocabulary.executionMeasures)
    private static let satisfactionWords = WordList(["满意度", "满意率"])
}
