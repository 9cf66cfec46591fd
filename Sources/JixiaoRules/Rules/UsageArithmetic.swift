import JixiaoModel

enum UsageArithmetic {
    static let rule = Rule(
        id: "usage.arithmetic",
        title: "资金用途中的算术不成立",
        help: """
        资金用途里写明的数要能相互对上：分项金额之和等于写明的总额（“其中”之后的分项，或列在“合计”之前的各项；\
        各项和合计都只写数字的，按表头的单位读，如“单位：万元”的表写“保安服务费191，保洁服务费99，合计290”）；\
        “共需资金 X”“需资金 X”与预算数一致（上年实际执行数不算）；\
        按季（按月）结算的，全年金额除以期数等于本期金额；“其中财政拨款 X”等于财政资金。\
        绩效目标里写了资金怎样分配的（“共申请预算资金 X 元，其中…”），分项也要与总额对上；部门整体绩效目标表按年度主要任务\
        （年度履职目标）列的预算金额，合计要等于部门整体的预算数。\
        对不上，说明测算有误或文字没有跟着预算调整，资金规模的依据就不可信。比较时按金额写出的精度（13.33 万元与 133,306 元一致）。\
        请核实测算过程，修改资金用途或预算数。
        """,
        category: .appropriateness, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            let mentions = AmountMention.find(in: p.usage)
            let location = Location(part: .usage, line: p.lines.usage ?? p.lines.budget)
            var out: [Finding] = []
            // A budget printed with no unit (`814`): amounts written with a unit are not set against it.
            let unprinted = p.budgetUnitUnprinted

            // Items and their 合计 written as bare figures in the table's currency (`单位：万元`):
            // `保安服务费191，保洁服务费99，水电气、维修维护费372.88，合计662.98`. In a table that
            // prints no unit they are all in the same unknown one: still added up, said as printed.
            let bare = ctx.projectTexts.usage
            if bare.mentions(listTotalWords),
               let unit = Money.Unit(rawValue: TextNormalization.withoutBlanks(p.unit.currency)) ?? (p.unit.currencyUnprinted ? .yuan : nil) {
                for list in bareLists(Array(TextNormalization.halfWidth(p.usage)), unit: unit) {
                    out.append(ctx.finding(location, message(list, unit: p.unit.currencyUnprinted ? nil : unit), suggestion: "逐项核对分项金额和合计"))
                }
            }
            // A goal that splits the money (`本项目共申请预算资金2026400元,其中村级组织运转400000元,…`, 棠溪镇 2022)
            // must add up as a 资金用途 must. Only where a goal has a figure before a 元 (most have none).
            for (k, g) in p.goals.enumerated() where hasFigureBeforeYuan(g.text) {
                if let (sum, total) = itemsNotAddingUp(AmountMention.find(in: g.text)) {
                    out.append(ctx.finding(Location(part: .goals, line: p.lines.goals),
                                           "绩效目标\(p.goals.count > 1 ? "第 \(k + 1) 条" : "")\(p.printedNumberNote(ofGoalAt: k))中分项金额合计 \(Say.money(sum))，与写明的总额 \(Say.money(total.amount.money)) 不符（相差 \(Say.money(Money(fen: abs((sum - total.amount.money).fen))))）",
                                           suggestion: "逐项核对分项金额和总额；资金安排写在资金用途里"))
                }
            }
            // A 部门整体 table's duties table (88号's 年度主要任务, 福建's 年度履职目标: one goal per row, each
            // cell after its column's name, `…；预算金额(万元)：49.8`): the tasks' amounts add up to the 预算数.
            if p.isDepartmentWide, p.budget.totalSource != .missing, !unprinted, let d = dutiesNotAddingUp(p) {
                out.append(ctx.finding(Location(part: .goals, line: p.lines.goals),
                                       "\(d.label)中 \(d.count) 项预算金额合计 \(Say.money(d.sum))，与预算数 \(Say.money(p.budget.total)) 不符（相差 \(Say.money(Money(fen: abs((d.sum - p.budget.total).fen))))）",
                                       suggestion: "逐项核对各项任务的预算金额，合计应等于部门整体的预算数"))
            }
            guard !mentions.isEmpty else { return out }

            // Items after 其中 against the total stated before them.
            let items = mentions.filter(\.isItem)
            if let firstItem = items.first,
               let total = mentions.last(where: { $0.isTotal && $0.offset < firstItem.offset }) {
                if items.allSatisfy(\.isFundingSource) {
                    let fiscal = items.filter { TextNormalization.contains($0.label, "财政") }
                    if let f = fiscal.first, !unprinted, !f.amount.agrees(with: p.budget.fiscal) {
                        out.append(ctx.finding(location,
                                               "资金用途写明其中\(withoutQizhong(f.label))\(Say.money(f.amount.money))，表中财政资金为\(Say.money(p.budget.fiscal))",
                                               suggestion: "核实资金来源，使资金用途与财政资金一致"))
                    }
                } else if let (sum, total) = itemsNotAddingUp(mentions) {
                    out.append(ctx.finding(location,
                                           "资金用途中分项金额合计 \(Say.money(sum))，与写明的总额 \(Say.money(total.amount.money)) 不符（相差 \(Say.money(Money(fen: abs((sum - total.amount.money).fen))))）",
                                           suggestion: "逐项核对分项金额和总额"))
                }
            }

            // Items listed before a 合计 in the same sentence, without 其中:
            // `保安服务费191万元，保洁服务费99万元，…，合计814万元`.
            // The text's Characters only where a sentence must be looked at: a 合计 ending a
            // list, or words of past spending somewhere (most 资金用途 have neither).
            let listTotals = mentions.indices.filter { mentions[$0].isTotal && !mentions[$0].isFundingSource && endsAList(mentions[$0].label) }
            let mentionsPast = bare.mentions(pastWords)
            let chars = listTotals.isEmpty && !mentionsPast ? [] : Array(TextNormalization.halfWidth(p.usage))
            for k in listTotals {
                let total = mentions[k]
                let start = sentenceStart(before: total.offset, in: chars)
                let listed = mentions[..<k].filter { $0.offset >= start && !$0.isTotal && !$0.isItem }
                guard listed.count >= 2, listed.allSatisfy({ !isRate($0.label) && $0.amount.money < total.amount.money }) else { continue }
                // (A sum past Int64 分 agrees with no total, and cannot be said: not compared.)
                guard let sum = Money.sum(listed.lazy.map(\.amount.money)) else { continue }
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
            if !totals.isEmpty, !unprinted, !totals.contains(where: { $0.amount.agrees(with: p.budget.total) }), periodic == nil {
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
                                           "资金用途写明全年共需 \(Say.money(year.amount.money))、\(periodWord)结算，每期应为 \(Say.money(expected))，但\(period.label)写 \(Say.money(stated))（预算数 \(Say.budget(p.budget.total, of: p))），相差 \(Say.money(Money(fen: diff)))",
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
            RuleExample("绩效目标中分项之和不等于总额", at: .project(1, .goals)) {
                $0[project: 1].goals = [Goal(number: 1, text: "本项目共申请预算资金20万元，其中集中培训12万元，送教下乡6万元。")]
            },
            RuleExample("部门整体表的年度履职目标各项预算金额之和不等于预算数", at: .project(2, .goals)) {
                $0[project: 2].heading = "部门整体支出绩效目标表"
                $0[project: 2].goals = [
                    Goal(number: 1, text: "年度履职目标：部门职能：校园绿化；年度目标任务：养护 12 所学校绿地；支出项目名称：校园绿化养护经费；预算金额(万元)：10"),
                    Goal(number: 2, text: "年度履职目标：部门职能：日常运转；年度目标任务：保障运转；支出项目名称：基本支出；预算金额(万元)：15"),
                ]
            },
            RuleExample("列出的各项之和不等于其后的合计", at: .project(1, .usage)) {
                $0[project: 1].usage = "保安服务费 191 万元，保洁服务费 99 万元，维修维护费 372.88 万元，合计 662.98 万元。"
            },
            RuleExample("列出的各项只写数字（按表头单位），之和不等于其后的合计", at: .project(1, .usage)) {
                $0[project: 1].unit.currency = "万元"
                $0[project: 1].usage = "项目预算成本构成：集中培训12（依据培训计划），送教下乡8，合计20；2020年实际执行数：集中培训11，送教下乡7.5，合计18.6。"
            },
        ],
        passing: [
            RuleExample("部门整体表的年度履职目标各项预算金额之和等于预算数") {
                $0[project: 2].heading = "部门整体支出绩效目标表"
                $0[project: 2].goals = [
                    Goal(number: 1, text: "年度履职目标：部门职能：校园绿化；年度目标任务：养护 12 所学校绿地；支出项目名称：校园绿化养护经费；预算金额(万元)：10"),
                    Goal(number: 2, text: "年度履职目标：部门职能：日常运转；年度目标任务：保障运转；支出项目名称：基本支出；预算金额(万元)：5"),
                ]
            },
            RuleExample("列出的各项之和等于合计") {
                $0[project: 2].budget = Budget(total: Money(yuan: 8_140_000), fiscal: Money(yuan: 8_140_000), other: .zero)
                $0[project: 2].usage = "保安服务费191万元，保洁服务费99万元，水电气、维修维护费524万元，合计814万元。"
            },
            RuleExample("只写数字的各项之和等于合计（年份不是一项）") {
                $0[project: 1].unit.currency = "万元"
                $0[project: 1].usage = "项目预算成本构成：集中培训12（依据培训计划），送教下乡8，合计20；2021年实际执行数：11，7.5，合计18.5。"
            },
            RuleExample("带单位的数不是只写数字的一项（“50人”）") {
                $0[project: 1].unit.currency = "万元"
                $0[project: 1].usage = "培训教师50人，送教下乡8，合计20。"
            },
            RuleExample("千位分隔的数不拆开读（“1,686,300”）") {
                $0[project: 1].usage = "保安服务费1,686,300，保洁服务费313,700，合计2,000,000。"
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
            RuleExample("绩效目标中分项之和等于总额") {
                $0[project: 1].goals = [Goal(number: 1, text: "本项目共申请预算资金90万元。其中:30万元用于预算编制;30万元用于审计;30万元用于设计。")]
            },
            RuleExample("“其中财政拨款”等于财政资金") {
                $0[project: 2].usage = "共安排 15 万元，其中财政拨款 10 万元，用于校园绿地养护。"
            },
            RuleExample("全年金额按季结算，本季度正好四分之一") {
                $0[project: 2].usage = "绿地养护委托服务期限一年，共需资金 600000 元，按季结算，本季度需资金 150000 元。"
            },
        ])

    private static let listTotalWords = WordList(["合计", "小计", "共计", "总计"])

    /// The items after 其中 and the total stated before them, when the items are not sources of
    /// funds and do not add up to it at the precision it is written in; nil otherwise.
    /// The amounts of a duties table read as goals (`部门职能：…；支出项目名称：…；预算金额(万元)：49.8`, one
    /// goal per row, as the reader writes a small table under a goals label) when there are two or more and their
    /// sum does not agree with the 预算数 to the precision they are written in; the goals' label (`年度履职目标`).
    static func dutiesNotAddingUp(_ p: Project) -> (label: String, count: Int, sum: Money)? {
        let currency = Money.Unit(rawValue: TextNormalization.withoutBlanks(p.unit.currency)) ?? .yuan
        var label = "", count = 0, sum = Money.zero, step = Money.zero
        for g in p.goals {
            guard let (goalLabel, amount) = dutyAmount(g.text, currency: currency) else { continue }
            if label.isEmpty { label = goalLabel }
            count += 1
            guard let next = Money.sum([sum, amount.money]) else { return nil }
            sum = next
            step = Money(fen: max(step.fen, amount.step.fen))
        }
        guard count >= 2 else { return nil }
        let diff = (sum.fen - p.budget.total.fen).magnitude
        return diff * 2 <= UInt64(step.fen.magnitude) * UInt64(count) ? nil : (label, count, sum)
    }

    /// `年度履职目标：部门职能：…；预算金额(万元)：49.8` → (`年度履职目标`, 49.8 万元): the cell after a
    /// column named 预算金额 (or …金额) among cells written `名称：值` and parted by `；`.
    static func dutyAmount(_ text: String, currency: Money.Unit) -> (String, WrittenAmount)? {
        guard TextNormalization.contains(text, "金额"), TextNormalization.contains(text, "；") else { return nil }
        let cells = text.split(separator: "；")
        guard cells.count >= 2, let last = cells.last(where: { c in
            guard let colon = c.lastIndex(of: "：") else { return false }
            return c[..<colon].hasSuffix("金额") || c[..<colon].contains("金额(") || c[..<colon].contains("金额（")
        }), let colon = last.lastIndex(of: "：") else { return nil }
        let name = last[..<colon]
        let unit: Money.Unit = name.contains("万元") ? .wan : name.contains("亿元") ? .yi : name.contains("元") ? .yuan : currency
        let value = TextNormalization.trimmed(last[last.index(after: colon)...])
        guard !value.isEmpty, let amount = try? WrittenAmount.parse(value, defaultUnit: unit) else { return nil }
        // The goal's own label before the first cell (`年度履职目标：部门职能：…`).
        let first = cells[0]
        let parts = first.split(separator: "：", maxSplits: 1)
        let label = parts.count == 2 && first.filter({ $0 == "：" }).count >= 2 ? String(parts[0]) : "绩效目标"
        return (label, amount)
    }

    static func itemsNotAddingUp(_ mentions: [AmountMention]) -> (sum: Money, total: AmountMention)? {
        let items = mentions.filter(\.isItem)
        guard let firstItem = items.first,
              let total = mentions.last(where: { $0.isTotal && $0.offset < firstItem.offset }),
              !items.allSatisfy(\.isFundingSource) else { return nil }
        guard let sum = Money.sum(items.lazy.map(\.amount.money)) else { return nil }
        return total.amount.agrees(with: sum) ? nil : (sum, total)
    }

    /// Whether a text has an ASCII or full-width digit followed (after blanks) by 元 or 万元/亿元:
    /// by its bytes, before any mention is read.
    static func hasFigureBeforeYuan(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var digitAt = -10
            var i = 0
            while i < b.count {
                let x = b[i]
                if (0x30...0x39).contains(x) { digitAt = i; i += 1; continue }
                // ０–９: EF BC 90–99.
                if x == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC, (0x90...0x99).contains(b[i + 2]) { digitAt = i + 2; i += 3; continue }
                // 元 E5 85 83, 万 E4 B8 87, 亿 E4 BA BF, a blank.
                if x == 0x20 { i += 1; continue }
                if x == 0xE5, i + 2 < b.count, b[i + 1] == 0x85, b[i + 2] == 0x83 { if digitAt >= 0, isRun(b, from: digitAt, to: i) { return true } }
                if x == 0xE4, i + 2 < b.count, (b[i + 1] == 0xB8 && b[i + 2] == 0x87) || (b[i + 1] == 0xBA && b[i + 2] == 0xBF) {
                    if digitAt >= 0, isRun(b, from: digitAt, to: i) { digitAt = i + 2; i += 3; continue }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether only blanks lie between the byte at `from` (a digit's last byte) and `to`.
    private static func isRun(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        (from + 1..<to).allSatisfy { b[$0] == 0x20 }
    }

    /// Lists of bare figures closed by a bare 合计 in one sentence (between `。`, `；`), each
    /// figure in the table's currency, whose items do not add up to it at the precision it is
    /// written in. A sentence is read only when its every figure outside brackets is bare (followed
    /// by punctuation, a bracket or the sentence's end) or a date (`2020年`): a figure with a unit
    /// (`50人`, `191万元`) makes it a sentence of another kind (the listed amounts with units are
    /// read by `AmountMention`), and a figure with a thousands comma (`1,686,300`) one not read.
    private static func bareLists(_ chars: [Character], unit: Money.Unit) -> [(items: [BareFigure], total: BareFigure, label: String)] {
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func isBreak(_ c: Character) -> Bool { c == "。" || c == "；" || c == ";" }
        var out: [(items: [BareFigure], total: BareFigure, label: String)] = []
        var start = 0
        while start < chars.count {
            var end = start
            while end < chars.count, !isBreak(chars[end]) { end += 1 }
            // The sentence's bare figures with their labels; nil when it is not a list of them.
            var figures: [BareFigure]? = []
            var depth = 0, labelStart = start, i = start
            while i < end, figures != nil {
                let c = chars[i]
                if c == "（" || c == "(" { depth += 1; i += 1; continue }
                if c == "）" || c == ")" { depth = max(0, depth - 1); i += 1; continue }
                if depth == 0, separators.contains(c) { labelStart = i + 1; i += 1; continue }
                guard depth == 0, isDigit(c), i == start || !(isDigit(chars[i - 1]) || chars[i - 1] == "." || chars[i - 1].isLetter && chars[i - 1].isASCII) else {
                    i += 1
                    continue
                }
                var j = i
                while j < end, isDigit(chars[j]) || chars[j] == "." { j += 1 }
                var k = j
                while k < end, chars[k] == " " { k += 1 }
                let next: Character? = k < end ? chars[k] : nil
                if let next, next == "年" || next == "月" || next == "日" {
                    i = k + 1   // a date: not an amount
                    continue
                }
                let thousands = next.map { $0 == "," || $0 == "，" } == true && k + 1 < end && isDigit(chars[k + 1])
                let isBare = next.map { separators.contains($0) || $0 == "（" || $0 == "(" } ?? true
                let printed = String(chars[i..<j])
                guard isBare, !thousands, let amount = WrittenAmount.plainFigure(printed, unit: unit) else {
                    figures = nil
                    break
                }
                figures?.append(BareFigure(amount: amount, printed: printed, label: TextNormalization.withoutBlanks(String(chars[labelStart..<i]))))
                i = j
            }
            var itemsFrom = 0
            for (n, f) in (figures ?? []).enumerated() where endsAList(f.label) {
                let items = figures![itemsFrom..<n]
                itemsFrom = n + 1
                guard items.count >= 2, items.allSatisfy({ !isRate($0.label) && !endsAList($0.label) && $0.amount.money < f.amount.money }) else { continue }
                guard let sum = Money.sum(items.lazy.map(\.amount.money)) else { continue }
                if !f.amount.agrees(with: sum) { out.append((Array(items), f, f.label)) }
            }
            start = end + 1
        }
        return out
    }

    /// What a bare list that does not add up is told: its figures as written, the sum in the table's
    /// unit, or as a bare figure when the table prints none (`unit` nil).
    private static func message(_ list: (items: [BareFigure], total: BareFigure, label: String), unit: Money.Unit?) -> String {
        func say(_ m: Money) -> String {
            guard let unit else { return m.bareFigure }
            return unit == .wan ? Say.wan(m) : Say.money(m)
        }
        let sum = list.items.reduce(Money.zero) { $0 + $1.amount.money }   // (taken when found: it fits)
        let diff = Money(fen: abs((sum - list.total.amount.money).fen))
        let printed = Say.list(list.items.map(\.printed))
        let reading = unit.map { "按表头单位“\($0.rawValue)”" } ?? "表中未印金额单位"
        return "资金用途中列出的 \(list.items.count) 项金额（\(printed)，\(reading)）合计 \(say(sum))，"
            + "与写明的\(list.label) \(list.total.printed) 不符（相差 \(say(diff))）"
    }

    /// A figure written without a unit, as `bareLists` reads it.
    private struct BareFigure {
        let amount: WrittenAmount
        let printed: String
        let label: String
    }

    /// The punctuation that ends a bare figure's label (as `AmountMention`'s).
    private static let separators: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！", "？"]

    /// `label.replacing("其中", with: "")`: of a plain label (`PlainScalars`) by its bytes,
    /// left to right as `replacing` matches (its generic matching cost more than the rest
    /// of the finding).
    static func withoutQizhong(_ label: String) -> String {
        guard PlainScalars.all(label) else { return label.replacing("其中", with: "") }
        let word: [UInt8] = [0xE5, 0x85, 0xB6, 0xE4, 0xB8, 0xAD]  // 其中
        var bytes: [UInt8] = []
        let b = Array(label.utf8)
        bytes.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if i + word.count <= b.count, b[i..<i + word.count].elementsEqual(word) {
                i += word.count
            } else {
                bytes.append(b[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

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
