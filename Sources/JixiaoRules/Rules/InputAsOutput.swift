import JixiaoModel

enum InputAsOutput {
    static let rule = Rule(
        id: "indicator.input-as-output",
        title: "数量指标写的是投入的资金",
        help: """
        数量指标反映资金买到的产出：维修多少次、服务多少人、采购多少件。把“××金额”“××所需资金”写成数量指标，\
        说的是投入而不是产出——“财力、人力和物力等投入数量不能作为绩效目标”。\
        请改为这笔钱完成的工作量，如“维护监控设备 ≥120 台次”。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            return ctx.compactMapJudged { row, i in
                // A funding figure that disagrees with the budget is `indicator.amount-vs-budget`,
                // whose advice on a 数量 row is this one: said once.
                guard ctx.isQuantityStatingMoney(row), ctx.fundingStatement(row) == nil else { return nil }
                let isMoney = i.value.quantity?.unitKind == .money
                return ctx.finding(row: row, field: isMoney ? .value : .name,
                                   "数量指标\(Say.quote(i.name))" + (isMoney ? "填的是资金\(Say.quote(i.value.raw))" : "写的是资金") +
                                   "，这是投入，不是产出",
                                   suggestion: "改为这笔钱完成的工作量，如次数、台（套）数、人数、面积")
            }
        },
        failing: [
            RuleExample("数量指标“培训经费金额 20万元”", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "培训经费金额"
                $0[project: 1][row: 1][.value] = "20万元"
            },
            RuleExample("数量指标名为“养护资金”", at: .cell(project: 2, row: 1, .name)) { $0[project: 2][row: 1][.name] = "养护资金" },
        ],
        passing: [
            RuleExample("成本指标可以是金额") { $0[project: 1][row: 4][.value] = "≤20万元" },
        ])
}
