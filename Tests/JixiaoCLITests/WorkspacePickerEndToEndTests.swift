import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The department picker in the real binary and a real terminal: a workspace of three
/// departments (the sample, the same tables under another unit's code, a real corpus
/// table), each walked into and out of; and the picker as text off a terminal.
@Suite(.serialized) struct WorkspacePickerEndToEndTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    func district() throws -> String {
        let other = BundledSample.text.replacingOccurrences(of: "430001 秦皇岛市抚宁区机关事务服务中心本级",
                                                            with: "430002 秦皇岛市抚宁区文化广电和旅游局本级")
        _ = scratch.write("district/a.txt", BundledSample.bytes)
        _ = scratch.write("district/b.txt", Array(other.utf8))
        _ = scratch.write("district/c.txt", [UInt8](try #require(FileManager.default.contents(atPath: ImportManyCommandTests.corpusFile))))
        let r = try jixiao.run(["import", scratch.path("district"), "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        return scratch.path("ws")
    }

    @Test func walksIntoAndOutOfEachDepartment() throws {
        let ws = try district()
        try Tmux.required()
        let env = ["HOME": scratch.path, "JIXIAO_REVIEWER": "测试审核员"]
        let t = try Tmux(width: 100, height: 30, command: "\(JixiaoBinary.path) -w \(Tmux.quote(ws)); echo EXIT=$?", environment: env)
        let list = try t.wait(forAll: ["3 个部门  27 个项目", "430002", "青山区教育局", "2 个部门有跨部门问题"])
        #expect(list != nil)
        // Sorted by code: 430001, 430002, then the table that prints no code (its folder name).
        let departments = [("机关事务服务中心 2021 年部门预算绩效文本", "1/13  机关监控设备维护费"), ("文化广电和旅游局", "1/13  机关监控设备维护费"),
                           ("青山区教育局", "1/1  ")]
        for (k, (expected, project)) in departments.enumerated() {
            if k > 0 { try t.keys("j") }
            try t.keys("Enter")
            #expect(try t.wait(forAll: [expected, "Esc 部门列表"]) != nil, "department \(k + 1)")
            // Into a project and all the way back out to the list.
            try t.keys("j", "Enter")
            #expect(try t.wait(for: project) != nil, "a project of department \(k + 1)")
            try t.keys("Escape")
            #expect(try t.wait(for: "Esc 部门列表") != nil)
            try t.keys("Escape")
            #expect(try t.wait(forAll: ["3 个部门  27 个项目", "Enter 打开部门"]) != nil, "back from department \(k + 1)")
        }
        // The filter and the sort from the keyboard.
        try t.keys("f")
        #expect(try t.wait(for: "只看有错误的：") != nil)
        // Esc alone (an Esc straight before a letter is that letter with Alt).
        try t.keys("Escape")
        #expect(try t.wait(for: "显示全部 3 个部门") != nil)
        try t.keys("s", "S")
        #expect(try t.wait(for: "按“单位名称”从大到小") != nil)
        // The list as the bureau's review summary, under the workspace's exports/.
        try t.keys("x")
        #expect(try t.wait(for: "导出部门审核汇总") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "已导出 3 个部门的审核汇总") != nil)
        let summary = FileManager.default.contents(atPath: ws + "/exports/部门审核汇总.xlsx")
        #expect(summary?.starts(with: [0x50, 0x4B]) == true, "a workbook (a zip) was written")
        try t.keys("x", "Enter")
        #expect(try t.wait(for: "覆盖吗") != nil)
        try t.keys("n")
        #expect(try t.wait(for: "没有覆盖") != nil)
        // Esc alone again, then q.
        try t.keys("Escape")
        #expect(try t.wait(for: "q 退出  F5 刷新") != nil)
        try t.keys("q")
        let end = try t.wait(for: "EXIT=0")
        let screen = try t.screen()
        #expect(end != nil, "\(screen)")
    }

    @Test func offATerminalTheListIsText() throws {
        let ws = try district()
        let r = try jixiao.run(["-w", ws])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("3 份文档"))
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("430001") && $0.contains("8,197,386.00") && $0.contains("E13") })
        #expect(lines.contains { $0.contains("青山区教育局") })
    }

    /// `show` with several documents and none named lists the departments as the picker does;
    /// `--json` gives each one's summary for a bureau's own tables, null where there is no value.
    @Test func showListsTheDepartments() throws {
        let ws = try district()
        let text = try jixiao.run(["show", "-w", ws])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("3 份文档"))
        #expect(text.stdout.split(separator: "\n").contains { $0.contains("430002-2021") && $0.contains("文化广电和旅游局") })

        let r = try jixiao.run(["show", "-w", ws, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(root["workspace"] as? String == ws)
        let docs = try #require(root["documents"] as? [[String: Any]])
        #expect(docs.compactMap { $0["id"] as? String } == ["430001-2021", "430002-2021", "青山区教育局-2020"])
        let sample = docs[0]
        #expect(sample["unitName"] as? String == "秦皇岛市抚宁区机关事务服务中心本级")
        #expect(sample["year"] as? Int == 2021 && sample["projects"] as? Int == 13 && sample["version"] as? Int == 1)
        #expect(sample["budgetTotal"] as? String == "8197386.00")
        let findings = try #require(sample["findings"] as? [String: Int])
        #expect(findings["errors"] == 1 && findings["warnings"] == 61 && findings["infos"] == 18, "\(findings)")
        // Its own findings above; the two tables of the same projects under two codes have findings
        // across departments on both, counted apart as the picker shows them.
        #expect((sample["acrossDocuments"] as? Int ?? 0) > 0 && (docs[1]["acrossDocuments"] as? Int ?? 0) > 0)
        #expect(docs[2]["acrossDocuments"] as? Int == 0)
        #expect(sample["review"] as? [String: Int] == ["approved": 0, "returned": 0, "pending": 13])
        #expect(sample["grade"] is NSNull && sample.keys.contains("grade"))
        #expect(docs.allSatisfy { $0["changedOutside"] as? Bool == false })

        // A project number means nothing without a document: still asked for.
        let p = try jixiao.run(["show", "-w", ws, "3"])
        #expect(p.status == 2 && p.stderr.contains("--document"), "\(p.stderr)")
        // And a named document is shown as before.
        let one = try jixiao.run(["show", "-w", ws, "--document", "430002-2021"])
        #expect(one.status == 0 && one.stdout.contains("文化广电和旅游局"), "\(one.stderr)")
    }

    /// A `document.json` changed by hand (still readable, its checksum no longer matching)
    /// is listed as it now reads and marked: its record is not to be taken as the review's.
    @Test func aDocumentChangedOutsideIsMarkedInTheList() throws {
        let ws = try district()
        let path = scratch.path("ws/430002-2021/document.json")
        let text = String(decoding: scratch.read("ws/430002-2021/document.json"), as: UTF8.self)
        _ = scratch.write("ws/430002-2021/document.json", Array(text.replacingOccurrences(of: "文化广电和旅游局", with: "文化广电旅游局").utf8))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: path)
        let r = try jixiao.run(["show", "-w", ws, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let docs = try #require(root["documents"] as? [[String: Any]])
        #expect(docs.map { $0["changedOutside"] as? Bool } == [false, true, false])
        let listed = try jixiao.run(["show", "-w", ws])
        #expect(listed.stdout.split(separator: "\n").contains { $0.contains("430002-2021") && $0.contains("外部改动（只读）") }, "\(listed.stdout)")
        // `check` keeps its own summary of it: still marked.
        _ = try jixiao.run(["check", "-w", ws])
        let again = try jixiao.run(["show", "-w", ws, "--json"])
        let docs2 = try #require((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])?["documents"] as? [[String: Any]])
        #expect(docs2.map { $0["changedOutside"] as? Bool } == [false, true, false])
    }

    /// Off a terminal, a department that cannot be read is named on stderr and the exit is 2:
    /// the list never looks complete when it is not.
    @Test func offATerminalAnUnreadableDepartmentIsSaid() throws {
        let ws = try district()
        _ = scratch.write("ws/430002-2021/document.json", Array("{ cut".utf8))
        try? FileManager.default.removeItem(atPath: scratch.path("ws/430002-2021/summary.json"))
        for args in [["-w", ws], ["show", "-w", ws], ["show", "-w", ws, "--json"]] {
            let r = try jixiao.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("读不出 430002-2021"), "\(args): \(r.stderr)")
            #expect(r.stdout.contains("430001"), "the others are listed: \(args)")
        }
    }
}
