import Testing
@testable import JixiaoText

/// The reader's byte and scalar shortcuts must say what their definitions by Characters
/// (or by scalars) say, for every scalar in every place that matters.
@Suite struct ReaderBytesTests {
    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    func sameLeadingNumber(_ t: String) {
        let fast = TableStarts.leadingNumber(t), slow = TableStarts.leadingNumberOfCharacters(t)
        #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1 && fast?.1.unicodeScalars.elementsEqual(slow?.1.unicodeScalars ?? "".unicodeScalars[...]) ?? (slow == nil),
                "\(hex(t))")
    }

    @Test func leadingNumberByScalarsSaysWhatCharactersSay() {
        let texts = ["", "1.某项目绩效目标表", "12、某项目", "１２．某项目", "一、总体", "十二、某", "二十三、某", "九十九、某", "一.某", "(3)某",
                     "（三）某", "(12)某", "(123456)某", "1.5万元", "123456789.某", "1234567890.某", "1\u{301}.某", "1.\u{301}某",
                     "(\u{301}3)某", "1\r\n.某", "1", "(", "（", "(1", "1、", "一二三四五六七八九十一、某", "3．某", "3 .某", "3\u{3000}、某"]
        for t in texts { sameLeadingNumber(t) }
        var v: UInt32 = 0
        while v < 0x3_0000 {
            if let s = Unicode.Scalar(v) {
                let one = String(Character(s))
                for t in ["1" + one + "某项目", "1." + one + "某", "(" + one + ")某", "(1" + one + "某", "一" + one + "、某",
                          "12345678901" + one + "某", "123456789012" + one + "某", "(1)" + one, "1、" + one] {
                    sameLeadingNumber(t)
                }
            }
            v += v < 0x3400 || (0xFF00...0xFFFF).contains(v) ? 1 : 7
        }
    }

    @Test func unitWordByBytesSaysWhatScalarsSay() {
        let texts = ["", "单位：元", " 单位:元", "（单位：万元）", "( 金额单位:元)", "\u{3000}\u{00A0}\t资金单位", "((单位", "单",
                     "位单", "(", "（", "\u{00A0}", "e\u{301}单位", "单\u{301}位"]
        for t in texts { #expect(UnitLine.mayBeginWithUnitWord(t) == UnitLine.mayBeginWithUnitWordByScalars(t), "\(hex(t))") }
        var v: UInt32 = 0
        while v < 0x3_0000 {
            if let s = Unicode.Scalar(v) {
                let one = String(Character(s))
                for t in [one + "单位", "(" + one + "金", one, " " + one, "（" + one] {
                    #expect(UnitLine.mayBeginWithUnitWord(t) == UnitLine.mayBeginWithUnitWordByScalars(t), "\(hex(t))")
                }
            }
            v += v < 0x3400 || (0xFF00...0xFFFF).contains(v) ? 1 : 7
        }
    }
}
