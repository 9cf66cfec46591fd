import JixiaoModel

enum ComparatorDirection {
    static let rule = Rule(
        id: "indicator.comparator-direction",
        title: "指标值的比较方向与指标类别相反",
        help: """
        成本指标写的是花钱的上限：总额或单价应写“≤”（“≤65万元”“≤550元/平米”）。写成“≥1050元”，说的是至少花这么多，\
        花得越多越算完成，与成本控制的本意相反。数量指标写的是至少完成多少：应写“≥”或“=”（“≥4期”）。写成“≤1个”，\
        一个不做也算达标。多是选错了比较符号，请核对后改正；若成本指标确是下限（如节约、压减的金额），或数量指标数的是要减少的事\
        （调整次数、事故、投诉），不在此列。表中印了指标方向（正向、反向）的，按所印方向判断。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity else { return nil }
                let labels = ctx.labels(row), t = ctx.texts(row)
                let printed = i.indicator.direction.map { TextNormalization.withoutBlanks($0) } ?? ""
                if labels.isMoneyCost, q.comparator == .atLeast || q.comparator == .greaterThan,
                   t.unitKind == .money || UnitKind.of(q.unitNumerator) == .money,
                   !t.name.mentions(lowerBoundWords), !printed.hasPrefix("正向") {
                    return finding(ctx, row, i, q, "的指标值\(quoted: i.value.raw)是下限，说的是至少花这么多，成本应写花钱的上限",
                                   advice: "成本指标写“≤”")
                }
                if labels.level2Is(IndicatorFrame.Level2.quantity), q.comparator == .atMost || q.comparator == .lessThan,
                   t.unitKind == .count, !t.name.mentions(fewerIsBetterWords), !printed.hasPrefix("反向") {
                    return finding(ctx, row, i, q, "的指标值\(quoted: i.value.raw)是上限，一个不做也算达标，数量应写至少完成多少",
                                   advice: "数量指标写“≥”或“=”")
                }
                return nil
            }
        },
        failing: [
            // 武川县民族事务委员会 2021 沙湾子养殖场 (http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html)
            RuleExample("成本指标“防疫室84平米 ≥1050元”", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1][row: 4][.name] = "防疫室84平米"
                $0[project: 1][row: 4][.value] = "≥1050元"
            },
            RuleExample("成本指标单价写“≥490元/平米”", at: .cell(project: 1, row: 4, .value)) {
                $0[project: 1][row: 4][.value] = "≥490元/平米"
            },
            // 巴彦淖尔市自然资源局甘其毛都口岸分局 2024 (http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html)
            RuleExample("数量指标“宣传美工制作个数 ≤1个”", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "指标2:宣传美工制作个数(个)"
                $0[project: 1][row: 1][.value] = "≤1个"
            },
        ],
        passing: [
            RuleExample("成本指标写“≤65万元”") { $0[project: 1][row: 4][.value] = "≤65万元" },
            RuleExample("成本指标的比例（“成本节约率 ≥5%”）") {
                $0[project: 1][row: 4][.name] = "成本节约率"
                $0[project: 1][row: 4][.value] = "≥5%"
            },
            RuleExample("节约的金额是下限") {
                $0[project: 1][row: 4][.name] = "节约维护经费"
                $0[project: 1][row: 4][.value] = "≥0.2万元"
            },
            // 自评表 (https://dyrmt.com/article-132779-22.html): 数量指标 科目调整次数≤10次
            RuleExample("数量指标数的是要减少的事（“科目调整次数 ≤10次”）") {
                $0[project: 1][row: 1][.name] = "科目调整次数"
                $0[project: 1][row: 1][.value] = "≤10次"
            },
            RuleExample("数量指标写“≥4期”") {
                $0[project: 1][row: 1][.name] = "举办培训期数"
                $0[project: 1][row: 1][.value] = "≥4期"
            },
            RuleExample("时效指标的期限可以是上限（“≤30天”）") {
                $0[project: 1][row: 3][.value] = "≤30天"
            },
        ])

    private static func finding(_ ctx: ProjectContext, _ row: Int, _ i: RowBox, _ q: TargetValue.Quantity,
                                _ what: String, advice: String) -> Finding {
        let flipped = flip(i.value.raw, q)
        return ctx.finding(row: row, field: .value, "\(label: ctx.labels(row), i)\(what)",
                           suggestion: flipped.map { "\(advice)：核对后改为\(quoted: $0)" } ?? advice,
                           fix: flipped.map { Fix(.indicator(row: row, .value), from: i.value.raw, to: $0) })
    }

    /// The value with its comparator turned round (`≥1050元` → `≤1050元`, `<=1个` → `≥1个`),
    /// nil when the comparator is not written as one of the signs or words read.
    static func flip(_ raw: String, _ q: TargetValue.Quantity) -> String? {
        let pairs: [(String, String)] = q.comparator == .atLeast || q.comparator == .greaterThan
            ? [("≥", "≤"), ("≧", "≦"), (">=", "<="), ("＞＝", "＜＝"), ("大于等于", "小于等于"), ("不低于", "不高于"), ("不少于", "不超过"), (">", "<"), ("＞", "＜"), ("大于", "小于")]
            : [("≤", "≥"), ("≦", "≧"), ("<=", ">="), ("＜＝", "＞＝"), ("小于等于", "大于等于"), ("不高于", "不低于"), ("不超过", "不少于"), ("<", ">"), ("＜", "＞"), ("小于", "大于")]
        for (from, to) in pairs {
            if let r = raw.firstRange(of: from) { return String(raw[..<r.lowerBound]) + to + String(raw[r.upperBound...]) }
        }
        return nil
    }

    /// A cost whose figure is rightly a floor: money saved or cut.
    private static let lowerBoundWords = WordList(["节约", "节省", "压减", "压缩", "降低", "下降", "减少", "结余"])
    /// What a 数量指标 may count to have fewer of.
    private static let fewerIsBetterWords = WordList([
        "调整", "事故", "投诉", "违规", "违纪", "违法", "差错", "失误", "案件", "不合格", "超标", "损失", "伤亡", "死亡",
        "上访", "信访", "返工", "扣分", "变质", "退回", "发生数", "发生次数", "问题数", "隐患",
    ])
}
