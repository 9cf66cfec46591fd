import JixiaoModel

enum UniformSatisfaction {
    static let rule = Rule(
        id: "indicator.uniform-satisfaction",
        title: "所有项目的满意度目标和依据完全相同",
        help: """
        每个项目的服务对象不同，满意度目标应按各自的服务对象和往年调查结果确定。所有项目都写同一个值（如“≥95%”）、\
        同一个依据（如“历史经验”），看不出测算过程，年终也难以说明调查了谁。请按项目分别确定满意度目标，写明调查方式。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .document { ctx in
            let projects = ctx.document.projects
            guard projects.count >= 3 else { return [] }
            // Every project has a satisfaction row, and all of them one value and basis (the
            // pairs' set has one member): decided at the first project without one or the
            // first pair unlike the first, with the rows read where they lie.
            var firstPair: String?
            var first: Indicator?
            // (Each project by position: a project copied out retained and released all its strings.)
            // Whether a printed 一级 names 满意度指标, kept for the rows below with its bytes
            // (a group's rows print the same 一级): named once per group, not once per row.
            var lastLevel1: String?, lastIsSatisfaction = false
            for a in projects.indices {
                var any = false
                for k in projects[a].indicators.indices {
                    if let last = lastLevel1, SameBytes.equal(last, projects[a].indicators[k].level1) {
                        guard lastIsSatisfaction else { continue }
                    } else {
                        lastLevel1 = projects[a].indicators[k].level1
                        lastIsSatisfaction = IndicatorLabel.standardLevel1(projects[a].indicators[k].level1) == IndicatorFrame.satisfaction
                        guard lastIsSatisfaction else { continue }
                    }
                    any = true
                    let pair = TextNormalization.withoutBlanks(projects[a].indicators[k].value.raw) + "|"
                        + TextNormalization.withoutBlanks(projects[a].indicators[k].basis)
                    if let firstPair {
                        guard pair == firstPair else { return [] }
                    } else {
                        firstPair = pair
                        first = projects[a].indicators[k]
                    }
                }
                guard any else { return [] }
            }
            guard let first else { return [] }
            return [ctx.finding(projectAt: nil, Location(part: .department, line: first.line),
                                "全部 \(projects.count) 个项目的满意度指标都是\(quoted: first.value.raw)，依据都是\(quoted: first.basis)：看不出按各项目的服务对象分别测算",
                                suggestion: "按各项目的服务对象和往年调查结果分别确定满意度目标，并写明调查方式",
                                related: projects.map(\.code))]
        },
        failing: [
            RuleExample("三个项目都是 ≥95%、历史经验", at: .document(.department)) { d in
                var third = d[project: 2]
                third.number = 3
                third.code = "50010122ABCDEFGHIJK03"
                third.name = "校舍安全检查经费"
                d.projects.append(third)
                for n in 1...d.projects.count {
                    d[project: n][row: 6][.value] = "≥95%"
                    d[project: n][row: 6][.basis] = "历史经验"
                }
            },
        ],
        passing: [
            RuleExample("只有两个项目时不比较") { d in
                for n in 1...d.projects.count {
                    d[project: n][row: 6][.value] = "≥95%"
                    d[project: n][row: 6][.basis] = "历史经验"
                }
            },
        ])
}
