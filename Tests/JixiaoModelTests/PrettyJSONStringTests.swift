import Foundation
import JixiaoModel
import JixiaoTestSupport
import Testing

/// `PrettyJSONWriter.string` scans a string's bytes (a CJK lead byte skips its character
/// whole); what it writes must be what `JSONEncoder` writes of the string, and, `safe`,
/// that made safe for a terminal by `InvisibleCharacters.jsonEscaped` — for every scalar,
/// next to the characters the scan treats apart.
@Suite struct PrettyJSONStringTests {
    static func encoderBytes(_ s: String) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // A string alone is a fragment the encoder writes as it is.
        return Array(try! e.encode(s))
    }

    func expectSame(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = Self.encoderBytes(s)
        var plain = PrettyJSONWriter()
        plain.string(s)
        let samePlain = plain.bytes == expected
        #expect(samePlain, "plain: \(s.unicodeScalars.prefix(8).map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        var safe = PrettyJSONWriter(safe: true)
        safe.string(s)
        let sameSafe = safe.bytes == InvisibleCharacters.jsonEscaped(expected)
        #expect(sameSafe, "safe: \(s.unicodeScalars.prefix(8).map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func everySampledScalarBetweenTheOthers() {
        var chunk = String.UnicodeScalarView()
        var k = 0
        ScalarSample.forEach(dense: [0x4E00...0x4FFF, 0x9F00...0xA0FF, 0xFF00...0xFFFF]) { s in
            chunk.append(s)
            chunk.append(contentsOf: ["a", "\"", "\\", "\n", "\u{7F}", "中", "“", "é\u{301}", "\u{F900}", "", "\r\n"][k % 11].unicodeScalars)
            k += 1
            if chunk.count > 2048 {
                expectSame(String(chunk))
                chunk = String.UnicodeScalarView()
            }
        }
        expectSame(String(chunk))
    }

    @Test func eachAwkwardStringAlone() {
        for v in Array(0...0x2FF) + Array(0x2000...0x206F) + [0x3000, 0x303F, 0x4E00, 0x9FFF, 0xA000, 0xFEFF, 0xFF01, 0xFFF9, 0xFFFD,
                                                              0xE0001, 0x1D173, 0x10FFFF] {
            guard let s = Unicode.Scalar(v) else { continue }
            expectSame(String(s))
            expectSame("中" + String(s) + "é\u{301}\u{F900}ＡＢ\r\n")
        }
        expectSame("")
        expectSame("资金用途写明每年需要经费20,000.00 元，与预算数 8,200.00 元 不一致")
    }
}

/// `PlainASCIIRun.skip` against the byte-at-a-time definition: it stops at the first
/// word of eight holding a byte outside 0x20–0x7E (or `"`, `\` for JSON), never past it.
@Suite struct PlainASCIIRunTests {
    static func oracle(_ bytes: [UInt8], from k: Int, json: Bool) -> Int {
        func plain(_ b: UInt8) -> Bool { b >= 0x20 && b <= 0x7E && !(json && (b == 0x22 || b == 0x5C)) }
        var k = k
        while k + 8 <= bytes.count, bytes[k..<k + 8].allSatisfy(plain) { k += 8 }
        return k
    }

    @Test func everyByteInEveryPlaceOfAWord() {
        for json in [false, true] {
            for v in 0...255 {
                for place in 0..<8 {
                    for length in [7, 8, 9, 16, 17, 24] {
                        var bytes = [UInt8](repeating: 0x41, count: length)
                        if place < length { bytes[place] = UInt8(v) }
                        // Also after a whole plain word, and at an odd offset.
                        let longer = Array("0123456789".utf8) + bytes
                        for (input, from) in [(bytes, 0), (longer, 0), (longer, 1), (longer, 2)] {
                            let got = input.withUnsafeBufferPointer { PlainASCIIRun.skip($0, from: from, json: json) }
                            #expect(got == Self.oracle(input, from: from, json: json), "byte \(v) at \(place), json \(json)")
                        }
                    }
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { PlainASCIIRun.skip($0, from: 0, json: true) } == 0)
    }

    static func oracleUnescaped(_ bytes: [UInt8], from k: Int) -> Int {
        func plain(_ b: UInt8) -> Bool { b >= 0x20 && b != 0x22 && b != 0x5C }
        var k = k
        while k + 8 <= bytes.count, bytes[k..<k + 8].allSatisfy(plain) { k += 8 }
        return k
    }

    /// `skipUnescaped`, which passes over DEL and every byte of 0x80 and above too: each
    /// byte in each place of a word of other bytes of each kind (a borrow or carry from a
    /// high byte must not hide or invent a stop).
    @Test func unescapedBytesInEveryPlaceOfAWord() {
        for v in 0...255 {
            for place in 0..<8 {
                for filler: UInt8 in [0x41, 0x20, 0x7F, 0x80, 0xA2, 0xDC, 0xE4, 0xFF] {
                    var bytes = [UInt8](repeating: filler, count: 17)
                    bytes[place] = UInt8(v)
                    bytes[place + 8] = UInt8(v)
                    for from in [0, 1, 8] {
                        let got = bytes.withUnsafeBufferPointer { PlainASCIIRun.skipUnescaped($0, from: from) }
                        #expect(got == Self.oracleUnescaped(bytes, from: from), "byte \(v) at \(place) among \(filler)")
                    }
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { PlainASCIIRun.skipUnescaped($0, from: 0) } == 0)
    }

    @Test func utf8OfAwkwardText() {
        let texts = ["资金用途写明每年需要经费20,000.00 元，与预算数 8,200.00 元 不一致", "indicator.uniform-satisfaction",
                     "1000012100MD2MFK6PG93\t\r\n\"quoted\\\"", "é\u{301}\u{F900}ＡＢabcdefgh\u{7F}ijklmnop\u{85}", ""]
        for t in texts {
            let bytes = Array(t.utf8)
            for from in 0...bytes.count {
                for json in [false, true] {
                    let got = bytes.withUnsafeBufferPointer { PlainASCIIRun.skip($0, from: from, json: json) }
                    #expect(got == PlainASCIIRunTests.oracle(bytes, from: from, json: json))
                }
                let unescaped = bytes.withUnsafeBufferPointer { PlainASCIIRun.skipUnescaped($0, from: from) }
                #expect(unescaped == PlainASCIIRunTests.oracleUnescaped(bytes, from: from))
            }
        }
    }
}
