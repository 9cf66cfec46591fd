import JixiaoModel

enum GoalsReportStyle {
    static let rule = Rule(
        id: "goals.report-style",
        title: "绩效目标写成了工作总结",
        help: """
        绩效目标写的是预算年度要完成的事和要达到的效果，是年初的承诺。写成“建立和完善了……”“强化了……”“完成了……”，\
        说的是已经做过的工作，年终无法据此考核本年的钱花得怎样。请改写为本年度的目标，\
        如“完成全县应急队员培训 ≥200 人次，突发公共卫生事件报告及时率 ≥95%”。
        """,
        category: .relevance, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            let phrases = p.goals.flatMap { completions(in: $0.text) }
            guard phrases.count >= 2 else { return [] }
            return [ctx.finding(Location(part: .goals, line: p.lines.goals),
                                "绩效目标写的是已做的工作（\(phrases.prefix(3).map(Say.quote).joined())），不是本年度要达到的目标",
                                suggestion: "改写为本年度要完成的事和要达到的效果，能量化的写明数值")]
        },
        failing: [
            RuleExample("目标写“完成了”“提高了”", at: .project(1, .goals)) {
                $0[project: 1][goal: 1] = Goal(number: 1, text: "完成了全县教师集中培训 4 期。")
                $0[project: 1][goal: 2] = Goal(number: 2, text: "提高了教师课堂教学能力。")
            },
        ],
        passing: [
            RuleExample("一处“了”不算") { $0[project: 1][goal: 2] = Goal(number: 2, text: "为了提高教师课堂教学能力，完成了调研。") },
        ])

    /// `建立和完善了`-style phrases: the two characters before a 了 that marks a completed
    /// action (not 为了, 了解 …).
    private static func completions(in text: String) -> [String] {
        // Most goals have no 了: say so by its bytes before breaking the text into Characters
        // (a Character equal to 了 is that scalar alone).
        guard TextNormalization.contains(text, "了") else { return [] }
        let chars = Array(TextNormalization.withoutBlanks(text))
        var out: [String] = []
        for k in chars.indices where chars[k] == "了" && k >= 2 {
            let around = String(chars[max(0, k - 1)...min(chars.count - 1, k + 1)])
            let before = String(chars[k - 1...k])
            guard !Vocabulary.notCompletion.contains(where: { around.contains($0) || before == $0 }),
                  TextNormalization.isHan(chars[k - 1]), TextNormalization.isHan(chars[k - 2]) else { continue }
            out.append(String(chars[k - 2...k]))
        }
        return out
    }
}
