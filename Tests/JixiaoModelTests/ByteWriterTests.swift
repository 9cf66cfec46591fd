import Testing
@testable import JixiaoModel

/// The writers' byte buffer writes what an array appended to would hold, across its growth.
@Suite struct ByteWriterTests {
    @Test func appendsAreWhatAnArrayHolds() {
        var w = ByteWriter(capacity: 1)
        var expected: [UInt8] = []
        for k in 0..<2_000 {
            switch k % 6 {
            case 0:
                w.append(UInt8(truncatingIfNeeded: k))
                expected.append(UInt8(truncatingIfNeeded: k))
            case 1:
                w.append("\" : ")
                expected += Array("\" : ".utf8)
            case 2:
                let s = "指标值\(k)é\u{202E}"
                w.append(utf8Of: s)
                expected += Array(s.utf8)
            case 3:
                w.append(repeating: 0x20, count: k % 13)
                expected += [UInt8](repeating: 0x20, count: k % 13)
            case 4:
                let chunk = (0..<(k % 700)).map { UInt8(truncatingIfNeeded: $0 * 7) }
                w.append(chunk)
                expected += chunk
            default:
                w.appendDecimal(k * 7919 - 5_000)
                expected += Array("\(k * 7919 - 5_000)".utf8)
            }
            #expect(w.written == expected.count)
        }
        #expect(w.bytes == expected)
    }

    /// A pretty-printed key written at once (`appendPrettyKey`, its spaces eight at a time)
    /// is what its pieces appended one by one make, at every indentation, across growth.
    @Test func prettyKeysAreTheirPieces() {
        // Every way the name is copied: a byte at a time (below 4 and above 16 bytes), as
        // two words of 4 or of 8 bytes that may overlap.
        let names: [StaticString] = ["", "a", "abc", "line", "level3", "related", "document", "department", "项目名称",
                                     "relatedDocuments", "relatedDocumentsX", "summaryOfStaleWaivers"]
        for before: UInt8 in [0, 0x7B, 0x2C] {
            for indent in 0..<40 {
                for capacity in [1, 17, 300] {
                    var w = ByteWriter(capacity: capacity)
                    var expected: [UInt8] = []
                    // Some bytes before, so that the key starts anywhere in the buffer.
                    for k in 0..<(indent * 7 % 251) {
                        w.append(UInt8(truncatingIfNeeded: k))
                        expected.append(UInt8(truncatingIfNeeded: k))
                    }
                    for name in names {
                        w.appendPrettyKey(name, after: before, indent: indent)
                        if before != 0 { expected.append(before) }
                        expected.append(0x0A)
                        expected += [UInt8](repeating: 0x20, count: indent)
                        expected += Array("\"\(name)\" : ".utf8)
                        w.append(0x31)
                        expected.append(0x31)
                    }
                    #expect(w.written == expected.count)
                    #expect(w.bytes == expected)
                }
            }
        }
    }

    @Test func decimalsAreWrittenAsInterpolationWritesThem() {
        for n in [0, 7, 9, 10, 99, 100, 12_345, 1_000_000, Int.max, -1, -120, Int.min] {
            var w = ByteWriter()
            w.appendDecimal(n)
            #expect(w.bytes == Array("\(n)".utf8))
        }
    }

    @Test func anEmptyWriterHoldsNothing() {
        var w = ByteWriter()
        w.append("")
        w.append([])
        w.append(repeating: 0x20, count: 0)
        #expect(w.bytes.isEmpty)
    }
}
