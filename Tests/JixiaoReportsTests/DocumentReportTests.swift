import JixiaoReports
import JixiaoTextLayout
import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing

@Suite struct DocumentReportTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)

    @Test func overviewListsEveryProjectWithAlignedAmounts() {
        let text = DocumentReport.overview(doc)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效文本（草案）")
        #expect(text.contains("项目 13 个，预算数合计 8,197,386.00 元"))
        let rows = lines.filter { $0.contains("待审") }
        #expect(rows.count == 13)
        // Amounts right-aligned: the column after the amount starts at the same place.
        let ends = Set(rows.map { row in DisplayWidth.of(String(row[..<row.range(of: "待审")!.lowerBound])) })
        #expect(ends.count == 1)
    }

    @Test func projectShowsEveryRowNumbered() {
        let text = DocumentReport.project(doc, at: 3)
        #expect(text.hasPrefix("4. 征用疫情防控备用隔离场所资金（第三批）\n"))
        #expect(!text.contains("表头："))
        #expect(text.contains("420,000.00 元"))
        for n in 1...6 { #expect(text.contains("\n  \(n)  ")) }
        #expect(text.contains("经费保障及 及时性"))
        let p12 = DocumentReport.project(doc, at: 11)
        #expect(p12.contains("表头：疫情防控经费绩效目标表"))
        let p10 = DocumentReport.project(doc, at: 9)
        #expect(p10.contains("12月底*"))
        #expect(p10.contains("表头没有这一列"))
        let p2 = DocumentReport.project(doc, at: 1)
        #expect(p2.contains("没有填写任何数字"))
    }

    @Test func indicatorColumnsAlign() {
        let text = DocumentReport.project(doc, at: 2)
        let rows = text.split(separator: "\n").map(String.init).filter { $0.contains("工作计划") || $0.contains("历史经验") || $0.contains("服务资金") }
        let starts = Set(rows.map { r -> Int in
            let basis = ["工作计划", "历史经验", "服务资金"].compactMap { r.range(of: $0)?.lowerBound }.first!
            return DisplayWidth.of(String(r[..<basis]))
        })
        #expect(starts.count == 1)
    }
}
