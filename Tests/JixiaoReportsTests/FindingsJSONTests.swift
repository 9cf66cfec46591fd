import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoSamples
import JixiaoText
import Testing

/// `check --format json` is streamed document by document; what it writes must be the
/// very bytes of the one report other tools have always read.
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
        for b in batches { out += try json.elements(b) }
        return out + (try json.tail(staleWaivers: stale))
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
}
