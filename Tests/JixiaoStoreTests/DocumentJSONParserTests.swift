import Foundation
import JixiaoModel
import JixiaoText
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// `document.json` read by hand must give what JSONDecoder gives, and give up on anything
/// else, so that JSONDecoder's results and messages stay what they were. JSONDecoder is
/// the oracle.
@Suite struct DocumentJSONParserTests {
    func decoded(_ bytes: [UInt8]) -> StoredDocument? { try? StableJSON.decode(StoredDocument.self, from: bytes) }

    /// What `decodeStored` gives: the document or the error (message and hint).
    func outcome(_ f: () throws(StoreError) -> StoredDocument) -> Result<StoredDocument, StoreError> {
        do { return .success(try f()) } catch { return .failure(error) }
    }

    @Test func everyFileJixiaoWritesIsReadAsTheDecoderReadsIt() throws {
        for (name, stored) in StoredDocumentFixtures.all {
            // The file as saved (with its checksum), as encoded without one, and on one line.
            for bytes in [try stored.encoded(), try StableJSON.pretty(stored), try StableJSON.line(stored)] {
                let fast = DocumentJSONParser.parse(bytes)
                #expect(fast != nil, "\(name)")
                #expect(fast == decoded(bytes), "\(name)")
            }
            #expect(DocumentJSONParser.parse(try StableJSON.pretty(stored)) == stored, "\(name)")
        }
    }

    /// Values are parsed once per text: only the very same bytes share a parse, so two
    /// texts that Swift's String calls equal (é and e + U+0301) keep their own scalars,
    /// and the file written again is the same.
    @Test func aRepeatedValueIsReadOncePerTextAndKeepsItsScalars() throws {
        var doc = StoredDocumentFixtures.sample
        let texts = ["≥95%", "\u{E9}", "e\u{301}", "≥95%", "e\u{301}", "\u{E9}"]
        for (k, t) in texts.enumerated() { doc.projects[0].indicators[k].value = TargetValue(t) }
        let bytes = try StableJSON.pretty(StoredDocument(journal: .start, document: doc))
        let read = try #require(DocumentJSONParser.parse(bytes))
        #expect(read.document.projects[0].indicators.prefix(texts.count).map { Array($0.value.raw.utf8) } == texts.map { Array($0.utf8) })
        #expect(try StableJSON.pretty(read) == bytes)
        #expect(read == decoded(bytes))
    }

    /// Values are shared across files through the process's memo: a second file reads the
    /// first file's values from it, keeps its own scalars (é and e + U+0301 are different
    /// keys), and reads as JSONDecoder reads it; once full, the memo answers without growing.
    @Test func valuesAreSharedAcrossFilesByTheirVeryBytes() throws {
        let memo = TargetValueMemo()
        var first = StoredDocumentFixtures.sample
        first.projects[0].indicators[0].value = TargetValue("\u{E9}")
        var second = first
        second.projects[0].indicators[0].value = TargetValue("e\u{301}")
        let a = try StableJSON.pretty(StoredDocument(journal: .start, document: first))
        let b = try StableJSON.pretty(StoredDocument(journal: .start, document: second))
        #expect(DocumentJSONParser.parse(a, memo: memo) == decoded(a))
        let held = memo.count
        #expect(held > 1)
        let read = try #require(DocumentJSONParser.parse(b, memo: memo))
        #expect(read == decoded(b))
        #expect(Array(read.document.projects[0].indicators[0].value.raw.utf8) == Array("e\u{301}".utf8))
        #expect(memo.count == held + 1)

        let full = TargetValueMemo()
        for k in 0..<TargetValueMemo.capacity {
            let value = full.value("\(k)%")
            if k % 4_096 == 0 { #expect(value == TargetValue("\(k)%")) }
        }
        #expect(full.count == TargetValueMemo.capacity)
        #expect(DocumentJSONParser.parse(a, memo: full) == decoded(a))
        #expect(full.count == TargetValueMemo.capacity)
    }

    /// A small document with everything in it, damaged: cut short at many places, and
    /// bytes replaced. Whatever the parser reads, the decoder reads the same; the session's
    /// result or message is the one JSONDecoder gives.
    @Test func damagedFilesGiveTheDecodersResultOrMessage() throws {
        var doc = StoredDocumentFixtures.awkward(StoredDocumentFixtures.sample)
        doc.projects = Array(doc.projects.prefix(2))
        doc.review.projects = doc.review.projects.filter { ["1", "2"].contains($0.key) }
        doc.review = Review(projects: doc.review.projects, waivers: doc.review.waivers.filter { ($0.project ?? 0) <= 2 }, grade: doc.review.grade)
        doc.review.grade?.score = 70.5
        doc.review.grade?.suggested = .good
        let file = try StoredDocument(journal: JournalPosition(seq: 3, head: Hashing.genesis), document: doc).encoded()
        #expect(DocumentJSONParser.parse(file) != nil)

        var damaged: [[UInt8]] = []
        for cut in stride(from: 0, to: file.count, by: max(1, file.count / 250)) { damaged.append(Array(file[..<cut])) }
        let replacements: [UInt8] = [0x00, 0x0A, 0x20, 0x22, 0x5C, 0x30, 0x39, 0x2D, 0x2E, 0x65, 0x61, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x6E, 0xFF, 0xE4]
        for (k, at) in stride(from: 0, to: file.count, by: 5).enumerated() {
            var bytes = file
            let r = replacements[k % replacements.count]
            guard bytes[at] != r else { continue }
            bytes[at] = r
            damaged.append(bytes)
        }
        var readFast = 0
        for bytes in damaged {
            let fast = DocumentJSONParser.parse(bytes)
            if let fast {
                readFast += 1
                #expect(fast == decoded(bytes), "\(String(decoding: bytes, as: UTF8.self).suffix(200))")
            }
            let now = outcome { () throws(StoreError) in try DocumentSession.decodeStored(bytes, path: "d/document.json") }
            let before = outcome { () throws(StoreError) in try DocumentSession.decodeStoredWithFoundation(bytes, path: "d/document.json") }
            #expect(now == before)
        }
        // Damage inside a string or a number leaves a file both read: the parser read some.
        #expect(readFast > 50)
    }

    /// Edits a person may make by hand: what the parser reads it reads as the decoder does;
    /// the rest (a key it does not know, a number written otherwise, a format version it
    /// does not know, a key twice, `null`) it leaves to the decoder.
    @Test func handEditedFilesAreReadAsBefore() throws {
        let file = String(decoding: try StoredDocument(journal: .start, document: StoredDocumentFixtures.reviewed(StoredDocumentFixtures.sample)).encoded(),
                          as: UTF8.self)
        func edited(_ from: String, _ to: String) -> [UInt8] {
            guard let r = file.range(of: from) else { Issue.record("no \(from)"); return [] }
            return Array(file.replacingCharacters(in: r, with: to).utf8)
        }
        let readFast: [[UInt8]] = [
            edited("\"heading\" : \"", "\"heading\" : \"\\u4e2d\\/\\ud83d\\ude00\\\"\\t"),
            edited("\"formatVersion\" : 1", "\"formatVersion\"\t:\r\n1   "),
            Array(file.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " : ", with: ":").utf8),
            // Money.parse takes the blank, as the decoder does.
            edited("\"total\" : \"", "\"total\" : \" "),
        ]
        for bytes in readFast {
            let fast = DocumentJSONParser.parse(bytes)
            #expect(fast != nil)
            #expect(fast == decoded(bytes))
        }
        let leftToDecoder: [[UInt8]] = [
            edited("\"heading\" : ", "\"extra\" : 1,\n      \"heading\" : "),
            edited("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
            edited("\"seq\" : 0", "\"seq\" : 0.0"),
            edited("\"seq\" : 0", "\"seq\" : 1e0"),
            edited("\"seq\" : 0", "\"seq\" : 0, \"seq\" : 1"),
            edited("\"formatVersion\" : 1", "\"formatVersion\" : 1, \"checksum\" : null"),
            edited("\"isDraft\" : true", "\"isDraft\" : 1"),
            edited("\"status\" : \"approved\"", "\"status\" : \"通过\""),
            Array("\u{FEFF}".utf8) + Array(file.utf8),
            Array(file.utf8) + Array("x".utf8),
        ]
        for (k, bytes) in leftToDecoder.enumerated() {
            #expect(DocumentJSONParser.parse(bytes) == nil ? true : false, "edit \(k)")
            let now = outcome { () throws(StoreError) in try DocumentSession.decodeStored(bytes, path: "d/document.json") }
            let before = outcome { () throws(StoreError) in try DocumentSession.decodeStoredWithFoundation(bytes, path: "d/document.json") }
            #expect(now == before)
        }
    }

    /// A file whose checksum matches is parsed without decoding and comparing its strings:
    /// it reads as the same file checked, and each string is the one `String(decoding:)`
    /// makes of its bytes (ASCII or not).
    @Test func aFileJixiaoWroteIsReadAlikeWithoutCheckingItsUTF8() throws {
        for (name, stored) in StoredDocumentFixtures.all {
            let bytes = try stored.encoded()
            let checksum = try #require(DocumentJSONParser.leadingChecksum(bytes), "\(name)")
            #expect(StoredDocument.checksumMatches(checksum, bytes), "\(name)")
            let written = try #require(DocumentJSONParser.parse(bytes, written: true), "\(name)")
            #expect(written == DocumentJSONParser.parse(bytes) && written == decoded(bytes), "\(name)")
            #expect(written.checksum == checksum, "\(name)")
        }
        for text in ["", "a", "≥95%", "abcdefghijklmnopqrstuvwxyz", "部门预算绩效目标", "e\u{301}", "\u{E9}", "😀 x", "年度\t目标"] {
            let utf8 = Array(text.utf8)
            let known = try utf8.withUnsafeBufferPointer { try DocumentJSONParser.knownValidString($0, ascii: utf8.allSatisfy { $0 < 0x80 }) }
            let plain = String(decoding: utf8, as: UTF8.self)
            #expect(known == plain && Array(known.utf8) == utf8 && known.count == plain.count, "\(text)")
            #expect(known.hashValue == plain.hashValue && known.unicodeScalars.elementsEqual(plain.unicodeScalars), "\(text)")
        }
    }

    /// A matching checksum proves no accident, not well-formed UTF-8: anyone can compute it.
    /// A file made to hold malformed bytes under a correct checksum is not read as Jixiao's
    /// (a String of malformed UTF-8 would be undefined behaviour).
    @Test func aMatchingChecksumDoesNotVouchForMalformedUTF8() throws {
        let (name, stored) = try #require(StoredDocumentFixtures.all.first)
        var bytes = try stored.encoded()
        let checksum = try #require(DocumentJSONParser.leadingChecksum(bytes), "\(name)")
        let at = try #require(StoredDocument.firstRange(of: Array(checksum.utf8), in: bytes))
        // A lead byte of a Chinese character made a continuation byte: the length is kept.
        let lead = try #require(bytes.firstIndex { $0 >= 0xE0 && $0 < 0xF0 })
        bytes[lead] = 0x80
        bytes.replaceSubrange(at, with: Array(Hashing.genesis.utf8))
        let forged = Array(Hashing.sha256(bytes).utf8)
        bytes.replaceSubrange(at, with: forged)
        #expect(StoredDocument.checksumMatches(String(decoding: forged, as: UTF8.self), bytes))
        #expect(DocumentJSONParser.parse(bytes, written: true) == nil)
        #expect(DocumentJSONParser.parse(bytes) == nil)
        let malformed: [UInt8] = [0xE5, 0x90, 0x80, 0xE9]
        #expect(throws: DocumentJSONParser.GiveUp.self) {
            try malformed.withUnsafeBufferPointer { try DocumentJSONParser.knownValidString($0, ascii: false) }
        }
    }

    /// The checksum is hashed in pieces: the same answer as hashing a copy of the file with
    /// the checksum's first occurrence written as zeros; a file changed anywhere does not match.
    @Test func theChecksumIsThatOfTheFileWithItsPlaceBlank() throws {
        func plain(_ checksum: String, _ bytes: [UInt8]) -> Bool {
            let value = Array(checksum.utf8)
            guard value.count == 64, let at = StoredDocument.firstRange(of: value, in: bytes) else { return false }
            var blank = bytes
            blank.replaceSubrange(at, with: Array(Hashing.genesis.utf8))
            return Hashing.sha256(blank) == checksum
        }
        let file = try StoredDocument(journal: .start, document: StoredDocumentFixtures.reviewed(StoredDocumentFixtures.sample)).encoded()
        let checksum = try #require(DocumentJSONParser.leadingChecksum(file))
        #expect(plain(checksum, file) && StoredDocument.checksumMatches(checksum, file))
        var variants: [[UInt8]] = [file, Array(file.dropLast()), file + Array(checksum.utf8), Array(file.prefix(100))]
        for at in stride(from: 0, to: file.count, by: max(1, file.count / 40)) {
            var bytes = file
            bytes[at] = bytes[at] == 0xFF ? 0x20 : 0xFF
            variants.append(bytes)
        }
        for bytes in variants {
            #expect(StoredDocument.checksumMatches(checksum, bytes) == plain(checksum, bytes))
            #expect(StoredDocument.checksumMatches(String(repeating: "a", count: 64), bytes) == false)
        }
        #expect(StoredDocument.checksumMatches("", file) == false)
        #expect(DocumentJSONParser.leadingChecksum(try StableJSON.pretty(StoredDocument(journal: .start, document: StoredDocumentFixtures.sample))) == nil)
    }

    /// The string scan's eight-byte test stands for a look at each byte: whether any is
    /// `"`, a backslash or below 0x20.
    @Test func eightBytesMayStopAStringExactlyWhenOneOfThemWould() {
        func plain(_ w: UInt64) -> Bool {
            (0..<8).contains { k in
                let c = UInt8(truncatingIfNeeded: w >> (8 * UInt64(k)))
                return c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20
            }
        }
        let bytes: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9C, 0xA2, 0xDC, 0xE4, 0xFF]
        for filler in bytes {
            for at in 0..<8 {
                for c in bytes {
                    var w: UInt64 = 0
                    for k in 0..<8 { w |= UInt64(k == at ? c : filler) << (8 * UInt64(k)) }
                    #expect(DocumentJSONParser.mayStopString(w) == plain(w), "\(String(w, radix: 16))")
                }
            }
        }
        var g = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let w = g.next() as UInt64
            #expect(DocumentJSONParser.mayStopString(w) == plain(w))
        }
    }

    /// Strings of every length with an escape, a quote or a control character at every
    /// place, and blanks of every length: read as the decoder reads them (or left to it).
    @Test func stringsAndBlanksOfEveryLengthAreReadAsTheDecoderReadsThem() throws {
        let file = String(decoding: try StoredDocument(journal: .start, document: StoredDocumentFixtures.sample).encoded(), as: UTF8.self)
        guard let r = file.range(of: "\"heading\" : \"") else { Issue.record("no heading"); return }
        for n in 0..<20 {
            for special in ["\\\"", "\\\\", "\\n", "\\u00e9", "\t", "\u{1F}", "é", "😀", "", "\\ud83d\\ude00"] {
                let text = String(repeating: "a", count: n) + special + String(repeating: "部", count: n % 5)
                let bytes = Array(file.replacingCharacters(in: r, with: "\"heading\" : \"" + text).utf8)
                let fast = DocumentJSONParser.parse(bytes)
                #expect(fast == decoded(bytes) || (fast == nil && special.unicodeScalars.first!.value < 0x20), "\(text)")
                if special.unicodeScalars.first.map({ $0.value < 0x20 }) == true { #expect(fast == nil, "\(text)") }
            }
        }
        for n in 0..<20 {
            let blanks = String(repeating: " ", count: n) + (n % 3 == 0 ? "\t " : "") + String(repeating: " ", count: n / 2)
            let bytes = Array(file.replacingOccurrences(of: "\n", with: "\n" + blanks).utf8)
            let fast = DocumentJSONParser.parse(bytes)
            #expect(fast != nil && fast == decoded(bytes), "\(n)")
        }
    }
}
