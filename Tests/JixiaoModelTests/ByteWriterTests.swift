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
