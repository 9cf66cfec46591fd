import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao import DIR` and `jixiao import FILE…` through the real binary: every file is
/// tried, one file's refusal (named with its line) stops nothing else and leaves nothing
/// behind, and a table sums up.
@Suite(.serialized) struct ImportManyCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    static let corpusFile: String = {
        let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + root + "/JixiaoTextTests/Corpus/01-qingshan-boruo-xuexiao-gaizao-2020.txt"
    }()

    /// A district folder: the sample, a real corpus table, and the sample cut inside a table.
    func district() throws -> String {
        let cut = BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(305).joined(separator: "\n")
        _ = scratch.write("district/a-sample.txt", BundledSample.bytes)
        _ = scratch.write("district/b-qingshan.txt", [UInt8](try #require(FileManager.default.contents(atPath: Self.corpusFile))))
        _ = scratch.write("district/c-cut.txt", Array(cut.utf8))
        return scratch.path("district")
    }

    @Test func aFolderWithOneBadFileImportsTheOthers() throws {
        let folder = try district()
        let r = try jixiao.run(["import", folder, "-w", "ws"])
        #expect(r.status == 2, "\(r.stderr)")
        // The refusal names the file and the line, like a compiler.
        #expect(r.stderr.contains("c-cut.txt:305: 错误："), "\(r.stderr)")
        #expect(r.stderr.contains("缺少指标表头"))
        // Off a terminal: no progress bar.
        #expect(!r.stderr.contains("\r"))
        #expect(!r.stderr.contains("[="))
        let docs = scratch.list("ws").filter { $0 != "jixiao.json" }.sorted()
        #expect(docs.count == 2, "\(docs)")
        #expect(docs.contains("430001-2021"))
        #expect(!docs.contains { $0.hasPrefix(".") }, "a temporary folder was left: \(docs)")

        let lines = r.stdout.split(separator: "\n").map(String.init)
        let sample = try #require(lines.first { $0.hasPrefix("a-sample.txt") })
        let qingshan = try #require(lines.first { $0.hasPrefix("b-qingshan.txt") })
        let cut = try #require(lines.first { $0.hasPrefix("c-cut.txt") })
        #expect(sample.contains("已导入") && sample.contains("430001-2021") && sample.contains("8,197,386.00"))
        #expect(qingshan.contains("已导入"))
        #expect(cut.contains("已拒绝") && cut.contains("第 305 行"))
        // The reason is read whole in the table, over as many lines as it takes.
        func bare(_ s: some StringProtocol) -> String { String(s.filter { $0 != " " }) }
        let shown = bare(lines.drop { !$0.hasPrefix("c-cut.txt") }.prefix { !$0.isEmpty }.joined())
        let said = try #require(r.stderr.split(separator: "\n").first { $0.contains("c-cut.txt:305: 错误：") })
        let message = try #require(said.range(of: "错误：")).upperBound
        #expect(shown.contains(bare(said[message...])), "\(lines)")
        // Aligned by display width: the result column starts in the same column on every row.
        let header = try #require(lines.first)
        let column = width(header, before: "结果")
        #expect(width(sample, before: "已导入") == column)
        #expect(width(qingshan, before: "已导入") == column)
        #expect(width(cut, before: "已拒绝") == column)
        // Amounts right-aligned: they end where the column's title ends.
        #expect(width(sample, through: "8,197,386.00") == width(header, through: "预算数（元）"))
        #expect(r.stdout.contains("共 3 个文件：已导入 2，已拒绝 1，已在工作区 0"))
    }

    /// A table that prints no amount (corpus 07): its 预算数 is a dash in the table and
    /// 表中未填 in the one-file summary, never 0.00.
    /// A named pipe left in the folder (nobody writing to it) is said and not opened: the
    /// import finishes instead of waiting for ever.
    @Test func aNamedPipeInTheFolderIsSaidNotOpened() throws {
        _ = scratch.write("piped/a-sample.txt", BundledSample.bytes)
        #expect(mkfifo(scratch.path("piped/b-pipe.txt"), 0o644) == 0)
        let r = try jixiao.run(["import", scratch.path("piped"), "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("注意：没有读 \(scratch.path("piped/b-pipe.txt"))：它是命名管道，不是文件"), "\(r.stderr)")
        #expect(r.stdout.contains("已导入 1，已拒绝 0"), "\(r.stdout)")
    }

    /// Ctrl-C during an import of many files: it stops between files, what was stored is
    /// tabled and the rest said (exit 130), nothing half-written is left, and the same
    /// command again imports the rest.
    @Test func anInterruptedImportSaysWhatItDidAndGoesOnWhenRunAgain() throws {
        let count = 300
        for k in 0..<count {
            // The sample under 300 unit codes: 300 documents.
            let code = String(format: "43%04d", k)
            _ = scratch.write("many/\(code).txt", Array(BundledSample.text.replacingOccurrences(of: "430001", with: code).utf8))
        }
        let ws = scratch.path("ws")
        // Interrupted once the first document is in place (sh ignores SIGINT for a job it
        // starts in the background; jixiao sets its own handler all the same).
        let script = "\"$0\" import \"$1\" -w \"$2\" & pid=$!; "
            + "while kill -0 $pid 2>/dev/null && ! ls \"$2\" 2>/dev/null | grep -q 2021; do sleep 0.02; done; "
            + "kill -INT $pid 2>/dev/null; wait $pid"
        let interrupted = try jixiao.run(["-c", script, JixiaoBinary.path, scratch.path("many"), ws], binary: "/bin/sh")
        let stored = scratch.list("ws").filter { $0.hasSuffix("-2021") }
        try #require(interrupted.status == 130, "finished before the interrupt? \(interrupted.status) \(interrupted.stderr.suffix(300))")
        #expect(interrupted.stderr.contains("已中断：还有 \(count - stored.count) 个文件没有导入"), "\(interrupted.stderr.suffix(300))")
        #expect(stored.count < count)
        #expect(stored.isEmpty || interrupted.stdout.contains("已导入 \(stored.count)，"), "\(interrupted.stdout.suffix(300))")
        #expect(scratch.list("ws").allSatisfy { !$0.hasSuffix(".jixiao-tmp") }, "nothing half-written")
        let again = try jixiao.run(["import", scratch.path("many"), "-w", ws])
        #expect(again.stdout.contains("已导入 \(count - stored.count)，已拒绝 0，已在工作区 \(stored.count)"), "\(again.stdout.suffix(300))")
        #expect(scratch.list("ws").filter { $0.hasSuffix("-2021") }.count == count)
    }

    @Test func aTableWithoutAmountsShowsNoZero() throws {
        let corpus07 = Self.corpusFile.replacingOccurrences(of: "01-qingshan-boruo-xuexiao-gaizao-2020.txt",
                                                            with: "07-ganzi-shichang-jianguan-shipin-anquan.txt")
        _ = scratch.write("two/a-sample.txt", BundledSample.bytes)
        _ = scratch.write("two/b-ganzi.txt", [UInt8](try #require(FileManager.default.contents(atPath: corpus07))))
        let r = try jixiao.run(["import", scratch.path("two"), "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        let ganzi = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("b-ganzi.txt") })
        #expect(ganzi.contains("已导入") && ganzi.hasSuffix("—"), "\(ganzi)")
        #expect(!ganzi.contains("0.00"))
        let one = try jixiao.run(["import", corpus07, "-w", "ws1"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("1 个项目，预算数表中未填"), "\(one.stdout)")
    }

    /// On a terminal (a pseudo-terminal from util-linux `script`): one line redrawn in
    /// place with `\r`, never a line per file, and gone before the table.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aProgressBarOnATerminalOnly() throws {
        let folder = try district()
        let command = "stty cols 100; exec '\(JixiaoBinary.path)' import '\(folder)' -w '\(scratch.path("ws"))'"
        let r = try jixiao.run(["-qc", command, "/dev/null"], binary: "/usr/bin/script")
        let out = r.stdout
        let tableStart = try #require(out.range(of: "文件 "))
        let bar = String(out[..<tableStart.lowerBound])
        #expect(bar.contains("\r导入 [======"), "\(bar)")
        #expect(bar.contains("3/3"))
        #expect(bar.contains("b-qingshan.txt"))
        // Redrawn in place, then erased: the only line break before the table is the error's.
        let errorStart = try #require(bar.range(of: folder + "/c-cut.txt:305:"))
        #expect(!bar[..<errorStart.lowerBound].contains("\n"))
        #expect(bar[..<errorStart.lowerBound].hasSuffix("\r\u{1B}[K"))
    }

    /// On an 80-column terminal every line of the table fits: long file names give way,
    /// the reason goes on over lines of its own.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func theTableFitsAnEightyColumnTerminal() throws {
        let folder = try district()
        _ = scratch.write("district/d-一个很长的文件名称用来看表格在窄终端里是否还放得下.txt", BundledSample.bytes)
        let command = "stty cols 80; exec '\(JixiaoBinary.path)' import '\(folder)' -w '\(scratch.path("ws"))' 2>/dev/null"
        let r = try jixiao.run(["-qc", command, "/dev/null"], binary: "/usr/bin/script")
        // (A pseudo-terminal ends lines with \r\n, one Character: split at any line end.)
        let out = r.stdout
        let table = out.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .drop { !$0.hasPrefix("文件 ") }.prefix { !$0.isEmpty }
        #expect(table.count >= 5, "\(out)")
        // (`displayWidth` here counts “ ” as two columns where the terminal gives them one.)
        #expect(table.allSatisfy { displayWidth($0) <= 80 }, "\(table.map { displayWidth($0) }): \(table.joined(separator: "\n"))")
        #expect(table.contains { $0.contains("已拒绝") })
    }

    @Test func importingAgainSaysAlreadyPresentAndChangesNothing() throws {
        let folder = try district()
        _ = try jixiao.run(["import", folder, "-w", "ws"])
        let journal = scratch.read("ws/430001-2021/journal.jsonl")
        let r = try jixiao.run(["import", folder + "/a-sample.txt", folder + "/b-qingshan.txt", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("共 2 个文件：已导入 0，已拒绝 0，已在工作区 2"), "\(r.stdout)")
        #expect(r.stdout.contains("与已导入的原文相同"))
        #expect(scratch.read("ws/430001-2021/journal.jsonl") == journal)
    }

    @Test func onlyBadFilesLeaveNoWorkspace() throws {
        _ = scratch.write("bad/empty.txt", [])
        _ = scratch.write("bad/binary.txt", Array("标题\n".utf8) + [0, 1, 2])
        let r = try jixiao.run(["import", scratch.path("bad"), "-w", "ws"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("已拒绝 2"))
        #expect(!scratch.exists("ws"), "a workspace was made for nothing")
    }

    @Test func anEmptyFolderIsRefused() throws {
        try FileManager.default.createDirectory(atPath: scratch.path("none"), withIntermediateDirectories: true)
        let r = try jixiao.run(["import", scratch.path("none"), "-w", "ws"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("没有可导入的文件"))
    }

    func width(_ line: String, before text: String) -> Int {
        guard let r = line.range(of: text) else { return -1 }
        return displayWidth(String(line[..<r.lowerBound]))
    }

    func width(_ line: String, through text: String) -> Int {
        guard let r = line.range(of: text) else { return -1 }
        return displayWidth(String(line[..<r.upperBound]))
    }

    func displayWidth(_ s: String) -> Int {
        s.reduce(0) { $0 + ($1.unicodeScalars.first.map { $0.value >= 0x1100 && !(0xFF61...0xFFDC).contains($0.value) ? 2 : 1 } ?? 1) }
    }
}
