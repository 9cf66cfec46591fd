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
        请把计量单位一栏改成同一单位，或只在计量单位一栏写单位。指标值写的是文字（定性，如“应保尽保”），计量单位一栏\
        却有单位（“%”）的，也是两栏不一：定性的值不用单位；要按比例考核，就写成数字。数量、质量、时效、成本、满意度写成文字的，\
        由“定量指标没有数值”指出，不在此列。
        """,
        category: .convention, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                let number = TextNormalization.trimmed(i.indicator.extra(.valueNumber) ?? "")
                let column = TextNormalization.trimmed(i.indicator.extra(.valueUnit) ?? "")
                guard !column.isEmpty, !number.isEmpty, !number.hasSuffix(column) else { return nil }
                // Words (`应保尽保`, 定性) under a unit: on a 定量 dimension `indicator.not-quantified`
                // asks for a figure, which the unit then fits; elsewhere (效益) words may stand,
                // and the unit is the template's default left in.
                if i.value.isWordsOnly {
                    guard !ctx.labels(row).isQuantitativeDimension else { return nil }
                    let stated = TextNormalization.withoutBlanks(i.indicator.extra(.valueOperator) ?? "") == "定性" ? "（指标值类型为定性）" : ""
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)的指标值“\(number)”是文字表述\(stated)，计量单位一栏却是“\(column)”",
                                       suggestion: "定性的指标值不用计量单位，删去计量单位一栏的“\(column)”；要按\(column == "%" || column == "％" ? "比例" : "数值")考核的，指标值写数字")
                }
                guard !SplitValue.takesUnit(number),
                      let q = i.value.quantity, !q.unit.isEmpty, q.unit != column,
                      TextNormalization.halfWidth(q.unit) != TextNormalization.halfWidth(column) else { return nil }
                return ctx.finding(row: row, field: .value,
                                   "\(label: ctx.labels(row), i)的指标值写“\(number)”，计量单位一栏却是“\(column)”",
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
            RuleExample("社会效益写定性的“应保尽保”，计量单位一栏却是“%”", at: .cell(project: 1, row: 5, .value)) {
                $0[project: 1][row: 5][.value] = "应保尽保"
                $0[project: 1].indicators[4].extras = [
                    IndicatorCell(header: "指标值类型", kind: .valueOperator, text: "定性"),
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "应保尽保"),
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
            RuleExample("数量指标写成文字、计量单位为“%”（由 indicator.not-quantified 指出）") {
                $0[project: 1][row: 1][.value] = "应保尽保"
                $0[project: 1].indicators[0].extras = [
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "应保尽保"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: "%"),
                ]
            },
            RuleExample("社会效益定性表述，计量单位一栏空着") {
                $0[project: 1][row: 5][.value] = "应保尽保"
                $0[project: 1].indicators[4].extras = [
                    IndicatorCell(header: "指标值类型", kind: .valueOperator, text: "定性"),
                    IndicatorCell(header: "目标值", kind: .valueNumber, text: "应保尽保"),
                    IndicatorCell(header: "计量单位", kind: .valueUnit, text: ""),
                ]
            },
        ])
}
