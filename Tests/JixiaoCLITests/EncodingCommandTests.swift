import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// A 绩效文本 saved in GB18030 (GBK) or UTF-16 by a Windows tool is imported through the
/// real binary as if it were UTF-8 — said so — and kept as UTF-8; a revision too; the
/// journal's verification holds.
@Suite(.serialized) struct EncodingCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary {
        var j = JixiaoBinary(home: scratch.path)
        j.environment = ["JIXIAO_REVIEWER": "王审核"]
        return j
    }

    /// `text` converted by the system's iconv program.
    func encoded(_ text: [UInt8], _ encoding: String) throws -> [UInt8] {
        let input = scratch.write("utf8-input", text)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", encoding, input]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return [UInt8](data)
    }

    @Test func oneGB18030FileIsImportedAsUTF8() throws {
        let file = scratch.write("gbk.txt", try encoded(BundledSample.bytes, "GB18030"))
        let r = try jixiao.run(["import", file, "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("已导入：秦皇岛市抚宁区机关事务服务中心 2021 年"))
        #expect(r.stdout.contains("原文件是 GB18030 编码，已转为 UTF-8 读入并保存（source.txt）"), "\(r.stdout)")
        #expect(scratch.read("ws/430001-2021/source.txt") == BundledSample.bytes)
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        // The same text again, in UTF-8 this time: already there, the same original.
        let utf8 = scratch.write("utf8.txt", BundledSample.bytes)
        let again = try jixiao.run(["import", utf8, file, "-w", "ws"])
        #expect(again.stdout.contains("与已导入的原文相同，未改动"), "\(again.stdout)")
    }

    @Test func aFolderOfMixedEncodingsIsImportedAndTheTableSaysWhich() throws {
        _ = scratch.write("in/a-unicode.txt", try encoded(BundledSample.bytes, "UTF-16"))
        let corpus = [UInt8](FileManager.default.contents(atPath: CorpusCommandTests.folder + "/" + CorpusCommandTests.files[0]) ?? Data())
        _ = scratch.write("in/b-gbk.txt", try encoded(corpus, "GB18030"))
        let r = try jixiao.run(["import", scratch.path("in"), "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("原文件是 UTF-16 编码"), "\(r.stdout)")
        #expect(r.stdout.contains("原文件是 GB18030 编码"), "\(r.stdout)")
        #expect(r.stdout.contains("已导入 2，已拒绝 0"), "\(r.stdout)")
        let check = try jixiao.run(["check", "-w", "ws", "--document", "430001-2021"])
        #expect(check.stdout.contains("430001-2021/source.txt:"))
    }

    @Test func aGB18030RevisionIsImportedAsUTF8() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        let text = BundledSample.text
        let row = try #require(text.range(of: "配套设施完成率\t更换设备完成率\t≥95%"))
        let revised = text.replacingCharacters(in: row, with: "配套设施完成率\t更换设备完成率\t≥98%")
        let file = scratch.write("修改稿.txt", try encoded(Array(revised.utf8), "GB18030"))
        let r = try jixiao.run(["import", file, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("改了 1 个项目"), "\(r.stdout)")
        #expect(scratch.read("ws/430001-2021/source-2.txt") == Array(revised.utf8))
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }
}
