import Testing
import JixiaoModel
@testable import JixiaoRules

/// `ValueVsDescription.statedPercent` asks a description's bytes for a percent sign before
/// its Characters: the bytes must be there whenever the Characters hold one.
@Suite struct ValueVsDescriptionBytesTests {
    func byCharacters(_ t: String) -> Bool { t.contains(where: { $0 == "%" || $0 == "％" }) }

    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    @Test func percentSignByBytesWheneverByCharacters() {
        for t in ["", "%", "％", "90%(计划标准)", "成活比例达到98％", "无", "%\u{301}", "％\u{301}", "\u{301}%", "e\u{301}%", "\r\n%",
                  "%\r\n", "\u{FE6A}", "\u{2030}", "﹪", "9０％", "百分之九十"] {
            #expect(!byCharacters(t) || ValueVsDescription.mayHavePercentSign(t), "\(hex(t))")
            #expect(ValueVsDescription.mayHavePercentSign(t) == (t.unicodeScalars.contains("%") || t.unicodeScalars.contains("％")), "\(hex(t))")
        }
        // Every scalar of the first three planes beside, before and after the signs.
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let one = String(Character(s))
            for t in [one, one + "%", "%" + one, one + "％", "％" + one, "9" + one + "0"] {
                if byCharacters(t) { #expect(ValueVsDescription.mayHavePercentSign(t), "\(hex(t))") }
            }
        }
        #expect(ValueVsDescription.statedPercent("养护苗木成活比例达到98%")?.value == 9800)
        #expect(ValueVsDescription.statedPercent("养护苗木成活比例达到百分之九十八")?.value == 9800)
        #expect(ValueVsDescription.statedPercent("养护苗木成活比例达到九成") == nil)
    }

    /// `mayHaveFigure`'s scalars are the numerals `TargetValue.isChineseNumeralCharacter`
    /// knows and the full-width digits, every one of them: over the first three planes, a
    /// scalar is in `numeralBits` exactly when it is one of those (none lies beyond U+FFFF).
    @Test func figureScalarsAreTheNumerals() {
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let numeral = TargetValue.isChineseNumeralCharacter(Character(s)) || (0xFF10...0xFF19).contains(v)
            let inBits = v < 0x1_0000 && ValueVsDescription.numeralBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
            #expect(inBits == numeral, "\(hex(String(s)))")
            let one = String(Character(s))
            #expect(ValueVsDescription.mayHaveFigure("达到" + one + "项") == (numeral || (0x30...0x39).contains(v)), "\(hex(one))")
        }
        #expect(!ValueVsDescription.mayHaveFigure("培训人数"))
        #expect(ValueVsDescription.mayHaveFigure("培训3人次") && ValueVsDescription.mayHaveFigure("百分之九十"))
        #expect(ValueVsDescription.stated("培训人数", countUnit: "人") == nil)
    }

    /// `百分之` and a count unit: whenever the Characters state a target, the bytes let the
    /// description through — over compatibility ideographs (U+2F8EF is 次 canonically),
    /// full-width forms, combining marks, CR LF, and every scalar of the first three planes.
    @Test func wordsByBytesWheneverByCharacters() {
        func check(_ t: String, _ unit: String?) {
            if ValueVsDescription.statedByCharacters(t, countUnit: unit) != nil {
                #expect(ValueVsDescription.mayStateTarget(t, countUnit: unit), "\(hex(t)) \(unit ?? "")")
                #expect(ValueVsDescription.mayHaveFigure(t), "\(hex(t)) \(unit ?? "")")
            }
        }
        for t in ["", "三次", "三\u{2F8EF}", "百分之九十", "百分之九十\u{301}", "百\u{301}分之九十", "三项\u{301}", "三\r\n项",
                  "三ｋｍ", "３项", "三人次", "九十\u{FE6A}", "百分之百"] {
            for unit in [nil, "项", "次", "人"] { check(t, unit) }
        }
        #expect(ValueVsDescription.statedByCharacters("三\u{2F8EF}", countUnit: "次") == nil)
        // A unit with Latin letters (`km`, which `ｋｍ` spells in other bytes) is not compared.
        #expect(TargetValue("≥3km").quantity.flatMap(ValueVsDescription.countUnit) == nil)
        #expect(TargetValue("≥3项").quantity.flatMap(ValueVsDescription.countUnit) == "项")
        #expect(ValueVsDescription.statedByCharacters("三次", countUnit: "次")?.value == 300)
        // Digits are single ASCII Characters (not CR LF, not a digit with a mark on it); 百分之
        // begins with the scalar 百 alone.
        #expect(ValueVsDescription.statedByCharacters("达到\r\n90%", countUnit: nil)?.value == 9000)
        #expect(ValueVsDescription.statedByCharacters("达到9\u{301}0%", countUnit: nil)?.value == 0)
        #expect(ValueVsDescription.statedByCharacters("达到百分之95", countUnit: nil)?.value == 9500)
        #expect(ValueVsDescription.statedByCharacters("达到百\u{301}分之95", countUnit: nil) == nil)
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let one = String(Character(s))
            for t in ["三" + one, one + "项", "百分" + one + "九十"] {
                check(t, "项")
            }
            check(one + "%", nil)
        }
    }
}
