import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoSynthetic
import JixiaoTestSupport
import JixiaoText
import Testing
@testable import JixiaoStore

/// `summary.json` and `check.cache`'s header are written by hand (`PrettyJSONWriter`); what
/// they write must be the very bytes `StableJSON` (the encoder) writes of the same values.
@Suite struct SummaryJSONTests {
    func expectSame(_ s: DocumentSummary, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = DocumentSummaryFile.bytes(s)
        let expected = try StableJSON.pretty(s)
        let same = got == expected
        #expect(same, "\(what): \(String(decoding: got.prefix(400), as: UTF8.self)) | expected \(String(decoding: expected.prefix(400), as: UTF8.self))",
                sourceLocation: sourceLocation)
        // Read back by hand as the decoder reads it.
        let parsed = DocumentJSONParser.parseSummary(got)
        #expect(parsed != nil, "\(what): the parser gave up", sourceLocation: sourceLocation)
        #expect(parsed == (try StableJSON.decode(DocumentSummary.self, from: got)), "\(what): parsed otherwise", sourceLocation: sourceLocation)
    }

    /// A damaged or foreign summary: the parser gives up or reads what the decoder reads,
    /// never something else — cut anywhere, a byte changed, a key unknown or given twice.
    @Test func summaryParserNeverDisagreesWithTheDecoder() throws {
        let d = try DocumentReader.read(bytes: BundledSample.bytes)
        var s = DocumentSummaryFile.make(d, id: d.id, lastChange: "2026-11-27T05:00:00Z", journalBytes: 1234, settings: .standard)
        s.grade = .good
        let good = DocumentSummaryFile.bytes(s)
        var damaged: [[UInt8]] = []
        for cut in stride(from: 0, to: good.count, by: 7) { damaged.append(Array(good[..<cut])) }
        for at in stride(from: 0, to: good.count, by: 11) {
            for b: UInt8 in [0x22, 0x2C, 0x7D, 0x30, 0x5C, 0x20, 0xE4] {
                var bytes = good
                bytes[at] = b
                damaged.append(bytes)
            }
        }
        let text = String(decoding: good, as: UTF8.self)
        for key in ["\"errors\"", "\"infos\" : ", "\"year\" : 2021", "\"grade\" : \"good\"", "\"format\" : 4,"] {
            #expect(text.contains(key), "\(key) not in the summary")
        }
        damaged.append(Array(text.replacingOccurrences(of: "\"errors\"", with: "\"errorz\"").utf8))
        damaged.append(Array(text.replacingOccurrences(of: "\"infos\" : ", with: "\"infos\" : 1, \"infos\" : ").utf8))
        damaged.append(Array(text.replacingOccurrences(of: "\"year\" : 2021", with: "\"year\" : 2021.0").utf8))
        damaged.append(Array(text.replacingOccurrences(of: "\"grade\" : \"good\"", with: "\"grade\" : null").utf8))
        damaged.append(Array(text.replacingOccurrences(of: "\"format\" : 4,", with: "").utf8))
        var gaveUp = 0
        for bytes in damaged {
            let decoded = try? StableJSON.decode(DocumentSummary.self, from: bytes)
            guard let parsed = DocumentJSONParser.parseSummary(bytes) else { gaveUp += 1; continue }
            #expect(parsed == decoded, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(gaveUp > damaged.count / 2)

        // The same for a check cache's header line.
        let check = CachedCheck(open: [.error: 2, .warning: 5], waived: 1, staleWaivers: s.acrossWaivers, json: [], text: [])
        let header = Array(check.encoded(key: "430001-2021|1,2,3|4,5,6|digest").dropLast())
        #expect(DocumentJSONParser.parseCheckHeader(header[...]) != nil)
        var headers: [[UInt8]] = []
        for cut in 0..<header.count { headers.append(Array(header[..<cut])) }
        for at in header.indices {
            for b: UInt8 in [0x22, 0x2C, 0x7D, 0x31, 0x5C] {
                var bytes = header
                bytes[at] = b
                headers.append(bytes)
            }
        }
        let line = String(decoding: header, as: UTF8.self)
        #expect(line.contains("\"error\":2"))
        headers.append(Array(line.replacingOccurrences(of: "\"error\":2", with: "\"error\":2,\"error\":3").utf8))
        for bytes in headers {
            let decoded = try? StableJSON.decode(CachedCheck.Header.self, from: bytes)
            guard let parsed = DocumentJSONParser.parseCheckHeader(bytes[...]) else { continue }
            #expect(parsed == decoded, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func sameBytesForTheSampleCorpusAndSyntheticDocuments() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        let folder = SyntheticBureau.developmentCorpusFolder
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".txt") }).sorted() {
            documents.append(try DocumentReader.read(bytes: [UInt8](try #require(FileManager.default.contents(atPath: folder + "/" + name)))))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 6) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        for d in documents {
            try expectSame(DocumentSummaryFile.make(d, id: d.id, lastChange: "2026-11-27T05:00:00Z", journalBytes: 1234,
                                                    settings: .standard), d.id)
        }
    }

    /// Every optional present and absent, empty lists, awkward text in every string.
    @Test func sameBytesForAwkwardSummaries() throws {
        var a = ""
        for v in 0..<0x20 { a.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        a += "\u{7F}\u{85}\u{2028}\u{202E}\u{200B}\u{FEFF} \"q\" \\b\\ a/b 😀 é\u{301} \u{F900} ＡＢ 中文"
        let waiver = Waiver(rule: "bureau.funded-twice", project: 3, code: a, part: "budget", row: 2, field: .value, line: 7,
                            severity: "warning", message: a, reason: a, reviewer: a, time: a)
        let bare = Waiver(rule: "", project: nil, code: nil, part: "", row: nil, field: nil, line: -1,
                          severity: "", message: "", reason: "", reviewer: "", time: "")
        let keys = [ProjectKey(number: 1, code: a, name: a, budget: Money(yuan: 1_234_567), codeLine: 3, budgetLine: 4),
                    ProjectKey(code: "", name: "", budget: .zero)]
        for grade in [nil] + Grade.allCases.map(Optional.some) {
            for (projectKeys, waivers) in [([], []), (keys, [waiver]), (keys, [waiver, bare])] {
                var s = DocumentSummary(id: a, unitCode: a, unitName: a, departmentName: a, year: -2021, projects: 0,
                                        budgetTotal: Money(yuan: 98_765), errors: 1, warnings: 22, infos: 333, approved: 0,
                                        returned: 5, pending: 6, grade: grade, lastChange: a, projectKeys: projectKeys,
                                        acrossWaivers: waivers, version: 3, journalBytes: -1, rulesDigest: a)
                try expectSame(s, "grade \(String(describing: grade)), \(projectKeys.count) keys")
                s.version = nil
                try expectSame(s, "no version")
                s.budgetTotal = nil
                try expectSame(s, "no 预算数 printed")
                s.budgetUnprinted = Money(fen: 81_412)
                try expectSame(s, "a 预算数 of unknown unit only")
                s.budgetTotal = Money(yuan: 1)
                try expectSame(s, "both")
                s.changedOutside = true
                try expectSame(s, "changed outside")
                s.changedOutside = false
                try expectSame(s, "said not changed outside")
            }
        }
        // `check.cache`: its header as `StableJSON.line` writes it, then the JSON and the text.
        for (open, stale) in [([:], []), ([Severity.error: 2, .info: 0], [waiver]), ([.warning: 7], [waiver, bare])] {
            for (json, text) in [([UInt8](), [UInt8]()), (Array("[1]".utf8), Array("文\n".utf8))] {
                let check = CachedCheck(open: open, waived: stale.count, staleWaivers: stale, json: json, text: text)
                var header = check.header
                header.key = a
                let expected = try StableJSON.line(header) + [0x0A] + json + text
                let got = check.encoded(key: a)
                // Read back by hand as the decoder reads it.
                let line = try #require(got.firstIndex(of: 0x0A))
                let parsed = try #require(DocumentJSONParser.parseCheckHeader(got[..<line]))
                #expect(parsed == (try StableJSON.decode(CachedCheck.Header.self, from: Array(got[..<line]))))
                #expect(got == expected, "\(String(decoding: got.prefix(300), as: UTF8.self)) | expected \(String(decoding: expected.prefix(300), as: UTF8.self))")
            }
        }
    }

    /// `year-over-year.json` (`YearOverYearCache.encoded`): the bytes `StableJSON.pretty`
    /// writes, for no findings, for every finding the rules make of the sample and a few
    /// synthetic documents, and for findings with every optional present and awkward text.
    @Test func yearOverYearCacheSameBytesAsTheEncoder() throws {
        func expectSame(_ findings: [Finding], _ what: String) throws {
            let cache = YearOverYearCache(previous: "430001-2020", journalBytes: 1234, previousJournalBytes: 0,
                                          rulesDigest: "d\"igest", findings: findings)
            let got = cache.encoded()
            let expected = try StableJSON.pretty(cache)
            #expect(got == expected, "\(what): \(String(decoding: got.prefix(600), as: UTF8.self)) | expected \(String(decoding: expected.prefix(600), as: UTF8.self))")
            // Read back by hand as the decoder reads it.
            let parsed = DocumentJSONParser.parseYearOverYear(got)
            #expect(parsed != nil, "\(what): the parser gave up")
            #expect(parsed == (try StableJSON.decode(YearOverYearCache.self, from: got)), "\(what): parsed otherwise")
            // Damaged: cut or a byte changed, the parser gives up or reads what the decoder reads.
            for at in stride(from: 0, to: got.count, by: max(1, got.count / 97)) {
                var changed = got
                changed[at] = [0x22, 0x2C, 0x7D, 0x6E, 0x5C][at % 5]
                for bytes in [Array(got[..<at]), changed] {
                    guard let parsed = DocumentJSONParser.parseYearOverYear(bytes) else { continue }
                    #expect(parsed == (try? StableJSON.decode(YearOverYearCache.self, from: bytes)), "\(what), byte \(at)")
                }
            }
        }
        try expectSame([], "no findings")
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 4) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        let engine = RuleEngine(settings: .standard)
        var all: [Finding] = []
        for d in documents {
            let findings = engine.check(d).all
            try expectSame(findings, d.id)
            all += findings
        }
        #expect(all.contains { $0.fix != nil } && all.contains { $0.projectIndex == nil })
        var a = ""
        for v in 0..<0x20 { a.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        a += "\u{7F}\u{85}\u{2028}\u{202E}\u{200B}\u{FEFF} \"q\" \\b\\ a/b 😀 é\u{301} \u{F900} ＡＢ 中文"
        var odd = try #require(all.first)
        odd.waiver = Waiver(rule: a, project: 3, code: a, part: a, row: 2, field: .value, line: 7, severity: a, message: a,
                            reason: a, reviewer: a, time: a)
        odd.document = a
        odd.relatedDocuments = [a, ""]
        odd.related = [a]
        odd.message = a
        odd.suggestion = a
        odd.project = nil
        odd.projectIndex = nil
        odd.location = Location(part: .budget, level1: a, level2: a, level3: a, field: .value, line: -3)
        odd.fix = Fix(.name, from: a, to: "")
        var bare = odd
        bare.waiver = nil
        bare.document = nil
        bare.relatedDocuments = []
        bare.related = []
        bare.suggestion = nil
        bare.fix = nil
        bare.location = Location(part: .indicator, line: 0)
        try expectSame([odd, all[all.count / 2], bare, odd], "every optional present and absent, awkward text")
    }
}

/// A department whose tables print no money unit (鄂州 2022's `合计 | 814`): its summary
/// keeps that 预算数 apart (`budgetUnprinted`), never in the 元 `budgetTotal` the picker and
/// `show --json` add up; written and read back as the decoder does.
@Suite struct UnprintedBudgetSummaryTests {
    static func summary(_ tables: [String]) throws -> DocumentSummary {
        let d = try DocumentReader.read(text: UnprintedCurrencyTables.text(tables))
        return DocumentSummaryFile.make(d, id: "x", lastChange: "", journalBytes: 1, settings: .standard)
    }

    @Test func anUnprintedBudgetIsNotInTheYuanTotal() throws {
        let (bare, yuan) = (UnprintedCurrencyTables.bare, UnprintedCurrencyTables.yuan)
        let only = try Self.summary([bare])
        #expect(only.budgetTotal == nil && only.budgetUnprinted == Money(yuan: 814))
        let mixed = try Self.summary([yuan, bare])
        #expect(mixed.budgetTotal == Money(yuan: 1000) && mixed.budgetUnprinted == Money(yuan: 814))
        let bytes = DocumentSummaryFile.bytes(mixed)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"budgetUnprinted\" : \"814.00\""))
        #expect(DocumentJSONParser.parseSummary(bytes) == mixed)
        // A department whose tables print their unit: no such key, the 元 total as before.
        let plain = try Self.summary([yuan])
        #expect(plain.budgetTotal == Money(yuan: 1000) && plain.budgetUnprinted == nil)
        #expect(!String(decoding: DocumentSummaryFile.bytes(plain), as: UTF8.self).contains("budgetUnprinted"))
    }
}
