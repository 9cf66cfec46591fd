import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// `ValidUTF8.string` makes, from valid UTF-8, the String `String(decoding:as:)` makes:
/// the same scalars, bytes and Characters.
@Suite struct ValidUTF8Tests {
    func same(_ bytes: [UInt8]) {
        let fast = bytes.withUnsafeBufferPointer(ValidUTF8.string)
        let plain = String(decoding: bytes, as: UTF8.self)
        #expect(Array(fast.utf8) == bytes)
        #expect(fast == plain && fast.unicodeScalars.elementsEqual(plain.unicodeScalars))
        #expect(fast.utf8.count == plain.utf8.count)
    }

    @Test func everyScalarAloneAndAmongOthers() {
        same([])
        ScalarSample.forEach { s in
            let one = String(s)
            for t in [one, "预算" + one + "a", "项目名称：" + one + String(repeating: "x", count: 20)] {
                same(Array(t.utf8))
            }
        }
        for t in ["a", "100%", String(repeating: "a", count: 15), String(repeating: "a", count: 16), String(repeating: "a", count: 200),
                  "≥95%", "e\u{301}", String(repeating: "元", count: 5), String(repeating: "元", count: 6)] {
            same(Array(t.utf8))
        }
    }

    /// Every cell and line of the sample and of the corpus, as the reader cuts them.
    @Test func everyCellOfRealTexts() throws {
        var texts = [BundledSample.bytes]
        for name in CorpusFiles.names { texts.append(CorpusFiles.bytes(name)) }
        for bytes in texts {
            let source = try SourceText.decode(bytes)
            for (i, line) in source.storedLines.enumerated() {
                guard case .bytes(let r) = line else { continue }
                let b = Array(source.bytes[source.bytes.startIndex + r.lowerBound..<source.bytes.startIndex + r.upperBound])
                same(b)
                #expect(source.line(i).utf8.elementsEqual(b))
                let row = Row(number: i + 1, line: b[...])
                let plain = String(decoding: b, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
                #expect(row.cells.count == plain.count)
                for cell in row.cells { same(Array(cell.utf8)) }
            }
        }
    }
}
