import Testing
@testable import JixiaoModel

/// The byte paths' one scalar decoder and decimal writer say what the standard library says.
@Suite struct UTF8ScalarsTests {
    @Test func everyScalarIsReadAsTheStandardLibraryReadsIt() {
        var text = ""
        var expected: [UInt32] = []
        for v in UInt32(0)...0x10FFFF where v % 7 == 0 || v < 0x800 || (0xFF00...0xFFFF).contains(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            text.unicodeScalars.append(s)
            expected.append(v)
        }
        var read: [UInt32] = []
        var widths = 0
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let (value, width) = UTF8Scalars.scalar(b, at: i)
                #expect(width == UTF8.width(Unicode.Scalar(value)!))
                read.append(value)
                widths += width
                i += width
            }
        }
        #expect(read == expected)
        #expect(widths == text.utf8.count)
    }

    @Test func decimalsAreWrittenAsInterpolationWritesThem() {
        for n in [0, 7, 10, 99, 100, 12_345, Int.max, -1, -120, Int.min] {
            var bytes: [UInt8] = []
            bytes.appendDecimal(n)
            #expect(bytes == Array("\(n)".utf8))
        }
    }
}
