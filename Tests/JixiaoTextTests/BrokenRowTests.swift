import Foundation
import JixiaoModel
import Testing
@testable import JixiaoText

/// A table copied from a web page whose cells hold line breaks: a row can arrive broken in two
/// (`项目 名称` alone, its content and the row's other cells on the next line), and the goals
/// under a merged `总体目标` cell begin at their first text. Real: 东莞市财政项目支出绩效目标批复表
/// (2019, 东莞市交通运输局, 镇际联网路升级改造工程一期), a copy of the page at
/// https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm
/// (judge-docs s28), as its cells give it.
@Suite struct BrokenRowTests {
    static let name = "镇际联网路升级改造工程一期\t中期市财政预算(万元)\t284500.00\t本年度申请市财政预算资金(万元)\t919.00"
    static let goals = """
        总体目标\t中期滚动目标(2019年--2021年)\t年度目标
        新建或改造道路,共29个项目,规划里程169公里。\t督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个项目补助尾款结算387万元。
        """
    /// The page's 年度 columns, under a header on one line (the page breaks it over six).
    static let indicators = """
        一级指标\t二级指标\t三级指标\t指标值
        预期产出指标\t数量指标(或建筑规模指标)\t镇街补助款完成结算项目数\t3
        质量指标\t补助款结算误差率\t±3%以内
        时效指标(工期指标、形象进度指标)\t结算款支付及时性\t及时
        预算(或投资规模)控制指标\t年度预算执行率\t≥90%
        效果指标\t社会、经济、生态效益 指标\t补助款结算争议率\t0%

        """

    static func table(nameRow: String) -> String {
        """
        东莞市财政项目支出绩效目标批复表
        ( 2019 年度)
        预算单位:东莞市交通运输局
        \(nameRow)
        \(goals)
        \(indicators)
        """
    }

    @Test func aRowBrokenAfterItsLabelIsRefusedSayingSo() throws {
        let e = try #require(readError(Self.table(nameRow: "项目 名称\n" + Self.name)))
        #expect(e.line == 5, "\(e)")
        #expect(e.message.contains("无法识别：“镇际联网路升级改造工程一期”"), "\(e.message)")
        #expect(e.message.contains("上一行（第 4 行）只有标签“项目 名称”"), "\(e.message)")
        #expect(e.hint.contains("把第 4 行和第 5 行合成一行"), "\(e.hint)")
    }

    @Test func aHeaderBrokenOverLinesIsRefusedSayingSo() throws {
        // The page's header, a line break in each of its label cells.
        let broken = "绩效指标\t一级 指标\n二级 指标\n三级 指标\n指标值(或计划水平)\t二级 指标\n三级 指标\n计划指标值(或计划水平)"
        let text = Self.table(nameRow: "项目 名称\t" + Self.name)
            .replacingOccurrences(of: "一级指标\t二级指标\t三级指标\t指标值", with: broken)
        let e = try #require(readError(text))
        #expect(e.line == 8, "\(e)")
        #expect(e.message.contains("指标表头断在了几行上：第 7 行以“一级指标”结束，“二级指标”在第 8 行"), "\(e.message)")
        #expect(e.hint.contains("从第 7 行起的几行合成一行"), "\(e.hint)")
    }

    @Test func anUnknownLineUnderARowWithContentIsRefusedAsBefore() throws {
        let e = try #require(readError(Self.table(nameRow: "项目 名称\t某项目\n" + Self.name)))
        #expect(e.line == 5, "\(e)")
        #expect(!e.message.contains("上一行"), "\(e.message)")
    }

    @Test func goalsUnderAMergedCellBeginAtTheirFirstText() throws {
        let d = try readRoundTrip(Self.table(nameRow: "项目 名称\t" + Self.name))
        let p = try #require(d.projects.first)
        #expect(p.name == "镇际联网路升级改造工程一期")
        #expect(p.goals.count == 2)
        #expect(p.goals.first?.text.contains("新建或改造道路,共29个项目") == true)
        #expect(p.goals.last?.text.contains("常平镇街完成3个项目补助尾款结算387万元") == true)
        #expect(p.indicators.count == 5)
    }

    @Test func theBudgetControlRowIsReadUnderItsDimension() throws {
        // `预算(或投资规模)控制指标`, the template's cost dimension, begins the row a merged 一级
        // cut short: read as its 二级, not moved under 三级 (its 一级 read as `年度预算执行率`).
        let p = try #require(try readRoundTrip(Self.table(nameRow: "项目 名称\t" + Self.name)).projects.first)
        let row = try #require(p.indicators.first { $0.name == "年度预算执行率" })
        #expect(row.level1 == "预期产出指标")
        #expect(row.level2 == "预算(或投资规模)控制指标")
        #expect(row.standardLevel2 == "成本指标")
        #expect(row.value.raw == "≥90%")
    }
}
