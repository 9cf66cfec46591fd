/// An amount of money in 分 (hundredths of a yuan). Integer, so sums are exact.
public struct Money: Hashable, Comparable, Sendable {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }

    /// The sum of `amounts`, nil when it passes what Int64 分 holds: figures a text writes
    /// (a thousand of them, each at the largest one read) may, and `+` would trap.
    public static func sum<S: Sequence>(_ amounts: S) -> Money? where S.Element == Money {
        var fen: Int64 = 0
        for a in amounts {
            let (next, overflow) = fen.addingReportingOverflow(a.fen)
            guard !overflow else { return nil }
            fen = next
        }
        return Money(fen: fen)
    }

    /// The magnitude in 元 as a double, for bar lengths and ratios only.
    public var yuanDouble: Double { Double(fen) / 100 }

    /// `20000.00`: the plain 元 spelling the document's budget cells use.
    public var plain: String {
        // The ASCII digits written into the String's own storage (joining five Strings cost
        // several hundred instructions for every amount written).
        let a = fen.magnitude
        let whole = a / 100, cents = a % 100
        var digits = 1
        var w = whole
        while w >= 10 { w /= 10; digits += 1 }
        let sign = fen < 0 ? 1 : 0
        return String(unsafeUninitializedCapacity: sign + digits + 3) { out in
            if sign == 1 { out[0] = 0x2D }
            var rest = whole
            var k = sign + digits - 1
            while k >= sign {
                out[k] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
                k -= 1
            }
            out[sign + digits] = 0x2E
            out[sign + digits + 1] = UInt8(truncatingIfNeeded: 0x30 + cents / 10)
            out[sign + digits + 2] = UInt8(truncatingIfNeeded: 0x30 + cents % 10)
            return sign + digits + 3
        }
    }

    /// `plain` by joining Strings: the definition (tested).
    var plainByText: String {
        let sign = fen < 0 ? "-" : ""
        let a = fen.magnitude
        let cents = a % 100
        return sign + String(a / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// `9,096,580.00`: with thousands separators, for people.
    public var grouped: String {
        let sign = fen < 0 ? "-" : ""
        let a = fen.magnitude
        let cents = a % 100
        var digits = Array(String(a / 100))
        var out: [Character] = []
        while digits.count > 3 {
            out.insert(contentsOf: digits.suffix(3), at: 0)
            out.insert(",", at: 0)
            digits.removeLast(3)
        }
        out.insert(contentsOf: digits, at: 0)
        return sign + String(out) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The figure in a unit, exact, as a table under `单位：万元` prints it: `57.66` for
    /// 576,600 元 in 万元, `20000.00` in 元.
    public func figure(in unit: Unit) -> String {
        if unit == .yuan { return plain }
        let a = fen.magnitude
        let per = UInt64(unit.fenPerUnit)
        var rest = String(a % per)
        rest = String(repeating: "0", count: unit.decimalPlaces - rest.count) + rest
        while rest.last == "0" { rest.removeLast() }
        return (fen < 0 ? "-" : "") + String(a / per) + (rest.isEmpty ? "" : "." + rest)
    }

    /// `57.66 万元` style for amounts of 10,000 元 and more; exact to the 分.
    public var inWan: String {
        let a = fen.magnitude
        let whole = a / 1_000_000
        var rest = String(a % 1_000_000)
        rest = String(repeating: "0", count: 6 - rest.count) + rest
        while rest.last == "0" { rest.removeLast() }
        return (fen < 0 ? "-" : "") + String(whole) + (rest.isEmpty ? "" : "." + rest) + " 万元"
    }
}

/// Why a piece of text is not an amount of money.
public enum MoneyParseError: Error, Equatable, Sendable {
    case empty
    case notANumber(String)
    case tooPrecise(String)
    case tooLarge(String)
}

extension Money {
    /// The unit an amount is written in. The one place that says how many 分 a unit is.
    public enum Unit: String, Sendable, CaseIterable {
        case yuan = "元"
        case wan = "万元"
        case yi = "亿元"

        /// 分 in one unit: 100 for 元, 1,000,000 for 万元.
        public var fenPerUnit: Int64 {
            switch self {
            case .yuan: 100
            case .wan: 1_000_000
            case .yi: 10_000_000_000
            }
        }

        /// Decimal places from the unit down to the 分: 2 for 元, 6 for 万元, 10 for 亿元.
        public var decimalPlaces: Int {
            var n = 0
            var f = fenPerUnit
            while f > 1 { f /= 10; n += 1 }
            return n
        }

        /// The unit a table or a cell names: `元`, `万元`, `万` (as printed in `854万`), `亿元`, `亿`.
        public init?(printed: String) {
            switch TextNormalization.withoutBlanks(printed) {
            case "元": self = .yuan
            case "万元", "万": self = .wan
            case "亿元", "亿": self = .yi
            default: return nil
            }
        }
    }

    /// Parses a budget cell: a plain number of 元 (`20000.00`, `0`) or an amount with
    /// its unit (`2万元`, `57.66 万元`, `296.528万元`). Strict: `1,234.5`, `12abc`, `-`
    /// and an empty cell are errors, never a guess. Table cells as published (thousands
    /// separators, `854万`, a doubled value) are read by `PrintedAmount`.
    public static func parse(_ text: String, defaultUnit: Unit = .yuan) throws(MoneyParseError) -> Money {
        try WrittenAmount.parse(text, defaultUnit: defaultUnit).money
    }
}

/// An amount as a person wrote it: the value, the unit and the precision the last written
/// digit carries (`13.33 万元` is 133,300 元 ± 50 元), so comparisons do not demand more
/// precision than the writer gave.
public struct WrittenAmount: Hashable, Sendable {
    public let money: Money
    public let unit: Money.Unit
    /// The value of one step in the last written digit: 0.01 万元 = 100 元 for `13.33 万元`.
    public let step: Money

    /// Parses `57.66 万元`, `2万元`, `20000.00`, `8 万元`, `1686300元`.
    public static func parse(_ text: String, defaultUnit: Money.Unit = .yuan) throws(MoneyParseError) -> WrittenAmount {
        let t = TextNormalization.trimmed(TextNormalization.halfWidth(text))
        guard !t.isEmpty else { throw .empty }
        var unit = defaultUnit
        var number = Substring(t)
        for candidate in [Money.Unit.wan, .yi, .yuan] where number.hasSuffix(candidate.rawValue) {
            unit = candidate
            number = number.dropLast(candidate.rawValue.count)
            break
        }
        let numberText = TextNormalization.trimmed(number)
        guard let d = DecimalText(numberText) else { throw .notANumber(text) }
        if let amount = amount(d, in: unit) { return amount }
        if d.scaled(by: unit.decimalPlaces) == nil && d.integerDigits.count <= 15 { throw .tooPrecise(text) }
        throw .tooLarge(text)
    }

    /// `d` of `unit` with the precision of its last digit; nil when it has more decimals
    /// than 分 or is too large to hold exactly.
    static func amount(_ d: DecimalText, in unit: Money.Unit) -> WrittenAmount? {
        guard let fen = d.scaled(by: unit.decimalPlaces), fen <= Int64(1) << 53 else { return nil }
        var stepFen = unit.fenPerUnit
        for _ in 0..<d.fractionDigits.count { stepFen /= 10 }
        return WrittenAmount(money: Money(fen: fen), unit: unit, step: Money(fen: max(stepFen, 1)))
    }

    /// `parse` of a text of ASCII digits with at most one point, in `unit`, read without
    /// the unit and blank handling the general case needs; nil for any other text, and for
    /// one `parse` refuses (so that its error is the one reported). For a text of digits
    /// and points, it is `try? parse(text + unit.rawValue)`.
    public static func plainFigure(_ text: String, unit: Money.Unit) -> WrittenAmount? {
        var points = 0
        guard !text.isEmpty, text.utf8.allSatisfy({ b in
            if b == 0x2E { points += 1; return true }
            return b >= 0x30 && b <= 0x39
        }), points <= 1, let d = DecimalText(text) else { return nil }
        return amount(d, in: unit)
    }

    /// Whether `other` rounds to this amount at the precision it was written with:
    /// `13.33 万元` agrees with 133,306 元; `57.66 万元` does not agree with 80,000 元.
    public func agrees(with other: Money) -> Bool {
        let diff = (money.fen - other.fen).magnitude
        return diff * 2 <= step.fen.magnitude
    }
}

extension Money: Codable {
    /// Encoded as the plain 元 string (`"20000.00"`): exact, and readable in a diff.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        do {
            self = try Money.parse(s)
        } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "不是有效金额：\(s)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(plain)
    }
}

extension MoneyParseError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .empty: "金额为空"
        case .notANumber(let t): "“\(t)”不是金额（应写作 20000.00、20,000.00 或 2万元 这样的数字，不含其他文字）"
        case .tooPrecise(let t): "“\(t)”精确到分以下，无法表示"
        case .tooLarge(let t): "“\(t)”数额过大"
        }
    }
}

/// An amount a table may leave unprinted (a project's or a department's 预算数): shown as a
/// dash in a column and said as 表中未填 in a sentence, never as 0.00 — that would read as
/// a unit asking for nothing.
extension Optional where Wrapped == Money {
    /// `9,096,580.00`, or `—` when not printed.
    public var groupedOrDash: String { map(\.grouped) ?? "—" }
    /// `9,096,580.00 元`, or `表中未填`.
    public var yuanOrUnstated: String { map { $0.grouped + " 元" } ?? "表中未填" }
}
