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
        #expect(text.hasSuffix("共 1 个错误、61 个警告、18 个提示，涉及 13 个项目（共 13 个）\n"))
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

    /// A 部门整体 table has no 项目名称 (it is no project): its findings and `show` name it by its heading as
    /// printed (岳阳楼区价格认证鉴定中心 2023 整体绩效目标表), not `（项目名称为空）`; a generic heading gets the
    /// unit's name before it. A project table without a name still says `（项目名称为空）`.
    @Test func aDepartmentWideTableIsNamedByItsHeading() throws {
        let text = """
        1.某中心2023年度整体绩效目标表

        某中心2023年度整体绩效目标表
        部门(单位)名称\t某中心
        *部门(单位)职责\t负责价格认定工作
        *年度总体绩效目标\t做好涉案、价格认定工作。
        绩效指标
        一级指标\t二级指标\t三级指标\t指标值类型\t*指标值\t计量单位\t*指标解释\t*评(扣)分标准\t备注
        产出指标\t数量指标\t业务工作支出安排金额\t定量\t28.8万元\t%\t考察安排情况\t未达指标值酌情扣分\t
        \t质量指标\t业务工作支出到位率\t定量\t100\t%\t考察到位情况\t未达指标值酌情扣分\t

        """
        let d = try DocumentReader.read(text: text)
        #expect(d.projects[0].name.isEmpty)
        #expect(d.projects[0].shownName == "某中心2023年度整体绩效目标表")
        let found = RuleEngine().check(d).all
        let out = FindingsText.render(found, document: d, sourcePath: "x/source.txt")
        #expect(out.split(separator: "\n").contains("1. 某中心2023年度整体绩效目标表"))
        #expect(out.contains(": 1.某中心2023年度整体绩效目标表 › 预算: 提示: "))
        #expect(!out.contains("项目名称为空"))
        let shown = DocumentReport.project(d, at: 0)
        #expect(shown.hasPrefix("1. 某中心2023年度整体绩效目标表\n\n"), "heading and title are the name shown: not repeated")
        #expect(shown.contains("部门(单位)职责  负责价格认定工作"), "the form's required-field * is no part of the label")
        #expect(!shown.contains("*部门"))

        var generic = d
        generic.projects[0].heading = "部门整体支出绩效目标表"
        generic.projects[0].tableTitle = ""
        #expect(generic.projects[0].shownName == "某中心部门整体支出绩效目标表")
        var project = d
        project.projects[0].heading = "某项目绩效目标表"
        project.projects[0].tableTitle = ""
        #expect(project.projects[0].shownName.isEmpty)
        #expect(DocumentReport.project(project, at: 0).hasPrefix("1. （项目名称为空）\n"))
        var named = d
        named.projects[0].name = "部门整体支出"
        #expect(named.projects[0].shownName == "部门整体支出")
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
