import Foundation
import JixiaoModel
import JixiaoSamples
import Testing

/// `escaped` and `jsonEscaped` work on bytes; what they write must be what the scalar by
/// scalar versions they replaced wrote (kept here as the oracle), for every scalar there
/// is and for bytes that are not UTF-8.
@Suite struct InvisibleCharactersEscapingTests {
    /// `InvisibleCharacters.escaped` as it was: scalar by scalar through `String`.
    static func oracleEscaped(_ text: String, keepingLineBreaks: Bool, keepingTabs: Bool) -> String {
        guard text.unicodeScalars.contains(where: InvisibleCharacters.isUnprintable) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if InvisibleCharacters.isUnprintable(s) && !(keepingLineBreaks && s == "\n") && !(keepingTabs && s == "\t") {
                out.append(contentsOf: "<\(InvisibleCharacters.codePoint(s))>".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// `TerminalOutput.json` as it was.
    static func oracleJSON(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { InvisibleCharacters.isUnprintable($0) && $0 != "\n" }) else { return bytes }
        var out = ""
        for s in text.unicodeScalars {
            if InvisibleCharacters.isUnprintable(s) && s != "\n" {
                for unit in String(s).utf16 { out += "\\u" + String(format: "%04x", unit) }
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return Array(out.utf8)
    }

    func expectSame(_ text: String, allKeeping: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        for (lines, tabs) in allKeeping ? [(false, false), (true, false), (false, true), (true, true)] : [(false, false), (true, true)] {
            let got = InvisibleCharacters.escaped(text, keepingLineBreaks: lines, keepingTabs: tabs)
            let expected = Self.oracleEscaped(text, keepingLineBreaks: lines, keepingTabs: tabs)
            // Compared as a Bool: the texts themselves would fill the log.
            let same = got.utf8.elementsEqual(expected.utf8)
            #expect(same, "keeping lines \(lines), tabs \(tabs)", sourceLocation: sourceLocation)
        }
        expectSameJSON(Array(text.utf8), sourceLocation: sourceLocation)
    }

    /// `append(_:escapedTo:)`, which reports use piece by piece, writes what `escaped` does,
    /// after what was there.
    func expectSameAppended(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (lines, tabs) in [(false, false), (true, false), (false, true), (true, true)] {
            var got = Array("前\u{1B}".utf8)
            InvisibleCharacters.append(text, escapedTo: &got, keepingLineBreaks: lines, keepingTabs: tabs)
            let expected = Array("前\u{1B}".utf8) + Array(Self.oracleEscaped(text, keepingLineBreaks: lines, keepingTabs: tabs).utf8)
            let same = got == expected
            #expect(same, "appended, keeping lines \(lines), tabs \(tabs)", sourceLocation: sourceLocation)
            // The writers' buffer: the string's bytes scanned straight into it.
            var writer = ByteWriter()
            writer.append(Array("前\u{1B}".utf8))
            InvisibleCharacters.append(text, escapedTo: &writer, keepingLineBreaks: lines, keepingTabs: tabs)
            let sameWritten = writer.bytes == expected
            #expect(sameWritten, "written, keeping lines \(lines), tabs \(tabs)", sourceLocation: sourceLocation)
        }
    }

    func expectSameJSON(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let same = InvisibleCharacters.jsonEscaped(bytes) == Self.oracleJSON(bytes)
        #expect(same, "\(bytes.prefix(40))", sourceLocation: sourceLocation)
    }

    /// Every scalar, U+0000 to U+10FFFF, between printable ASCII, line feeds, tabs and
    /// CRLFs, in chunks as long as a document's text.
    @Test func everyScalarAsTheOracleWritesIt() {
        let all = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        var unprintable = 0
        for chunk in stride(from: 0, to: all.count, by: 4096) {
            var text = String.UnicodeScalarView()
            for (k, s) in all[chunk..<min(all.count, chunk + 4096)].enumerated() {
                text.append(s)
                if InvisibleCharacters.isUnprintable(s) { unprintable += 1 }
                text.append(contentsOf: ["a", "\n", "\t", "\r\n", "中", "“", ""][k % 7].unicodeScalars)
            }
            expectSame(String(text), allKeeping: false)
            expectSameAppended(String(text))
        }
        #expect(unprintable > 200, "controls, format characters and separators")
    }

    /// Each scalar alone, where the escape is the whole text.
    @Test func eachUnprintableScalarAlone() {
        for v in Array(0...0x2FF) + Array(0x2000...0x206F) + [0xFEFF, 0xFFF9, 0xE0001, 0x1D173, 0x10FFFF] {
            guard let s = Unicode.Scalar(v) else { continue }
            expectSame(String(s))
            expectSameAppended(String(s))
            expectSameAppended("中\r\n" + String(s) + "é\u{301}\u{F900}ＡＢ")
        }
        expectSame("")
        expectSameAppended("")
    }

    @Test func documentTextWithAndWithoutInvisibleCharacters() {
        let sample = String(decoding: BundledSample.bytes, as: UTF8.self)
        expectSame(sample)
        #expect(InvisibleCharacters.escaped(sample, keepingLineBreaks: true, keepingTabs: true) == sample)
        let planted = sample.replacingOccurrences(of: "资金", with: "资\u{202E}金\u{1B}[2J\u{200B}")
        expectSame(planted)
        expectSameAppended(planted)
        #expect(InvisibleCharacters.escaped(planted, keepingLineBreaks: true, keepingTabs: true).contains("资<U+202E>金<U+001B>[2J<U+200B>"))
        #expect(String(decoding: InvisibleCharacters.jsonEscaped(Array("\"资\u{202E}金\u{1F}\u{E0001}\"\n".utf8)), as: UTF8.self)
            == "\"资\\u202e金\\u001f\\udb40\\udc01\"\n")
    }

    /// Bytes that are not UTF-8 — stray continuation bytes, overlong forms, surrogates,
    /// beyond U+10FFFF, sequences cut short — alone and next to characters to escape.
    @Test func bytesThatAreNotUTF8() {
        let illFormed: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE],
            [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xE2, 0x80], [0xC2, 0x41], [0xE4, 0x41, 0xAD],
        ]
        let around: [[UInt8]] = [[], [0x41], [0x0A], [0x1B], Array("\u{202E}".utf8), Array("中".utf8), Array("\u{85}".utf8)]
        for bad in illFormed {
            for before in around {
                for after in around {
                    expectSameJSON(before + bad + after)
                    expectSameJSON(bad + before + bad + after + bad)
                }
            }
        }
        // Random bytes, most of them near the edges of the forms.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x1B, 0x20, 0x41, 0x7F, 0x80, 0x85, 0x8F, 0x90, 0x9F, 0xA0, 0xAD, 0xBF, 0xC0,
                                 0xC2, 0xDF, 0xE0, 0xE2, 0xE4, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<3000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            expectSameJSON(bytes)
        }
    }
}
