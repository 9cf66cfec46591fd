import JixiaoModel
import Testing
@testable import JixiaoRules

@Suite struct SayTests {
    /// `Say.money` writes its digits itself: what `grouped` and the unit give, on every
    /// number of digits (each side of a group of three), negative amounts and both ends of
    /// the range.
    @Test func moneyIsGroupedWithTheUnit() {
        var amounts: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 99_999, 100_000, 100_001, 123_456_789, 100_000_000,
                                999_999_999_999, .max, .min, .min + 1]
        var p: Int64 = 1
        for _ in 0..<18 {
            p *= 10
            amounts += [p - 1, p, p + 1, p + 7]
        }
        for k in 0..<63 { amounts += [Int64(1) << k, (Int64(1) << k) - 1] }
        for fen in amounts + amounts.compactMap({ $0 == .min ? nil : -$0 }) {
            let m = Money(fen: fen)
            let expected = m.grouped + " 元"
            #expect(Say.money(m) == expected && Array(Say.money(m).utf8) == Array(expected.utf8), "\(fen)")
        }
    }

    /// `Say.wan` is `inWan` without its space, as the rules took it (by scalars and by
    /// `replacing`), over every number of decimals, both signs and both ends of the range.
    @Test func wanIsInWanWithoutTheSpace() {
        var amounts: [Int64] = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, 1_000_001, 1_010_000, 1_200_000, 133_300_000,
                                576_600, 650_000_00, .max, .min + 1]
        var p: Int64 = 1
        for _ in 0..<18 {
            p *= 10
            amounts += [p - 1, p, p + 1, p + 7, p * 3 + 50]
        }
        for k in 0..<63 { amounts += [Int64(1) << k, (Int64(1) << k) - 1] }
        for fen in amounts + amounts.compactMap({ $0 == .min ? nil : -$0 }) {
            let m = Money(fen: fen)
            let byScalars = String(String.UnicodeScalarView(m.inWan.unicodeScalars.filter { $0 != " " }))
            #expect(Array(Say.wan(m).utf8) == Array(byScalars.utf8), "\(fen)")
            #expect(Say.wan(m) == m.inWan.replacing(" ", with: ""), "\(fen)")
        }
    }

    /// `\(quoted: s)` writes what `Say.quote(s)` makes, and `\(label: k, i)` what
    /// `k.label(i)` makes (of the row and of its box), into the message: on blanks of every
    /// kind, empty cells, combining marks, CR LF and plain text, between literals.
    @Test func interpolatedQuotesAndLabelsAreTheStrings() {
        for s in RowReadingTests.texts + ["\t", "\u{00A0}", " \u{3000}\t", "“引号”", "a"] {
            #expect(Array("前\(quoted: s)后".utf8) == Array(("前" + Say.quote(s) + "后").utf8), "\(s)")
            #expect(Array("\(quoted: s)".utf8) == Array(Say.quote(s).utf8), "\(s)")
            for l2 in ["数量指标", "", "社会效益 指标"] {
                let i = RowReadingTests.row("产出指标", l2, name: s)
                let k = RowLabels(i), box = RowBox(row: 1, indicator: i)
                #expect(Array("\(label: k, i)的".utf8) == Array((k.label(i) + "的").utf8), "\(s) \(l2)")
                #expect(Array("\(label: k, box)".utf8) == Array(k.label(box).utf8), "\(s) \(l2)")
            }
        }
    }
}
