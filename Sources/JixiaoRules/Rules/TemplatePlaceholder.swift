import JixiaoModel

enum TemplatePlaceholder {
    static let rule = Rule(
        id: "indicator.placeholder",
        title: "指标名称中留着模板的占位和标记",
        help: """
        许多指标来自上级下发的模板：模板在指标名称后用“(≥**株)”“(≥**%)”“(≤**元/株)”提示要填的比较符和单位，\
        用“★”“★★★”（或名称前的“*”）标出必填的核心指标。占位是给填表人看的，填完应当删去；留在名称里，说明模板没有按本项目改写，\
        也会让考核时的指标名称不像样。Jixiao 给出删去占位后的名称，确认无误即可一键采纳。核心指标的“★”（名称前的“*”）不是占位：\
        模板和预算系统在批复的表里照印，它告诉审核人哪些是核心指标，保留不动。\
        （指标值里的占位，如“≤**万元”，是没有填写目标值，由“指标值没有填写”指出。）
        """,
        category: .convention, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            // Each judged row's name, then its description, in row order.
            var out: [Finding] = []
            for i in ctx.judgedBoxes {
                let row = i.row
                // A cell whose row text has none of a mark's bytes has no mark: not read again.
                let t = ctx.texts(row)
                for field in [IndicatorField.name, .description] {
                    guard TemplateMarks.mayHaveMark(bytes: field == .name ? t.name.bytes : t.description.bytes),
                          let (cleaned, all, _) = TemplateMarks.cleaned(i[field]) else { continue }
                    // The core mark (`★`, `★★★`, a `*` before the name) stays: the template and the
                    // 一体化 system print it in the approved table, and it tells the reviewer which rows are
                    // the core ones (`indicator.core-in-parts`). Only a slot left unfilled is asked off.
                    let marks = all.filter { !TemplateMarks.isCoreMark($0) }
                    guard !marks.isEmpty else { continue }
                    let clean = cleaned.isEmpty ? "" : TemplateMarks.leadingCoreMark(i[field]) + cleaned
                    let fix = clean.isEmpty ? nil : Fix(.indicator(row: row, field), from: i[field], to: clean)
                    out.append(ctx.finding(row: row, field: field,
                                           "\(field.chinese)\(quoted: i[field])中留着模板的\(marks.map(Say.quote).joined())",
                                           suggestion: clean.isEmpty ? "按本项目写明\(field.chinese)" : "改为\(quoted: clean)",
                                           fix: fix))
                }
            }
            return out
        },
        failing: [
            RuleExample("名称中留着“(≥**期)”", at: .cell(project: 1, row: 1, .name)) { $0[project: 1][row: 1][.name] = "培训期数(≥**期)" },
            RuleExample("名称末尾留着不带括号的“≥**人”（南岳区 2018）", at: .cell(project: 1, row: 1, .name)) {
                $0[project: 1][row: 1][.name] = "受益建档立卡贫困人口数≥**人"
            },
            RuleExample("★核心指标的名称里留着“(≥**户)”（同心县 2023），改后保留★", at: .cell(project: 2, row: 2, .name)) {
                $0[project: 2][row: 2][.name] = "★★★受益脱贫户人口数(≥**户)"
            },
        ],
        passing: [
            RuleExample("名称前的“★★★”是核心指标的记号") { $0[project: 2][row: 2][.name] = "★★★苗木成活率" },
            RuleExample("名称前核心指标的“*”（南岳区 2018）") { $0[project: 2][row: 2][.name] = "*苗木成活率" },
            RuleExample("括号里的说明不是占位") { $0[project: 1][row: 6][.name] = "参训教师满意度（%）" },
            RuleExample("名称里的数字和单位") { $0[project: 2][row: 1][.name] = "养护绿地面积（30000平方米）" },
        ])
}
