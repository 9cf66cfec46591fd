import Testing
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
        #expect(ValueVsDescription.statedPercent("养护苗木成活比例达到九成") == nil)
    }
}
