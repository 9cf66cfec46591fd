import Foundation
import JixiaoReports
import JixiaoTextLayout
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
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

    /// A 部门整体支出绩效目标表's 预算数 stays in its row; the totals leave it out and say so.
    @Test func overviewTotalsLeaveADepartmentWideTableOut() {
        var d = doc
        d.projects[0].heading = "部门整体支出绩效目标表"
        let text = DocumentReport.overview(d)
        let total = (doc.totalBudget - doc.projects[0].budget.total).grouped
        #expect(text.contains("预算数合计 \(total) 元（财政资金 \(d.sum(\.fiscal).grouped) 元）（不含部门整体支出绩效目标表）"), "\(text)")
        #expect(text.contains("合计（不含部门整体支出绩效目标表）"))
        #expect(text.contains(doc.projects[0].budget.total.grouped))
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

/// `jixiao show` on real tables: what they print beyond the sample's layout is shown.
@Suite struct RealDocumentReportTests {
    static let corpus: String = {
        let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + root + "/JixiaoTextTests/Corpus/"
    }()

    func corpusDocument(_ name: String) throws -> Document {
        try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: Self.corpus + name) ?? Data()))
    }

    @Test func budgetSaysHowEachAmountCameToBe() throws {
        let doubled = DocumentReport.project(try corpusDocument("04-yueyang-gaobiaozhun-nongtian-2022.txt"), at: 0)
        #expect(doubled.contains("8,540,000.00 元  （原文“854万854万”：同一金额在单元格中重复印了两次）"))
        #expect(doubled.contains("其他资金                —  （表中未填）"))
        #expect(doubled.contains("（表中没有资金支出计划）"))
        #expect(doubled.contains("表下注记\n  注:各地请根据实际情况"))
        let derived = DocumentReport.project(try corpusDocument("05-zhaohua-tekun-jiating-zaifuzhu-2021.txt"), at: 0)
        #expect(derived.contains("预算数            63,000.00 元  （表中未填，按财政资金与其他资金推算）"))
        #expect(derived.contains("项目完成 指标 → 产出指标"))
        #expect(!derived.contains("社会效益 指标 → 社会效益指标"), "extraction spaces alone are not a renaming")
        let none = DocumentReport.project(try corpusDocument("07-ganzi-shichang-jianguan-shipin-anquan.txt"), at: 0)
        #expect(none.hasPrefix("1. （项目名称为空）\n"))
        #expect(none.contains("单位      324001 甘孜藏族自治州市场监督管理局机关（单位：元）"))
        // No amount printed anywhere: the totals say so, they do not sum to 0.00.
        let overview = DocumentReport.overview(try corpusDocument("07-ganzi-shichang-jianguan-shipin-anquan.txt"))
        #expect(overview.contains("项目 1 个，预算数表中未填\n"), "\(overview)")
        #expect(!overview.contains("0.00"), "\(overview)")
        // 预算数 printed, 财政资金 not: the total is shown, the 财政资金 is not called 0.00.
        let noFiscal = DocumentReport.overview(try corpusDocument("03-shizuishan-jikong-yimiao-2020.txt"))
        #expect(noFiscal.contains("项目 1 个，预算数合计 3,000,000.00 元（财政资金表中未填）\n"), "\(noFiscal)")
        let frame = DocumentReport.project(try corpusDocument("10-fengjie-yunwu-jiagongyuan-2023.txt"), at: 0)
        #expect(frame.contains("指标框架  101号（财预〔2021〕101号）"))
    }

    @Test func extraColumnsAreShownByTheirPrintedHeaders() throws {
        let text = CountyTables.titled
        let d = try DocumentReader.read(text: text)
        let out = DocumentReport.project(d, at: 0)
        let lines = out.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("一级指标") && $0.contains("权重(%)") })
        for column in ["指标性质", "指标值", "度量单位", "权重(%)", "指标方向性"] { #expect(header.contains(column), "\(column)") }
        let row = try #require(lines.first { $0.contains("维护社会稳定") })
        #expect(row.contains("≥95%"))
        #expect(row.contains("正向指标"))
        #expect(out.contains("表中的列：一级指标、二级指标、三级指标、指标性质、指标值（目标值）、度量单位、权重(%)、指标方向性"))
        #expect(out.contains("项目属性  经常性项目"))
        #expect(out.contains("表中的其他金额\n    (一)财政拨款小计  3,309,840.00 元  （原文“3,309,840.00”）"))
        #expect(out.contains("3,309,840.00 元  （原文“3,309,840.00”）"))
    }

    @Test func sampleShowsItsFrameAndNothingElseNew() {
        let doc = try! DocumentReader.read(bytes: BundledSample.bytes)
        let text = DocumentReport.project(doc, at: 2)
        #expect(text.contains("指标框架  88号（财预〔2015〕88号）"))
        for absent in ["表中的列", "按标准名称", "表下注记", "表中未填", "原文", "表中的其他金额"] {
            #expect(!text.contains(absent), "\(absent)")
        }
    }
}
