import Testing
@testable import JixiaoModel

/// `withBorrowedUTF8` against `withUTF8` of a copy, the definition it replaces: small and
/// large Strings, native and made from a Substring or by appending, ASCII and not.
@Suite struct BorrowedUTF8Tests {
    static let texts: [String] = {
        var grown = "培训"
        for _ in 0..<20 { grown += "人次" }
        let long = String(repeating: "指标值确定依据", count: 10)
        return ["", "a", "≥95%", "abcdefghijklmno", "abcdefghijklmnop", "满意度", "社会公众满意度≥95%", "e\u{301}", "😀👍🏽", "\r\n",
                grown, long, String(long.dropFirst(3)), String(Substring(long).prefix(7)), String(decoding: [0x41, 0xE4, 0xB8, 0xAD], as: UTF8.self)]
    }()

    @Test func borrowedBytesAreTheCopysBytes() {
        for t in Self.texts {
            var copy = t
            let expected = copy.withUTF8 { Array($0) }
            #expect(t.withBorrowedUTF8 { Array($0) } == expected, "\(t)")
            #expect(t.withBorrowedUTF8 { Array($0) } == Array(t.utf8), "\(t)")
        }
    }

    @Test func containsReadsTheSameBytes() {
        for t in Self.texts {
            for w in Self.texts where !w.isEmpty {
                #expect(TextNormalization.contains(t, w) == Self.byteContains(Array(t.utf8), Array(w.utf8)),
                        "\(t) / \(w)")
            }
        }
    }

    static func byteContains(_ t: [UInt8], _ w: [UInt8]) -> Bool {
        guard w.count <= t.count else { return false }
        return (0...(t.count - w.count)).contains { Array(t[$0..<$0 + w.count]) == w }
    }
}
