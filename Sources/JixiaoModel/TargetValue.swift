/// A parsed 指标值: a comparator, a number and a unit (定量), a deadline, or an
/// assessable statement (定性). The raw text is what the document says and is what is
/// stored; the parse is derived from it.
public struct TargetValue: Hashable, Sendable {
    public let raw: String
    public let kind: Kind

    public enum Kind: Hashable, Sendable {
        /// `≥95%`, `2万元`, `100%`, `不少于 12 次`.
        case quantity(Quantity)
        /// `2021年12月底前`, `12月31日前`: a deadline.
        case deadline(Deadline)
        /// Words only: `按规定执行`, `保障各项综合事务正常开展`.
        case qualitative
        /// An empty cell.
        case empty
    }

    public struct Quantity: Hashable, Sendable {
        public let comparator: Comparator
        public let number: DecimalText
        /// The unit as written after normalisation (`%`, `万元`, `次`), or "" for a bare number.
        public let unit: String

        public var unitKind: UnitKind { UnitKind.of(unit) }
    }

    public struct Deadline: Hashable, Sendable {
        public let year: Int?
        public let month: Int
        public let day: Int?
    }

    public init(_ raw: String) {
        self.raw = raw
        self.kind = TargetValue.parse(raw)
    }

    public var quantity: Quantity? {
        if case .quantity(let q) = kind { return q }
        return nil
    }

    /// Whether the value states a number a reviewer can check the result against.
    public var isQuantitative: Bool {
        switch kind {
        case .quantity, .deadline: true
        case .qualitative, .empty: false
        }
    }

    /// The amount of money the value states, with its written precision (`57.66 万元`).
    public var amount: WrittenAmount? {
        guard let q = quantity, q.unitKind == .money, let unit = Money.Unit(rawValue: q.unit) else { return nil }
        return try? WrittenAmount.parse(q.number.text + unit.rawValue)
    }
}

extension TargetValue {
/// How a target compares the result with the number.
public enum Comparator: String, Hashable, Sendable, CaseIterable {
    case atLeast = "≥"
    case greaterThan = ">"
    case equal = "="
    case lessThan = "<"
    case atMost = "≤"
    /// No comparator written: the number itself (`100%`, `2万元`).
    case exactly = ""
}
}

/// What a unit measures; rules compare it with what an indicator is about.
public enum UnitKind: String, Hashable, Sendable {
    case percent, money, count, time, none, other

    static let moneyUnits: Set<String> = ["元", "万元", "亿元"]
    static let timeUnits: Set<String> = ["天", "日", "小时", "分钟", "个工作日", "工作日", "个月", "月", "年", "周", "季度"]
    static let countUnits: Set<String> = [
        "个", "次", "人", "人次", "名", "台", "套", "辆", "项", "份", "件", "场", "批", "处", "户",
        "家", "所", "座", "条", "块", "间", "张", "本", "册", "期", "篇", "部", "株", "棵", "亩",
        "平方米", "m²", "㎡", "米", "公里", "千米", "吨", "千瓦时", "度", "立方米", "册次", "课时",
        "个单位", "个部门", "个点", "个站", "栋", "幢", "床", "辆次", "架次",
    ]

    public static func of(_ unit: String) -> UnitKind {
        if unit.isEmpty { return .none }
        if unit == "%" || unit == "‰" { return .percent }
        if moneyUnits.contains(unit) { return .money }
        if timeUnits.contains(unit) { return .time }
        if countUnits.contains(unit) { return .count }
        return .other
    }
}

extension TargetValue {
    /// Comparator phrases written before the number.
    static let prefixPhrases: [(String, Comparator)] = [
        (">=", .atLeast), ("<=", .atMost), ("≥", .atLeast), ("≧", .atLeast), ("≤", .atMost), ("≦", .atMost),
        (">", .greaterThan), ("<", .lessThan), ("=", .equal),
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("达到", .atLeast), ("至少", .atLeast),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost), ("最多", .atMost),
        ("大于", .greaterThan), ("高于", .greaterThan), ("超过", .greaterThan), ("多于", .greaterThan),
        ("小于", .lessThan), ("低于", .lessThan), ("少于", .lessThan),
    ]
    /// Comparator phrases written after the unit: 以上/以下 include the number, as in
    /// Chinese statute usage.
    static let suffixPhrases: [(String, Comparator)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ]

    static func parse(_ raw: String) -> Kind {
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(raw))
        if t.isEmpty { return .empty }
        if let d = parseDeadline(t) { return .deadline(d) }
        var comparator = Comparator.exactly
        for (phrase, c) in prefixPhrases where t.hasPrefix(phrase) {
            comparator = c
            t.removeFirst(phrase.count)
            break
        }
        for (phrase, c) in suffixPhrases where t.hasSuffix(phrase) {
            if comparator != .exactly && comparator != c { return .qualitative }
            comparator = c
            t.removeLast(phrase.count)
            break
        }
        let digits = t.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "." })
        guard !digits.isEmpty, let number = DecimalText(digits) else { return .qualitative }
        let unit = String(t.dropFirst(digits.count))
        // A unit is short and has no digits; anything longer is a sentence that
        // happens to start with a number ("2 名人员负责…").
        guard unit.count <= 5, !unit.contains(where: { $0.isASCII && $0.isNumber }),
              // `13月底前` is a deadline gone wrong, not 13 of a unit called 月底前.
              !unit.hasPrefix("月底"), !unit.hasPrefix("月末"), !unit.hasSuffix("前")
        else { return .qualitative }
        return .quantity(Quantity(comparator: comparator, number: number, unit: unit))
    }

    /// `2021年12月底前`, `2021年12月31日前`, `12月底前`, `6月30日之前`.
    static func parseDeadline(_ t: String) -> Deadline? {
        var rest = Substring(t)
        func number() -> Int? {
            let d = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !d.isEmpty, d.count <= 4 else { return nil }
            rest = rest.dropFirst(d.count)
            return Int(d)
        }
        var year: Int?
        guard var first = number() else { return nil }
        if rest.hasPrefix("年") {
            year = first
            rest = rest.dropFirst()
            guard let m = number() else { return nil }
            first = m
        }
        guard rest.hasPrefix("月"), (1...12).contains(first) else { return nil }
        rest = rest.dropFirst()
        var day: Int?
        if rest.hasPrefix("底") || rest.hasPrefix("末") {
            rest = rest.dropFirst()
        } else if let d = number() {
            guard rest.hasPrefix("日") || rest.hasPrefix("号"), (1...31).contains(d) else { return nil }
            day = d
            rest = rest.dropFirst()
        }
        guard ["前", "以前", "之前", "", "完成", "前完成"].contains(String(rest)) else { return nil }
        return Deadline(year: year, month: first, day: day)
    }
}

extension TargetValue: Codable {
    /// Stored as the raw text; the parse is re-derived on load.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }
}
