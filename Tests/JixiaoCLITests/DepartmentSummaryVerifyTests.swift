import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The bureau's department summary (`show -o`) is recorded as a document's export is, in the
/// workspace's `exports.jsonl`: `jixiao verify` knows it, tells a changed copy, and says
/// which documents changed, came or went since it was made.
@Suite struct DepartmentSummaryVerifyTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    @Test func aSummaryIsVerifiedAndItsLaterChangesNamed() throws {
        _ = scratch.write("two/a.txt", BundledSample.bytes)
        _ = scratch.write("two/b.txt", Array(UnprintedBudgetListingTests.bare.utf8))
        #expect(try jixiao.run(["import", scratch.path("two"), "-w", "ws"]).status == 0)
        let ws = scratch.path("ws")
        let other = try #require(try FileManager.default.contentsOfDirectory(atPath: ws).first { $0.hasSuffix("-2022") })
        let xlsx = scratch.path("汇总.xlsx")
        let written = try jixiao.run(["show", "-w", ws, "-o", xlsx, "--reviewer", "王审核"])
        #expect(written.status == 0 && written.stdout.contains("工作区导出记录第 1 条"), "\(written.stdout)\(written.stderr)")

        let same = try jixiao.run(["verify", "-w", ws, xlsx])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.hasPrefix("一致：\(xlsx) 是本工作区导出的文件"), "\(same.stdout)")
        #expect(same.stdout.contains("工作区导出记录（exports.jsonl）第 1 条：部门审核汇总（格式 departments-xlsx），王审核 于 "), "\(same.stdout)")
        #expect(same.stdout.contains("此后各文档和审核记录没有变化"), "\(same.stdout)")

        // A decision in one document, and that document's own export (which changes nothing).
        #expect(try jixiao.run(["review", "-w", ws, "--document", "430001-2021", "3", "return", "--comment", "数量指标金额与预算数不符"]).status == 0)
        #expect(try jixiao.run(["export", "-w", ws, "--document", "430001-2021", "--draft", "-o", scratch.path("d.md")]).status == 0)
        let later = try jixiao.run(["verify", "-w", ws, xlsx])
        #expect(later.status == 0, "\(later.stdout)\(later.stderr)")
        #expect(later.stdout.contains("此后 1 份文档或其审核记录有变化或是新导入的（430001-2021）"), "\(later.stdout)")

        // Asked of one document: the summary is an export of it too (it shows every
        // department) — never "not this workspace's"; what changed is told of that document only.
        let one = try jixiao.run(["verify", "-w", ws, "--document", "430001-2021", xlsx])
        #expect(one.status == 0 && one.stdout.hasPrefix("一致：\(xlsx) 是本工作区导出的文件"), "\(one.stdout)")
        #expect(one.stdout.contains("此后 1 份文档或其审核记录有变化或是新导入的（430001-2021）"), "\(one.stdout)")
        let unchanged = try jixiao.run(["verify", "-w", ws, "--document", other, xlsx])
        #expect(unchanged.status == 0 && unchanged.stdout.contains("此后各文档和审核记录没有变化"), "\(unchanged.stdout)")
        #expect(!unchanged.stdout.contains("已不在工作区"), "\(unchanged.stdout)")
        // A document's own export asked of another document: not said to be no export of
        // this workspace, only not of that document.
        let elsewhere = try jixiao.run(["verify", "-w", ws, "--document", other, scratch.path("d.md")])
        #expect(elsewhere.status == 1 && elsewhere.stdout.hasPrefix("不一致：\(scratch.path("d.md")) 不是 \(other) 导出的文件"), "\(elsewhere.stdout)")
        #expect(elsewhere.stdout.contains("不带 --document"), "\(elsewhere.stdout)")

        // A document moved out of the workspace: named as gone.
        try FileManager.default.moveItem(atPath: ws + "/" + other, toPath: scratch.path(other))
        let gone = try jixiao.run(["verify", "-w", ws, xlsx])
        #expect(gone.status == 0 && gone.stdout.contains("汇总里的 1 份文档已不在工作区（\(other)）"), "\(gone.stdout)")
        try FileManager.default.moveItem(atPath: scratch.path(other), toPath: ws + "/" + other)

        // The file changed after it was written: the record knows the path, not the bytes.
        var bytes = scratch.read("汇总.xlsx")
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: xlsx))
        let changed = try jixiao.run(["verify", "-w", ws, xlsx])
        #expect(changed.status == 1 && changed.stdout.hasPrefix("不一致：\(xlsx) 导出后被改动过"), "\(changed.stdout)")

        // A second summary chains onto the first.
        let csv = scratch.path("汇总.csv")
        let second = try jixiao.run(["show", "-w", ws, "-o", csv])
        #expect(second.status == 0 && second.stdout.contains("工作区导出记录第 2 条"), "\(second.stdout)")
        #expect(try jixiao.run(["verify", "-w", ws, csv]).status == 0)
    }

    /// A summary the record cannot take is not left behind: nobody could verify it.
    @Test func aSummaryIsNotLeftWhenItsRecordIsRefused() throws {
        _ = scratch.write("two/a.txt", BundledSample.bytes)
        _ = scratch.write("two/b.txt", Array(UnprintedBudgetListingTests.bare.utf8))
        #expect(try jixiao.run(["import", scratch.path("two"), "-w", "ws"]).status == 0)
        let ws = scratch.path("ws")
        // A record whose line was changed by hand: nothing may be chained onto it.
        _ = scratch.write("ws/exports.jsonl", Array("{\"actor\":\"甲\",\"kind\":\"export\",\"payload\":{},\"prev\":\"x\",\"seq\":1,\"time\":\"t\"}\n".utf8))
        let csv = scratch.path("汇总.csv")
        let r = try jixiao.run(["show", "-w", ws, "-o", csv])
        #expect(r.status == 2 && r.stderr.contains("工作区的导出记录") && r.stderr.contains("移到别处"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: csv))
    }
}
