import Testing
@testable import JixiaoModel

/// The byte-level searches the rules rely on, against the obvious definitions.
@Suite struct TextNormalizationTests {
    /// Texts built from a few characters that share UTF-8 bytes (有/月/用 share lead
    /// bytes, the blanks share continuation bytes), so every shortcut of the search is taken.
    static let pieces = ["有", "月", "用", "资金", "金", "a", " ", "\u{3000}", "\u{00A0}", "，", "万元", "元", "\t", "€"]

    /// Up to `longest` pieces each: long texts take the Horspool path, short ones not.
    static func texts(count: Int, seed: UInt64, longest: Int = 12) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % longest)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func containsIsSubstringSearch() {
        let texts = Self.texts(count: 400, seed: 7, longest: 60)
        let words = Self.texts(count: 60, seed: 11, longest: 6) + ["有用", "金万", "元元", "a", "有月用资金"]
        for t in texts {
            for w in words {
                let expected = w.isEmpty || Array(t.utf8).indices.contains { i in
                    Array(t.utf8).dropFirst(i).starts(with: Array(w.utf8))
                }
                #expect(TextNormalization.contains(t, w) == expected, "\(t) / \(w)")
            }
        }
    }

    @Test func blanksAreFound() {
        for t in Self.texts(count: 400, seed: 3) {
            let expected = t.unicodeScalars.contains { [" ", "\u{3000}", "\u{00A0}", "\t"].contains($0) }
            #expect(TextNormalization.hasBlank(t) == expected, "\(t)")
            #expect(TextNormalization.withoutBlanks(t) == String(String.UnicodeScalarView(t.unicodeScalars.filter {
                ![" ", "\u{3000}", "\u{00A0}", "\t"].contains($0)
            })))
        }
    }

    /// `hasBlank` passes eight bytes at a time over words without the bytes blanks end
    /// with: long texts, with characters that end in those bytes but are not blanks (怀 is
    /// E6 80 80, 一 E4 B8 80, à C3 A0), and blanks at every offset of a word.
    @Test func blanksAreFoundEightBytesAtATime() {
        let pieces = ["怀", "一", "à", "a", "资金", " ", "\u{3000}", "\u{00A0}", "\t", "ab", "。"]
        var state: UInt64 = 5
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<2000 {
            // Mostly without blanks, so the word path is what answers.
            let t = (0..<(next() % 30)).map { _ in pieces[next() % (next() % 4 == 0 ? pieces.count : 5)] }.joined()
            let expected = t.unicodeScalars.contains { [" ", "\u{3000}", "\u{00A0}", "\t"].contains($0) }
            #expect(TextNormalization.hasBlank(t) == expected, "\(t)")
        }
        for blank in [" ", "\u{3000}", "\u{00A0}", "\t"] {
            for k in 0..<20 {
                #expect(TextNormalization.hasBlank(String(repeating: "a", count: k) + blank + "怀一à资金"))
                #expect(!TextNormalization.hasBlank(String(repeating: "a", count: k) + "怀一à资金怀一à"))
            }
        }
    }
}
