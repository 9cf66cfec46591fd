import JixiaoModel

enum BasisCategory {
    static let rule = Rule(
        id: "indicator.basis-category",
        title: "指标值确定依据不属于标准类别",
        help: """
        指标值确定依据应说明目标值从何而来，一般为计划标准、行业标准、历史标准、预算支出标准或其他标准。\
        文本中常见的“工作计划”“历史经验”“文件规定”“费用金额”等说法可以对应到这些类别，不作提示；\
        “服务资金”“采购资金”之类说的是钱的性质，不是确定目标值的依据。请改为标准类别之一，并能说出具体出处。
        """,
        category: .feasibility, severity: .info, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapRows { row, i in
                guard !ctx.texts(row).basisIsBlank, ctx.texts(row).basisCategory == nil else { return nil }
                return ctx.finding(row: row, field: .basis,
                                   "\(label: ctx.labels(row), i)的指标值确定依据\(quoted: i.basis)不属于计划标准、行业标准、历史标准、预算支出标准、其他标准",
                                   suggestion: i.value.amount != nil ? "金额类指标一般以“预算支出标准”为依据" : "改为标准类别之一，并说明具体出处")
            }
        },
        failing: [
            RuleExample("依据写“服务资金”", at: .cell(project: 1, row: 1, .basis)) { $0[project: 1][row: 1][.basis] = "服务资金" },
        ],
        passing: [
            RuleExample("“工作计划”对应计划标准") { $0[project: 1][row: 1][.basis] = "工作计划" },
            RuleExample("“历史经验”对应历史标准") { $0[project: 2][row: 2][.basis] = "历史经验" },
        ])
}
