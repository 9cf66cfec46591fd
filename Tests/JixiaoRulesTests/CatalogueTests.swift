import Foundation
import Testing
@testable import JixiaoRules

/// The catalogue is the single list of rules: a rule written in `Sources/JixiaoRules/Rules/`
/// but left out of `RuleCatalogue.all` would never run, and nothing else would notice.
@Suite struct CatalogueTests {
    /// `Sources/JixiaoRules/Rules/`, found from this file's place in the repository.
    static let rulesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/JixiaoRules/Rules")

    /// Each rule file: its name and the rule ids declared in it (`id: "…"` at the start of a line).
    static func ruleFiles() throws -> [(file: String, ids: [String])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: rulesFolder.appendingPathComponent(name), encoding: .utf8)
            let ids = text.split(separator: "\n").compactMap { line -> String? in
                let t = line.drop { $0 == " " }
                guard t.hasPrefix("id: \"") else { return nil }
                return String(t.dropFirst(5).prefix { $0 != "\"" })
            }
            return (name, ids)
        }
    }

    @Test func everyRuleFileIsInTheCatalogue() throws {
        let files = try Self.ruleFiles()
        #expect(files.count >= 20, "found only \(files.count) rule files in \(Self.rulesFolder.path)")
        let catalogue = Set(RuleCatalogue.all.map(\.id))
        for f in files {
            #expect(f.ids.count == 1, "\(f.file) should declare exactly one rule, declares \(f.ids)")
            for id in f.ids where !catalogue.contains(id) {
                Issue.record("\(f.file) declares \(id), which RuleCatalogue.all does not list")
            }
        }
        let declared = Set(files.flatMap(\.ids))
        #expect(catalogue.subtracting(declared).sorted() == [], "rules in the catalogue without a file in Rules/")
        #expect(RuleCatalogue.all.count == files.count, "a rule is listed twice, or a file declares none")
    }

    @Test func eachRuleFileIsItsOwnNamespace() throws {
        for f in try Self.ruleFiles() {
            let name = String(f.file.dropLast(".swift".count))
            let text = try String(contentsOf: Self.rulesFolder.appendingPathComponent(f.file), encoding: .utf8)
            #expect(text.contains("enum \(name) {\n    static let rule = Rule("), "\(f.file) should hold `enum \(name) { static let rule = Rule(…) }`")
            #expect(!text.contains("extension RuleCatalogue"), "\(f.file): helpers belong to the rule's own namespace")
        }
    }
}
