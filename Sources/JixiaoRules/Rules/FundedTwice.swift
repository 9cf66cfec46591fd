import JixiaoModel

enum FundedTwice {
    static let rule = Rule(
        id: "bureau.funded-twice",
        title: "同一项目在两个部门重复安排资金",
        help: """
        同一年度两个部门（单位）的文本中有名称相同、预算数也相同的项目，很可能是同一事项被两个部门重复申报、重复安排资金。\
        项目名称只比较文字（空格、全角半角、年份不计），金额须完全相同。请对照两份文本核实资金由哪个部门安排，\
        另一部门删去该项目或说明两者的区别（如分别承担的内容）。编码也相同的，只报“同一项目编码”一条。
        """,
        category: .appropriateness, severity: .warning, basis: .reviewExperience,
        check: .documentSet { ctx in
            // Grouped by year, name and amount: one pass, never a comparison of every pair.
            // Room for every project at once (grown, the table hashed its keys again at each
            // doubling); each project read where it lies, not copied out.
            var groups: [String: [(member: Int, project: Int)]] = [:]
            groups.reserveCapacity(ctx.members.indices.reduce(0) { $0 + ctx.members[$1].document.projects.count })
            for m in ctx.members.indices {
                let year = ctx.members[m].document.department.year
                let projects = ctx.members[m].document.projects
                for i in projects.indices where projects[i].budget.total.fen > 0 {
                    let name = YearOverYear.name(projects[i].name)
                    guard !name.isEmpty else { continue }
                    groups["\(year)|\(name)|\(projects[i].budget.total.fen)", default: []].append((m, i))
                }
            }
            var out: [Finding] = []
            for group in groups.values {
                guard Set(group.map(\.member)).count > 1 else { continue }
                for (m, i) in group {
                    let p = ctx.members[m].document.projects[i]
                    // The same code in the other document is bureau.code-shared's finding: one advice per cell.
                    let others = group.filter { $0.member != m && (p.code.isEmpty || ctx.members[$0.member].document.projects[$0.project].code != p.code) }
                    let documents = Array(Set(others.map(\.member))).sorted()
                    guard !documents.isEmpty else { continue }
                    out.append(ctx.finding(in: m, projectAt: i, Location(part: .budget, line: p.lines.budget),
                                           "\(ctx.named(documents))中也有项目\(quoted: p.name)，预算数同为 \(Say.budget(p.budget.total, of: p))",
                                           suggestion: "核实这笔资金由哪个部门安排；另一部门删去该项目，或写明两者分别承担的内容",
                                           related: others.map { ctx.members[$0.member].document.projects[$0.project].code }.filter { !$0.isEmpty },
                                           documents: documents))
                }
            }
            return out
        },
        failing: [
            RuleExample("另一部门有同名同额的项目", at: .project(1, .budget),
                        alongside: [ExampleDocument.changed(ExampleDocument.otherDepartment) {
                            $0[project: 1].name = "教师培训经费"
                            $0[project: 1].budget = Budget(total: Money(yuan: 200_000), fiscal: Money(yuan: 200_000), other: .zero)
                        }]) { _ in },
        ],
        passing: [
            RuleExample("名称相同，金额不同", alongside: [ExampleDocument.changed(ExampleDocument.otherDepartment) { $0[project: 1].name = "教师培训经费" }]) { _ in },
            RuleExample("同一单位上年的同名同额项目（延续项目）", alongside: [ExampleDocument.previousYear]) { _ in },
        ])
}
