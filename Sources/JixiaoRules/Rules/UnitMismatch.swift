import JixiaoModel

enum UnitMismatch {
    static let rule = Rule(
        id: "indicator.unit-mismatch",
        title: "指标值的单位与指标不符",
        help: """
        指标名称说的是“率”“比例”“满意度”，指标值就应是百分比，不是金额、天数或个数（“检测及时率 ≤7工作日”应写及时率，\
        或改成完成时限）；说的是“金额”“经费”“成本”，指标值就应是金额。成本指标（88号的成本指标、101号的经济成本指标）写花多少钱：\
        总额（≤65万元）或单价（1000元/人），不写“成本控制率 100%”，也不写“470人/天”。百分比应在 0% 到 100% 之间（增长率除外，\
        “≥100%”不超过 100%）；说的是“时间”“时限”“日期”，指标值就应是时间（“项目完成时间 100%”看不出何时完成）。单位不符，多是抄错了行或填错了单位，考核时无法对照。请改正指标值或指标名称。
        """,
        category: .relevance, severity: .error, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity else { return nil }
                let t = ctx.texts(row)
                let kind = t.unitKind
                // Each worked out only where a test asks it (most rows reach none of them):
                // the name's endings and the unit's kind were a third of the rule.
                func isRate() -> Bool { t.nameEnds(withAnyOf: rateEndings) }
                func isAmount() -> Bool { t.nameEnds(withAnyOf: amountEndings) }
                // In a cost row a bare magnitude is money with 元 left out (`250万`, as `854万` in a 资金 cell),
                // also per something (`人工成本 ≤620万/月`).
                func isMoneyKind() -> Bool {
                    kind == .money || UnitKind.of(q.unitNumerator) == .money
                        || (ctx.labels(row).isMoneyCost && (bareMagnitudes.contains(q.unit) || bareMagnitudes.contains(q.unitNumerator)))
                }
                // A number without a unit, or with half a unit (`/株`), is `indicator.unit-missing`.
                let hasUnit = !q.unit.isEmpty && !q.unitNumerator.isEmpty
                // A budget execution measure in the cost row (`年度预算执行率 ≥90%` under a 预算控制指标
                // read as 成本指标, 东莞 2019) is `indicator.misplaced`'s, which says delete it: not
                // also "write money" for it.
                if ctx.labels(row).isMoneyCost, hasUnit, !isMoneyKind(), !Misplaced.saysExecution(row, ctx) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)是成本，指标值\(quoted: i.value.raw)却不是金额",
                                       suggestion: ctx.project.budgetUnitUnprinted
                                           ? "成本指标写花多少钱：总额不超过预算数 \(Say.budget(ctx.project.budget.total, of: ctx.project))（写明单位），或单价如“≤1000元/人”"
                                           : "成本指标写花多少钱：总额如“≤\(example(ctx.project.budget.total))”，或单价如“≤1000元/人”")
                }
                if hasUnit, kind != .percent, !ctx.labels(row).isMoneyCost, isRate() {
                    let what = isMoneyKind() ? "金额" : kind == .time ? "时间" : "数量"
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)是比例，指标值却是\(what)\(quoted: i.value.raw)",
                                       suggestion: kind == .time
                                           ? "比例写百分比，如“≥95%”；要写天数，改成完成时限，如“\(q.number.text)\(q.unit)内完成”"
                                           : "改为百分比，如“≥95%”")
                }
                if kind == .percent, t.nameEnds(withAnyOf: timeEndings) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)是时间，指标值却是百分比\(quoted: i.value.raw)",
                                       suggestion: "写明完成时间，如“\(ctx.document.department.year)年12月底前”；要写比例，改成及时率，如“按时完成率 ≥95%”")
                }
                if kind == .percent && isAmount() {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)是金额，指标值却是百分比\(quoted: i.value.raw)",
                                       suggestion: "改为金额，如“≤2万元”")
                }
                if kind == .percent, q.number.doubleValue > 100 || (q.upper?.doubleValue ?? 0) > 100,
                   !t.name.mentions(growthWords) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)超过 100%",
                                       suggestion: OCRLetters.atLeastReadAsTwo(i.value.raw).map {
                                           "比例不超过 100%；若开头的“2”是识别错的“≥”，应为“\($0)”，否则核对是否多写了一位"
                                       } ?? "比例不超过 100%；核对是否多写了一位")
                }
                return nil
            }
        },
        failing: [
            RuleExample("合格率写成金额", at: .cell(project: 1, row: 2, .value)) { $0[project: 1][row: 2][.value] = "≥2万元" },
            RuleExample("成本写成百分比", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "≤95%" },
            RuleExample("满意度 950%", at: .cell(project: 1, row: 6, .value)) { $0[project: 1][row: 6][.value] = "≥950%" },
            RuleExample("满意度 290%（“≥”识别成“2”）", at: .cell(project: 1, row: 6, .value)) { $0[project: 1][row: 6][.value] = "290%" },
            RuleExample("及时率写成天数“≤7工作日”", at: .cell(project: 2, row: 3, .value)) { $0[project: 2][row: 3][.value] = "≤7工作日" },
            RuleExample("成本写成“成本控制率 100%”", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1][row: 4][.name] = "成本控制率"
                $0[project: 1][row: 4][.value] = "100%"
            },
            RuleExample("完成时间写“100%”", at: .cell(project: 1, row: 3, .value)) {
                $0[project: 1][row: 3][.name] = "项目完成时间"
                $0[project: 1][row: 3][.value] = "100%"
            },
            RuleExample("差旅费成本写“470人/天”", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1][row: 4][.name] = "检查差旅费"
                $0[project: 1][row: 4][.value] = "470人/天"
            },
        ],
        passing: [
            RuleExample("满意度（%）写 ≥95%") {
                $0[project: 1][row: 6][.name] = "参训教师满意度（%）"
                $0[project: 1][row: 6][.value] = "≥95%"
            },
            RuleExample("成本写单价“≤1600元/亩”") { $0[project: 2][row: 4][.value] = "≤1600元/亩" },
            RuleExample("成本写“250万”（元字省去）") {
                $0[project: 1][row: 4][.name] = "控制在预算成本内"
                $0[project: 1][row: 4][.value] = "250万"
            },
            RuleExample("及时率写“≥100%”") { $0[project: 2][row: 3][.value] = "≥100%" },
            RuleExample("完成时间写“2021年12月底前”") {
                $0[project: 1][row: 3][.name] = "项目完成时间"
                $0[project: 1][row: 3][.value] = "2021年12月底前"
            },
            // 东莞 2019 (https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm).
            RuleExample("成本指标下写“年度预算执行率 ≥90%”（indicator.misplaced 说删去，不另说写金额）") {
                $0[project: 2][row: 4][.name] = "年度预算执行率"
                $0[project: 2][row: 4][.value] = "≥90%"
            },
            RuleExample("增长率可以超过 100%") {
                $0[project: 1][row: 5][.name] = "参训人数增长率"
                $0[project: 1][row: 5][.value] = "≥120%"
            },
        ])

    private static let rateEndings = Endings(["率", "比例", "比率", "满意度", "(%)", "（%）"])
    private static let amountEndings = Endings(["金额", "资金", "经费", "费用", "成本", "投资"])
    /// A point in time or a span: 完成时间, 完成时限, 开工日期, 建设期限, 工期.
    private static let timeEndings = Endings(["时间", "时限", "日期", "期限", "工期"])
    private static let growthWords = WordList(["增长", "增加", "提高", "提升", "增幅"])

    /// `65万元` for a budget of 650,000 元: the budget as a cost ceiling.
    private static func example(_ budget: Money) -> String {
        budget.fen > 0 ? Say.wan(budget) : "2万元"
    }

    private static let bareMagnitudes: Set<String> = ["万", "千", "百万", "千万", "亿"]
}
