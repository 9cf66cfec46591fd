import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

@Suite(.serialized) struct CheckCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    func imported() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
    }

    @Test func exitCodeOneWithAnError() throws {
        try imported()
        let r = try jixiao.run(["check", "-w", "ws"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("430001-2021/source.txt:137: 3.公共机构节能经费 › 产出指标/数量指标/公共机构节能工作经费金额 › 指标值: 错误:"))
        #expect(r.stdout.contains("共 1 个错误、61 个警告、18 个提示"))
    }

    @Test func exitCodeZeroOnceTheErrorIsFixed() throws {
        try imported()
        #expect(try jixiao.run(["set", "-w", "ws", "3", "indicator.1.value", "8 万元"]).status == 0)
        let r = try jixiao.run(["check", "-w", "ws"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("共 0 个错误、62 个警告"))
    }

    @Test func exitCodeTwoWhenInputCannotBeRead() throws {
        let missing = try jixiao.run(["check", "-w", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("工作区"))
        try imported()
        let settings = scratch.path + "/ws/jixiao.json"
        _ = FileManager.default.createFile(atPath: settings, contents: Data("""
        {
          "formatVersion" : 1,
          "review" : {
            "rules" : {
              "indicator.no-such-rule" : { "enabled" : false }
            }
          }
        }
        """.utf8))
        let bad = try jixiao.run(["check", "-w", "ws"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("jixiao.json:5"))
        #expect(bad.stderr.contains("没有编号为 indicator.no-such-rule 的规则"))
        _ = FileManager.default.createFile(atPath: settings, contents: Data("{\"formatVersion\": 1, \"review\": {\"frame\": \"99号\"}}\n".utf8))
        let frame = try jixiao.run(["check", "-w", "ws"])
        #expect(frame.status == 2)
        #expect(frame.stderr.contains("review.frame"))
        _ = FileManager.default.createFile(atPath: settings, contents: Data("{ not json".utf8))
        let garbage = try jixiao.run(["check", "-w", "ws"])
        #expect(garbage.status == 2)
        #expect(garbage.stderr.contains("不是有效的 JSON"))
    }

    @Test func settingsChangeWhatIsReported() throws {
        try imported()
        _ = FileManager.default.createFile(atPath: scratch.path + "/ws/jixiao.json", contents: Data("""
        {"formatVersion": 1, "review": {"rules": {"indicator.amount-vs-budget": {"severity": "warning"}, "indicator.not-quantified": {"enabled": false}}}}
        """.utf8))
        let r = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["summary"] as? [String: Int] == ["error": 0, "warning": 36, "info": 18])
    }

    @Test func jsonAndSarif() throws {
        try imported()
        let j = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(j.status == 1)
        let obj = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
        #expect(obj["summary"] as? [String: Int] == ["error": 1, "warning": 61, "info": 18])
        #expect((obj["findings"] as! [Any]).count == 80)
        let s = try jixiao.run(["check", "-w", "ws", "--format", "sarif", "--document", "430001-2021"])
        #expect(s.status == 1)
        let sarif = try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as! [String: Any]
        #expect(sarif["version"] as? String == "2.1.0")
        let unknown = try jixiao.run(["check", "-w", "ws", "--document", "999999-2021"])
        #expect(unknown.status == 2)
    }

    @Test func rulesCommand() throws {
        let list = try jixiao.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("indicator.amount-vs-budget"))
        #expect(list.stdout.contains("完整性"))
        let one = try jixiao.run(["rules", "indicator.copied-text"])
        #expect(one.stdout.contains("指标或目标写的是别的项目的内容"))
        #expect(one.stdout.contains("会提示的写法"))
        let none = try jixiao.run(["rules", "copied"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("indicator.copied-text"))
    }
}

/// `check --format json` over a workspace where one document cannot be read: exit 2 with
/// the reason in Chinese on stderr, and nothing on stdout — never half a JSON object.
@Suite(.serialized) struct CheckCommandUnreadableTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    @Test func jsonIsWholeOrNothing() throws {
        let other = BundledSample.text.replacingOccurrences(of: "430001 秦皇岛市抚宁区机关事务服务中心本级",
                                                            with: "430002 秦皇岛市抚宁区文化广电和旅游局本级")
        #expect(try jixiao.run(["import", scratch.write("a.txt", BundledSample.bytes), scratch.write("b.txt", Array(other.utf8)),
                                "-w", "ws"]).status == 0)
        // The second document, checked after the first, is broken.
        _ = scratch.write("ws/430002-2021/document.json", Array("{ broken".utf8))
        let r = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty, "half a JSON object was written: \(r.stdout.prefix(200))")
        #expect(r.stderr.contains("430002-2021/document.json 无法解析：不是有效的 JSON"), "\(r.stderr)")
        #expect(!r.stderr.contains("The given data"))
        // Whole again once it is rebuilt from the journal (the hint's way out).
        try FileManager.default.removeItem(atPath: scratch.path("ws/430002-2021/document.json"))
        let again = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        #expect(again.status == 1)
        #expect((try? JSONSerialization.jsonObject(with: Data(again.stdout.utf8))) != nil)
    }
}
