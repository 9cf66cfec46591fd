/// A non-negative decimal number as written: digits, optionally a point and more digits.
/// Parsing is strict — the whole string must be the number — because Foundation's
/// `Decimal(string:)` reads "1,234.5" as 1 and "12abc" as 12.
public struct DecimalText: Hashable, Sendable {
    /// Digits before the point, without leading zeros beyond one ("0", "57").
    public let integerDigits: String
    /// Digits after the point exactly as written ("66" in 57.66, "00" in 25.00).
    public let fractionDigits: String

    public init?(_ text: some StringProtocol) {
        var t = String(text)
        // ASCII digits and points only (nearly every figure): read by bytes, as the rest
        // would read it; anything else (full-width digits, other text) goes the long way.
        let fast: (DecimalText?, Bool) = t.withUTF8 { b in
            guard !b.isEmpty, b.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return (nil, false) }
            let point = b.firstIndex(of: 0x2E)
            let intEnd = point ?? b.count
            guard intEnd > 0 else { return (nil, true) }
            if let point {
                guard point + 1 < b.count, !b[(point + 1)...].contains(0x2E) else { return (nil, true) }
            }
            var start = 0
            while start < intEnd - 1 && b[start] == 0x30 { start += 1 }   // "000" is "0"
            let integer = String(decoding: b[start..<intEnd], as: UTF8.self)
            let fraction = point.map { String(decoding: b[($0 + 1)...], as: UTF8.self) } ?? ""
            return (DecimalText(integerDigits: integer, fractionDigits: fraction), true)
        }
        if fast.1 {
            guard let d = fast.0 else { return nil }
            self = d
            return
        }
        t = TextNormalization.halfWidth(t)
        guard !t.isEmpty else { return nil }
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = parts[0]
        let fracPart = parts.count == 2 ? parts[1] : ""
        guard !intPart.isEmpty, intPart.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2 {
            guard !fracPart.isEmpty, fracPart.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        let stripped = intPart.drop(while: { $0 == "0" })
        integerDigits = stripped.isEmpty ? "0" : String(stripped)
        fractionDigits = String(fracPart)
    }

    init(integerDigits: String, fractionDigits: String) {
        self.integerDigits = integerDigits
        self.fractionDigits = fractionDigits
    }

    /// The value scaled by 10^scale, when it is a whole number that fits in Int64:
    /// `57.66` at scale 2 is 5766; `57.666` at scale 2 is nil (not representable).
    public func scaled(by scale: Int) -> Int64? {
        // By the digits' bytes, when both are ASCII digits (as `init` reads them): the integer
        // `scaledByText` parses, nil where that overflows Int64 as parsing it does. Every
        // amount read and checked is scaled, and building a String to parse was most of it.
        var integer = integerDigits, fraction = fractionDigits
        let read: (value: Int64?, byText: Bool) = integer.withUTF8 { i in
            fraction.withUTF8 { f in
                guard scale >= 0, i.allSatisfy(Self.isDigit), f.allSatisfy(Self.isDigit) else { return (nil, true) }
                var n = f.count
                // Trailing zeros beyond the scale carry no value ("20000.000" is fine).
                while n > scale, f[n - 1] == 0x30 { n -= 1 }
                guard n <= scale, i.count + scale > 0 else { return (nil, false) }
                var v: Int64 = 0
                @inline(__always) func push(_ digit: UInt8) -> Bool {
                    let (times, o1) = v.multipliedReportingOverflow(by: 10)
                    let (plus, o2) = times.addingReportingOverflow(Int64(digit &- 0x30))
                    v = plus
                    return !o1 && !o2
                }
                for b in i { guard push(b) else { return (nil, false) } }
                for k in 0..<scale { guard push(k < n ? f[k] : 0x30) else { return (nil, false) } }
                return (v, false)
            }
        }
        return read.byText ? scaledByText(by: scale) : read.value
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `scaled(by:)` by Strings: the definition its byte path must agree with (tested).
    func scaledByText(by scale: Int) -> Int64? {
        var frac = fractionDigits
        // Trailing zeros beyond the scale carry no value ("20000.000" is fine).
        while frac.count > scale, frac.last == "0" { frac.removeLast() }
        guard frac.count <= scale else { return nil }
        frac += String(repeating: "0", count: scale - frac.count)
        guard let whole = Int64(integerDigits + frac) else { return nil }
        return whole
    }

    /// A double, for comparisons and charts only (never for money).
    public var doubleValue: Double {
        // The digits as one integer m over 10^k (k fraction digits): when m is at most 2^53
        // and k at most 22, both are exact doubles and their quotient is the correctly
        // rounded value of the decimal, which is what parsing the text gives
        // (`doubleValueByText`); any other figure is parsed.
        var integer = integerDigits, fraction = fractionDigits
        let fast: Double? = integer.withUTF8 { i in
            fraction.withUTF8 { f in
                guard !i.isEmpty, f.count <= 22, i.count + f.count <= 16,
                      i.allSatisfy(Self.isDigit), f.allSatisfy(Self.isDigit) else { return nil }
                var m: Int64 = 0
                for b in i { m = m * 10 + Int64(b &- 0x30) }
                for b in f { m = m * 10 + Int64(b &- 0x30) }
                guard m <= 1 << 53 else { return nil }
                return f.isEmpty ? Double(m) : Double(m) / Self.powersOfTen[f.count]
            }
        }
        return fast ?? doubleValueByText
    }

    /// 10^0 … 10^22, each an exact double.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// `doubleValue` by parsing the text: the definition (tested).
    var doubleValueByText: Double {
        Double(integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)) ?? 0
    }

    /// The canonical spelling: "57.66", "95", "25.00".
    public var text: String {
        fractionDigits.isEmpty ? integerDigits : integerDigits + "." + fractionDigits
    }
}
