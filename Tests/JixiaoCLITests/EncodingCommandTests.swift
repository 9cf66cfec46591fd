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
        let r = try ExternalProgram.run("/usr/bin/iconv", ["-f", "UTF-8", "-t", encoding], input: text)
        #expect(r.status == 0)
        return r.output
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

    /// `text`'s rows as a GBK CSV with a line break typed in the 绩效目标 cell, written by
    /// Python's `csv` module as Excel writes it (rows padded, `\r\n`).
    func csv(_ text: [UInt8]) throws -> [UInt8] {
        let r = try ExternalProgram.run("/usr/bin/python3", ["-c", """
        import csv, sys
        rows = [l.split('\\t') for l in sys.stdin.buffer.read().decode('utf-8').split('\\n')]
        w = max(len(r) for r in rows)
        rows = [r + [''] * (w - len(r)) for r in rows]
        for r in rows:
            if r[0] == '绩效目标':
                r[1] = r[1].replace('。', '。\\r\\n', 1)
                break
        out = open(1, 'w', encoding='gbk', newline='', closefd=False)
        csv.writer(out, lineterminator='\\r\\n').writerows(rows)
        out.flush()
        """], input: text)
        #expect(r.status == 0)
        return r.output
    }

    /// A table saved as CSV in GBK (Excel's "CSV（逗号分隔）" on a Chinese Windows) is imported
    /// beside a text file, said so, its findings citing the CSV's own lines; Jixiao's own
    /// CSV list, imported by mistake, is refused at its header and stops nothing else.
    @Test func aGBKCSVIsImportedAndItsFindingsCiteItsLines() throws {
        let csvBytes = try csv(BundledSample.bytes)
        _ = scratch.write("in/a.csv", csvBytes)
        _ = scratch.write("in/b-list.csv", Array("稿别,单位编码,项目序号,项目编码,项目名称,审核状态,指标行,一级指标,二级指标,三级指标,指标值\r\n草稿,,1,,某项目,待审,1,产出指标,数量指标,覆盖率,100%\r\n".utf8))
        let r = try jixiao.run(["import", scratch.path("in"), "-w", "ws"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stdout.contains("原文件是 GB18030 编码的 CSV（逗号分隔）文本"), "\(r.stdout)")
        #expect(r.stdout.contains("已导入 1，已拒绝 1"), "\(r.stdout)")
        #expect(r.stderr.contains("b-list.csv:1:") && r.stderr.contains("指标清单"), "\(r.stderr)")
        // The doubled character of project 4 (经费保障及 及时性): on the CSV's line, one
        // further down than in the text, since the goal cell took two lines.
        let check = try jixiao.run(["check", "-w", "ws", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let lines = csvBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let damage = try #require(findings.first { ($0["rule"] as? String) == "text.extraction-damage" && (($0["message"] as? String) ?? "").contains("及 及时性") })
        let line = try #require((damage["location"] as? [String: Any])?["line"] as? Int)
        #expect(lines.count > line)
        #expect(try encodedLine(lines, line).contains("及时性"), "line \(line)")
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    /// Line `n` (1-based) of a GBK file's lines, as UTF-8 text.
    func encodedLine(_ lines: [ArraySlice<UInt8>], _ n: Int) throws -> String {
        String(decoding: try ExternalProgram.run("/usr/bin/iconv", ["-f", "GB18030", "-t", "UTF-8"], input: Array(lines[n - 1])).output, as: UTF8.self)
    }
}
