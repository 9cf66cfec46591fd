import JixiaoModel

enum GoalsFundingOnly {
    static let rule = Rule(
        id: "goals.funding-only",
        title: "绩效目标只写了资金安排",
        help: """
        绩效目标写的是这笔钱本年度要完成的产出和要达到的效果。只写“本项目共申请预算资金90万元，其中30万元用于……”，\
        说的是投入多少钱、花在哪里，没有说做成什么——“财力、人力和物力等投入数量不能作为绩效目标”，年终无从对照考核。\
        请写明要完成的工作量和要达到的效果（如“完成基建工程预算编制、审计 ≥50 个项目，报告合格率 100%”），资金安排写在资金用途里。\
        只在每一句都是金额和资金的去向时提示：有一句写了产出或效果（“完成3个项目结算”“改善校舍条件”），金额是效果（“带动村集体增收6万元”“节约资金2万元”），\
        或金额是补助标准（“每生每年3300元”），都不提示。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            guard let funding = fundingOnly(p.goals), let first = funding.first else { return [] }
            return [ctx.finding(Location(part: .goals, line: p.lines.goals),
                                "绩效目标只写了资金安排（\(quoted: first)\(funding.count > 1 ? "等" : "")），没有写这笔钱要完成的产出和达到的效果",
                                suggestion: "写明本年度要完成的工作量和要达到的效果，能量化的写明数值；资金安排写在资金用途里")]
        },
        failing: [
            RuleExample("目标只写申请的资金和各部分的用途", at: .project(1, .goals)) {
                $0[project: 1].goals = [Goal(number: 1, text: "本项目共申请预算资金20万元。其中:12万元用于集中培训;8万元用于送教下乡。")]
            },
            RuleExample("目标只写“安排资金15万元用于校园绿地养护”", at: .project(2, .goals)) {
                $0[project: 2].goals = [Goal(number: 1, text: "年度目标：安排资金15万元用于校园绿地养护。")]
            },
            RuleExample("目标列出资金的各项，其中一项的名称里有逗号（“村民组长,党小组长基本报酬”）", at: .project(1, .goals)) {
                $0[project: 1].goals = [Goal(number: 1, text: "本项目共申请预算资金200000元,其中集中培训120000元,教师,教研员差旅费50000元,送教下乡30000元。")]
            },
            RuleExample("目标写“安排资金15万元，用于校园绿地养护”", at: .project(2, .goals)) {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元，用于校园绿地养护。")]
            },
        ],
        passing: [
            RuleExample("资金之外写了产出（“完成3个项目补助尾款结算”）") {
                $0[project: 1].goals = [Goal(number: 1, text: "年度目标：完成勘察设计费结算12万元,以及完成3个项目补助尾款结算8万元。")]
            },
            RuleExample("金额是效果（“带动村集体增收6万元”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "带动村集体增收6万元。")]
            },
            RuleExample("金额是节约下来的（“通过集中采购节约资金2万元”）") {
                $0[project: 1].goals = [Goal(number: 1, text: "通过集中采购节约培训资金2万元。")]
            },
            RuleExample("资金之后一句写了效果（“确保绿地长势良好”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元用于校园绿地养护,确保绿地长势良好。")]
            },
            RuleExample("只写了用途，没有金额（“用于校园绿地养护”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "用于校园绿地养护。")]
            },
            RuleExample("资金之后几个字写了产出（“绿化校园”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元,绿化校园。")]
            },
            RuleExample("另一条目标写了要达到的效果") {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元用于校园绿地养护。"), Goal(number: 2, text: "改善校园生态环境。")]
            },
            RuleExample("金额是补助标准（“每生每年3300元”）") {
                $0[project: 1].goals = [Goal(number: 1, text: "总体目标：按照国家助学金标准平均每生每年3300元发放资金。")]
            },
            RuleExample("资金的用途写了数量（“用于12所学校绿地养护”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元用于12所学校绿地养护。")]
            },
            RuleExample("资金的用途用汉字写了数量（“用于三所学校”）") {
                $0[project: 2].goals = [Goal(number: 1, text: "安排资金15万元用于三所学校绿地养护。")]
            },
        ])

    enum Kind { case label, amount, purpose, piece, other }

    /// The goals' text, read clause by clause: the rule fires when some clause states an
    /// amount, the text names funding (`资金`, `用于`), and no clause says anything else.
    static func fundingOnly(_ goals: [Goal]) -> [String]? {
        // Most goals state no amount, and then no clause is `.amount`: not split at all.
        guard goals.contains(where: { mayStateAmount($0.text) }) else { return nil }
        return fundingOnlyByClauses(goals)
    }

    /// Whether a clause of `text` could be `.amount`: whether a digit (ASCII or full-width,
    /// which `halfWidth` makes ASCII) comes before a `元`, which every money unit ends with.
    /// Bytes only; `fundingOnlyByClauses` finds no amount in a text this says false of.
    static func mayStateAmount(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var digit = false
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c &- 0x30 < 10 {
                    digit = true
                } else if c == 0xEF {
                    // U+FF10…U+FF19: EF BC 90…99.
                    if i + 2 < n, b[i + 1] == 0xBC, b[i + 2] &- 0x90 < 10 { digit = true }
                } else if c == 0xE5, digit, i + 2 < n, b[i + 1] == 0x85, b[i + 2] == 0x83 {
                    return true   // 元 U+5143: E5 85 83
                }
                i += 1
            }
            return false
        }
    }

    /// The rule's definition: the goals split into clauses, each clause's kind.
    static func fundingOnlyByClauses(_ goals: [Goal]) -> [String]? {
        var funding: [String] = []
        var amounts = 0
        for goal in goals {
            // A piece of a list's item is only that when an amount follows it.
            var piece = false
            for clause in clauses(goal.text) {
                let k = kind(clause)
                if piece, k != .amount { return nil }
                piece = k == .piece
                switch k {
                case .label, .piece: break
                case .amount: funding.append(clause); amounts += 1
                case .purpose: funding.append(clause)
                case .other: return nil
                }
            }
            if piece { return nil }
        }
        guard amounts > 0, goals.contains(where: { g in fundingWords.contains { TextNormalization.contains(g.text, $0) } }) else { return nil }
        return funding
    }

    /// The goal's clauses, split at punctuation other than `、` (a list inside one clause),
    /// without what is in brackets and without blanks.
    static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for c in TextNormalization.halfWidth(text) {
            if c == "(" || c == "（" { depth += 1; continue }
            if c == ")" || c == "）" { depth = max(0, depth - 1); continue }
            if depth > 0 || TextNormalization.isBlank(c) { continue }
            if breaks.contains(c) || c.isNewline {
                if !current.isEmpty { out.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static let breaks: Set<Character> = ["。", "；", ";", "，", ",", "！", "!", "？", "?", "：", ":"]

    /// `.amount`: an amount and what it is for (`30万元用于基建工程项目审计`, `村级事务补助960000元`).
    /// `.purpose`: only where the money goes (`用于校园绿地养护`). `.label`: `年度目标`, `目标1`, `其中`.
    /// `.piece`: a few words without a figure or a verb, perhaps the start of an item whose name has
    /// a comma (`村民组长` in `村民组长,党小组长基本报酬252000元`). `.other`: anything that counts,
    /// achieves or sets a standard.
    static func kind(_ clause: String) -> Kind {
        if clause == "其中" || clause.hasSuffix("目标") || isNumberedLabel(clause) { return .label }
        if resultWords.contains(where: { TextNormalization.contains(clause, $0) }) { return .other }
        let chars = Array(clause)
        var money = false
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c.isASCII && c.isNumber {
                var j = k
                while j < chars.count, chars[j].isASCII && (chars[j].isNumber || chars[j] == ".") { j += 1 }
                let rest = chars[j...]
                if rest.first == "年" { k = j + 1; continue }   // a year
                guard let unit = moneyUnits.first(where: { rest.starts(with: $0) }) else { return .other }
                money = true
                k = j + unit.count
                continue
            }
            if TargetValue.isChineseNumeralCharacter(c), k + 1 < chars.count,
               UnitKind.unitPrefix(of: Substring(String(chars[(k + 1)...]))) != nil {
                return .other   // a count in Chinese numerals: `三个项目`
            }
            k += 1
        }
        if money { return rateWords.contains(where: { TextNormalization.contains(clause, $0) }) ? .other : .amount }
        if clause.hasPrefix("用于") || clause.hasPrefix("主要用于") { return .purpose }
        return chars.count <= 6 ? .piece : .other
    }

    /// `目标1`, `目标一`.
    private static func isNumberedLabel(_ clause: String) -> Bool {
        guard clause.hasPrefix("目标"), clause.count > 2 else { return false }
        return clause.dropFirst(2).allSatisfy { ($0.isASCII && $0.isNumber) || TargetValue.isChineseNumeralCharacter($0) }
    }

    private static let moneyUnits = ["万元", "亿元", "千元", "元"]
    private static let fundingWords = ["资金", "预算", "经费", "投资", "拨款", "拨付", "用于", "安排"]
    private static let rateWords = ["每", "标准", "单价"]
    /// Words of what is achieved or done, not put in: money as a result (`节约资金2万元`,
    /// `带动增收`), an output or an effect (`完成`, `改善`, `确保`).
    private static let resultWords = ["节约", "节省", "增收", "收入", "产值", "效益", "挽回", "回收", "带动", "减少", "降低",
                                      "完成", "实现", "提高", "提升", "改善", "确保", "保障", "保证", "促进", "推进", "推动", "满足",
                                      "达到", "增加", "增强", "解决", "新建", "建成", "改造", "覆盖", "惠及", "受益", "稳定", "优化",
                                      "加强", "规范", "发放", "兑现", "结算"]
}
