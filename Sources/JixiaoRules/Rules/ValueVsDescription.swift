import JixiaoModel

enum ValueVsDescription {
    static let rule = Rule(
        id: "indicator.value-vs-description",
        title: "绩效指标描述写的目标与指标值不一致",
        help: """
        有的表在绩效指标描述里也写了目标（“覆盖率 | 90%（计划标准）| 1”）。描述里的百分比和指标值不一样时，\
        年终按哪一个考核说不清：指标值只写“1”“0.95”这样的小数，是表格软件的比例（1 即 100%），与描述的 90% 也对不上。\
        请核实目标值，两处写成同一个数；描述写清这个指标衡量什么，目标值只写在指标值一栏。\
        描述里用汉字写的数（“九十%”“百分之九十”）照样读取；指标值是计数（“1项”）时，描述里同一单位的数（“三项”“3项”）也比较。\
        描述只写了一个百分比或这样的计数时才比较：写了几个数（“由 80% 提高到 90%”“10 个县区”）、写的是往年情况（“上年 85%”“2020年”），\
        描述里是表格其他栏的权重、分值（“权重：10%”），或与指标值一致（“60%”与“≥60%”），都不提示。
        """,
        category: .completeness, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity else { return nil }
                let description = ctx.texts(row).description.text
                // What the value's unit measures is asked only when the description has its bytes.
                let unit = !q.unit.isEmpty && TextNormalization.contains(description, q.unit) ? countUnit(q) : nil
                guard let stated = stated(description, countUnit: unit),
                      let value = stated.unit == "%" ? percent(q) : q.upper == nil ? q.number.scaled(by: 2) : nil,
                      value != stated.value else { return nil }
                let valueAs = q.unit.isEmpty && stated.unit == "%" ? "（即 \(Self.text(value))%）" : ""
                return ctx.finding(row: row, field: .description,
                                   "\(label: ctx.labels(row), i)的绩效指标描述写的是“\(stated.printed)”，指标值却是\(quoted: i.value.raw)\(valueAs)，两处的目标不一致",
                                   suggestion: "核实目标值，两处写成同一个数；目标值写在指标值一栏，描述写这个指标衡量什么")
            }
        },
        failing: [
            RuleExample("描述“90%（计划标准）”，指标值“1”", at: .cell(project: 1, row: 5, .description)) {
                $0[project: 1][row: 5][.description] = "90%(计划标准)"
                $0[project: 1][row: 5][.value] = "1"
            },
            RuleExample("描述“成活比例达到98%”，指标值“≥95%”", at: .cell(project: 2, row: 2, .description)) {
                $0[project: 2][row: 2][.description] = "养护苗木成活比例达到98%"
            },
            RuleExample("描述用汉字写“百分之九十”，指标值“1”", at: .cell(project: 1, row: 5, .description)) {
                $0[project: 1][row: 5][.description] = "优良比例达到百分之九十"
                $0[project: 1][row: 5][.value] = "1"
            },
            RuleExample("描述“九十%”，指标值“≥95%”", at: .cell(project: 2, row: 2, .description)) {
                $0[project: 2][row: 2][.description] = "养护苗木成活比例九十%"
            },
            RuleExample("描述“全年举办集中培训三期”，指标值“≥4期”", at: .cell(project: 1, row: 1, .description)) {
                $0[project: 1][row: 1][.description] = "全年举办集中培训三期"
            },
        ],
        passing: [
            RuleExample("描述与指标值一致（“60%”与“≥60%”）") {
                $0[project: 1][row: 5][.description] = "60%"
                $0[project: 1][row: 5][.value] = "≥60%"
            },
            RuleExample("“1”即 100%，与描述的 100% 一致") {
                $0[project: 1][row: 2][.description] = "100%(计划标准)"
                $0[project: 1][row: 2][.value] = "1"
            },
            RuleExample("描述写了几个数（“由80%提高到90%”）") {
                $0[project: 1][row: 5][.description] = "优良比例由80%提高到90%"
            },
            RuleExample("描述写的是往年情况（“上年为85%”）") {
                $0[project: 1][row: 5][.description] = "参训教师课堂教学评价优良比例，上年为85%"
            },
            RuleExample("描述里是表格其他栏的权重（“权重：10%”）") {
                $0[project: 1][row: 5][.description] = "权重：10%；指标方向性：正向指标"
            },
            RuleExample("描述写的是某一年（“2020年达到85%”）") {
                $0[project: 1][row: 5][.description] = "2020年评价优良比例达到85%"
            },
            RuleExample("汉字写的数与指标值一致（“百分之九十”与“≥90%”）") {
                $0[project: 1][row: 5][.description] = "优良比例达到百分之九十"
            },
            RuleExample("描述里的汉字是词或序数，不是目标（“统一组织”“第三期”）") {
                $0[project: 1][row: 1][.description] = "统一组织第三期集中培训"
            },
            RuleExample("描述里的数是别的单位（“三天”与“≥4期”）") {
                $0[project: 1][row: 1][.description] = "每期集中培训三天"
            },
        ])

    /// Hundredths of a percent: `90%` is 9000, `0.95` (a fraction) is 9500. Exact for what
    /// tables write (two decimals of a percent at most); nil for finer.
    typealias Hundredths = Int64

    /// The one percentage a description states, when that is all the figures it has and it
    /// is not about another year; nil otherwise.
    static func statedPercent(_ description: String) -> (value: Hundredths, printed: String)? {
        stated(description, countUnit: nil).flatMap { $0.unit == "%" ? ($0.value, $0.printed) : nil }
    }

    /// The one target a description states — a percentage (`90%`, `九十%`, `百分之九十`), or
    /// with `countUnit` (the value's count unit, `项`) a count in it (`3项`, `三项`) — when that
    /// is all the figures it has and it is not about another year; nil otherwise. `unit` is
    /// `%` or `countUnit`.
    static func stated(_ description: String, countUnit: String?) -> (value: Hundredths, printed: String, unit: String)? {
        // Most descriptions have no percent sign, no 百分之 and not the value's unit: told by
        // their bytes, not by their Characters, which was 3 % of an import.
        // Nor do most have a figure: a name or description that passes for its unit (`培训人数`
        // with `人`) is read no further without a digit or a numeral.
        guard mayStateTarget(description, countUnit: countUnit), mayHaveFigure(description),
              !Vocabulary.mentions(description, otherTimes) else { return nil }
        return statedByCharacters(description, countUnit: countUnit)
    }

    /// The count unit of a value whose unit is a count written in Chinese (`项`, `人次`); nil
    /// for a percentage, money, a bare number, or a unit with Latin letters (`km`, which a
    /// full-width description would spell in other bytes).
    static func countUnit(_ q: TargetValue.Quantity) -> String? {
        q.unitKind == .count && q.unit.utf8.allSatisfy({ $0 >= 0x80 }) ? q.unit : nil
    }

    /// Whether a description may state a target `statedByCharacters` reads: it has the bytes of
    /// `%`/`％`, of `百分之`, or of the count unit. The words are matched scalar by scalar (a
    /// compatibility ideograph, U+2F8EF for 次, is not the unit), and folding full-width
    /// forms makes none of their scalars, so a description without the bytes states none.
    static func mayStateTarget(_ description: String, countUnit: String?) -> Bool {
        mayHavePercentSign(description) || TextNormalization.contains(description, "百分之")
            || countUnit.map({ TextNormalization.contains(description, $0) }) == true
    }

    /// Whether a text may hold a figure `statedByCharacters` reads, which begins at an
    /// ASCII digit (a full-width one, folded) or a Chinese numeral (`百分之` begins with 百):
    /// false when none of its scalars is one (`numeralBits`), told from its bytes.
    static func mayHaveFigure(_ text: String) -> Bool {
        text.withBorrowedUTF8 { b in
            let n = b.count
            var k = 0
            while k < n {
                let (v, width) = UTF8Scalars.scalar(b, at: k)
                if v < 0x80 {
                    if v >= 0x30 && v <= 0x39 { return true }
                } else if v < 0x10000, numeralBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 {
                    // Beyond U+FFFF there is no digit or numeral.
                    return true
                }
                k += width
            }
            return false
        }
    }

    /// The scalars that begin a figure beyond ASCII, one bit each of U+0000–U+FFFF: every
    /// Chinese numeral `TargetValue.isChineseNumeralCharacter` knows, and the full-width
    /// digits `halfWidth` folds (`ValueVsDescriptionBytesTests` holds the list to the function).
    static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        let numerals = "零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點０１２３４５６７８９"
        for s in numerals.unicodeScalars { bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) }
        return bits
    }()

    /// `stated` without its byte filter (and without the other-time words): the definition
    /// the filter must never miss.
    static func statedByCharacters(_ description: String, countUnit: String?) -> (value: Hundredths, printed: String, unit: String)? {
        let chars = TextNormalization.characters(TextNormalization.halfWidth(description))
        var figures: [(number: DecimalText?, printed: String, unit: String?)] = []
        // What came before, without the arabic figures: a weight's label (`权重：10%`).
        var before: [Character] = []
        func isBlank(_ c: Character) -> Bool { c == " " || c == "\u{3000}" }
        // `c.isASCII && c.isNumber`: an ASCII digit, a Character of one byte (CR LF, the one
        // ASCII Character of two scalars, is no number), asked of its UTF-8 count and byte.
        func isDigit(_ c: Character) -> Bool {
            let u = c.utf8
            return u.count == 1 && u.first! >= 0x30 && u.first! <= 0x39
        }
        func has(_ word: String, at k: Int) -> Bool {
            var j = k
            for w in word {
                guard j < chars.count, chars[j].unicodeScalars.elementsEqual(w.unicodeScalars) else { return false }
                j += 1
            }
            return true
        }
        // The count unit right after a figure (`3项`), not the start of a longer one (`人` in `人次`).
        func countUnitFollows(at k: Int) -> Bool {
            guard let unit = countUnit, has(unit, at: k) else { return false }
            let next = k + unit.count
            return next >= chars.count || !UnitKind.isKnownUnit(unit + String(chars[next]))
        }
        func figure(_ number: DecimalText?, _ printed: String, percent: Bool, countAt end: Int, after label: Int? = nil) {
            // A weight or score the table's other columns gave (`权重：10%`) is no target.
            let label = String(before[..<(label ?? before.count)].suffix(4))
            let weight = weightLabels.contains { label.contains($0) }
            let unit = percent ? "%" : countUnitFollows(at: end) ? countUnit : nil
            figures.append((number, printed + (percent ? "" : unit ?? ""), weight ? nil : unit))
        }
        func digits(from k: Int) -> Int {
            var j = k
            while j < chars.count, isDigit(chars[j]) || (chars[j] == "." && j > k) { j += 1 }
            return j
        }
        func numerals(from k: Int) -> (number: DecimalText?, end: Int) {
            var j = k
            while j < chars.count, TargetValue.isChineseNumeralCharacter(chars[j]) { j += 1 }
            // A number not read whole (`八十五点五`) is a figure Jixiao cannot compare.
            let read = TargetValue.leadingChineseNumeral(String(chars[k..<j])[...])
            return (read?.length == j - k ? read?.number : nil, j)
        }
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if isDigit(c) {
                let j = digits(from: k)
                var after = j
                while after < chars.count, isBlank(chars[after]) { after += 1 }   // `90 %`
                let percent = after < chars.count && chars[after] == "%"
                let run = String(chars[k..<j])
                figure(DecimalText(run), run + (percent ? "%" : ""), percent: percent, countAt: j)
                k = j
                continue
            }
            // `has` compares scalars: a place whose first scalar is not 百 has no 百分之.
            if c.unicodeScalars.first == "百", has("百分之", at: k) {
                // `百分之九十`, `百分之95`, `百分之百`.
                let start = k, label = before.count
                before.append(contentsOf: chars[k..<k + 3])
                k += 3
                if k < chars.count, chars[k] == "百", k + 1 >= chars.count || !TargetValue.isChineseNumeralCharacter(chars[k + 1]) {
                    figure(DecimalText("100"), String(chars[start...k]), percent: true, countAt: k + 1, after: label)
                    before.append(chars[k])
                    k += 1
                } else if k < chars.count, isDigit(chars[k]) {
                    let j = digits(from: k)
                    figure(DecimalText(String(chars[k..<j])), String(chars[start..<j]), percent: true, countAt: j, after: label)
                    k = j
                } else if k < chars.count, TargetValue.isChineseNumeralCharacter(chars[k]) {
                    let (number, j) = numerals(from: k)
                    figure(number, String(chars[start..<j]), percent: true, countAt: j, after: label)
                    before.append(contentsOf: chars[k..<j])
                    k = j
                }
                continue
            }
            if TargetValue.isChineseNumeralCharacter(c) {
                // Chinese numerals are a figure only as one (`九十%`, `三项`): words (`统一`,
                // `一般`, `十四五`) and ordinals (`第三项`) are not.
                let (number, j) = numerals(from: k)
                var after = j
                while after < chars.count, isBlank(chars[after]) { after += 1 }
                let ordinal = k > 0 && chars[k - 1] == "第"
                if !ordinal, after < chars.count, chars[after] == "%" {
                    figure(number, String(chars[k..<j]) + "%", percent: true, countAt: after + 1)
                } else if !ordinal, number != nil, j - k > 1 || chars[k] != "一", countUnitFollows(at: j) {
                    // A lone 一 before a measure word is mostly an article (`一个平台`, `一次性`).
                    figure(number, String(chars[k..<j]), percent: false, countAt: j)
                }
                before.append(contentsOf: chars[k..<j])
                k = j
                continue
            }
            before.append(c)
            k += 1
        }
        guard figures.count == 1, let unit = figures[0].unit, let d = figures[0].number, let v = d.scaled(by: 2) else { return nil }
        return (v, figures[0].printed, unit)
    }

    /// Whether `text` holds the bytes of `%` or `％`: a Character that is either is that
    /// scalar alone (neither has another canonical spelling), so a text without them has
    /// neither Character.
    static func mayHavePercentSign(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x25 || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x85) { return true }
                k += 1
            }
            return false
        }
    }

    /// The value as a percentage: `≥60%`; a bare `1` or `0.95` is a fraction (100 %, 95 %),
    /// a bare `95` a percentage without its sign. nil for a range, another unit, or ‰.
    static func percent(_ q: TargetValue.Quantity) -> Hundredths? {
        guard q.upper == nil else { return nil }
        if q.unit == "%" { return q.number.scaled(by: 2) }
        guard q.unit.isEmpty, let v = q.number.scaled(by: 4) else { return nil }
        // At most 1 is a fraction: 1 is 100 %. Above it, a percentage (up to 100).
        if v <= 10_000 { return v }
        guard v <= 1_000_000 else { return nil }
        return v / 100
    }

    /// Hundredths as a number is written: `1620` → `16.2`, `550` → `5.5`, `1600` → `16`.
    static func text(_ v: Hundredths) -> String {
        let whole = v / 100, cents = v % 100
        guard cents != 0 else { return "\(whole)" }
        return cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Labels of the weight and score columns a table's description can carry.
    private static let weightLabels = ["权重", "分值", "得分", "分数"]

    /// Words saying a figure is of another time than the target's: a baseline, not a target.
    private static let otherTimes = ["上年", "去年", "往年", "历年", "前年", "上一年", "同期", "以往", "过去", "目前", "现有", "现状",
                                     "基期", "基准", "基数", "原有", "年初"]
}
