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
}
