import JixiaoModel

enum UsageArithmetic {
    static let rule = Rule(
        id: "usage.arithmetic",
        title: "资金用途中的算术不成立",
        help: """
        资金用途里写明的数要能相互对上：分项金额之和等于写明的总额（“其中”之后的分项，或列在“合计”之前的各项）；\
        “共需资金 X”“需资金 X”与预算数一致（上年实际执行数不算）；\
        按季（按月）结算的，全年金额除以期数等于本期金额；“其中财政拨款 X”等于财政资金。\
        对不上，说明测算有误或文字没有跟着预算调整，资金规模的依据就不可信。比较时按金额写出的精度（13.33 万元与 133,306 元一致）。\
        请核实测算过程，修改资金用途或预算数。
        """,
        category: .appropriateness, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            let mentions = AmountMention.find(in: p.usage)
            guard !mentions.isEmpty else { return [] }
            let location = Location(part: .usage, line: p.lines.usage ?? p.lines.budget)
            var out: [Finding] = []

            // Items after 其中 against the total stated before them.
            let items = mentions.filter(\.isItem)
            if let firstItem = items.first,
               let total = mentions.last(where: { $0.isTotal && $0.offset < firstItem.offset }) {
                if items.allSatisfy(\.isFundingSource) {
                    let fiscal = items.filter { TextNormalization.contains($0.label, "财政") }
                    if let f = fiscal.first, !f.amount.agrees(with: p.budget.fiscal) {
                        out.append(ctx.finding(location,
                                               "资金用途写明其中\(f.label.replacing("其中", with: ""))\(Say.money(f.amount.money))，表中财政资金为\(Say.money(p.budget.fiscal))",
                                               suggestion: "核实资金来源，使资金用途与财政资金一致"))
                    }
                } else {
                    let sum = items.reduce(Money.zero) { $0 + $1.amount.money }
                    if !total.amount.agrees(with: sum) {
                        out.append(ctx.finding(location,
                                               "资金用途中分项金额合计 \(Say.money(sum))，与写明的总额 \(Say.money(total.amount.money)) 不符（相差 \(Say.money(Money(fen: abs((sum - total.amount.money).fen))))）",
                                               suggestion: "逐项核对分项金额和总额"))
                    }
                }
            }

            // Items listed before a 合计 in the same sentence, without 其中:
            // `保安服务费191万元，保洁服务费99万元，…，合计814万元`.
            // The text's Characters only where a sentence must be looked at: a 合计 ending a
            // list, or words of past spending somewhere (most 资金用途 have neither).
            let bare = BareText(p.usage)
            let listTotals = mentions.indices.filter { mentions[$0].isTotal && !mentions[$0].isFundingSource && endsAList(mentions[$0].label) }
            let mentionsPast = bare.mentions(pastWords)
            let chars = listTotals.isEmpty && !mentionsPast ? [] : Array(TextNormalization.halfWidth(p.usage))
            for k in listTotals {
                let total = mentions[k]
                let start = sentenceStart(before: total.offset, in: chars)
                let listed = mentions[..<k].filter { $0.offset >= start && !$0.isTotal && !$0.isItem }
                guard listed.count >= 2, listed.allSatisfy({ !isRate($0.label) && $0.amount.money < total.amount.money }) else { continue }
                let sum = listed.reduce(Money.zero) { $0 + $1.amount.money }
                if !total.amount.agrees(with: sum) {
                    out.append(ctx.finding(location,
                                           "资金用途中列出的 \(listed.count) 项金额合计 \(Say.money(sum))，与写明的\(total.label) \(Say.money(total.amount.money)) 不符（相差 \(Say.money(Money(fen: abs((sum - total.amount.money).fen))))）",
                                           suggestion: "逐项核对分项金额和合计"))
                }
            }

            // A stated need against 预算数: fine if any stated total agrees. A total of
            // what was spent (`2020年实际执行数…合计`) is not this year's need.
            let totals = mentions.filter { $0.isTotal && !$0.isFundingSource && !(mentionsPast && isPastSpending($0, in: chars)) }
            let periodic = periodCount(bare)
            if !totals.isEmpty, !totals.contains(where: { $0.amount.agrees(with: p.budget.total) }), periodic == nil {
                let t = totals[0]
                out.append(ctx.finding(location,
                                       "资金用途写明\(t.label)\(Say.money(t.amount.money))，与预算数 \(Say.money(p.budget.total)) 不一致",
                                       suggestion: "核实测算：修改资金用途中的金额或预算数，使两者一致"))
            }

            // A yearly sum paid by quarter (or month) against the period's amount.
            if let (n, periodWord) = periodic,
               let year = mentions.first(where: { m in m.isTotal && ["共需", "全年", "一年", "年度"].contains { TextNormalization.contains(m.label, $0) } }),
               let period = mentions.first(where: { m in ["本季度", "每季度", "本月", "每月", "本期", "每期", "半年"].contains { TextNormalization.contains(m.label, $0) }
                   && !isUnitPrice(m.label) }),
               year.offset != period.offset {
                let expected = Money(fen: year.amount.money.fen / Int64(n))
                let stated = period.amount.money
                let diff = abs(expected.fen - stated.fen)
                if diff * 2 > max(year.amount.step.fen / Int64(n), period.amount.step.fen) {
                    out.append(ctx.finding(location,
                                           "资金用途写明全年共需 \(Say.money(year.amount.money))、\(periodWord)结算，每期应为 \(Say.money(expected))，但\(period.label)写 \(Say.money(stated))（预算数 \(Say.money(p.budget.total))），相差 \(Say.money(Money(fen: diff)))",
                                           suggestion: "请核实本期金额的计算依据（全年金额的 1/\(n)，或另有扣减），据实修改资金用途或预算数"))
                }
            }
            return out
        },
        failing: [
            RuleExample("分项之和不等于总额", at: .project(1, .usage)) {
                $0[project: 1].usage = "开展全县中小学教师培训，共需资金 20 万元，其中：集中培训 12 万元，送教下乡 6 万元。"
            },
            RuleExample("写明的需资金与预算数不符", at: .project(2, .usage)) { $0[project: 2].usage = "全县 12 所学校校园绿地养护，需资金 18 万元。" },
            RuleExample("全年金额按季结算，本季度金额不是四分之一", at: .project(2, .usage)) {
                $0[project: 2].usage = "绿地养护委托服务期限一年，共需资金 620000 元，按季结算，本季度需资金 150000 元。"
            },
            RuleExample("列出的各项之和不等于其后的合计", at: .project(1, .usage)) {
                $0[project: 1].usage = "保安服务费 191 万元，保洁服务费 99 万元，维修维护费 372.88 万元，合计 662.98 万元。"
            },
        ],
        passing: [
            RuleExample("列出的各项之和等于合计") {
                $0[project: 2].budget = Budget(total: Money(yuan: 8_140_000), fiscal: Money(yuan: 8_140_000), other: .zero)
                $0[project: 2].usage = "保安服务费191万元，保洁服务费99万元，水电气、维修维护费524万元，合计814万元。"
            },
            RuleExample("上年实际执行数的合计不与本年预算数比较") {
                $0[project: 2].usage = "2020年实际执行数：保安服务费191万元，保洁服务费99万元，维修维护费372.88万元，合计662.88万元。"
            },
            RuleExample("单价不是列出的一项") {
                $0[project: 2].budget = Budget(total: Money(yuan: 1_200_000), fiscal: Money(yuan: 1_200_000), other: .zero)
                $0[project: 2].usage = "按每人每月 2000 元标准，保洁人员 50 人，全年合计 120 万元。"
            },
            RuleExample("按写出的精度一致：13.33 万元对 133,306 元") {
                $0[project: 2].budget = Budget(total: Money(yuan: 133_306), fiscal: Money(yuan: 133_306), other: .zero)
                $0[project: 2].usage = "校园绿地养护，需资金 13.33 万元。"
            },
            RuleExample("括号里的单价不算分项") {
                $0[project: 1].usage = "共需资金 20 万元，其中：集中培训（每人 800 元）12 万元，送教下乡 8 万元。"
            },
            RuleExample("“其中财政拨款”等于财政资金") {
                $0[project: 2].usage = "共安排 15 万元，其中财政拨款 10 万元，用于校园绿地养护。"
            },
            RuleExample("全年金额按季结算，本季度正好四分之一") {
                $0[project: 2].usage = "绿地养护委托服务期限一年，共需资金 600000 元，按季结算，本季度需资金 150000 元。"
            },
        ])

    /// `合计`, `小计`, `共计`, `总计`: a total that closes a list, not a need stated first.
    private static func endsAList(_ label: String) -> Bool {
        ["合计", "小计", "共计", "总计"].contains { TextNormalization.contains(label, $0) }
    }

    /// A unit price or rate (`每人`, `按…标准`), not an item of the list.
    private static func isRate(_ label: String) -> Bool {
        ["每", "标准", "单价", "按"].contains { TextNormalization.contains(label, $0) }
    }

    /// A price per head or per measure (`按每人每月 2000 元标准`): not a period's payment.
    private static func isUnitPrice(_ label: String) -> Bool {
        ["标准", "单价", "每人", "每户", "每名", "每平方", "每亩"].contains { TextNormalization.contains(label, $0) }
    }

    /// Where the sentence holding the Character at `offset` begins (after `。` or `；`).
    private static func sentenceStart(before offset: Int, in chars: [Character]) -> Int {
        var i = min(offset, chars.count)
        // The three Characters compared as Characters, as `"。；;".contains` compared them,
        // without searching a String for each Character of the text.
        while i > 0, chars[i - 1] != "。", chars[i - 1] != "；", chars[i - 1] != ";" { i -= 1 }
        return i
    }

    /// A total in a sentence about money already spent: `2020年实际执行数：…合计662.98万元`,
    /// `上年支出…`.
    private static func isPastSpending(_ m: AmountMention, in chars: [Character]) -> Bool {
        let sentence = String(chars[sentenceStart(before: m.offset, in: chars)..<min(m.offset, chars.count)])
        return pastWords.words.contains { TextNormalization.contains(sentence, $0) }
    }

    private static let pastWords = WordList(["实际执行", "执行数", "实际支出", "上年", "去年", "上一年"])

    /// `按季` → 4, `按月` → 12, `按半年` → 2.
    private static func periodCount(_ t: BareText) -> (Int, String)? {
        if t.mentions(quarterly) { return (4, "按季") }
        if t.mentions(monthly) { return (12, "按月") }
        if t.mentions(halfYearly) { return (2, "按半年") }
        return nil
    }

    private static let quarterly = WordList(["按季", "每季度", "分季"])
    private static let monthly = WordList(["按月", "每月"])
    private static let halfYearly = WordList(["按半年", "每半年"])
}
