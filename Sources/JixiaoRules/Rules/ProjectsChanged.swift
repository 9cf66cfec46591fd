import JixiaoModel

enum ProjectsChanged {
    static let rule = Rule(
        id: "bureau.projects-changed",
        title: "与上年相比新增或不再列出的项目",
        help: """
        工作区里有同一单位上一年度的文本时，列出今年新增的项目（上年没有同编码或同名称的项目）和上年有、今年不再列出的项目。\
        新增项目应有立项依据和测算过程；上年的延续项目今年不见了，可能是已经完成，也可能是漏报、改名或并入了其他项目。\
        这是提示：请逐一核实，改名的在两年文本中保持一致的编码。
        """,
        category: .completeness, severity: .info, basis: .reviewExperience,
        check: .documentSet { ctx in
            var out: [Finding] = []
            for pair in YearOverYear.pairs(ctx.members) {
                let current = ctx.members[pair.current].document, previous = ctx.members[pair.previous].document
                let last = ctx.members[pair.previous].label
                for k in pair.appeared {
                    let p = current.projects[k]
                    out.append(ctx.finding(in: pair.current, projectAt: k, Location(part: .header, line: p.lines.heading),
                                           "上年（\(last)）没有这个项目（编码和名称都找不到）：新增项目",
                                           suggestion: "新增项目应有立项依据和测算过程；由上年项目改名而来的，沿用上年的项目编码",
                                           documents: [pair.previous]))
                }
                for k in pair.disappeared {
                    let p = previous.projects[k]
                    let department = current.department
                    out.append(ctx.finding(in: pair.current, projectAt: nil,
                                           Location(part: .department, line: department.lines.unit ?? department.lines.title),
                                           "上年（\(last)）的项目\(quoted: "\(p.number).\(p.name)")\(p.code.isEmpty ? "" : "（\(p.code)）")今年没有列出",
                                           suggestion: "核实该项目是否已经完成或并入其他项目；仍需安排资金的延续项目，补上它的绩效目标表",
                                           related: p.code.isEmpty ? [] : [p.code], documents: [pair.previous]))
                }
            }
            return out
        },
        failing: [
            RuleExample("上年的一个项目今年换成了另一个", at: .project(2, .header), .document(.department),
                        alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                            $0[project: 2].name = "校舍维修经费"
                            $0[project: 2].code = "50010122ABCDEFGHIJK09"
                        }]) { _ in },
        ],
        passing: [
            RuleExample("项目与上年相同", alongside: [ExampleDocument.previousYear]) { _ in },
            RuleExample("编码变了，名称仍相同（按名称对上）", alongside: [ExampleDocument.changed(ExampleDocument.previousYear) {
                $0[project: 2].code = "50010122ABCDEFGHIJK09"
            }]) { _ in },
        ])
}
