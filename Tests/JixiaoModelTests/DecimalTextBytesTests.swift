import Testing
@testable import JixiaoModel

/// `DecimalText` reads ASCII figures by bytes: it must read every text as the definition
/// by Characters does (kept here as the oracle).
@Suite struct DecimalTextBytesTests {
    func byCharacters(_ text: String) -> (String, String)? {
        let t = TextNormalization.halfWidth(text)
        guard !t.isEmpty else { return nil }
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = parts[0]
        let fracPart = parts.count == 2 ? parts[1] : ""
        guard !intPart.isEmpty, intPart.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2 { guard !fracPart.isEmpty, fracPart.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil } }
        let stripped = intPart.drop(while: { $0 == "0" })
        return (stripped.isEmpty ? "0" : String(stripped), String(fracPart))
    }

    @Test func everyShortTextOverDigitsPointsAndOthersReadsAsByCharacters() {
        let alphabet = ["0", "1", "9", ".", "a", "１", "．", " "]
        var texts = [""]
        var frontier = [""]
        for _ in 0..<5 {
            frontier = frontier.flatMap { t in alphabet.map { t + $0 } }
            texts += frontier
        }
        for t in texts + ["20000.00", "3309840.00", "0.5", "000", "007", "1.2.3", "5.", ".5", "12345678901234567890"] {
            let d = DecimalText(t)
            let expected = byCharacters(t)
            #expect(d.map { ($0.integerDigits, $0.fractionDigits) } == nil ? expected == nil : expected.map { $0 == (d!.integerDigits, d!.fractionDigits) } == true, "\(t)")
        }
        // A Substring is read as its String.
        #expect(DecimalText("x20.5".dropFirst())?.fractionDigits == "5")
    }
}

/// `WrittenAmount.plainFigure`, the short way `PrintedAmount.read` takes for `20000.00`:
/// whenever it answers, `WrittenAmount.parse` answers the same.
@Suite struct PlainFigureTests {
    @Test func answersAsParseDoesOrNotAtAll() {
        let alphabet = ["0", "5", "9", ".", "a", "万"]
        var texts = [""]
        var frontier = [""]
        for _ in 0..<5 {
            frontier = frontier.flatMap { t in alphabet.map { t + $0 } }
            texts += frontier
        }
        var answered = 0
        for t in texts + ["20000.00", "9007199254740993", "0.001", "12345678901234567"] {
            for unit in [Money.Unit.yuan, .wan, .yi] {
                guard let fast = WrittenAmount.plainFigure(t, unit: unit) else { continue }
                answered += 1
                #expect(fast == (try? WrittenAmount.parse(t + unit.rawValue, defaultUnit: unit)), "\(t) \(unit)")
                #expect(fast == (try? PrintedAmount.read(t, defaultUnit: unit))?.amount)
            }
        }
        #expect(answered > 1_000)
        #expect(WrittenAmount.plainFigure("0.001", unit: .yuan) == nil, "too precise: parse's error is reported")
        #expect(WrittenAmount.plainFigure("1,000", unit: .yuan) == nil)
    }

    /// For a text of digits and points (an amount `AmountMention` finds in prose), it
    /// answers exactly when `parse` does: nil is `parse`'s refusal.
    @Test func isParseForDigitsAndPoints() {
        let alphabet = ["0", "1", "5", "9", "."]
        var texts: [String] = []
        var frontier = [""]
        for _ in 0..<6 {
            frontier = frontier.flatMap { t in alphabet.map { t + $0 } }
            texts += frontier
        }
        var answered = 0
        for t in texts + ["20000.00", "9007199254740993", "0.001", "12345678901234567", "0000000000000000001.5"] {
            for unit in [Money.Unit.yuan, .wan, .yi] {
                let fast = WrittenAmount.plainFigure(t, unit: unit)
                if fast != nil { answered += 1 }
                #expect(fast == (try? WrittenAmount.parse(t + unit.rawValue)), "\(t) \(unit)")
            }
        }
        #expect(answered > 10_000)
    }
}

/// `DecimalText.scaled(by:)` and `doubleValue` by the digits' bytes, and `Money.plain` by
/// its digits: the same as their definitions by Strings, for every short figure and
/// figures near the limits (Int64's overflow, 2^53, 22 fraction digits).
@Suite struct FiguresByBytesTests {
    static var figures: [String] {
        let alphabet = ["0", "1", "5", "9", "."]
        var texts: [String] = []
        var frontier = [""]
        for _ in 0..<6 {
            frontier = frontier.flatMap { t in alphabet.map { t + $0 } }
            texts += frontier
        }
        return texts + ["20000.00", "3309840.00", "9223372036854775807", "9223372036854775808", "922337203685477.5807",
                        "92233720368547758.07", "9007199254740992", "9007199254740993", "900719925474099.3", "0.1", "0.3",
                        "123456789012345.6", "1.2345678901234567", "0.0000000000000000000001", "0.00000000000000000000001",
                        "1.0000000000000000000000", "4503599627370497.5", "99999999999999999999", "57.66", "13.33", "2279.048"]
    }

    @Test func scaledIsByText() {
        var compared = 0
        for t in Self.figures {
            guard let d = DecimalText(t) else { continue }
            for scale in 0...12 {
                #expect(d.scaled(by: scale) == d.scaledByText(by: scale), "\(t) by \(scale)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }

    @Test func doubleValueIsByText() {
        var compared = 0
        for t in Self.figures {
            guard let d = DecimalText(t) else { continue }
            #expect(d.doubleValue.bitPattern == d.doubleValueByText.bitPattern, "\(t)")
            compared += 1
        }
        var g = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let t = String(UInt64.random(in: 0...UInt64(1) << 54, using: &g)) + "." + String(UInt32.random(in: 0...99_999, using: &g))
            let d = DecimalText(t)!
            #expect(d.doubleValue.bitPattern == d.doubleValueByText.bitPattern, "\(t)")
            compared += 1
        }
        #expect(compared > 20_000)
    }

    @Test func moneyPlainIsByText() {
        var fens: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 123_456_789, -1, -99, -100, -123_456_789, .max, .min, .max - 1, .min + 1]
        for k in 0..<19 {
            var p: Int64 = 1
            for _ in 0..<k { p *= 10 }
            fens += [p, p - 1, p + 1, -p, -(p - 1)]
        }
        var g = SystemRandomNumberGenerator()
        for _ in 0..<5_000 { fens.append(Int64.random(in: .min ... .max, using: &g)); fens.append(Int64.random(in: -1_000_000...1_000_000, using: &g)) }
        for f in fens { #expect(Money(fen: f).plain == Money(fen: f).plainByText, "\(f)") }
    }
}
