import JixiaoModel

enum ValueUnfilled {
    static let rule = Rule(
        id: "indicator.value-unfilled",
        title: "指标值没有填写",
        help: """
        指标值一栏只有模板印好的单位（“公里”“万人”）、比较符（“≧ %”）、占位（“≤**万元”），或模板列出的档次（“高中低”），\
        没有填写本项目的目标值。这样的指标年终无从考核，等于没有设定目标。请填写比较符、数值和单位（如“≥95%”“≥12公里”），\
        定性指标写明要达到的具体状况。与本项目无关的模板指标，由“指标与本项目无关”指出，应当删去而不是补数。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            // Worked out only for a table with a template slot in it.
            guard p.indicators.contains(where: \.value.isTemplateSlot) else { return [] }
            let domains = ctx.subjectDomains
            return ctx.compactMapJudged { row, i in
                let slot: TargetValue.Slot
                let what: String
                switch i.value.kind {
                case .placeholder(let s):
                    slot = s
                    what = "指标值\(quoted: i.value.raw)还是模板的占位，没有填写目标值"
                case .unfilled(let s) where !s.choices.isEmpty:
                    slot = s
                    what = "指标值\(quoted: i.value.raw)是模板列出的档次，没有选定目标"
                case .unfilled(let s):
                    slot = s
                    what = s.unit.isEmpty ? "指标值只有比较符\(quoted: i.value.raw)，没有填写数值"
                        : s.comparator == .exactly ? "指标值只有单位\(quoted: i.value.raw)，没有填写数值"
                        : "指标值只有\(quoted: i.value.raw)，没有填写数值"
                default:
                    return nil
                }
                // A template row about another subject is to be deleted, not filled in.
                guard SubjectDomains.unrelated(ctx.texts(row).nameDescription, projectDomains: domains) == nil else { return nil }
                return ctx.finding(row: row, field: .value, "\(label: ctx.labels(row), i)的\(what)",
                                   suggestion: suggestion(ctx.labels(row).isSatisfaction, slot))
            }
        },
        failing: [
            RuleExample("只有单位“平方米”", at: .cell(project: 2, row: 1, .value)) { $0[project: 2][row: 1][.value] = "平方米" },
            RuleExample("只有“≧ %”", at: .cell(project: 1, row: 2, .value)) { $0[project: 1][row: 2][.value] = "≧ %" },
            RuleExample("占位“≤**元”", at: .cell(project: 1, row: 4, .value)) { $0[project: 1][row: 4][.value] = "≤**元" },
            RuleExample("满意度写“高中低”", at: .cell(project: 1, row: 6, .value)) { $0[project: 1][row: 6][.value] = "高中低" },
        ],
        passing: [
            RuleExample("定性指标选定了一档") { $0[project: 1][row: 5][.value] = "优良" },
            RuleExample("填了数值") { $0[project: 2][row: 1][.value] = "≥30000 平方米" },
        ])

    private static func suggestion(_ isSatisfaction: Bool, _ slot: TargetValue.Slot) -> String {
        if !slot.choices.isEmpty {
            return isSatisfaction ? "满意度写比例，如“≥90%”，以问卷调查为依据" : "选定要达到的一档，并写明具体状况"
        }
        let comparator = slot.comparator == .exactly ? "≥" : slot.comparator.rawValue
        let unit = slot.unit.isEmpty ? (isSatisfaction ? "%" : "") : slot.unit
        return "填写目标值，如“\(comparator)N\(unit)”（N 为本项目的目标数）"
    }
}
