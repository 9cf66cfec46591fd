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

    /// 南岳区 2018 绩效目标申报表 (http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html):
    /// `总体目标 | 年度目标 | 年度总体目标完成情况` — the last column, for what was done by
    /// the year's end, is empty on a target table. Its name was read as the goal's first words
    /// (`年度总体目标完成情况 为水濂村…`), and a finding said extraction left a blank there.
    @Test(arguments: [
        // As the corpus sets merged cells out: the row under them begins with an empty cell.
        "\t为水濂村带来观光游客不少于6万人,村集体收入达6万元。\t\t\t\t",
        // As a browser copies a rowspan: the row under it begins at the text.
        "为水濂村带来观光游客不少于6万人,村集体收入达6万元。",
    ])
    func emptyCompletionColumnBesideTheGoalIsNoGoal(goalLine: String) throws {
        let d = try readRoundTrip(Self.nanyue(goalLine))
        let p = try #require(d.projects.first)
        #expect(p.goals.map(\.text) == ["为水濂村带来观光游客不少于6万人,村集体收入达6万元。"])
        #expect(!p.facts.contains { $0.label.contains("完成情况") })
        #expect(p.indicators.count == 2)
    }

    /// The same column filled in (a self-assessment's copy): its text is a fact under the
    /// column's name, not part of the goal.
    @Test func filledCompletionColumnIsAFactBesideTheGoal() throws {
        let d = try readRoundTrip(Self.nanyue("\t为水濂村带来观光游客不少于6万人。\t\t\t已完成\t"))
        let p = try #require(d.projects.first)
        #expect(p.goals.map(\.text) == ["为水濂村带来观光游客不少于6万人。"])
        #expect(p.facts.contains { $0.label == "年度总体目标完成情况" && $0.text == "已完成" })
    }

    static func nanyue(_ goalLine: String, indicators: String = """
        \t产出指标\t数量指标\t流转土地\t>=60亩\t
        \t满意度指标\t服务对象满意度指标\t游客满意度(≥**%)\t>=90%\t
        """) -> String {
        """
        2018年绩效目标申报表
        项目名称\t2018年市级专项扶贫资金基础设施(人大代表扶贫基地)\t\t项目负责人及电话\t郭铁梅18932106863\t
        主管部门\t南岳镇政府\t\t实施单位\t[610001]湖南省润山润水生态农业发展有限公司\t
        资金情况(万元)\t年度资金总额:\t10\t\t\t
        \t其中:财政拨款\t10\t\t\t
        \t其他资金\t0\t\t\t
        总体目标\t年度目标\t\t\t年度总体目标完成情况\t
        \(goalLine)
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t备注
        \(indicators)

        """
    }

    /// The same table copied from the page: rows under the rowspan'd 服务对象满意度指标 begin
    /// at the 三级 name. Names with 满意 in them read as the 二级 label too: such a row was
    /// set one column right — `参与…满意度(≥**%)` read as a 二级 and its value as a 三级 —
    /// and the table's last row, so set, was refused as cut (no value).
    @Test func satisfactionNamesUnderARowspannedLabelStartAtTheName() throws {
        let text = Self.nanyue("为水濂村带来观光游客不少于6万人,村集体收入达6万元。", indicators: """
            产出指标\t数量指标\t流转土地\t>=60亩\t
            满意度指标\t服务对象满意度指标\t旅游行业经营主体满意度(≥**%)\t>=90%\t
            参与旅游扶贫项目贫困群众满意度(≥**%)\t>=90%\t
            游客满意度(≥**%)\t>=90%\t
            """)
        let d = try readRoundTrip(text)
        let p = try #require(d.projects.first)
        #expect(p.indicators.map(\.name) == ["流转土地", "旅游行业经营主体满意度(≥**%)", "参与旅游扶贫项目贫困群众满意度(≥**%)", "游客满意度(≥**%)"])
        #expect(p.indicators.map(\.value.raw) == [">=60亩", ">=90%", ">=90%", ">=90%"])
        #expect(p.indicators.dropFirst().allSatisfy { $0.level2 == "服务对象满意度指标" })
    }

    /// The same table's title, wrapped onto three lines above it as the page prints it: the
    /// words before the year are the project's, so the document was named after the project
    /// (`天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目) 2022 年`); its unit is the
    /// government the money is sent to (`下达地方或单位`).
    @Test func titleWrappedAboveTheTableIsNoUnit() throws {
        let text = """
        天津市农业绿色发展专项(畜禽粪污
        资源化利用整县推进项目)2022年
        中央预算内投资计划绩效目标表
        专项名称\t农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)\t\t\t
        下达地方或单位\t宝坻区人民政府\t\t\t
        下达中央预算内投资(万元)\t2350\t\t\t
        总 体 目 标\t提高畜禽粪污综合利用率和规模养殖场设施装备配套率。\t\t\t
        绩 效 指 标\t一级指标\t二级指标\t三级指标\t指标值
        \t实施效果指标\t产出指标\t竣工验收合格率\t100%

        """
        let d = try readRoundTrip(text)
        #expect(d.department.name == "宝坻区人民政府")
        #expect(d.department.year == 2022)
        #expect(d.projects.first?.name == "农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)")
    }

    /// 宁乡市坝塘镇 2021 项目绩效目标表 (https://renrendoc.com/paper/307484460.html, a
    /// document site's copy): `项目立项情况` heads three sub-rows, each a sub-label and its text,
    /// and `项目实施进度计划` a small table. Each was run together into one fact
    /// (`项目立项的依据 机关… 项目申报的可行性 已申报…`, `项目实施内容 开始时间 完成时间 1总体概念规划 2016 2020 …`).
    @Test func factSubRowsAreFactsOfTheirOwn() throws {
        let text = """
        项目绩效目标表
        (2021年度)
        填报单位(盖章):宁乡市坝塘镇人民政府
        项目名称\t镇域内基础设施建设
        项目概况\t镇域内水利、道路、机关、学校及乡村振兴等基础设施建设项目
        项目立项情况\t项目立项的依据\t机关、学校、乡村振兴按发改立项
        \t项目申报的可行性\t已申报项目可行性评估
        \t项目申报的必要性\t为改善镇域内基础设施、振兴乡村
        项目实施进度计划\t项目实施内容\t开始时间\t完成时间
        \t1总体概念规划\t2016\t2020
        \t2、核心区规划\t2021\t2021
        项目绩效目标\t年度目标\t全面完成集镇立面改造
        年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注
        \t产出指标\t数量指标\t改造村数\t3个\t

        """
        let d = try readRoundTrip(text)
        let p = try #require(d.projects.first)
        #expect(p.facts.filter { $0.label == "项目立项情况" }.map(\.text) == [
            "项目立项的依据：机关、学校、乡村振兴按发改立项", "项目申报的可行性：已申报项目可行性评估", "项目申报的必要性：为改善镇域内基础设施、振兴乡村",
        ])
        #expect(p.facts.filter { $0.label == "项目实施进度计划" }.map(\.text) == [
            "项目实施内容：1总体概念规划；开始时间：2016；完成时间：2020", "项目实施内容：2、核心区规划；开始时间：2021；完成时间：2021",
        ])
        #expect(p.indicators.map(\.name) == ["改造村数"])
    }

    /// 天津 宁河 2020 抗疫特别国债项目绩效目标表 (https://www.tjnh.gov.cn/ztzl1/ztzl/nhczzjzdjc/202108/t20210831_5569479.html):
    /// the page's `附件:` line under the table was read as an indicator row of one cell, and
    /// the table refused as cut in its last row.
    @Test func attachmentLineUnderTheTableIsANote() throws {
        let text = """
        抗疫特别国债项目绩效目标表(打捆项目)
        (2020年度)
        项目名称\t2020年非营利性民办园房租补贴\t\t
        主管预算部门\t天津市宁河区教育局\t项目预算金额(万元)\t193.8\t
        绩 效 目 标\t保证补贴资金及时、足额、合规发放。\t\t\t
        绩 效 指 标\t一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t补贴非营利性民办幼儿园数量\t20个\t
        满意度指标\t服务对象满意度指标\t受益租户满意度\t≥95%
        附件:

        """
        let d = try readRoundTrip(text)
        let p = try #require(d.projects.first)
        #expect(p.indicators.map(\.name) == ["补贴非营利性民办幼儿园数量", "受益租户满意度"])
        #expect(p.notes.map(\.text) == ["附件:"])
    }

    /// 湖南 湘阴 2022 项目支出预算绩效目标申报表 (http://www.xiangyin.gov.cn/31185/32019/32073/32178/58050/content_1915955.html),
    /// as far as the page copy goes (it ends in the 本年度绩效目标; the header and row after it
    /// stand in for the indicators). It was refused at its money block: `项目资金申请(万元) | 项 目 |
    /// 上年度安排资金 | 本年度申请资金` prints a column per year, `项 目` read as an amount. Its
    /// facts under `项目基本情况` ran into the 项目名称, and `单位已有的(或拟订的)保障项目实施的制度、措施`
    /// was no row the reader knew.
    @Test(arguments: [false, true])
    func moneyColumnsPerYearAndFactsUnderABlockLabel(copiedFromThePage: Bool) throws {
        let table = """
        项目支出预算绩效目标申报表
        (2022年度)
        填报单位:湘阴县教育局
        项目基本情况\t项目名称\t公办和普惠性民办幼儿园公用经费\t\t
        \t项目属性\t新增项目□                       延续项目√\t\t
        \t主管部门\t\t项目起止时间\t2022.1—2022.12
        \t项目负责人\t杨柳\t联系电话\t139****8136
        \t绩效管理联络员\t周哲\t联系电话\t151****8227
        项目概况\t公办和普惠性民办性幼儿园生均公用经费 每生每年补助500元,其中省级财政补助70%,县级财政配套补助30%。\t\t\t
        项目立项依据\t湘财教﹝2019﹞24号\t\t\t
        项目资金情况\t项目资金申请(万元)\t项 目\t上年度安排资金\t本年度申请资金
        \t\t合 计\t213.4\t259
        \t\t市级资金\t\t
        \t\t县级资金\t213.4\t259
        \t支出明细预算(万元)\t项 目\t上年度安排资金\t本年度申请资金\t测算依据及说明
        \t\t幼儿园生均经费\t213.4\t259\t
        单位已有的(或拟订的)保障项目实施的制度、措施\t建立了幼儿园财金管理制度和审核制度\t\t\t
        项目年度绩效目标情况\t长期绩效目标\t落实并进一步完善学前教育经费保障机制。\t\t
        \t本年度绩效目标\t按照省厅要求按人均500元补助。\t\t
        一级指标\t二级指标\t三级指标\t指标值\t
        产出指标\t数量指标\t补助幼儿人数\t5180人\t

        """
        // A browser's copy of the page prints merged cells on their first row only: the rows
        // under them begin further left.
        let text = copiedFromThePage ? table.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.drop { $0 == "\t" }) }.joined(separator: "\n") : table
        let d = try readRoundTrip(text)
        let p = try #require(d.projects.first)
        #expect(p.name == "公办和普惠性民办幼儿园公用经费")
        #expect(d.department.currency == "万元")
        #expect(p.budget.total == Money(yuan: 2_590_000))
        #expect(p.budget.fiscal == Money(yuan: 2_590_000))
        #expect(p.facts.contains { $0.label == "上年度安排资金" && $0.text == "合计 213.4；县级资金 213.4" })
        #expect(p.facts.contains { $0.label == "项目负责人" && $0.text == "杨柳" })
        #expect(p.facts.contains { $0.label == "绩效管理联络员" && $0.text == "周哲" })
        #expect(p.facts.contains { $0.label == "单位已有的(或拟订的)保障项目实施的制度、措施" })
        #expect(p.usage.contains("幼儿园生均经费：259"))
        #expect(p.goals.map(\.text) == ["长期绩效目标：落实并进一步完善学前教育经费保障机制。", "本年度绩效目标：按照省厅要求按人均500元补助。"])
    }

    /// 湖南 岳阳楼区 2021 项目支出预算绩效目标申报表 (http://www.yylq.gov.cn/21487/21535/21748/21750/21907/content_1827850.html),
    /// as far as the page copy goes (it ends in the facts under the money; the goal, header
    /// and row after them stand in): its only year is the 项目起止时间 `2021.1-2021.12`, and
    /// it was refused as giving none.
    static func yueyanglou(copiedFromThePage: Bool) -> String {
        let table = """
        项目支出预算绩效目标申报表
        填报单位(盖章):                            单位负责人:
        项目基本情况\t项目名称\t项目前期、项目概算及项目入库建设\t\t\t
        \t主管部门\t楼区政府\t项目起止时间\t2021.1-2021.12\t
        \t项目负责人\t黄黎明\t联系电话\t2293555\t
        项目资金情况\t项目资金申请(万元)\t项 目\t上年度安排资金\t本年度申请资金\t
        \t\t合 计\t130\t300\t
        \t\t区级资金\t130\t300\t
        \t\t市级资金\t\t\t
        \t支出明细预算(万元)\t项 目\t上年度安排资金\t本年度申请资金\t测算依据及说明
        \t\t合 计\t130\t300\t
        \t\t1、办公及加班用餐费\t10\t40\t
        \t\t2、打字复印及资料印刷费\t9\t55\t
        \t\t3、编制咨询费\t88\t160\t
        \t\t4、其他\t23\t45\t
        项目年度绩效目标情况\t本年度绩效目标\t完成区本级政府投资项目审批及概算管理。\t\t\t
        一级指标\t二级指标\t三级指标\t指标值\t\t
        产出指标\t数量指标\t审批项目数\t10个\t\t

        """
        guard copiedFromThePage else { return table }
        return table.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.drop { $0 == "\t" }) }.joined(separator: "\n")
    }

    @Test func yearFromAPeriodWrittenWithDots() throws {
        let d = try readRoundTrip(Self.yueyanglou(copiedFromThePage: false))
        #expect(d.department.year == 2021)
        #expect(d.projects.first?.budget.total == Money(yuan: 3_000_000))
    }

    /// The same table copied from the page: its spending lines begin at the label
    /// (`3、编制咨询费 | 88 | 160 |`), read as a numbered heading beside two page numbers — a
    /// second table began there — and its money rows, with the table's trailing tab, were
    /// not taken for rows under the year's columns: last year's 130万 was read as the budget.
    @Test func webCopyOfMoneyPerYearWithSpendingLines() throws {
        let d = try readRoundTrip(Self.yueyanglou(copiedFromThePage: true))
        #expect(d.projects.count == 1)
        let p = try #require(d.projects.first)
        #expect(p.budget.total == Money(yuan: 3_000_000))
        #expect(p.budget.fiscal == Money(yuan: 3_000_000))
        #expect(p.usage.contains("3、编制咨询费：160；上年度安排资金：88"))
        #expect(p.indicators.map(\.name) == ["审批项目数"])
    }

    /// Money lines that name last year's and this year's money (`上年结转 | 10 | 本年预算 | 20`)
    /// print figures, and a 资金用途 text that names both years has no `项 目` column: neither is
    /// a header of columns per year, whose rows below would be read as years.
    @Test func moneyLinesNamingYearsAreNoColumnsPerYear() throws {
        let text = """
        2023年项目支出绩效目标表
        项目名称\t某项目
        预算规模及资金用途\t预算数\t30\t其中：财政资金\t30\t其他资金\t0
        \t上年度完成一期\t本年度完成二期
        \t上年结转\t10\t本年预算\t20
        绩效目标\t完成。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t次数\t3次

        """
        let p = try #require(try readRoundTrip(text).projects.first)
        #expect(p.budget.items.map(\.label) == ["上年结转", "本年预算"])
        #expect(!p.facts.contains { $0.label.contains("上年") })
        #expect(p.usage.contains("上年度完成一期"))
    }

    /// 安徽 六安 金安区 2025 项目支出绩效目标表 (https://www.ja.gov.cn/public/6602051/25929172.html):
    /// `项目来源 | 本级申报项目 | 项目期 | 3年` is two facts on one row. 项目来源 was no label
    /// the reader knew, and the row was read as one fact, `项目来源：本级申报项目 项目期 3年`.
    @Test func projectSourceIsAFactBesideTheProjectPeriod() throws {
        let text = """
        项目支出绩效目标表
        (2025年度)
        项目名称\t2025金安国际网球公开赛(国际系列赛事)\t\t\t
        主管部门及代码\t[042]六安市金安区体育局\t实施单位\t六安市金安区体育局\t
        项目来源\t本级申报项目\t项目期\t3年\t
        项目资金(万元)\t年度资金总额:\t1000.00\t\t
        \t其中:财政拨款\t1000.00\t\t
        \t其他资金\t0.00\t\t
        年度目标\t打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。\t\t\t
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值
        \t产出指标\t数量指标\t开展运动种类\t1种

        """
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.facts.contains { $0.label == "项目来源" && $0.text == "本级申报项目" })
        #expect(p.facts.contains { $0.label == "项目期" && $0.text == "3年" })
    }

    /// The same table under a title naming its unit (as a document written out of the
    /// workspace prints it): `主管部门及代码 | [042]六安市金安区体育局` still gives the
    /// department its code. It was lost once the title named the unit, so the document read
    /// back from its own text was another (`六安市金安区体育局-2025`, not `042-2025`).
    @Test(arguments: ["", "**六安市金安区体育局\n2025 年部门预算绩效文本**\n\n"])
    func unitCodeInTheTableHeadUnderATitleNamingTheUnit(title: String) throws {
        let text = title + """
        项目支出绩效目标表
        (2025年度)
        项目名称\t2025金安国际网球公开赛(国际系列赛事)\t\t\t
        主管部门及代码\t[042]六安市金安区体育局\t实施单位\t六安市金安区体育局\t
        项目资金(万元)\t年度资金总额:\t1000.00\t\t
        \t其中:财政拨款\t1000.00\t\t
        \t其他资金\t0.00\t\t
        年度目标\t打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。\t\t\t
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值
        \t产出指标\t数量指标\t开展运动种类\t1种

        """
        let d = try readRoundTrip(text)
        #expect(d.department.code == "042")
        #expect(d.department.name == "六安市金安区体育局")
        #expect(d.id == "042-2025")
    }
}
