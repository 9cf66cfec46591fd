import JixiaoModel

enum InputAsOutput {
    static let rule = Rule(
        id: "indicator.input-as-output",
        title: "数量指标写的是投入，不是产出",
        help: """
        数量指标反映资金买到的产出：维修多少次、服务多少人、采购多少件。把“××金额”“××所需资金”写成数量指标，\
        说的是投入而不是产出——“财力、人力和物力等投入数量不能作为绩效目标”。\
        请改为这笔钱完成的工作量，如“维护监控设备 ≥120 台次”。\
        本单位人员出差的人数、人次，聘用、临聘人员的人数，也是投入的人力和工作的过程，不是产出：请改为出差和聘用人员完成的工作，如检查、指导的次数，服务的对象数。\
        培训的学员人次、检查次数、为群众举办的活动场次是产出，不在此列；公益性岗位安置、就业帮扶的人数是这类项目要办成的事，也不在此列。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            return ctx.compactMapJudged { row, i in
                if ctx.labels(row).level2Is(IndicatorFrame.Level2.quantity), !ctx.isQuantityStatingMoney(row),
                   let staff = staffInput(ctx.texts(row).name) {
                    return ctx.finding(row: row, field: .name,
                                       "数量指标\(quoted: i.name)统计的是\(staff)，这是投入的人力和工作过程，不是产出",
                                       suggestion: "改为出差和聘用人员完成的工作量，如检查、指导的次数，服务的对象数")
                }
                // A funding figure that disagrees with the budget is `indicator.amount-vs-budget`,
                // whose advice on a 数量 row is this one: said once.
                // A budget execution measure (`资金支出率 95%`) is `indicator.misplaced`'s: said once.
                guard ctx.isQuantityStatingMoney(row), ctx.fundingStatement(row) == nil, !Misplaced.saysExecution(row, ctx) else { return nil }
                let isMoney = ctx.texts(row).unitKind == .money
                return ctx.finding(row: row, field: isMoney ? .value : .name,
                                   "数量指标\(quoted: i.name)" + (isMoney ? "填的是资金\(quoted: i.value.raw)" : "写的是资金") +
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
            RuleExample("数量指标“出差人次 =24人次”", at: .cell(project: 1, row: 1, .name)) {
                $0[project: 1][row: 1][.name] = "出差人次"
                $0[project: 1][row: 1][.value] = "=24人次"
            },
            RuleExample("数量指标“聘用人员 1人”", at: .cell(project: 2, row: 1, .name)) {
                $0[project: 2][row: 1][.name] = "聘用人员"
                $0[project: 2][row: 1][.value] = "1人"
            },
        ],
        passing: [
            RuleExample("成本指标可以是金额") { $0[project: 1][row: 4][.value] = "≤20万元" },
            RuleExample("数量指标“资金支出率 95%”是预算执行（另作说明）") {
                $0[project: 1][row: 1][.name] = "资金支出率"
                $0[project: 1][row: 1][.value] = "95%"
            },
            RuleExample("培训的学员人次是产出") {
                $0[project: 1][row: 1][.name] = "培训教师人次"
                $0[project: 1][row: 1][.value] = "≥600人次"
            },
            RuleExample("公益性岗位安置人数是就业帮扶项目的产出") {
                $0[project: 2][row: 1][.name] = "公益性岗位聘用人数"
                $0[project: 2][row: 1][.value] = "≥30人"
            },
            RuleExample("经费补助的县数是产出（“宗教管理经费补助县(市、区)数量 7个”）") {
                $0[project: 2][row: 1][.name] = "宗教管理经费补助县(市、区)数量"
                $0[project: 2][row: 1][.value] = "7个"
            },
            RuleExample("出差人员的差旅费作成本指标") {
                $0[project: 1][row: 4][.name] = "出差人均差旅成本"
                $0[project: 1][row: 4][.value] = "≤800元/人次"
            },
        ])

    /// What a 数量指标's name counts of the unit's own input of people: its staff's trips
    /// (出差, 差旅) or its hires (聘用, 临聘 …); nil for anything else. Hires that are the
    /// project's purpose (公益性岗位, 就业, 安置) are its output.
    static func staffInput(_ name: BareText) -> String? {
        guard let word = name.firstMention(staffWords), !name.mentions(placementWords) else { return nil }
        return tripWords.contains(word) ? "本单位人员出差" : "聘用的人员"
    }

    private static let tripWords: Set<String> = ["出差", "差旅"]
    private static let staffWords = WordList(["出差", "差旅", "聘用", "临聘", "雇用", "雇佣", "劳务派遣"])
    private static let placementWords = WordList(["公益性岗位", "公益岗位", "就业", "安置", "帮扶"])
}
