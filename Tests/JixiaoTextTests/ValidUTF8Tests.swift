import JixiaoModel
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

/// `PlainText.isWord` and `PlainText.hasPrefix(_:anyOf:)` say what `==` and
/// `TextNormalization.hasPrefix` say, for the reader's words against every cell of the
/// sample and the corpus and against texts around every sampled scalar.
@Suite struct PlainWordTests {
    static let words = UnitLine.nameLabels + UnitLine.nameLabelsWithColon + TableStarts.nameLabels + RowLabels.blockLabels + ["一级指标"]

    func same(_ text: String) {
        for w in Self.words {
            #expect(PlainText.isWord(text, w) == (text == w), "\(text.debugDescription) \(w)")
        }
        #expect(PlainText.hasPrefix(text, anyOf: UnitLine.nameLabelsWithColonBytes)
                == UnitLine.nameLabelsWithColon.contains { TextNormalization.hasPrefix(text, $0) }, "\(text.debugDescription)")
    }

    @Test func theWordsArePlain() {
        for w in Self.words { #expect(PlainText.isPlain(w), "\(w)") }
    }

    @Test func againstEveryCellOfRealTexts() throws {
        var texts = [BundledSample.bytes]
        for name in CorpusFiles.names { texts.append(CorpusFiles.bytes(name)) }
        for bytes in texts {
            for row in try SourceText.decode(bytes).rows() {
                same(row.label)
                for cell in row.cells where !cell.isEmpty { same(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))) }
            }
        }
    }

    @Test func aroundEveryScalar() {
        for t in ["", "单位", "单位名称", "单位名称:", "单位名称::", "部门(单位)名称:某局", "一级指标", "一级指标 ", "指标",
                  "单位名\u{FA10}", "単位名称", "\u{212B}", "A\u{30A}", "単", "项目（专项）名称", "项目(专项)名称"] {
            same(t)
        }
        ScalarSample.forEach(step: 13) { s in
            let one = String(s)
            for t in [one, "单位名称" + one, "单位名称:" + one, "一级指标" + one, one + "指标", "指标" + one + "某"] { same(t) }
        }
        // Canonically equal to a word, other bytes: compatibility ideographs decompose to
        // unified ones, and a plain Latin letter to a letter and a mark.
        #expect(PlainText.isWord("\u{FA10}", "\u{585A}") == ("\u{FA10}" == "\u{585A}"))
        #expect(PlainText.isWord("A\u{30A}", "\u{C5}") == ("A\u{30A}" == "\u{C5}"))
    }
}
