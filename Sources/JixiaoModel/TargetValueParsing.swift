/// Reading a 指标值: what real tables write, in the order that keeps each form from being
/// mistaken for another (a date before a number, a placeholder before a unit).
extension TargetValue {
    /// Comparator phrases written before the number, longest first.
    static let prefixPhrases: [(String, Comparator)] = [
        (">=", .atLeast), ("=>", .atLeast), ("<=", .atMost), ("=<", .atMost), ("≥", .atLeast), ("≤", .atMost),
        (">", .greaterThan), ("<", .lessThan), ("=", .equal), ("±", .plusMinus), ("≈", .approximately),
        ("大于或等于", .atLeast), ("小于或等于", .atMost), ("大于等于", .atLeast), ("小于等于", .atMost),
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("达到", .atLeast), ("至少", .atLeast),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost), ("最多", .atMost),
        ("控制在", .atMost), ("大于", .greaterThan), ("高于", .greaterThan), ("超过", .greaterThan), ("多于", .greaterThan),
        ("小于", .lessThan), ("低于", .lessThan), ("少于", .lessThan), ("大约", .approximately), ("约", .approximately),
    ].sorted { $0.0.count > $1.0.count }
    /// Comparator phrases written after the unit: 以上/以下 include the number, as in
    /// Chinese statute usage.
    static let suffixPhrases: [(String, Comparator)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost),
    ]
    static let prefixStarts = Set(prefixPhrases.compactMap { $0.0.unicodeScalars.first })
    static let suffixEnds = Set(suffixPhrases.compactMap { $0.0.unicodeScalars.last })
    /// Words written after a percentage that say what it is the rate of: `100%达标`, `100%合格`.
    static let percentStates: Set<String> = ["达标", "合格", "完成", "覆盖", "到位"]
    /// What templates print where the unit is to write a number.
    static let placeholderCharacters: Set<Character> = ["*", "×", "□", "○", "?", "？", "_", "…", "x", "X", "※"]

    /// Blanks removed, full-width folded, comparator and dash variants unified.
    static func normalized(_ raw: String) -> String {
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(raw))
        // Most values have none of these: skip the replacements without a second look.
        if t.unicodeScalars.contains(where: { variantScalars.contains($0) }) {
            t = replacedVariants(t)
        }
        while let last = t.last, "。；;，,、".contains(last) { t.removeLast() }
        return t
    }

    static let variantScalars: Set<Unicode.Scalar> = ["≧", "⩾", "≦", "⩽", "﹪", "—", "–", "―", "〜", "+", "="]

    static func replacedVariants(_ text: String) -> String {
        var t = text
        for (from, to) in [("≧", "≥"), ("⩾", "≥"), ("≦", "≤"), ("⩽", "≤"), ("﹪", "%"), ("—", "-"), ("–", "-"), ("―", "-"),
                           ("〜", "~"), ("+/-", "±"), ("+-", "±"), ("≥=", "≥"), ("≤=", "≤")] where t.contains(from) {
            t = t.replacing(from, with: to)
        }
        return t
    }

    static func parse(_ raw: String) -> Kind {
        let t = normalized(raw)
        if t.isEmpty { return .empty }
        // Dates need a digit or 年 (年底, 全年, 上半年); most words have neither.
        let hasDigit = t.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        if hasDigit || TextNormalization.contains(t, "年") {
            if let d = parseDeadline(t) { return .deadline(d) }
            if let p = parsePeriod(t) { return .period(p) }
        }
        // Contradicting comparators (`≥95%以下`): nothing a result can be checked against.
        guard let (comparator, body) = splitComparator(t) else { return .qualitative }
        if comparator == .atMost || comparator == .lessThan, let d = parseDeadline(body) { return .deadline(d) }
        if let slot = placeholder(body, comparator) { return .placeholder(slot) }
        if let q = quantity(body, comparator) { return .quantity(q) }
        if let slot = unfilled(body, comparator) { return .unfilled(slot) }
        if t.count <= 16, let choices = scale(t) { return .unfilled(Slot(comparator: .exactly, unit: "", choices: choices)) }
        if hasDigit, let m = firstMeasure(in: t) { return .statement(m) }
        return .qualitative
    }

    /// The comparator written before and after the rest; nil when the two contradict.
    static func splitComparator(_ t: String) -> (Comparator, String)? {
        var body = Substring(t)
        var comparator = Comparator.exactly
        // Every value is asked: look at the phrases only when the first (last) scalar can
        // begin (end) one — a third of reading a 指标值 went to comparing them all.
        if let first = body.unicodeScalars.first, prefixStarts.contains(first) {
            for (phrase, c) in prefixPhrases where body.hasPrefix(phrase) {
                comparator = c
                body = body.dropFirst(phrase.count)
                break
            }
        }
        guard let last = body.unicodeScalars.last, suffixEnds.contains(last) else { return (comparator, String(body)) }
        for (phrase, c) in suffixPhrases where body.hasSuffix(phrase) {
            // `±3%以内`: the tolerance is the comparator.
            if comparator == .plusMinus && c == .atMost {
                body = body.dropLast(phrase.count)
                break
            }
            if comparator != .exactly && comparator != c { return nil }
            comparator = c
            body = body.dropLast(phrase.count)
            break
        }
        return (comparator, String(body))
    }

    /// `≤**万元`, `≥XX%`, `**`: the template's placeholder where the number goes.
    static func placeholder(_ body: String, _ comparator: Comparator) -> Slot? {
        let run = body.prefix { placeholderCharacters.contains($0) }
        guard !run.isEmpty else { return nil }
        let unit = String(body.dropFirst(run.count))
        guard unit.isEmpty || UnitKind.isKnownUnit(unit) else { return nil }
        // A lone `x` is a placeholder only with a comparator or a unit around it.
        if run.allSatisfy({ $0 == "x" || $0 == "X" }), run.count == 1, comparator == .exactly, unit.isEmpty { return nil }
        return Slot(comparator: comparator, unit: unit)
    }

    /// A number, its unit, and optionally a range's upper end: `95%`, `57.66万元`, `576,600元`,
    /// `五十七万元`, `百分之九十五`, `80%-90%`, `3-5次`.
    static func quantity(_ body: String, _ comparator: Comparator) -> Quantity? {
        var rest = Substring(body)
        let percentWord = rest.hasPrefix("百分之")
        if percentWord { rest = rest.dropFirst(3) }
        if percentWord && rest == "百" {
            return Quantity(comparator: comparator, number: DecimalText("100")!, unit: "%", inChineseNumerals: true)
        }
        guard let first = arabicNumber(at: rest) ?? chineseNumber(at: rest) else { return nil }
        rest = rest.dropFirst(first.length)
        let unitEnd = rest.firstIndex { rangeSeparators.contains($0) } ?? rest.endIndex
        var unit = first.magnitude + rest[..<unitEnd]
        var upper: DecimalText?
        var comparator = comparator
        if unitEnd < rest.endIndex {
            // A range: the same kind of number after the separator, the unit once or twice.
            let after = rest[rest.index(after: unitEnd)...]
            guard comparator == .exactly,
                  let second = first.chinese ? chineseNumber(at: after) : arabicNumber(at: after) else { return nil }
            let secondUnit = second.magnitude + after.dropFirst(second.length)
            guard unit.isEmpty || unit == secondUnit, second.number.doubleValue >= first.number.doubleValue else { return nil }
            unit = secondUnit
            upper = second.number
            comparator = .between
        }
        if percentWord {
            guard unit.isEmpty else { return nil }
            unit = "%"
        }
        // Budget systems that print the unit as a word (甘肃: `=100百分比`) mean per cent.
        if unit == "百分比" || unit == "百分率" { unit = "%" }
        // A rate with what it measures said after it (昌吉 2019: `100%达标`) is the rate.
        if unit.count > 1, unit.first == "%", percentStates.contains(String(unit.dropFirst())) { unit = "%" }
        // A unit is short and has no digits; anything longer is a sentence that happens to
        // start with a number ("2 名人员负责…"), read as a statement instead.
        guard unit.count <= 6, !unit.contains(where: { ($0.isASCII && $0.isNumber) || placeholderCharacters.contains($0) }),
              // `13月底前` is a deadline gone wrong, not 13 of a unit called 月底前.
              !unit.hasPrefix("月底"), !unit.hasPrefix("月末"), !unit.hasSuffix("前")
        else { return nil }
        // Chinese numerals are read only before a unit Jixiao knows: `一般`, `三品一标` are words.
        if first.chinese, !unit.isEmpty, !UnitKind.isKnownUnit(unit) { return nil }
        return Quantity(comparator: comparator, number: first.number, unit: unit, upper: upper, inChineseNumerals: first.chinese)
    }

    /// A unit, or a comparator, with no number: `公里`, `万人`, `≧ %`, `≥`.
    static func unfilled(_ body: String, _ comparator: Comparator) -> Slot? {
        if body.isEmpty { return comparator == .exactly ? nil : Slot(comparator: comparator, unit: "") }
        return UnitKind.isKnownUnit(body) ? Slot(comparator: comparator, unit: body) : nil
    }

    static let scaleWords = ["不满意", "基本满意", "满意", "较好", "一般", "较差", "未达到", "达到", "优", "良", "中", "差", "高", "低", "好", "是", "否"]
    static let scaleFirstScalars = Set(scaleWords.compactMap(\.unicodeScalars.first) + "/、|,，".unicodeScalars)
    static let scaleOpposites: [(String, String)] = [("高", "低"), ("优", "差"), ("好", "差"), ("是", "否"), ("满意", "不满意"), ("达到", "未达到"), ("较好", "较差")]

    /// The template's scale left as the value: `高中低`, `优/良/中/差`, `是否`.
    static func scale(_ t: String) -> [String]? {
        // A text whose first scalar is ASCII or an ideograph that begins no scale word (nor
        // is a separator) is none; such a first scalar has no other spelling a Character
        // comparison would accept, so it is ruled out without one.
        if let first = t.unicodeScalars.first, first.isASCII || (0x4000...0x9FFF).contains(first.value),
           !scaleFirstScalars.contains(first) { return nil }
        var rest = Substring(t)
        var words: [String] = []
        while !rest.isEmpty {
            if let sep = rest.first, "/、|,，".contains(sep) {
                rest = rest.dropFirst()
                continue
            }
            guard let w = scaleWords.first(where: { rest.hasPrefix($0) }) else { return nil }
            words.append(w)
            rest = rest.dropFirst(w.count)
        }
        guard words.count >= 2, scaleOpposites.contains(where: { words.contains($0.0) && words.contains($0.1) }) else { return nil }
        return words
    }

    /// The first thing in a sentence a result can be checked against: a number with a
    /// unit (`1000元/人`, `95%`), a date (`2021年12月底前`), a period. A year alone
    /// (`按2021年标准`), an ordinal (`第3批`) and a code (`C25`, `H7N9`) are not.
    static func firstMeasure(in t: String) -> Measure? {
        let chars = TextNormalization.characters(t)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            if i > 0 {
                let before = chars[i - 1]
                if before.isASCII && (before.isLetter || before.isNumber || before == "." || before == ",") || before == "第" {
                    i += 1
                    continue
                }
            }
            let sub = Substring(String(chars[i...]))
            var s = sub
            if let read = readPoint(&s, bareMonth: true) {
                if let sep = s.first, rangeSeparators.contains(sep) {
                    var s2 = s.dropFirst()
                    if let second = readPoint(&s2), second.point.month != nil || second.point.year != nil,
                       read.point.month != nil || !read.bareMonth {
                        let to = second.point.year == nil
                            ? DatePoint(year: read.point.year, month: second.point.month, day: second.point.day) : second.point
                        return .period(Period(from: read.point, to: to))
                    }
                }
                if !read.bareMonth, let month = read.point.month {
                    return .deadline(Deadline(year: read.point.year, month: month, day: read.point.day))
                }
            }
            guard let n = arabicNumber(at: sub) else { i += 1; continue }
            let after = sub.dropFirst(n.length)
            if let unit = UnitKind.unitPrefix(of: after), unit != "月",
               !(unit == "年" && n.number.integerDigits.count == 4 && n.number.fractionDigits.isEmpty) {
                let symbol = i > 0 ? prefixPhrases.first { $0.0.count == 1 && $0.0.first == chars[i - 1] }?.1 : nil
                return .quantity(Quantity(comparator: symbol ?? .exactly, number: n.number, unit: unit))
            }
            i += max(n.length, 1)
        }
        return nil
    }
}
