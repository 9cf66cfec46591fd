import Testing
@testable import JixiaoModel

/// `TextNormalization.halfWidth` works on UTF-8 bytes: it must say what folding each
/// scalar says.
@Suite struct HalfWidthTests {
    /// The scalar-by-scalar definition: U+FF01…U+FF5E less 0xFEE0, U+3000 a space.
    static func byScalars(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        return String(scalars)
    }

    @Test func everyScalarNearTheRangesFoldsAsItsDefinitionSays() {
        // Both ends of each range and their neighbours, and the scalars sharing their lead bytes.
        let values: [UInt32] = Array(0x2FF0...0x3010) + Array(0xFEF0...0xFFFF) + [0x20, 0x41, 0x7E, 0x4E2D, 0xF900, 0x1F600]
        for v in values {
            guard let s = Unicode.Scalar(v) else { continue }
            let alone = String(Character(s))
            #expect(TextNormalization.halfWidth(alone).unicodeScalars.elementsEqual(Self.byScalars(alone).unicodeScalars), "U+\(String(v, radix: 16))")
            let inText = "预算：" + alone + "１２．５％\u{3000}" + alone
            #expect(TextNormalization.halfWidth(inText).unicodeScalars.elementsEqual(Self.byScalars(inText).unicodeScalars), "U+\(String(v, radix: 16))")
        }
        #expect(TextNormalization.halfWidth("１２．５％") == "12.5%")
        #expect(TextNormalization.halfWidth("") == "")
        #expect(TextNormalization.halfWidth("\u{FF5E}") == "~")
        #expect(TextNormalization.halfWidth("ab\u{3000}") == "ab ")
    }

    @Test func textWithoutFullWidthFormsIsReturnedAsItIs() {
        for text in ["一级指标", "≥95%", "e\u{301}", "单位：元".replacingOccurrences(of: "：", with: ":")] {
            #expect(TextNormalization.halfWidth(text).utf8.elementsEqual(text.utf8))
        }
    }
}
