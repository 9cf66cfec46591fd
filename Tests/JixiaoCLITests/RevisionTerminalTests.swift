import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The second round from the real workstation in a real terminal (tmux): `I`, the file,
/// the comparison on show, and the journal that replays.
@Suite(.serialized) struct RevisionTerminalTests {
    let scratch = TemporaryFolder()

    @Test func theWorkstationImportsARevisedText() throws {
        try Tmux.required()
        var jixiao = JixiaoBinary(home: scratch.path)
        jixiao.environment = ["JIXIAO_REVIEWER": "王审核"]
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        let ws = scratch.path("ws")
        #expect(try jixiao.run(["import", sample, "-w", ws]).status == 0)
        #expect(try jixiao.run(["review", "-w", ws, "2", "退回", "--comment", "请说明更换范围"]).status == 0)
        let text = BundledSample.text
        let range = try #require(text.range(of: "配套设施完成率\t更换设备完成率\t≥95%"))
        let revised = scratch.write("修改稿.txt", Array(text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%").utf8))

        let env = ["HOME": scratch.path, "JIXIAO_REVIEWER": "王审核"]
        let t = try Tmux(width: 100, height: 30, command: "\(JixiaoBinary.path) -w \(Tmux.quote(ws)); echo EXIT=$?", environment: env)
        try t.wait(for: "预算数合计")
        try t.keys("I")
        #expect(try t.wait(for: "导入修改稿（第 2 版）：文件路径") != nil)
        try t.type(revised)
        try t.keys("Enter")
        let screen = try t.wait(forAll: ["修改稿对比  全部项目：单位在第 2 版里改了什么", "第 1 行指标的指标值：“≥95%” → “≥98%”"])
        #expect(screen?.contains("退回意见（王审核，") == true)
        #expect(screen?.contains("：请说明更换范围") == true)
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)

        #expect(scratch.read("ws/430001-2021/source-2.txt") == Array(text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%").utf8))
        let verify = try jixiao.run(["log", "-w", ws, "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("导入修改稿（第 2 版）"))
    }
}
