import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoRules

/// The reviewer's expectations (`CorpusExpectations`), written before the rules, run
/// against the engine on every corpus table and on the sample: what must be marked is,
/// and what must stay quiet does.
@Suite struct CorpusExpectationTests {
    /// The corpus as committed with the reader's tests (`Tests/JixiaoTextTests/Corpus`).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JixiaoTextTests/Corpus").path

    static let files: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func findings(_ name: String) throws -> [Finding] {
        let bytes = [UInt8](FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
        return RuleEngine().check(try DocumentReader.read(bytes: bytes)).all
    }

    @Test func everyCorpusFileHasItsExpectations() {
        #expect(Self.files.count == 14, "corpus folder \(Self.folder)")
        #expect(Set(Self.files) == Set(CorpusExpectations.byFile.keys))
    }

    @Test func everyRuleNamedExists() {
        let ids = Set(RuleCatalogue.all.map(\.id))
        let named = (CorpusExpectations.everyCorpusFile + CorpusExpectations.sample + CorpusExpectations.byFile.values.flatMap { $0 })
            .compactMap(\.rule)
        for id in Set(named).sorted() { #expect(ids.contains(id), "expectations name \(id), which is not a rule") }
        for id in CorpusExpectations.newRuleIds { #expect(ids.contains(id), "\(id) was called for but not written") }
    }

    @Test(arguments: CorpusExpectationTests.files)
    func corpusFile(_ name: String) throws {
        let findings = try Self.findings(name)
        for e in CorpusExpectations.everyCorpusFile + (CorpusExpectations.byFile[name] ?? []) {
            Self.verify(e, findings, in: name)
        }
    }

    @Test func sample() throws {
        let findings = RuleEngine().check(try DocumentReader.read(bytes: BundledSample.bytes)).all
        for e in CorpusExpectations.sample { Self.verify(e, findings, in: "sample") }
    }

    /// No message quotes an empty cell as `“”`, and findings name 二级 by the frame's names.
    @Test(arguments: CorpusExpectationTests.files)
    func findingsReadWell(_ name: String) throws {
        for f in try Self.findings(name) {
            #expect(!f.message.contains("“”") && !(f.suggestion ?? "").contains("“”"), "\(name): \(f.message)")
            if let l2 = f.location.level2, !l2.isEmpty {
                #expect(IndicatorLabel.level2Names.contains(l2), "\(name):\(f.location.line) level2 \(l2)")
            }
            if let l1 = f.location.level1, !l1.isEmpty {
                #expect(IndicatorLabel.level1Names.contains(l1), "\(name):\(f.location.line) level1 \(l1)")
            }
        }
    }

    static func verify(_ e: CorpusExpectation, _ findings: [Finding], in file: String) {
        func on(_ rule: String?, _ line: Int) -> [Finding] {
            findings.filter { (rule == nil || $0.rule == rule) && $0.location.line == line }
        }
        func describe(_ fs: [Finding]) -> String { fs.map { "\($0.location.line) [\($0.rule)] \($0.message)" }.joined(separator: "\n") }
        switch e.kind {
        case .mark(let rule, let line):
            #expect(!on(rule, line).isEmpty, "\(file): \(e)\n\(describe(on(nil, line)))")
        case .markAnywhere(let rule):
            #expect(findings.contains { $0.rule == rule }, "\(file): \(e)")
        case .quiet(let rule, let line):
            #expect(on(rule, line).isEmpty, "\(file): \(e)\n\(describe(on(rule, line)))")
        case .silent(let line):
            #expect(on(nil, line).isEmpty, "\(file): \(e)\n\(describe(on(nil, line)))")
        case .never(let rule):
            let fs = findings.filter { $0.rule == rule }
            #expect(fs.isEmpty, "\(file): \(e)\n\(describe(fs))")
        case .only(let rule, let lines):
            let got = findings.filter { $0.rule == rule }.map(\.location.line).sorted()
            #expect(got == lines.sorted(), "\(file): \(e)\n\(describe(findings.filter { $0.rule == rule }))")
        case .atMostOnce(let rule, let severity):
            let fs = findings.filter { $0.rule == rule }
            #expect(fs.count <= 1 && fs.allSatisfy { $0.severity >= severity }, "\(file): \(e)\n\(describe(fs))")
        }
    }
}
