import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao check` over a workspace of several departments and years: the rules across
/// documents report in each document they concern and name the others.
@Suite(.serialized) struct CrossDocumentCheckTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }
    var sample: String { String(decoding: BundledSample.bytes, as: UTF8.self) }

    func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        pairs.reduce(text) { t, p in
            #expect(t.contains(p.0), "the sample has \(p.0)")
            return t.replacingOccurrences(of: p.0, with: p.1)
        }
    }

    /// The sample (430001, 2021); another department (430002, 2021) with the same tables,
    /// which keeps project 1's code and renumbers the others; and the sample unit's
    /// previous year (2020), where project 3 had less money and a higher satisfaction
    /// target, and project 8 was another project.
    func workspace() throws {
        let other = replacing(sample, [("430001 ", "430002 "), ("机关事务服务中心", "机关事务管理局"),
                                       ("130306", "130307"), ("1303072138UGYGE79H5M", "1303062138UGYGE79H5M")])
        let previous = replacing(sample, [("2021 年部门预算绩效文本", "2020 年部门预算绩效文本"),
                                          ("预算数\t80000.00\t其中：财政资金\t80000.00", "预算数\t60000.00\t其中：财政资金\t60000.00"),
                                          ("工作人员满意度程度\t≥95%", "工作人员满意度程度\t≥98%"),
                                          ("13030621PK2E2LDXR4X0", "13030620ZZ2E2LDXR4X0"),
                                          ("公务用车信息化平台管理运行维护经费", "公务用车平台建设经费")])
        for (name, text) in [("a.txt", sample), ("b.txt", other), ("c.txt", previous)] {
            let r = try jixiao.run(["import", scratch.write(name, Array(text.utf8)), "-w", "ws"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/ws/430002-2021/document.json"))
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/ws/430001-2020/document.json"))
    }

    struct Report: Decodable {
        struct Finding: Decodable {
            var rule: String
            var project: String?
            var location: Location
            var message: String
            var document: String?
            var relatedDocuments: [String]?
            var related: [String]
        }
        struct Location: Decodable { var part: String; var line: Int; var level3: String? }
        var summary: [String: Int]
        var findings: [Finding]
    }

    @Test func findingsAcrossDocumentsInJSON() throws {
        try workspace()
        let r = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(r.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(r.stdout.utf8))
        let across = report.findings.filter { $0.rule.hasPrefix("bureau.") }
        func inDocument(_ id: String, _ rule: String) -> [Report.Finding] { across.filter { $0.document == id && $0.rule == rule } }

        // Project 1 keeps its code in the other department: in both documents, naming each other.
        let shared = inDocument("430001-2021", "bureau.code-shared")
        #expect(shared.map(\.project) == ["1303062138UGYGE79H5MN"])
        #expect(shared.first?.relatedDocuments == ["430002-2021"])
        #expect(shared.first?.message.contains("430002-2021") == true)
        #expect(inDocument("430002-2021", "bureau.code-shared").first?.relatedDocuments == ["430001-2021"])
        // The other twelve have new codes but the same names and amounts: funded twice.
        #expect(inDocument("430001-2021", "bureau.funded-twice").count == 12)
        #expect(inDocument("430002-2021", "bureau.funded-twice").count == 12)
        #expect(inDocument("430001-2021", "bureau.funded-twice").allSatisfy { $0.relatedDocuments == ["430002-2021"] && $0.location.part == "budget" })
        // Last year: project 3's money rose while its satisfaction target went down.
        let lowered = inDocument("430001-2021", "bureau.target-lowered")
        #expect(lowered.map(\.location.level3) == ["工作人员满意度"])
        #expect(lowered.first?.relatedDocuments == ["430001-2020"])
        #expect(lowered.first?.message.contains("≥98%") == true)
        // Project 8 is new this year, and last year's other project is gone.
        let changed = inDocument("430001-2021", "bureau.projects-changed")
        #expect(changed.count == 2)
        #expect(changed.contains { $0.project == "13030621PK2E2LDXR4X0W" && $0.location.part == "header" })
        #expect(changed.contains { $0.project == nil && $0.message.contains("公务用车平台建设经费") })
        // Nothing across years of different units, nothing in last year's document about the next.
        #expect(inDocument("430001-2020", "bureau.projects-changed").isEmpty)
        #expect(across.allSatisfy { $0.document != nil && $0.relatedDocuments?.isEmpty == false })
        // The summary counts them with the rest.
        #expect(report.summary["error"] == report.findings.filter { $0.rule != "" }.count - (report.summary["warning"] ?? 0) - (report.summary["info"] ?? 0))
    }

    @Test func findingsAcrossDocumentsInTextAndSarif() throws {
        try workspace()
        let text = try jixiao.run(["check", "-w", "ws"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("跨文档检查（工作区里 3 份文本之间）"))
        #expect(text.stdout.contains("430001-2021/source.txt:97: 1.机关监控设备维护费 › 表头: 错误: 项目编码“1303062138UGYGE79H5MN”也出现在"))
        #expect(text.stdout.contains("[bureau.code-shared]"))
        #expect(text.stdout.contains("跨文档共 2 个错误"))
        let sarif = try jixiao.run(["check", "-w", "ws", "--format", "sarif"])
        #expect(sarif.stdout.contains("\"ruleId\" : \"bureau.target-lowered\""))
    }

    /// `--document` checks one document, but still against the others.
    @Test func oneDocumentAgainstTheOthers() throws {
        try workspace()
        let r = try jixiao.run(["check", "-w", "ws", "--document", "430002-2021", "--format", "json"])
        let report = try JSONDecoder().decode(Report.self, from: Data(r.stdout.utf8))
        let across = report.findings.filter { $0.rule.hasPrefix("bureau.") }
        #expect(Set(across.map(\.rule)) == ["bureau.code-shared", "bureau.funded-twice"])
        #expect(across.allSatisfy { $0.document == "430002-2021" })
    }

    /// A finding across documents is waived in its document like any other, and its
    /// waiver is reported stale once the other document no longer causes it.
    @Test func waivedAndThenStale() throws {
        try workspace()
        let waive = try jixiao.run(["waive", "-w", "ws", "--document", "430001-2021", "1", "bureau.code-shared",
                                    "--reason", "豁免：两个单位共同承担，编码由上级统一分配"])
        #expect(waive.status == 0, "\(waive.stderr)")
        #expect(waive.stdout.contains("[bureau.code-shared]"))
        struct Waived: Decodable {
            struct F: Decodable { var rule: String; var document: String?; var waiver: W? }
            struct W: Decodable { var reason: String }
            struct S: Decodable { var rule: String; var reason: String }
            var findings: [F]
            var staleWaivers: [S]?
            var summary: [String: Int]
        }
        let r = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        let report = try JSONDecoder().decode(Waived.self, from: Data(r.stdout.utf8))
        let shared = report.findings.filter { $0.rule == "bureau.code-shared" && $0.document == "430001-2021" }
        #expect(shared.count == 1 && shared[0].waiver?.reason == "豁免：两个单位共同承担，编码由上级统一分配")
        #expect(report.findings.filter { $0.rule == "bureau.code-shared" && $0.document == "430002-2021" }.allSatisfy { $0.waiver == nil })
        #expect((report.summary["waived"] ?? 0) >= 1)
        #expect(report.staleWaivers == nil, "nothing stale yet")
        // Checking the document alone does not call the waiver stale either.
        let alone = try jixiao.run(["show", "-w", "ws", "--document", "430001-2021", "1"])
        #expect(!alone.stdout.contains("已失效"))
        // The other department corrects its code: the finding is gone, the waiver stale.
        let set = try jixiao.run(["set", "-w", "ws", "--document", "430002-2021", "1", "code", "13030721NEWCODE00000A"])
        #expect(set.status == 0, "\(set.stderr)")
        let after = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        let stale = try JSONDecoder().decode(Waived.self, from: Data(after.stdout.utf8))
        #expect(!stale.findings.contains { $0.rule == "bureau.code-shared" })
        #expect(stale.staleWaivers?.map(\.rule) == ["bureau.code-shared"])
        let text = try jixiao.run(["check", "-w", "ws"])
        #expect(text.stdout.contains("已失效的豁免"))
    }

    /// An error across departments blocks an approval as the document's own errors do,
    /// until it is waived.
    @Test func anErrorAcrossDepartmentsBlocksTheApproval() throws {
        try workspace()
        let refused = try jixiao.run(["review", "-w", "ws", "--document", "430002-2021", "1", "通过"])
        #expect(refused.status == 2, "\(refused.stdout)")
        #expect(refused.stderr.contains("不能通过"), "\(refused.stderr)")
        #expect(refused.stderr.contains("也出现在"), "the shared code is named: \(refused.stderr)")
        // The way out names the document: the workspace has two.
        #expect(refused.stderr.contains("jixiao waive --document 430002-2021 1 bureau.code-shared --reason 核实无误"), "\(refused.stderr)")
        // Project 2 shares nothing with the other department: it may be approved.
        #expect(try jixiao.run(["review", "-w", "ws", "--document", "430002-2021", "2", "通过"]).status == 0)
        let waive = try jixiao.run(["waive", "-w", "ws", "--document", "430002-2021", "1", "bureau.code-shared",
                                    "--reason", "核实无误"])
        #expect(waive.status == 0, "\(waive.stderr)")
        let approved = try jixiao.run(["review", "-w", "ws", "--document", "430002-2021", "1", "通过"])
        #expect(approved.status == 0, "\(approved.stderr)")
    }

    /// One document alone has nothing to compare with.
    @Test func oneDocumentAloneHasNoneOfThem() throws {
        #expect(try jixiao.run(["import", scratch.write("a.txt", BundledSample.bytes), "-w", "ws"]).status == 0)
        let r = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(!r.stdout.contains("bureau."))
        #expect(!r.stdout.contains("relatedDocuments"))
    }
}
