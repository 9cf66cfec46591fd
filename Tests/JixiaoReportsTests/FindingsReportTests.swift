import Foundation
import JixiaoReports
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoText
import JixiaoTestSupport
import Testing

@Suite struct FindingsReportTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)
    var findings: [Finding] { RuleEngine().check(doc).all }

    /// The sample's report, reviewed line by line when it was committed.
    @Test func sampleReportMatchesGolden() {
        Golden.check(FindingsText.render(findings, document: doc, sourcePath: "430001-2021/source.txt"), "sample-check.txt")
    }

    @Test func oneFindingPerLineLocationFirst() {
        let text = FindingsText.render(findings, document: doc, sourcePath: "430001-2021/source.txt")
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("430001-2021/source.txt:") }
        #expect(lines.count == findings.count)
        let amount = lines.first { $0.contains("[indicator.amount-vs-budget]") }!
        #expect(amount.hasPrefix("430001-2021/source.txt:137: 3.公共机构节能经费 › 产出指标/数量指标/公共机构节能工作经费金额 › 指标值: 错误: "))
        #expect(amount.contains("建议：数量指标写这笔钱完成的工作量"))
        #expect(text.hasSuffix("共 1 个错误、56 个警告、18 个提示，涉及 13 个项目（共 13 个）\n"))
    }

    /// A table without a 项目编码 row: its heading names the project without an empty bracket.
    @Test func aProjectWithoutCodeHasNoEmptyBracket() throws {
        let text = CountyTables.titled
        let d = try DocumentReader.read(text: text)
        #expect(d.projects[0].code.isEmpty)
        let found = RuleEngine().check(d).all
        #expect(found.contains { $0.projectIndex == 0 }, "the table is incomplete: some finding names the project")
        let out = FindingsText.render(found, document: d, sourcePath: "x/source.txt")
        #expect(out.split(separator: "\n").contains("1. 村组干部报酬"))
        #expect(!out.contains("（）"))
        let nameless = FindingsText.render(found, document: { var n = d; n.projects[0].name = ""; return n }(), sourcePath: "x/source.txt")
        #expect(nameless.split(separator: "\n").contains("1. （项目名称为空）"))
        #expect(nameless.contains("x/source.txt:"))
        #expect(!nameless.contains("1. › "))
    }

    @Test func sarifDecodesAsVersion210() throws {
        let log = FindingsSarif.log(findings.map { ($0, doc, "430001-2021/source.txt") }, version: "test")
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        let obj = try JSONSerialization.jsonObject(with: e.encode(log)) as! [String: Any]
        #expect(obj["version"] as? String == "2.1.0")
        #expect(obj["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = (obj["runs"] as! [[String: Any]])[0]
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        #expect(driver["name"] as? String == "jixiao")
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.count == RuleCatalogue.all.count)
        #expect(rules.allSatisfy { $0["id"] is String && ($0["shortDescription"] as? [String: String])?["text"] != nil })
        let results = run["results"] as! [[String: Any]]
        #expect(results.count == findings.count)
        // Each result's level is its finding's severity in SARIF's words, in order:
        // 错误 error, 警告 warning, 提示 note.
        let levels = findings.map { f -> String in
            switch f.severity { case .error: "error"; case .warning: "warning"; case .info: "note" }
        }
        #expect(results.map { $0["level"] as? String } == levels)
        #expect(Set(levels) == ["error", "warning", "note"], "the sample has findings of every severity")
        for r in results {
            #expect(r["ruleId"] is String)
            #expect(((r["message"] as! [String: Any])["text"] as! String).isEmpty == false)
            let loc = (r["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any]
            #expect((loc["region"] as! [String: Any])["startLine"] as! Int > 0)
            let index = r["ruleIndex"] as! Int
            #expect(rules[index]["id"] as? String == r["ruleId"] as? String)
        }
    }

    @Test func ruleReferenceIsCurrent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/rules.md").path
        let committed = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(committed == RuleReference.markdown(), "docs/rules.md is stale: run `swift run jixiao rules --markdown > docs/rules.md`")
    }

    @Test func ruleDetailShowsExamples() {
        let text = RuleReference.detail(RuleCatalogue.rule("indicator.amount-vs-budget")!)
        #expect(text.contains("适当性"))
        #expect(text.contains("✗ 所需资金写 57.66 万元"))
        #expect(text.contains("✓ 13.33 万元对预算数 133,306 元"))
        let list = RuleReference.list()
        for r in RuleCatalogue.all { #expect(list.contains(r.id)) }
    }
}
