import JixiaoTestSupport
import Testing
@testable import JixiaoModel

/// `TextNormalization.hasPrefix` answers by bytes only where Characters would: it must say
/// what `String.hasPrefix` says for every text.
@Suite struct HasPrefixTests {
    let prefixes = ["", "单位", "项目编码", "注", "a", "金额单位:", "e", "豈", "（", "1"]
    let texts = ["", "单位", "单位：元", "单位\u{301}：元", "单", "项目编码 13030621", "项目编", "注：本表", "注\u{20DD}",
                 "ab", "a\u{301}b", "e\u{301}", "é", "\u{F900}外", "豈外", "金额单位:万元", "金额单位:\u{301}", "（一）", "1\r\n",
                 "单位\r\n", "单位😀", "单位\u{200D}", "单位\u{E0100}", "单位\u{3099}", "\u{FF11}", "1、", "单位\u{FF1A}"]

    @Test func saysWhatStringHasPrefixSays() {
        for t in texts {
            for p in prefixes + ["单位\u{301}", "e\u{301}", "\u{F900}", "\r"] {
                #expect(TextNormalization.hasPrefix(t, p) == t.hasPrefix(p), "\(t.unicodeScalars.map { String($0.value, radix: 16) }) / \(p)")
            }
        }
    }

    @Test func everyScalarAfterAPrefixIsJudgedAsCharactersAre() {
        // The scalar that follows decides whether a Character ends with the prefix.
        ScalarSample.forEach { s in
            let v = s.value
            let t = "单位" + String(Character(s)) + "元"
            #expect(TextNormalization.hasPrefix(t, "单位") == t.hasPrefix("单位"), "U+\(String(v, radix: 16))")
            let a = "a" + String(Character(s))
            #expect(TextNormalization.hasPrefix(a, "a") == a.hasPrefix("a"), "U+\(String(v, radix: 16))")
        }
    }
}

/// `TextNormalization.characters` makes a text's Characters from its scalars only where
/// they are one each: it must give what `Array(text)` gives for every text.
@Suite struct CharactersTests {
    func same(_ t: String) -> Bool {
        let fast = TextNormalization.characters(t), slow = Array(t)
        return fast.count == slow.count && zip(fast, slow).allSatisfy { a, b in a.unicodeScalars.elementsEqual(b.unicodeScalars) }
    }

    @Test func everyScalarInTextGivesTheCharactersArrayGives() {
        ScalarSample.forEach(dense: [0xFF00...0xFFFF], step: 5) { s in
            let one = String(Character(s))
            for t in ["1. 提高" + one + "效益", one + "\u{301}", "目标" + one, one] {
                #expect(same(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in ["", "1. 提高财政资金使用效益。2. 保证设备运转", "a\r\nb", "语\u{302A}", "语\u{302F}音", "１２．５％", "😀👍🏽", "e\u{301}\u{302}", "“目标”——≥95%", "a\u{AD}b", "℃\u{301}", "①\u{20DD}", "·\u{200D}·"] {
            #expect(same(t))
        }
    }
}
