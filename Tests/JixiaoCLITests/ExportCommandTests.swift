import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao export`, `report` and `verify` as a reviewer runs them: the format from the file
/// name, no file overwritten unasked, no device or link written, and every export
/// provable later.
@Suite struct ExportCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    init() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        let r = try JixiaoBinary(home: scratch.path).run(["import", sample, "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    func text(_ name: String) -> String { String(decoding: scratch.read(name), as: UTF8.self) }

    @Test func theFormatComesFromTheExtension() throws {
        for (name, start) in [("out.md", "> **【审核中的草稿"), ("out.csv", "\u{FEFF}稿别,"), ("out.json", "{\n  \"document\""),
                              ("out.TXT", "【审核中的草稿")] {
            let r = try jixiao.run(["export", "-w", "ws", "--output", name, "--draft"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(text(name).hasPrefix(start), "\(name)")
        }
        let unknown = try jixiao.run(["export", "-w", "ws", "-o", "out.doc", "--draft"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("错误：无法从文件名 out.doc 看出导出格式"))
        #expect(unknown.stderr.contains("用 --format 指定格式，或用这些扩展名之一：.txt .xlsx .html .md .csv .json"))
        #expect(!scratch.exists("out.doc"))
        // --format wins over the extension, and says so.
        let explicit = try jixiao.run(["export", "-w", "ws", "--format", "md", "-o", "notes.txt", "--draft"])
        #expect(explicit.status == 0)
        #expect(explicit.stderr.contains("注意：文件扩展名是 .txt，按 --format md 导出"))
        #expect(text("notes.txt").hasPrefix("> **【审核中的草稿"))
    }

    @Test func anExistingFileNeedsForce() throws {
        scratch.write("out.txt", Array("旧内容".utf8))
        let refused = try jixiao.run(["export", "-w", "ws", "-o", "out.txt", "--draft"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("错误：文件 out.txt 已经存在，没有覆盖\n  提示：换一个文件名；确要覆盖时加 --force"))
        #expect(text("out.txt") == "旧内容")
        let forced = try jixiao.run(["export", "-w", "ws", "-o", "out.txt", "--draft", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(text("out.txt").hasPrefix("【审核中的草稿"))
    }

    @Test func devicesFoldersAndLinksAreRefused() throws {
        for target in ["/dev/null", "/dev/full"] {
            let r = try jixiao.run(["export", "-w", "ws", "--format", "text", "-o", target, "--draft", "--force"])
            #expect(r.status == 2)
            #expect(r.stderr.contains("错误：\(target) 是字符设备，不是普通文件"))
            var st = stat()
            lstat(target, &st)
            #expect(st.st_mode & S_IFMT == S_IFCHR)
        }
        let folder = try jixiao.run(["export", "-w", "ws", "--format", "text", "-o", "ws", "--draft", "--force"])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("错误：ws 是文件夹"))
        scratch.write("real.txt", Array("真".utf8))
        symlink("real.txt", scratch.path("link.txt"))
        let link = try jixiao.run(["export", "-w", "ws", "-o", "link.txt", "--draft", "--force"])
        #expect(link.status == 2)
        #expect(link.stderr.contains("错误：link.txt 是指向 real.txt 的符号链接：导出不经链接写入"))
        #expect(text("real.txt") == "真")
        let missing = try jixiao.run(["export", "-w", "ws", "-o", "no/such/out.txt", "--draft"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("错误：输出文件夹 no/such 不存在"))
        #expect(!scratch.exists("no"))
        // Nothing refused reached the journal.
        let log = try jixiao.run(["log", "-w", "ws"])
        #expect(!log.stdout.contains("导出"))
    }

    @Test func verifyTellsAnExportFromAChangedFile() throws {
        let export = try jixiao.run(["export", "-w", "ws", "-o", "out.csv", "--draft", "--reviewer", "王五"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("已导出草稿（csv，日志第 2 条，SHA-256 "))
        let ok = try jixiao.run(["verify", "-w", "ws", "out.csv"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.hasPrefix("一致：out.csv 是本工作区导出的文件，内容未改动"))
        #expect(ok.stdout.contains("430001-2021 日志第 2 条：文档草稿，CSV 表格（每个指标一行）（格式 csv），王五 于 "))
        #expect(ok.stdout.contains("此后文档和审核记录没有变化"))

        let review = try jixiao.run(["review", "-w", "ws", "1", "approve"])
        #expect(review.status == 0)
        let later = try jixiao.run(["verify", "-w", "ws", "out.csv"])
        #expect(later.status == 0)
        #expect(later.stdout.contains("此后文档或审核记录又有 1 处变化（日志第 3 条）"))

        var bytes = scratch.read("out.csv")
        bytes.append(contentsOf: Array("改动,\r\n".utf8))
        scratch.write("out.csv", bytes)
        let changed = try jixiao.run(["verify", "-w", "ws", "out.csv"])
        #expect(changed.status == 1)
        #expect(changed.stdout.hasPrefix("不一致：out.csv 导出后被改动过"))

        scratch.write("other.txt", Array("别的文件".utf8))
        let foreign = try jixiao.run(["verify", "-w", "ws", "other.txt"])
        #expect(foreign.status == 1)
        #expect(foreign.stdout.hasPrefix("不一致：other.txt 不是本工作区导出的文件"))

        let missing = try jixiao.run(["verify", "-w", "ws", "nothing.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("错误：找不到文件 nothing.txt"))
    }

    @Test func theReportInEachFormatAndVerified() throws {
        for (name, start) in [("r.txt", "秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效目标审核意见书\n"),
                              ("r.md", "# 秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效目标审核意见书\n"),
                              ("r.html", "<!DOCTYPE html>"), ("r.xlsx", "PK")] {
            let r = try jixiao.run(["report", "-w", "ws", "-o", name])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.hasPrefix("已导出审核意见书（report-"), "\(r.stdout)")
            #expect(text(name).hasPrefix(start), "\(name)")
        }
        let verified = try jixiao.run(["verify", "-w", "ws", "r.html"])
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("日志第 4 条：审核意见书（网页，可打印）（格式 report-html）"))
        let csv = try jixiao.run(["report", "-w", "ws", "-o", "r.csv"])
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("用 --format 指定格式，或用这些扩展名之一：.txt .xlsx .html .md"))
        let again = try jixiao.run(["report", "-w", "ws", "-o", "r.md"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("已经存在"))
        // The same state gives the same bytes: a second report over the first is identical.
        let before = scratch.read("r.md")
        let forced = try jixiao.run(["report", "-w", "ws", "--format", "md", "--output", "r.md", "--force"])
        #expect(forced.status == 0)
        #expect(scratch.read("r.md") == before)
    }
}
