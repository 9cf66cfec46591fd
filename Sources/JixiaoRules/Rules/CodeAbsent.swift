import JixiaoModel

enum CodeAbsent {
    static let rule = Rule(
        id: "header.code-absent",
        title: "项目表都没有项目编码",
        help: """
        项目编码是预算一体化系统中项目的唯一标识。公开发布的项目表大多不印编码；整份文本都没有编码时，Jixiao 只在这里说明一次，\
        按项目名称和年度识别项目。个别项目缺编码、编码格式不对，由“项目编码缺失或格式不对”逐个指出。\
        送审的文本请按预算一体化系统项目库补上编码。
        """,
        category: .completeness, severity: .info, basis: .systemConvention,
        check: .document { ctx in
            // A 部门整体 table has no 项目编码 of its own (`Project.isDepartmentWide`): only project tables count.
            // The tables read where they lie (by position), not copied out.
            let projects = ctx.document.projects
            let tables = projects.indices.filter { !projects[$0].isDepartmentWide }
            guard !tables.isEmpty, tables.allSatisfy({ BareText.isOnlyBlanks(projects[$0].code) }) else { return [] }  // `givesNoCode`
            let single = tables.count == 1
            return [ctx.finding(projectAt: single ? tables[0] : nil, Location(part: single ? .header : .department, line: projects[tables[0]].lines.code),
                                single ? "项目表没有项目编码" : "全部 \(tables.count) 个项目表都没有项目编码",
                                suggestion: "送审时按预算一体化系统项目库填写 21 位项目编码")]
        },
        failing: [
            RuleExample("两个项目都没有编码", at: .document(.department)) { d in
                for p in 1...2 { d[project: p].code = "" }
            },
        ],
        passing: [
            RuleExample("只有一个项目没有编码（由格式规则指出）") { $0[project: 1].code = "" },
            RuleExample("只有一张部门整体支出绩效目标表（它本来没有项目编码）") { d in
                d.projects.removeLast()
                d[project: 1].code = ""
                d[project: 1].heading = "部门整体支出绩效目标表"
            },
        ])
}
