import JixiaoModel
import Testing

/// `SameBytes` (eight bytes at a time, and a String's bit pattern where it answers) against
/// comparing the UTF-8 byte by byte.
@Suite struct SameBytesTests {
    /// Lengths on both sides of eight and sixteen, texts equal but for one byte at the start,
    /// middle or end, canonically equal texts of other bytes, CR LF, compatibility
    /// ideographs, full-width forms, emoji and the empty text.
    static let texts = ["", " ", "a", "\r\n", "a\r\nb", "a\nb", "e\u{301}", "é", "\u{F900}", "\u{8C48}", "１２３", "😀👍🏽",
                        "\u{3000}", "\u{00A0}", "保洁", "保洁经", "保洁经费", "保洁经费运行维护费", "保洁经费运行维护费用",
                        "12345678", "123456789", "12345678x", "1234567812345678", "1234567812345679", "0234567812345678",
                        "1234567x12345678", "ＡＢ１２", "AB12", "产出指标", "产出指", "效益指标", "服务对象满意度指标",
                        "服务对象满意度指示", "数量指标数量指标数量指标", String(repeating: "满意度", count: 9)]

    /// The same bytes held in a native storage (reserved), not a small string.
    static func native(_ t: String) -> String {
        var s = String()
        s.reserveCapacity(64)
        s.append(t)
        return s
    }

    @Test func stringsAreEqualExactlyWhenTheirBytesAre() {
        for a in Self.texts {
            let copy = String(decoding: Array(a.utf8), as: UTF8.self)
            #expect(SameBytes.equal(a, a) && SameBytes.equal(a, copy) && SameBytes.equal(copy, a))
            #expect(!SameBytes.equal(a, a + "a"))
            for b in Self.texts {
                let same = Array(a.utf8) == Array(b.utf8)
                for (x, y) in [(a, b), (Self.native(a), b), (a, Self.native(b)), (Self.native(a), Self.native(b))] {
                    #expect(SameBytes.equal(x, y) == same, "\(a) \(b)")
                }
                #expect(SameBytes.equal(a, Array(b.utf8)) == same, "\(a) \(b)")
            }
        }
    }

    @Test func buffersAreEqualAndPrefixedExactlyWhenTheirBytesAre() {
        for a in Self.texts {
            for b in Self.texts {
                let x = Array(a.utf8), y = Array(b.utf8)
                x.withUnsafeBufferPointer { p in
                    y.withUnsafeBufferPointer { q in
                        #expect(SameBytes.equal(p, q) == (x == y), "\(a) \(b)")
                        #expect(SameBytes.hasPrefix(p, q) == x.starts(with: y), "\(a) \(b)")
                    }
                }
            }
        }
    }
}
