import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// Each refusal through the real binary: exit code 2, a Chinese message naming the line,
/// and nothing left behind — neither in a new workspace nor in an existing one.
@Suite(.serialized) struct RefusalCommandTests {
    static var lines: [String] {
        BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static let cases: [(name: String, bytes: [UInt8], line: String, words: String)] = [
        ("空文件", [], "", "文件是空的"),
        ("二进制", Array("标题\n".utf8) + [0, 1, 2, 3], ":2:", "二进制"),
        ("非 UTF-8", Array("标题\n正文\n".utf8) + [0xB2, 0xBF, 0xC3, 0xC5, 0x0A], ":3:", "UTF-8"),
        ("表中截断", Array(lines.prefix(305).joined(separator: "\n").utf8), ":305:", "缺少指标表头"),
        ("少于目录", Array((lines.prefix(295)).joined(separator: "\n").utf8), ":34:", "目录列出 13 张项目表，正文只有 12 张"),
        ("缺指标表头", Array((lines.prefix(135) + lines.dropFirst(136)).joined(separator: "\n").utf8), ":136:", "缺少指标表头"),
    ]

    @Test(arguments: 0..<6)
    func refusedIntoANewWorkspace(_ k: Int) throws {
        let c = Self.cases[k]
        let scratch = TemporaryFolder()
        let file = scratch.write("input.txt", c.bytes)
        let r = try JixiaoBinary(home: scratch.path).run(["import", file, "-w", "ws"])
        #expect(r.status == 2, "\(c.name)")
        #expect(r.stderr.contains("input.txt\(c.line)"), "\(c.name): \(r.stderr)")
        #expect(r.stderr.contains(c.words), "\(c.name): \(r.stderr)")
        #expect(r.stderr.contains("错误："))
        #expect(r.stdout.isEmpty)
        #expect(!scratch.exists("ws"), "\(c.name) left a workspace behind")
        #expect(scratch.list("") == ["input.txt"])
    }

    @Test(arguments: 0..<6)
    func refusedIntoAnExistingWorkspace(_ k: Int) throws {
        let c = Self.cases[k]
        let scratch = TemporaryFolder()
        let jixiao = JixiaoBinary(home: scratch.path)
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        let before = scratch.list("ws")
        let file = scratch.write("input.txt", c.bytes)
        let r = try jixiao.run(["import", file, "-w", "ws"])
        #expect(r.status == 2)
        #expect(scratch.list("ws") == before)
    }

    @Test func missingFileAndFolder() throws {
        let scratch = TemporaryFolder()
        let jixiao = JixiaoBinary(home: scratch.path)
        let r = try jixiao.run(["import", "nope.txt", "-w", "ws"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("找不到文件 nope.txt"))
        // A folder is imported file by file (ImportManyCommandTests); one with no file is refused.
        let d = try jixiao.run(["import", scratch.path, "-w", "ws"])
        #expect(d.status == 2)
        #expect(d.stderr.contains("里没有可导入的文件"))
        #expect(!scratch.exists("ws"))
    }

    /// Slips a reviewer makes on the command line are said with what to type instead.
    @Test func aFileGivenAsTheWorkspaceAndAReturnWithoutAnOpinion() throws {
        let scratch = TemporaryFolder()
        let jixiao = JixiaoBinary(home: scratch.path)
        _ = scratch.write("a.txt", BundledSample.bytes)
        for args in [["check", "-w", "a.txt"], ["-w", "a.txt"], ["show", "-w", "a.txt"]] {
            let r = try jixiao.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("a.txt 是文件，不是工作区文件夹") && r.stderr.contains("a.txt -w 工作区文件夹"), "\(args): \(r.stderr)")
        }
        #expect(try jixiao.run(["import", "a.txt", "-w", "ws"]).status == 0)
        let journal = scratch.read("ws/430001-2021/journal.jsonl")
        for (args, words) in [(["review", "-w", "ws", "3", "退回"], "退回项目时须写明审核意见"),
                              (["review", "-w", "ws", "3", "return", "--comment", "  "], "退回项目时须写明审核意见"),
                              (["review", "-w", "ws", "3", "comment"], "审核意见不能为空")] {
            let r = try jixiao.run(args)
            #expect(r.status == 2 && r.stderr.contains(words), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("--comment"), "\(args): \(r.stderr)")
        }
        #expect(scratch.read("ws/430001-2021/journal.jsonl") == journal)
        // A value or an opinion far beyond any cell's: refused before anything is opened.
        let long = String(repeating: "长", count: 6_000)
        for args in [["set", "-w", "ws", "3", "indicator.1.value", long], ["review", "-w", "ws", "3", "退回", "--comment", long],
                     ["grade", "-w", "ws", "中", "--comment", long]] {
            let r = try jixiao.run(args)
            #expect(r.status == 2 && r.stderr.contains("有 6,000 个字，超过 5,000 字的上限"), "\(args[0]): \(r.stderr)")
        }
        #expect(scratch.read("ws/430001-2021/journal.jsonl") == journal)
    }
}
