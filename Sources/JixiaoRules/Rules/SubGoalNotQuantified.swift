import JixiaoModel

/// The department part's 分项绩效目标: each goal's 绩效指标 should say how much, how well,
/// how soon — as a project's indicators do — or the department's year cannot be judged.
enum SubGoalNotQuantified {
    static let rule = Rule(
        id: "department.subgoal-not-quantified",
        title: "部门分项绩效目标的绩效指标没有量化",
        help: """
        部门整体绩效目标的“分项绩效目标”，每项目标都要有绩效指标，并且细化、量化：写明做到多少、多好、多快（如“公车节支率≥5%”\
        “综合事务保障完成率≥95%”“12月底前完成”），年终才能对照评价部门履职的效果。只写工作内容（“保障区机关大院入驻单位物业后勤服务”\
        “推行社会化管理”）或只写指标名称（“综合事务保障完成率”）而没有目标值，无法考核。一项分项目标的绩效指标里没有一个数字\
        （阿拉伯数字、“百分之……”或“三项”“两次”这样的数目）时，Jixiao 逐项提示；没有写绩效指标的，也提示。请为每个指标写明目标值。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .document { ctx in
            ctx.document.overall.subGoals.enumerated().compactMap { k, g in
                let place = "部门分项绩效目标第 \(k + 1) 条" + (g.number == k + 1 ? "" : "（原文编号 \(g.number)）")
                let indicators = TextNormalization.withoutBlanks(g.indicators)
                if indicators.isEmpty {
                    guard !TextNormalization.withoutBlanks(g.goal).isEmpty else { return nil }
                    return ctx.finding(projectAt: nil, Location(part: .department, line: g.line),
                                       "\(place)没有写绩效指标",
                                       suggestion: "为这项目标写出绩效指标和目标值，如“……完成率≥95%”")
                }
                guard !hasFigure(indicators) else { return nil }
                return ctx.finding(projectAt: nil, Location(part: .department, line: g.indicatorsLine ?? g.line),
                                   "\(place)的绩效指标\(quoted: Self.opening(g.indicators))没有一个目标值，年终无法考核",
                                   suggestion: "为每个指标写明目标值，如“完成率≥95%”“节支率≥5%”“12月底前完成”")
            }
        },
        failing: [
            RuleExample("绩效指标只写工作内容", at: .document(.department)) { d in
                d.overall.subGoals = [SubGoal(number: 1, goal: "提高后勤保障水平。", indicators: "保障机关大院物业服务；综合事务保障完成率。", line: 20, indicatorsLine: 21)]
            },
            RuleExample("只有目标，没有绩效指标", at: .document(.department)) { d in
                d.overall.subGoals = [SubGoal(number: 1, goal: "提高后勤保障水平。", indicators: "", line: 20, indicatorsLine: nil)]
            },
        ],
        passing: [
            RuleExample("绩效指标有目标值") { d in
                d.overall.subGoals = [SubGoal(number: 1, goal: "提高后勤保障水平。", indicators: "综合事务保障完成率≥95%；公车节支率≥5%。", line: 20, indicatorsLine: 21)]
            },
            RuleExample("数目用汉字写") { d in
                d.overall.subGoals = [SubGoal(number: 1, goal: "加强培训。", indicators: "全年组织业务培训两次，完成三项制度修订。", line: 20, indicatorsLine: 21)]
            },
            RuleExample("百分比用汉字写") { d in
                d.overall.subGoals = [SubGoal(number: 1, goal: "提高满意度。", indicators: "服务对象满意度达到百分之九十以上。", line: 20, indicatorsLine: 21)]
            },
        ])

    /// A figure anywhere: an Arabic digit (half or full width), `百分之`, or a Chinese
    /// numeral other than 一 (进一步, 统一 …) before a measure word (`三项`, `两次`).
    static func hasFigure(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { ("0"..."9").contains($0) || ("０"..."９").contains($0) }) { return true }
        if text.contains("百分之") { return true }
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices.dropLast() where numerals.contains(scalars[i]) && measures.contains(scalars[i + 1]) {
            return true
        }
        return false
    }

    private static let numerals = Set("二两三四五六七八九十百千万".unicodeScalars)
    private static let measures = Set("个项次家所人台辆批期场条件户座份本篇".unicodeScalars)

    /// The indicators' text as quoted in the message: its first 40 characters.
    static func opening(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
