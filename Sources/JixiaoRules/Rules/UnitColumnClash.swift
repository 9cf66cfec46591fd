import JixiaoModel

/// `indicator.unit-column`: a table printing 计量单位 in a column of its own, whose 目标值 cell carries
/// another unit after its figure (岳阳楼区 2023 整体绩效目标表: `28.8万元` under 计量单位 `%`). The value
/// is read as its own cell says (`SplitValue.takesUnit`); the unit column, left at the template's
/// default, says otherwise, and a reader of the table cannot tell which holds.
enum UnitColumnClash {
    static let rule = Rule(
        id: "indicator.unit-column",
        title: "指标值自带的单位与计量单位一栏不一",
        help: """
        有的模板把指标值分成“指标值”和“计量单位”两栏。指标值一栏已写了单位（“28.8万元”），计量单位一栏却是另一个单位\
        （多是模板默认的“%”没改），两栏说法不一，考核时不知按哪个算。Jixiao 按指标值一栏自带的单位读值；\
        请把计量单位一栏改成同一单位，或只在计量单位一栏写单位。
        """,
        category: .convention, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                let number = TextNormalization.trimmed(i.indicator.extra(.valueNumber) ?? "")
                let column = TextNormalization.trimmed(i.indicator.extra(.valueUnit) ?? "")
                guard !column.isEmpty, !number.isEmpty, !number.hasSuffix(column), !SplitValue.takesUnit(number),
                      let q = i.value.quantity, !q.unit.isEmpty, q.unit != column,
                      TextNormalization.halfWidth(q.unit) != TextNormalization.halfWidth(column) else { return nil }
                return ctx.finding(row: row, field: .value,
                                   "\(ctx.labels(row).label(i))的指标值写“\(number)”，计量单位一栏却是“\(column)”",
                                   suggestion: "核对后把计量单位一栏改为“\(q.unit)”，或指标值只写数字、单位写在计量单位一栏")
            }
        },
        failing: [
            RuleExample("“28.8万元”写在计量单位为“%”的表里", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.value] = "28.8万元"
                $0[project: 1].indicators[0].extras = [
                    IndicatorCell(header: "*指标值", kind: .valueNumber, text: "28.8万元"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: "%"),
                ]
            },
        ],
        passing: [
            RuleExample("数字和单位各在一栏") {
                $0[project: 1][row: 1][.value] = "95%"
                $0[project: 1].indicators[0].extras = [
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "95"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: "%"),
                ]
            },
            RuleExample("指标值一栏重复写了同一单位") {
                $0[project: 1][row: 1][.value] = "200人次"
                $0[project: 1].indicators[0].extras = [
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "200人次"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: "人次"),
                ]
            },
            RuleExample("定性的值（“应保尽保”）不读单位") {
                $0[project: 1][row: 1][.value] = "应保尽保"
                $0[project: 1].indicators[0].extras = [
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "应保尽保"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: "%"),
                ]
            },
        ])
}
