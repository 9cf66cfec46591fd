import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoStore
import JixiaoTestSupport
import Testing

/// The real binary, run as a reviewer would: import, show, set, review, export, log.
@Suite(.serialized) struct CommandLineTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }
    var sample: String { scratch.write("sample.txt", BundledSample.bytes) }

    func imported() throws -> String {
        let r = try jixiao.run(["import", sample, "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        return scratch.path + "/ws"
    }

    @Test func importPrintsASummary() throws {
        let r = try jixiao.run(["import", sample, "-w", "ws"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效文本（草案）"))
        #expect(r.stdout.contains("单位编码 430001，13 个项目，预算数合计 8,197,386.00 元"))
        #expect(r.stdout.contains("13 张项目表：目录、标题、项目编码都是 13，序号连续"))
        #expect(scratch.list("ws") == ["430001-2021", "jixiao.json"])
    }

    @Test func showOverviewAlignsAmounts() throws {
        _ = try imported()
        let r = try jixiao.run(["show", "-w", "ws"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let p10 = try #require(lines.first { $0.contains("大气办日常办公及相关工作资金") })
        let p1 = try #require(lines.first { $0.contains("机关监控设备维护费") })
        // Right-aligned: the amounts end in the same display column.
        let end10 = p10.range(of: "2,965,280.00")!.upperBound
        let end1 = p1.range(of: "20,000.00")!.upperBound
        #expect(width(String(p10[..<end10])) == width(String(p1[..<end1])))
        #expect(r.stdout.contains("合计"))
        #expect(r.stdout.contains("8,197,386.00"))
    }

    @Test func showProjectThreeWithAllRows() throws {
        _ = try imported()
        for key in ["3", "13030621A4W2U9FHZ556R", "13030621A4W2U9FHZ556 R"] {
            let r = try jixiao.run(["show", "-w", "ws", key])
            #expect(r.status == 0)
            #expect(r.stdout.hasPrefix("3. 公共机构节能经费"))
            for text in ["13030621A4W2U9FHZ556R", "80,000.00 元", "25.00%", "考核迎检", "公共机构节能工作经费金额", "57.66 万元",
                         "各项后勤保障工作保障率", "经费保障及时性", "按合同规定执行", "生态效益指标", "工作人员满意度", "≥95%"] {
                #expect(r.stdout.contains(text), "\(text)")
            }
        }
        let json = try jixiao.run(["show", "-w", "ws", "3", "--json"])
        let obj = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(obj?["code"] as? String == "13030621A4W2U9FHZ556R")
        #expect((obj?["indicators"] as? [Any])?.count == 6)
    }

    @Test func unknownProjectAndUsageErrorsExitTwo() throws {
        _ = try imported()
        let r = try jixiao.run(["show", "-w", "ws", "99"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("没有项目“99”"))
        let u = try jixiao.run(["show", "--bogus"])
        #expect(u.status == 2)
        let missing = try jixiao.run(["show", "-w", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("工作区"))
    }

    @Test func errorsReadLikeACompilersOnStderr() throws {
        _ = try imported()
        let project = try jixiao.run(["show", "-w", "ws", "99"])
        #expect(project.status == 2)
        #expect(project.stdout.isEmpty)
        #expect(project.stderr == "错误：没有项目“99”\n  提示：用项目序号（1、2、3、4、5、6、7、8、9、10、11、12、13）或项目编码指定\n")
        let file = scratch.write("bad.txt", Array("标题\n".utf8) + [0, 1])
        let placed = try jixiao.run(["import", file, "-w", "ws"])
        #expect(placed.status == 2)
        let lines = placed.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty, "\(placed.stderr)")
        #expect(lines[0].hasPrefix(file + ":2: 错误："), "\(placed.stderr)")
        #expect(lines[1].hasPrefix("  提示："), "\(placed.stderr)")
    }

    @Test func setEditsAndLogVerifies() throws {
        _ = try imported()
        let r = try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8万元", "--reviewer", "王审核"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("“57.66 万元” → “8万元”"))
        let bad = try jixiao.run(["set", "-w", "ws", "3", "budget.total", "8,00"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("不是金额"))
        let field = try jixiao.run(["set", "-w", "ws", "3", "budget.sum", "1"])
        #expect(field.status == 2)
        #expect(field.stderr.contains("可用的字段"))
        let log = try jixiao.run(["log", "-w", "ws"])
        #expect(log.stdout.contains("王审核"))
        #expect(log.stdout.contains("修改  项目 3 第 1 行指标的指标值：“57.66 万元” → “8万元”"))
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("日志完整：2 条记录"))
    }

    @Test func tamperedJournalFailsVerification() throws {
        let ws = try imported()
        _ = try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8万元"])
        _ = try jixiao.run(["set", "-w", "ws", "1", "name", "机关监控设备维护经费"])
        let journal = ws + "/430001-2021/journal.jsonl"
        var text = String(decoding: FileManager.default.contents(atPath: journal)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "8万元", with: "9万元")
        _ = FileManager.default.createFile(atPath: journal, contents: Data(text.utf8))
        let r = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("第 2 行被改动过"))
        // And the workspace will not take further edits until someone looks.
        let set = try jixiao.run(["set", "-w", "ws", "2", "name", "x"])
        #expect(set.status == 2)
        #expect(set.stderr.contains("只读"))
    }

    @Test func secondWriterGetsReadOnly() throws {
        let ws = try imported()
        // util-linux flock(1) takes the same flock(2) lock another jixiao would hold.
        try #require(Self.flock != nil, "flock (util-linux) is needed")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // -F: flock execs sleep in its own process, so terminating it frees the lock.
        holder.arguments = ["-F", "-x", ws + "/430001-2021", "sleep", "30"]
        try holder.run()
        // SIGKILL: the test runner's children may inherit a mask that blocks SIGTERM.
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        // Wait until the lock is held.
        var held = false
        for _ in 0..<100 {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
            probe.arguments = ["-n", "-x", ws + "/430001-2021", "-c", "true"]
            try probe.run()
            probe.waitUntilExit()
            if probe.terminationStatus != 0 { held = true; break }
            usleep(20_000)
        }
        #expect(held)
        // Busy is not bad input: exit code 3, try again (or --wait).
        let r = try jixiao.run(["set", "-w", "ws", "3", "name", "x"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("另一个 Jixiao 正在编辑"))
        #expect(r.stderr.contains("--wait"))
        let review = try jixiao.run(["review", "-w", "ws", "3", "approve", "--wait", "0.2"])
        #expect(review.status == 3)
        // Every command that journals says busy the same way, and waits when asked.
        for args in [["waive", "3", "indicator.amount-vs-budget", "--row", "1", "--reason", "核实无误"],
                     ["unwaive", "3", "indicator.amount-vs-budget", "--row", "1"], ["grade", "中"],
                     ["export", "-o", "out.txt", "--draft"], ["report", "-o", "report.txt"]] {
            let r = try jixiao.run(args + ["-w", "ws", "--wait", "0.1"])
            #expect(r.status == 3, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.contains("另一个 Jixiao 正在编辑"), "\(args[0]): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: jixiao.home + "/out.txt"))
        let show = try jixiao.run(["show", "-w", "ws", "3"])
        #expect(show.status == 0)
    }

    /// `--wait SECONDS`: a change waits for the other writer to finish.
    @Test func waitsForTheOtherWriterWithWait() throws {
        let ws = try imported()
        let flock = try #require(Self.flock, "flock (util-linux) is needed")
        let start = Date()
        // Holds the document's lock for a second, from another process.
        let holder = Thread { _ = try? ChildProcess.run([flock, "-x", ws + "/430001-2021", "sleep", "1"], capture: false) }
        holder.start()
        var held = false
        for _ in 0..<100 where !held {
            held = (try? ChildProcess.run([flock, "-n", "-x", ws + "/430001-2021", "true"], capture: false).status) == 1
            if !held { usleep(10_000) }
        }
        try #require(held)
        let r = try jixiao.run(["set", "-w", "ws", "3", "name", "公共机构节能工作经费", "--wait", "30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Date().timeIntervalSince(start) < 30)
        let bad = try jixiao.run(["set", "-w", "ws", "3", "name", "x", "--wait", "-1"])
        #expect(bad.status == 2)
    }

    /// util-linux flock(1), which takes the same flock(2) lock another jixiao would hold.
    /// CI installs it; a test that needs it fails without it.
    static let flock: String? = ["/usr/bin/flock", "/bin/flock"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func exportNeedsApprovalOrDraft() throws {
        _ = try imported()
        let refused = try jixiao.run(["export", "-w", "ws", "--format", "text", "-o", "out.txt"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("13 个项目未通过审核"))
        #expect(!scratch.exists("out.txt"))

        let draft = try jixiao.run(["export", "-w", "ws", "--format", "text", "-o", "out.txt", "--draft"])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = String(decoding: FileManager.default.contents(atPath: scratch.path + "/out.txt")!, as: UTF8.self)
        #expect(text.hasPrefix("【审核中的草稿：13 个项目未通过审核，1 个错误未改正或豁免】"))
        // The export reads back as the same document.
        let again = try jixiao.run(["import", scratch.path + "/out.txt", "-w", "ws2"])
        #expect(again.status == 0, "\(again.stderr)")
        let a = try stored(scratch.path + "/ws"), b = try stored(scratch.path + "/ws2")
        #expect(a.content.differences(from: b.content) == [])
        #expect(a.content == b.content)

        // Project 3's error must be corrected before it can be approved.
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        for n in 1...13 {
            let r = try jixiao.run(["review", "-w", "ws", String(n), "approve"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let final = try jixiao.run(["export", "-w", "ws", "--format", "text", "-o", "final.txt"])
        #expect(final.status == 0, "\(final.stderr)")
        let finalText = String(decoding: FileManager.default.contents(atPath: scratch.path + "/final.txt")!, as: UTF8.self)
        #expect(finalText.hasPrefix("\n**秦皇岛市抚宁区机关事务服务中心"))
        let log = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("导出"))
    }

    @Test func returnNeedsAComment() throws {
        _ = try imported()
        let r = try jixiao.run(["review", "-w", "ws", "3", "return"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("须写明审核意见"))
        let ok = try jixiao.run(["review", "-w", "ws", "3", "return", "--comment", "数量指标金额与预算数不符"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("退回"))
    }

    func stored(_ ws: String) throws -> Document {
        let data = try #require(FileManager.default.contents(atPath: ws + "/430001-2021/document.json"))
        return try JSONDecoder().decode(StoredDocument.self, from: data).document
    }

    func width(_ s: String) -> Int {
        s.reduce(0) { $0 + ($1.unicodeScalars.first!.value > 0x2E80 ? 2 : 1) }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
