import Testing
@testable import JixiaoModel

/// `contains`, `halfWidth` and `withoutBlanks` read eight bytes at a time: each must say
/// what its plain definition says at every offset, on text that shares bytes with what it
/// looks for (full-width forms, the ideographic space, NBSP, tabs, CJK, combining marks,
/// emoji, control bytes next to the bytes looked for, empty text).
@Suite struct TextNormalizationWordsTests {
    static let pieces = ["中", "怀", "一", "、", "，", "Ａ", "～", "｟", "\u{FF00}", "\u{3000}", "\u{00A0}", "à", "\t", " ",
                         "a", "e\u{301}", "😀", "\u{1}", "\u{0}", "€", "资金", "１２．５％", "\u{3001}", "\u{303F}", "\u{E3}"]

    static func texts(count: Int, seed: UInt64, longest: Int) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % longest)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    /// A byte-by-byte substring search: what `contains` has always meant.
    static func byteSearch(_ t: String, _ w: String) -> Bool {
        let t = Array(t.utf8), w = Array(w.utf8)
        guard !w.isEmpty else { return true }
        guard w.count <= t.count else { return false }
        return (0...(t.count - w.count)).contains { i in t[i..<i + w.count].elementsEqual(w) }
    }

    static func withoutBlanksByScalars(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { ![" ", "\u{3000}", "\u{00A0}", "\t"].contains($0) }))
    }

    @Test func containsIsByteSearchAtEveryOffset() {
        let texts = Self.texts(count: 300, seed: 17, longest: 30) + [""]
        var words = Self.texts(count: 80, seed: 23, longest: 4) + ["", "\u{1}", "\u{0}\u{1}", "中中", "a", "\u{3000}", "怀一"]
        words += Self.pieces
        for t in texts {
            for w in words {
                #expect(TextNormalization.contains(t, w) == Self.byteSearch(t, w), "\(t.debugDescription) / \(w.debugDescription)")
            }
        }
        // The word at each offset of a long text, alone and next to what shares its bytes.
        for w in ["中", "资金", "a", "\u{3000}", "😀", "e\u{301}", "Ａ～"] {
            for k in 0..<24 {
                let before = String(repeating: "\u{1}", count: k % 3) + String(repeating: "怀", count: k)
                #expect(TextNormalization.contains(before + w + "一一一一一一一一", w))
                #expect(TextNormalization.contains("一一一一一一一一" + before + w, w))
                #expect(!TextNormalization.contains(before + "一一一一一一一一", w))
            }
        }
    }

    @Test func halfWidthFoldsAsItsDefinitionSays() {
        for t in Self.texts(count: 600, seed: 29, longest: 30) + ["", "ａ", "\u{3000}", "\u{FF5E}\u{FF5F}", "\u{EF}"] {
            let folded = TextNormalization.halfWidth(t)
            #expect(folded.utf8.elementsEqual(HalfWidthTests.byScalars(t).utf8), "\(t.debugDescription)")
        }
        for k in 0..<20 {
            let pad = String(repeating: "a", count: k)
            #expect(TextNormalization.halfWidth(pad + "１" + pad + "\u{3000}") == pad + "1" + pad + " ")
            #expect(TextNormalization.halfWidth(pad + "怀一、。" + pad) == pad + "怀一、。" + pad)
        }
    }

    @Test func withoutBlanksLeavesOutTheBlanksAsItsDefinitionSays() {
        for t in Self.texts(count: 600, seed: 31, longest: 30) + ["", " ", "\u{3000}\u{3000}", "\u{00A0}", "\t a \t"] {
            #expect(TextNormalization.withoutBlanks(t).utf8.elementsEqual(Self.withoutBlanksByScalars(t).utf8), "\(t.debugDescription)")
            #expect(TextNormalization.withoutBlanks(Substring(t)).utf8.elementsEqual(Self.withoutBlanksByScalars(t).utf8))
            #expect(TextNormalization.hasBlank(t) == !Self.withoutBlanksByScalars(t).utf8.elementsEqual(t.utf8), "\(t.debugDescription)")
        }
        for blank in [" ", "\u{3000}", "\u{00A0}", "\t"] {
            for k in 0..<20 {
                let pad = String(repeating: "怀", count: k / 2) + String(repeating: "à", count: k % 2)
                #expect(TextNormalization.withoutBlanks(pad + blank + "一" + blank + pad) == pad + "一" + pad)
            }
        }
    }
}
