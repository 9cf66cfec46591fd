import JixiaoModel

enum CodeDuplicate {
    static let rule = Rule(
        id: "header.code-duplicate",
        title: "项目编码重复",
        help: """
        同一份文本中两个项目使用同一个项目编码。编码是项目的唯一标识，重复意味着其中一张表填错了编码，\
        或同一项目被填报了两次。请核对两张表，改正编码或删去重复的表。
        """,
        category: .completeness, severity: .error, basis: .systemConvention,
        check: .document { ctx in
            let projects = ctx.document.projects
            // Grouped by code, so a department of thousands of projects is one pass.
            var byCode: [String: [Int]] = [:]
            // Each project read where it lies (by position): a project copied out retained and
            // released all its strings.
            for i in projects.indices where !projects[i].code.isEmpty { byCode[projects[i].code, default: []].append(i) }
            var out: [Finding] = []
            for i in projects.indices where !projects[i].code.isEmpty {
                guard let group = byCode[projects[i].code], group.count > 1 else { continue }
                // Only the first others are named and carried, so many tables under one code
                // cost in proportion to their number, not its square.
                let others = Array(group.lazy.filter { $0 != i }.prefix(Say.relatedLimit))
                let names = others.prefix(Say.shownProjects).map { "\(projects[$0].number).\(projects[$0].name)" }
                out.append(ctx.finding(projectAt: i, Location(part: .header, line: projects[i].lines.code),
                                       "项目编码\(quoted: projects[i].code)与项目 \(Say.projects(names, of: group.count - 1)) 重复",
                                       suggestion: "核对各表的项目编码，每个项目应有自己的编码",
                                       related: others.map { projects[$0].code }))
            }
            return out
        },
        failing: [
            RuleExample("两个项目编码相同", at: .project(1, .header), .project(2, .header)) { $0[project: 2].code = $0[project: 1].code },
        ],
        passing: [
            RuleExample("编码各不相同") { $0[project: 2].code = "50010122ABCDEFGHIJK09" },
        ])
}
