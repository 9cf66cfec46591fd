import Testing
@testable import JixiaoText

/// `SourceText`'s byte-level tests must say what their definitions by scalars say.
@Suite struct SourceBytesTests {
    /// The scalar-by-scalar definition of the split's NFC test.
    func surelyNFCByScalars(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { s in
            switch s.value {
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF,
                 0x3000...0x3098, 0x309B...0x9FFF, 0xFF00...0xFFEF: true
            default: false
            }
        }
    }

    @Test func surelyNFCAgreesWithTheScalarDefinitionForEveryScalar() {
        var v: UInt32 = 0
        while v <= 0x10FFFF {
            if let s = Unicode.Scalar(v) {
                let line = "预算" + String(Character(s)) + "a"
                #expect(SourceText.splitLines(Array(line.utf8)[...]).notSurelyNFC.isEmpty == surelyNFCByScalars(line), "U+\(String(v, radix: 16))")
            }
            v += v < 0x1_0000 ? 1 : 97
        }
        #expect(SourceText.splitLines([][...]).notSurelyNFC.isEmpty)
        // Each line answers for itself: only the second of these is not surely NFC.
        #expect(SourceText.splitLines(Array("预算\ne\u{301}\r\n金额".utf8)[...]).notSurelyNFC == [1])
    }

    @Test func linesEndAtLFCRLFAndALoneCRWithoutFormFeeds() {
        let cases: [(String, [String])] = [
            ("", [""]), ("a", ["a"]), ("a\n", ["a", ""]), ("a\r\nb", ["a", "b"]), ("a\rb\n\nc", ["a", "b", "", "c"]),
            ("\u{C}页\u{C}\n第二", ["页", "第二"]), ("e\u{301}\r\n\r", ["e\u{301}", "", ""]), ("全\u{FF10}\r\r\n", ["全\u{FF10}", "", ""]),
        ]
        for (text, lines) in cases {
            let split = SourceText.splitLines(Array(text.utf8)[...]).texts
            #expect(split == lines, "\(text.debugDescription)")
            #expect(split.map { Array($0.utf8) } == lines.map { Array($0.utf8) })
        }
    }

    @Test func firstNULOrInvalidUTF8AgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        // Lead bytes of every kind, continuation bytes and ASCII, in random runs.
        let pieces: [[UInt8]] = [[0x41], [0x80], [0xBF], [0xC2, 0xA0], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
                                 [0xE4, 0xB8, 0xAD], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
                                 [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xE4], [0xE4, 0xB8], [0xFF], [0x00]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            let found = SourceText.firstNULOrInvalidUTF8(bytes)
            #expect((found == nil) == (valid && !bytes.contains(0)), "\(bytes)")
            // The split checks the same as it goes.
            #expect(SourceText.splitLines(bytes[...]).valid == (found == nil), "\(bytes)")
            // What comes before the offset found is valid UTF-8 without a NUL.
            if let found {
                let head = Array(bytes[..<found])
                #expect(String(validating: head, as: UTF8.self) != nil && !head.contains(0), "\(bytes)")
            }
        }
    }
}
