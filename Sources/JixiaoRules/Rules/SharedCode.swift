import JixiaoModel

enum SharedCode {
    static let rule = Rule(
        id: "bureau.code-shared",
        title: "同一项目编码出现在两个部门的文本中",
        help: """
        同一年度两个部门（单位）的绩效文本使用了同一个项目编码。项目编码在预算管理一体化系统中唯一标识一个项目，\
        两个部门填同一个编码，意味着其中一方抄错了编码，或同一项目被两个部门重复申报。\
        请对照两份文本核实：编码填错的改正，重复申报的由主管部门确定由谁申报。同一单位上下年度的延续项目使用同一编码是正常的，不在此列。
        """,
        category: .completeness, severity: .error, basis: .systemConvention,
        check: .documentSet { ctx in
            // Grouped by year and code: one pass over all projects of all documents.
            // Room for every project at once; each project read where it lies, not copied out.
            var groups: [String: [(member: Int, project: Int)]] = [:]
            groups.reserveCapacity(ctx.members.indices.reduce(0) { $0 + ctx.members[$1].document.projects.count })
            for m in ctx.members.indices {
                let year = ctx.members[m].document.department.year
                let projects = ctx.members[m].document.projects
                for i in projects.indices where !projects[i].code.isEmpty {
                    groups["\(year)|\(projects[i].code)", default: []].append((m, i))
                }
            }
            var out: [Finding] = []
            for group in groups.values {
                let documents = Set(group.map(\.member))
                guard documents.count > 1 else { continue }
                for (m, i) in group {
                    let others = documents.subtracting([m]).sorted()
                    let p = ctx.members[m].document.projects[i]
                    let elsewhere = group.first { $0.member == others[0] }.map { ctx.members[$0.member].document.projects[$0.project] }
                    let what = others.count == 1 ? "（项目\(quoted: elsewhere?.name ?? "")）" : ""
                    out.append(ctx.finding(in: m, projectAt: i, Location(part: .header, line: p.lines.code),
                                           "项目编码\(quoted: p.code)也出现在\(ctx.named(others))中\(what)",
                                           suggestion: "对照两份文本核实：编码填错的改正；同一项目重复申报的，由主管部门确定由谁申报",
                                           documents: others))
                }
            }
            return out
        },
        failing: [
            RuleExample("另一部门的项目用了同一编码", at: .project(1, .header),
                        alongside: [ExampleDocument.changed(ExampleDocument.otherDepartment) { $0[project: 1].code = "50010122ABCDEFGHIJK01" }]) { _ in },
        ],
        passing: [
            RuleExample("各部门编码各不相同", alongside: [ExampleDocument.otherDepartment]) { _ in },
            RuleExample("同一单位上年的延续项目用同一编码", alongside: [ExampleDocument.previousYear]) { _ in },
        ])
}
