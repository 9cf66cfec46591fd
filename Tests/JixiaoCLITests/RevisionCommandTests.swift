import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The second round end to end with the real binary: import, return with an opinion,
/// import the revised text, see the comparison beside the opinion, approve, verify.
@Suite(.serialized) struct RevisionCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary {
        var j = JixiaoBinary(home: scratch.path)
        j.environment = ["JIXIAO_REVIEWER": "王审核", "TZ": "Asia/Shanghai"]
        return j
    }

    /// The sample with project 2's first indicator value (配套设施完成率) raised from ≥95% to ≥98%.
    func revisedSample() throws -> String {
        let text = BundledSample.text
        let row = "配套设施完成率\t更换设备完成率\t≥95%"
        let range = try #require(text.range(of: row))
        let revised = text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%")
        return scratch.write("修改稿.txt", Array(revised.utf8))
    }

    func journal() -> [String] {
        String(decoding: scratch.read("ws/430001-2021/journal.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func aReturnedProjectGoesThroughItsSecondRound() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "2", "退回", "--comment", "请说明更换范围"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "2", "comment", "--row", "1", "--comment", "完成率目标偏低"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "1", "通过"]).status == 0)

        let revised = try revisedSample()
        let imported = try jixiao.run(["import", revised, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("已导入修改稿：430001-2021 第 2 版（修改稿.txt，13 个项目，日志第 5 条）\n"))
        #expect(imported.stdout.contains("改了 1 个项目，12 个未改，1 个通过保留，1 个回到待审"))
        #expect(imported.stdout.contains("2. 更换省控环境空气自动监测站监测设备经费：退回 → 待审，1 处改动"))
        #expect(String(decoding: scratch.read("ws/430001-2021/source.txt"), as: UTF8.self) == BundledSample.text)

        // The change, with the project's 退回 opinion at its head and the row's opinion under the row's change.
        let changes = try jixiao.run(["changes", "-w", "ws", "--since-revision"])
        #expect(changes.status == 0)
        let lines = changes.stdout.split(separator: "\n").map(String.init)
        let head = try #require(lines.firstIndex { $0.hasPrefix("2. 更换省控环境空气自动监测站监测设备经费") })
        #expect(lines[head].hasSuffix("：退回 → 待审"))
        #expect(lines[head + 1].hasPrefix("  退回意见（王审核，") && lines[head + 1].hasSuffix("）：请说明更换范围"))
        #expect(lines[head + 2] == "  第 1 行指标的指标值：“≥95%” → “≥98%”")
        #expect(lines[head + 3].hasPrefix("    ↳ 第 1 行的审核意见（王审核，") && lines[head + 3].hasSuffix("）：完成率目标偏低"))
        #expect(changes.stdout.contains("未改的 12 个项目（1、3、4、5、6、7、8、9、10、11、12、13）保留审核结论"))
        // The same, as the journal recorded it, for other tools.
        let json = try jixiao.run(["changes", "-w", "ws", "--since-revision", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(obj["version"] as? Int == 2 && obj["seq"] as? Int == 5)
        let projects = try #require((obj["comparison"] as? [String: Any])?["projects"] as? [[String: Any]])
        #expect(projects.count == 13)
        #expect(projects[1]["before"] as? String == "returned" && projects[1]["after"] as? String == "pending")
        #expect((projects[1]["changes"] as? [[String: String]])?.first == ["field": "indicator.1.value", "old": "≥95%", "new": "≥98%"])

        // Project 2 is 待审 with its opinions; the unchanged approved project 1 is still 通过.
        let show = try jixiao.run(["show", "-w", "ws"])
        #expect(show.stdout.contains("机关监控设备维护费                         20,000.00  通过"))
        #expect(show.stdout.contains("更换省控环境空气自动监测站监测设备经费    975,000.00  待审（意见 2）"))
        let log = try jixiao.run(["log", "-w", "ws"])
        #expect(log.stdout.contains("导入修改稿（第 2 版）  修改稿.txt（13 个项目"))

        // Approved in the second round; the journal replays across both versions.
        let approved = try jixiao.run(["review", "-w", "ws", "2", "通过"])
        #expect(approved.status == 0, "\(approved.stderr)")
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("从 source.txt、source-2.txt 重放的结果与 document.json 一致"))
        #expect(try jixiao.run(["changes", "-w", "ws", "--since-revision", "2"]).stdout.contains("：退回 → 待审（现在：通过）"))

        // The same text again writes nothing.
        let again = try jixiao.run(["import", revised, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(again.status == 0)
        #expect(again.stdout == "修改稿.txt 与 430001-2021 第 2 版的原文完全相同：没有导入，没有改动\n")
        #expect(journal().count == 6)
        // The 审核意见书 of the second round says which version of the text it is of.
        let report = try jixiao.run(["report", "-w", "ws", "-o", scratch.path("意见书.txt")])
        #expect(report.status == 0, "\(report.stderr)")
        let letter = String(decoding: FileManager.default.contents(atPath: scratch.path("意见书.txt")) ?? Data(), as: UTF8.self)
        #expect(letter.contains("430001-2021（第 2 版，修改稿）"), "\(letter.prefix(400))")
        // The first round's opinions say they were about 第 1 版.
        #expect(letter.filter { !$0.isWhitespace }.contains("对第1版）"), "\(letter)")

        // A tampered source-2.txt is caught.
        chmod(scratch.path("ws/430001-2021/source-2.txt"), 0o644)
        _ = scratch.write("ws/430001-2021/source-2.txt", BundledSample.bytes)
        let tampered = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("source-2.txt 与导入时不同（SHA-256 不符）"))
    }

    /// A 修改稿 that keeps the unit's old text where the reviewer had corrected it: the
    /// import says the reviewer's change is gone, with the field and both values.
    @Test func theReviewersEditTheRevisionDidNotTakeIsSaid() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        let text = BundledSample.text.replacingOccurrences(of: "配套设施完成率\t更换设备完成率\t≥95%", with: "配套设施完成率\t更换设备完成率\t≥98%")
        let r = try jixiao.run(["import", scratch.write("修改稿.txt", Array(text.utf8)), "--revision-of", "430001-2021", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("注意：修改稿没有采用审核人的 1 处修改"), "\(r.stdout)")
        #expect(r.stdout.contains("3. 公共机构节能经费 第 1 行指标的指标值：审核人改为“8 万元”，修改稿仍是“57.66 万元”"), "\(r.stdout)")
    }

    /// What the unit changed in the department part (部门整体绩效目标) is listed field by
    /// field as a project's changes are: on import, in the comparison, and on its own with
    /// `部门` (refused before), for the latest revision and for one asked for by number.
    @Test func theDepartmentPartsChangesAreListed() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        let text = BundledSample.text.replacingOccurrences(of: "1、完善制度建设。", with: "1、完善制度建设，按季考核。")
            .replacingOccurrences(of: "配套设施完成率\t更换设备完成率\t≥95%", with: "配套设施完成率\t更换设备完成率\t≥98%")
        let r = try jixiao.run(["import", scratch.write("修改稿.txt", Array(text.utf8)), "--revision-of", "430001-2021", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  部门整体绩效目标：1 处改动\n"), "\(r.stdout)")
        let change = "  工作保障措施第 2 段：“完善制度建设。进一步完善制度建设"
        for args in [["--since-revision"], ["--since-revision", "部门"], ["--revision", "2", "部门"]] {
            let c = try jixiao.run(["changes", "-w", "ws"] + args)
            #expect(c.status == 0, "\(args): \(c.stderr)")
            let lines = c.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let head = try #require(lines.firstIndex(of: "部门整体绩效目标：1 处改动"), "\(args): \(c.stdout)")
            #expect(lines[head + 1].hasPrefix(change) && lines[head + 1].contains("” → “完善制度建设，按季考核。进一步"), "\(args): \(c.stdout)")
            // With 部门, the department part alone.
            #expect(c.stdout.contains("更换省控环境空气自动监测站监测设备经费") == (args.count == 1), "\(args): \(c.stdout)")
        }
        let json = try jixiao.run(["changes", "-w", "ws", "--since-revision", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let recorded = try #require((obj["comparison"] as? [String: Any])?["departmentChanges"] as? [[String: String]])
        #expect(recorded.map { $0["field"] } == ["overall.measure.2"])
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }

    /// A 修改稿 sent without any project returned, and one that goes back to an earlier
    /// version's text, are imported — and said to be so.
    @Test func aRevisionWithNothingReturnedOrBackToAnEarlierTextIsPointedOut() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        let first = try jixiao.run(["import", try revisedSample(), "--revision-of", "430001-2021", "-w", "ws"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("注意：导入前没有退回的项目：这份修改稿是单位自行提交的"), "\(first.stdout)")
        #expect(!first.stdout.contains("原文完全相同"))
        #expect(try jixiao.run(["review", "-w", "ws", "2", "退回", "--comment", "完成率应按上年实际测算"]).status == 0)
        let back = try jixiao.run(["import", sample, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("第 3 版"), "\(back.stdout)")
        #expect(back.stdout.contains("注意：修改稿与第 1 版的原文完全相同：单位改回了第 1 版的写法"), "\(back.stdout)")
        #expect(!back.stdout.contains("导入前没有退回的项目"))
    }

    /// After a third round, the second is still there to read: `--revision 2` shows it
    /// against the document as it stood then (replayed), `--revision 3` is the latest;
    /// a version there is not is refused with the ones there are.
    @Test func anEarlierRevisionIsShownByItsNumber() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "2", "退回", "--comment", "完成率应按上年实际测算"]).status == 0)
        #expect(try jixiao.run(["import", try revisedSample(), "--revision-of", "430001-2021", "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "2", "退回", "--comment", "请说明依据"]).status == 0)
        #expect(try jixiao.run(["import", sample, "--revision-of", "430001-2021", "-w", "ws"]).status == 0)

        let second = try jixiao.run(["changes", "-w", "ws", "--revision", "2"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("第 2 版（修改稿.txt，"), "\(second.stdout)")
        #expect(second.stdout.contains("与第 1 版比较"))
        #expect(second.stdout.contains("2. 更换省控环境空气自动监测站监测设备经费（130306213Y340MHG6EHID）：退回 → 待审"), "\(second.stdout)")
        #expect(second.stdout.contains("第 1 行指标的指标值：“≥95%” → “≥98%”"))
        // The opinion of the second round came after version 2: not beside its changes.
        #expect(!second.stdout.contains("请说明依据"))
        let one = try jixiao.run(["changes", "-w", "ws", "--revision", "2", "2"])
        #expect(one.stdout.contains("退回 → 待审") && !one.stdout.contains("未改的"), "\(one.stdout)")
        let json = try jixiao.run(["changes", "-w", "ws", "--revision", "2", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(record["version"] as? Int == 2)

        let third = try jixiao.run(["changes", "-w", "ws", "--revision", "3"])
        #expect(third.stdout == (try jixiao.run(["changes", "-w", "ws", "--since-revision"])).stdout)
        #expect(third.stdout.contains("“≥98%” → “≥95%”"), "\(third.stdout)")

        let none = try jixiao.run(["changes", "-w", "ws", "--revision", "4"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("430001-2021 没有第 4 版修改稿") && none.stderr.contains("第 2、3 版"), "\(none.stderr)")
        let first = try jixiao.run(["changes", "-w", "ws", "--revision", "1"])
        #expect(first.status == 2)
        #expect(first.stderr.contains("第 1 版是最初导入的原文"))
    }

    @Test func revisionsThatCannotBeImportedAreRefusedWithWhatToDo() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        let none = try jixiao.run(["changes", "-w", "ws", "--since-revision"])
        #expect(none.status == 0)
        #expect(none.stdout == "430001-2021 还没有导入修改稿（只有第 1 版）。导入：jixiao import 文件 --revision-of 430001-2021\n")
        #expect(try jixiao.run(["changes", "-w", "ws", "--since-revision", "--format", "json"]).stdout == "null\n")
        let other = scratch.write("other.txt", Array(BundledSample.text.replacingOccurrences(of: "430001", with: "430002").utf8))
        let wrongUnit = try jixiao.run(["import", other, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(wrongUnit.status == 2)
        #expect(wrongUnit.stderr.contains("不是 430001-2021 的修改稿：它是 430002 秦皇岛市抚宁区机关事务服务中心 2021 年，文档 430001-2021 是 430001"))
        let noDocument = try jixiao.run(["import", sample, "--revision-of", "430009-2021", "-w", "ws"])
        #expect(noDocument.status == 2)
        #expect(noDocument.stderr.contains("里没有文档 430009-2021，无法导入它的修改稿"))
        #expect(noDocument.stderr.contains("提示：工作区里的文档：430001-2021"))
        let two = try jixiao.run(["import", sample, other, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(two.status == 2)
        #expect(two.stderr.contains("--revision-of 一次只能导入一个修改稿"))
        // Imported without --revision-of, a revised text is refused with the way to do it.
        let revised = try revisedSample()
        let plain = try jixiao.run(["import", revised, "-w", "ws"])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("修改稿用 jixiao import 文件 --revision-of 430001-2021 导入"))
        let batch = try jixiao.run(["import", revised, other, "-w", "ws"])
        #expect(batch.stdout.contains("内容不同，未覆盖；修改稿用 --revision-of 导入"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("ws/430002-2021")))
                let cut = scratch.write("cut.txt", Array(BundledSample.bytes.prefix(3000)))
        let unreadable = try jixiao.run(["import", cut, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.hasPrefix("\(cut):"))
        #expect(journal().count == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("ws/430001-2021/source-2.txt")))
    }
}
