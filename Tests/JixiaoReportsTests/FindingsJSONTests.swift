import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
import Testing

/// `check --format json` is streamed document by document and written by hand
/// (`FindingJSONWriter`); what it writes must be the very bytes `JSONEncoder` writes of the
/// one report other tools have always read. The encoder is the oracle.
@Suite struct FindingsJSONTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)

    func whole(_ report: FindingReport) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try e.encode(report)) + Array("\n".utf8)
    }

    func streamed(_ batches: [[Finding]], stale: [Waiver] = []) throws -> [UInt8] {
        var json = FindingsJSON()
        var out = FindingsJSON.head
        for b in batches { out += json.elements(b) }
        return out + json.tail(staleWaivers: stale)
    }

    @Test func sameBytesAsOneReport() throws {
        var findings = RuleEngine().check(doc).all
        // One waived finding: counted under `waived`, with its waiver.
        let w = Waiver(rule: findings[0].rule, project: nil, code: nil, part: "department", row: nil, field: nil, line: 1,
                       severity: "warning", message: "m", reason: "核实无误", reviewer: "张三", time: "2026-11-26T10:00:00Z")
        findings[0].waiver = w
        let expected = try whole(FindingReport(findings: findings, staleWaivers: [w]))
        let got = try streamed([Array(findings.prefix(5)), [], Array(findings.dropFirst(5))], stale: [w])
        #expect(String(decoding: got, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func sameBytesWithNoFindings() throws {
        #expect(try streamed([[], []]) == whole(FindingReport(findings: [])))
    }

    /// The report of `findings` streamed in batches of `batch` and encoded whole.
    func expectSame(_ findings: [Finding], stale: [Waiver] = [], batch: Int = 7, _ what: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let batches = stride(from: 0, to: findings.count, by: batch).map { Array(findings[$0..<min(findings.count, $0 + batch)]) }
        let got = try streamed(batches, stale: stale)
        let expected = try whole(FindingReport(findings: findings, staleWaivers: stale))
        // Compared as a Bool: the bytes themselves would fill the log.
        let same = got == expected
        #expect(same, "\(what): \(firstDifference(got, expected))", sourceLocation: sourceLocation)
    }

    /// `check` writes the elements safe for a terminal as it writes them: the very bytes
    /// `InvisibleCharacters.jsonEscaped` makes of the elements afterwards.
    func expectSafeSame(_ findings: [Finding], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for batch in [findings, Array(findings.prefix(1)), []] {
            var plain = FindingsJSON(), safe = FindingsJSON()
            let expected = InvisibleCharacters.jsonEscaped(plain.elements(batch) + plain.elements(batch))
            let got = safe.elements(batch, safe: true) + safe.elements(batch, safe: true)
            let same = got == expected
            #expect(same, "\(what): \(firstDifference(got, expected))", sourceLocation: sourceLocation)
        }
    }

    func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        guard let k = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) ?? (a.count == b.count ? nil : a.count) else { return "same" }
        let around = { (x: [UInt8]) in String(decoding: x[max(0, k - 80)..<min(x.count, k + 80)], as: UTF8.self) }
        return "byte \(k): \(around(a)) | expected \(around(b))"
    }

    @Test func sameBytesForEveryCorpusDocument() throws {
        let folder = SyntheticBureau.developmentCorpusFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 14)
        var total = 0
        for name in names {
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: folder + "/" + name)))
            let findings = RuleEngine().check(try DocumentReader.read(bytes: bytes)).all
            total += findings.count
            try expectSame(findings, name)
            expectSafeSame(findings, name)
        }
        #expect(total > 100)
    }

    /// Synthetic departments, two years of each: their findings, and the findings across
    /// documents (`document`, `relatedDocuments`) of the set.
    @Test func sameBytesForSyntheticDepartments() throws {
        let files = try SyntheticBureau.withDevelopmentCorpus().documents(count: 24)
        var members: [DocumentSetMember] = []
        for f in files {
            let d = try DocumentReader.read(bytes: f.bytes)
            try expectSame(RuleEngine().check(d).all, batch: 5, f.name)
            members.append(DocumentSetMember(id: d.id, document: d))
        }
        let across = RuleEngine().checkSet(members)
        let all = members.flatMap { across[$0.id] ?? [] }
        #expect(all.contains { $0.document != nil && !$0.relatedDocuments.isEmpty })
        try expectSame(all, "across documents")
    }

    /// Every C0 control, DEL, the line separator, quotes, backslashes, slashes, emoji and CJK.
    static let awkward: String = {
        var s = ""
        for v in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        return s + "\u{7F}\u{80}\u{9F}\u{2028}\u{2029}\u{202E}\u{200B}\u{FEFF} \"quoted\" \\back\\slash\\ a/b // "
            + "😀👩‍👩‍👧 🇨🇳 é 中文（全角）“引号” \u{10FFFF}\u{E0001}\"\\"
    }()

    @Test func sameBytesForAwkwardStringsAndEveryOptional() throws {
        let a = Self.awkward
        let waiver = Waiver(rule: "r\(a)", project: 3, code: "c\(a)", part: "indicator", row: 12, field: .description, line: 0,
                            severity: a, message: a, reason: "豁免：\(a)", reviewer: a, time: "")
        let bare = Waiver(rule: "", project: nil, code: nil, part: "", row: nil, field: nil, line: -1,
                          severity: "", message: "", reason: "", reviewer: "", time: "")
        let full = Location(part: .indicator, level1: a, level2: "", level3: "三级\n指标", field: .basis, line: 1_234_567, row: 3)
        let fixes: [Fix?] = [nil, Fix(.indicator(row: 2, .value), from: a, to: ""), Fix(.budget(.fiscal), from: "", to: a),
                             Fix(.plan(month: 6), from: "1", to: "2"), Fix(.goal(10), from: "\"", to: "\\"), Fix(.code, from: "/", to: "\n")]
        var findings: [Finding] = []
        for (k, fix) in fixes.enumerated() {
            findings.append(Finding(rule: k.isMultiple(of: 2) ? a : "", severity: Severity.allCases[k % 3], department: k == 1 ? "" : a,
                                    project: k.isMultiple(of: 2) ? nil : a, projectIndex: k, location: k.isMultiple(of: 3) ? full : Location(part: .department, line: k),
                                    message: k == 2 ? "" : a, suggestion: k.isMultiple(of: 2) ? a : nil,
                                    related: k == 0 ? [] : Array(repeating: a, count: k) + [""], fix: fix,
                                    waiver: [nil, waiver, bare][k % 3], document: k > 2 ? "430001-\(k)" : (k == 1 ? a : nil),
                                    relatedDocuments: k == 5 ? [a, ""] : []))
        }
        try expectSame(findings, stale: [waiver, bare], batch: 2, "awkward")
        expectSafeSame(findings, "awkward")
        try expectSame(findings, stale: [bare], batch: 100, "one batch")
        for f in findings { try expectSame([f], "alone") }
        // Nothing but stale waivers.
        try expectSame([], stale: [waiver], "no findings")
    }
}
