import JixiaoModel

enum GoalsNumbering {
    static let rule = Rule(
        id: "goals.numbering",
        title: "绩效目标编号不连续",
        help: """
        分条写的绩效目标按 1、2、3……依次编号。编号中间缺号（1、3、4）、重复或颠倒，多半是删改目标后没有重新编号，\
        也可能是漏了一条目标。Jixiao 按位置称“第 N 条绩效目标”，并注明原文编号。\
        请核实是否缺了目标；确实删去的，把其余目标依次重新编号。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            // Most lists are numbered 1, 2, 3: answered without making any text.
            guard p.goals.indices.contains(where: { p.goals[$0].number != $0 + 1 }) else { return [] }
            let numbers = p.goals.map(\.number)
            let printed = numbers.map(String.init).joined(separator: "、")
            let increasing = zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
            let missing = increasing ? (1..<max(1, numbers[numbers.count - 1])).filter { !numbers.contains($0) } : []
            guard !missing.isEmpty else {
                return [ctx.finding(Location(part: .goals, line: p.lines.goals), "绩效目标依次编号为 \(printed)，没有按顺序编号",
                                    suggestion: "把绩效目标依次重新编号")]
            }
            // A few missing numbers named; a list that jumps far is said in short.
            let named = Say.list(missing.prefix(5).map(String.init)) + (missing.count > 5 ? "等" : "")
            return [ctx.finding(Location(part: .goals, line: p.lines.goals), "绩效目标依次编号为 \(printed)，缺了第 \(named) 条",
                                suggestion: "核实是否漏了目标；确实删去的，把其余目标依次重新编号")]
        },
        failing: [
            RuleExample("目标编号为 1、3（删去第 2 条后没有重新编号）", at: .project(1, .goals)) {
                $0[project: 1].goals = [Goal(number: 1, text: "完成全县教师集中培训 4 期。"), Goal(number: 3, text: "参训教师满意度达到 90% 以上。")]
            },
            RuleExample("两条目标都编为 1", at: .project(2, .goals)) {
                $0[project: 2].goals = [Goal(number: 1, text: "完成校园绿地养护。"), Goal(number: 1, text: "绿化覆盖率不低于 40%。")]
            },
        ],
        passing: [
            RuleExample("编号为 1、2") {
                $0[project: 1].goals = [Goal(number: 1, text: "完成全县教师集中培训 4 期。"), Goal(number: 2, text: "参训教师满意度达到 90% 以上。")]
            },
        ])
}
