import JixiaoTestSupport
import Testing
@testable import JixiaoModel

/// `YearMentions.find` passes over a text whose bytes have no 年 (`mayHaveNian`) and reads
/// the rest with `TextNormalization.characters`: it must find what reading every text's
/// Characters (`Array`) finds.
@Suite struct YearMentionsBytesTests {
    /// `find` as it was: every text broken into Characters (`Array`), then read.
    func byCharacters(_ text: String) -> [(year: Int, at: Int)] {
        YearMentions.find(in: Array(TextNormalization.halfWidth(text)))
    }

    func same(_ t: String) -> Bool {
        let fast = YearMentions.find(in: t), slow = byCharacters(t)
        return fast.count == slow.count && zip(fast, slow).allSatisfy { $0.year == $1.year && $0.at == $1.at }
    }

    @Test func onlyTwoScalarsAreCharactersEqualToNian() {
        // What `mayHaveNian` relies on: U+5E74 and its compatibility ideograph U+F98E.
        ScalarSample.forEach(dense: [0xF900...0xFAFF, 0x2F800...0x2FA1F], step: 3) { s in
            if Character(s) == "年" { #expect(s.value == 0x5E74 || s.value == 0xF98E, "U+\(String(s.value, radix: 16))") }
        }
        #expect(Character("\u{F98E}") == "年")
    }

    @Test func everyScalarInTextFindsWhatCharactersFind() {
        ScalarSample.forEach(dense: [0xF900...0xFAFF, 0xFF00...0xFFFF], step: 5) { s in
            let one = String(Character(s))
            for t in ["2023" + one, "2023 " + one + "底前", one + "2024年", "2023年" + one + "12月", "2023" + one + "年", "\u{FF12}\u{FF10}\u{FF12}\u{FF13}" + one,
                      "截至2026" + one + "年12月底"] {
                #expect(same(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in ["", "年", "2023", "2023年", "2023 年度", "2023\u{3000}年", "２０２２年", "2023\u{F98E}", "2023年\u{301}", "2023\u{301}年",
                  "12023年", "2023年4月-2024年2月", "1989年", "2101年", "2100年", "a\r\n2023年", "20232024年", "2022年12月底前", "≤1年",
                  "2023\r\n年", "😀2023年", "完成时间2023年11月底前，2024年验收"] {
            #expect(same(t), "\(t)")
        }
    }
}
