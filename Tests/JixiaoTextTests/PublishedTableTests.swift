import JixiaoModel
import Testing
@testable import JixiaoText

/// Excerpts of tables published in provinces and forms the corpus does not hold, each
/// cited by its address: what the reader got wrong on them before.
@Suite struct PublishedTableTests {
    /// 天津 宝坻 2022, a 中央预算内投资计划绩效目标表 attached to a 财政局 notice
    /// (http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html):
    /// its one amount is `下达中央预算内投资(万元) 2350`, the central government's
    /// budgetary investment — fiscal money, read as the 财政资金 (it was a fact, and the
    /// table was said to have no money at all).
    @Test func centralBudgetaryInvestmentIsFiscalMoney() throws {
        let text = """
        2022年中央预算内投资计划绩效目标表
        (天津市宝坻区畜禽粪污资源化利用整区推进项目)
        专项名称\t农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)\t\t\t
        下达地方或单位\t宝坻区人民政府\t\t\t
        下达中央预算内投资(万元)\t2350\t\t\t
        总 体 目 标\t提高畜禽粪污综合利用率和规模养殖场设施装备配套率。\t\t\t
        绩 效 指 标\t一级指标\t二级指标\t三级指标\t指标值
        \t实施效果指标\t产出指标\t竣工验收合格率\t100%
        \t\t效益指标\t完工项目县畜禽粪污综合利用率\t≥90%

        """
        let d = try DocumentReader.read(text: text)
        let p = try #require(d.projects.first)
        #expect(p.budget.fiscal == Money(yuan: 23_500_000))
        #expect(p.budget.otherSource == .missing)
        #expect(!p.facts.contains { $0.label.contains("预算内投资") })
    }
}
