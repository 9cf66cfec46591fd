import JixiaoModel

enum NameMissing {
    static let rule = Rule(
        id: "header.name-missing",
        title: "项目名称没有填写",
        help: """
        项目名称说明这张表是哪个项目的，预算批复、执行监控和绩效评价都按它（和项目编码）对应。名称空着，\
        表头只写“绩效目标表”，审核时无法判断这些指标考核的是哪笔钱。请按预算一体化系统中的项目名称填写。
        """,
        category: .completeness, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let p = ctx.project
            // A 部门整体支出绩效目标表 has no project name (`header.department-wide` says what it is).
            guard TextNormalization.withoutBlanks(p.name).isEmpty, !p.isDepartmentWide else { return [] }
            return [ctx.finding(Location(part: .header, line: p.lines.code),
                                "第 \(p.number) 张表没有项目名称（表头写作\(quoted: p.heading)）",
                                suggestion: "按预算一体化系统中的项目名称填写")]
        },
        failing: [
            RuleExample("项目名称为空", at: .project(2, .header)) { $0[project: 2].name = "" },
        ],
        passing: [
            RuleExample("部门整体支出绩效目标表没有项目名称") { d in
                d[project: 2].heading = "部门整体支出绩效目标表"
                d[project: 2].name = ""
            },
            RuleExample("名称与表头不同（由目录与名称一致性规则指出）") { $0[project: 2].name = "校园绿化养护" },
        ])
}
