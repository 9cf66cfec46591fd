import JixiaoModel

enum BasisAbsent {
    static let rule = Rule(
        id: "indicator.basis-absent",
        title: "表中没有指标值确定依据",
        help: """
        许多公开的项目表只有一级、二级、三级指标和指标值，没有“指标值确定依据”一栏，或这一栏整列空着。\
        依据说明目标值从何而来（计划标准、行业标准、历史标准、预算支出标准），审核时据此判断目标是否合理。\
        整张表都没有依据时，Jixiao 只在这里说明一次，不逐行报缺项。请按预算一体化系统的表样补上依据栏并逐项填写。
        """,
        category: .completeness, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .document { ctx in
            LayoutGapNote.findings(ctx, where: \.givesNoBases, part: .indicator, line: { $0.lines.indicatorHeader },
                                   // "表", not "项目表": the one table may be a 部门整体 table.
                                   all: { $0 == 1 ? "表中没有指标值确定依据（没有这一栏，或整列空着）" : "全部 \($0) 张表都没有指标值确定依据（没有这一栏，或整列空着）" },
                                   one: { "项目 \($0.number).\($0.name) 的表没有填写任何指标值确定依据，而本文档其他项目表填了" },
                                   suggestion: "按计划标准、行业标准、历史标准、预算支出标准或其他标准，逐项写明指标值确定依据")
        },
        failing: [
            RuleExample("两个项目都没有依据", at: .document(.department)) { d in
                for p in 1...2 { for r in 1...6 { d[project: p][row: r][.basis] = "" } }
            },
            RuleExample("只有一个项目整列空着", at: .project(2, .indicator)) { d in
                for r in 1...6 { d[project: 2][row: r][.basis] = "" }
            },
        ],
        passing: [
            RuleExample("只空一格是缺项，不是没有这一栏") { $0[project: 1][row: 2][.basis] = "" },
        ])
}
