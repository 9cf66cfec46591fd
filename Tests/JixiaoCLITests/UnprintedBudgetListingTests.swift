import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// The departments listed off a terminal and as `show --json` when one of them prints its
/// money with no unit (鄂州 2022's `814`): that figure as printed, apart from the 元 total.
@Suite struct UnprintedBudgetListingTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    static let bare = """
        **某中心
        2022 年项目支出绩效目标**

        1.办公大楼运行保障绩效目标表

        单位名称\t某中心
        项目名称\t办公大楼运行保障
        预算规模及资金用途\t预算数\t814\t其中：财政资金\t814\t其他资金\t0
        绩效目标\t保障办公大楼正常运行。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t维修维护次数\t2280次
        满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%

        """

    @Test func anUnprintedBudgetIsListedAsPrinted() throws {
        _ = scratch.write("two/a.txt", BundledSample.bytes)
        _ = scratch.write("two/b.txt", Array(Self.bare.utf8))
        let imported = try jixiao.run(["import", scratch.path("two"), "-w", "ws"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let ws = scratch.path("ws")

        let r = try jixiao.run(["show", "-w", ws, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let docs = try #require(root["documents"] as? [[String: Any]])
        let sample = try #require(docs.first { $0["id"] as? String == "430001-2021" })
        let other = try #require(docs.first { $0["id"] as? String != "430001-2021" })
        // The sample as before: its 元 total, no other key.
        #expect(sample["budgetTotal"] as? String == "8197386.00")
        #expect(!sample.keys.contains("budgetUnprinted"))
        // No 元 figure for a table that prints no unit: null, and the figure as printed beside it.
        #expect(other["budgetTotal"] is NSNull && other.keys.contains("budgetTotal"))
        #expect(other["budgetUnprinted"] as? String == "814")

        let text = try jixiao.run(["show", "-w", ws])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("某中心") && $0.contains("814（未印单位）") }, "\(text.stdout)")
        #expect(!lines.contains { $0.contains("814.00") }, "\(text.stdout)")
    }

    /// `show -o 汇总.xlsx` writes the list as the exports write a file: a new file, not over
    /// one unless `--force`, a format the name says; only for the list; and not at all while
    /// a document cannot be read, for a summary missing it would look whole.
    @Test func theListIsWrittenToAFileOnlyWhenWhole() throws {
        _ = scratch.write("two/a.txt", BundledSample.bytes)
        _ = scratch.write("two/b.txt", Array(Self.bare.utf8))
        #expect(try jixiao.run(["import", scratch.path("two"), "-w", "ws"]).status == 0)
        let ws = scratch.path("ws")
        let csv = scratch.path("汇总.csv")
        let r = try jixiao.run(["show", "-w", ws, "-o", csv])
        #expect(r.status == 0 && r.stdout.hasPrefix("已写入 \(csv)：2 个部门的审核汇总（工作区导出记录第 1 条，SHA-256 "), "\(r.stdout)\(r.stderr)")
        let text = String(decoding: try #require(FileManager.default.contents(atPath: csv)), as: UTF8.self)
        #expect(text.contains("430001-2021,430001,秦皇岛市抚宁区机关事务服务中心本级,2021,1,13,8197386.00,,1,61,18,"), "\(text)")
        #expect(text.contains(",1,,814,"), "\(text)")

        let again = try jixiao.run(["show", "-w", ws, "-o", csv])
        #expect(again.status == 2 && again.stderr.contains("已经存在"), "\(again.stderr)")
        #expect(try jixiao.run(["show", "-w", ws, "-o", csv, "--force"]).status == 0)
        let pdf = try jixiao.run(["show", "-w", ws, "-o", scratch.path("汇总.pdf")])
        #expect(pdf.status == 2 && pdf.stderr.contains(".xlsx（Excel 工作簿）或 .csv"), "\(pdf.stderr)")
        let one = try jixiao.run(["show", "-w", ws, "--document", "430001-2021", "-o", scratch.path("one.xlsx")])
        #expect(one.status == 2 && one.stderr.contains("--output 只用于部门列表"), "\(one.stderr)")

        // A document cut short (and its summary gone, so the list must read it): named, and
        // no file written.
        let damaged = try #require(try FileManager.default.contentsOfDirectory(atPath: ws).first { $0 != "430001-2021" && $0.hasSuffix("-2022") })
        try Data("{\"format".utf8).write(to: URL(fileURLWithPath: ws + "/" + damaged + "/document.json"))
        try FileManager.default.removeItem(atPath: ws + "/" + damaged + "/summary.json")
        let xlsx = scratch.path("汇总.xlsx")
        let refused = try jixiao.run(["show", "-w", ws, "-o", xlsx])
        #expect(refused.status == 2 && refused.stderr.contains("读不出 \(damaged)") && refused.stderr.contains("部门汇总没有写"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: xlsx))
    }
}
