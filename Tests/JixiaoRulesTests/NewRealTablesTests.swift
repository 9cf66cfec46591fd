import JixiaoModel
import JixiaoText
import Testing
@testable import JixiaoRules

/// Small excerpts of real published tables, re-set in the extraction format (tab between
/// cells, the corpus's scaffolding around them), read through the reader and the engine as a
/// reviewer would. Each names where it was published.
@Suite struct NewRealTablesTests {
    /// One project table; `money` is 预算数, 财政资金, 其他资金.
    static func document(unit: String, currency: String = "万元", name: String, money: (String, String, String),
                         usage: String = "", goal: String, rows: [String],
                         moneyLabels: (String, String) = ("预算数", "其中：财政资金"),
                         header: String = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据") throws -> Document {
        var lines = ["", "", "**\(unit)", "2023 年项目支出绩效目标**", "", "目 录", "", "第一部分 部门整体绩效目标", "",
                     "一、总体绩效目标.....\t1", "", "第二部分 预算项目绩效目标", "", "1.\(name)绩效目标表.....\t2", "",
                     "第一部分", "", "部门整体绩效目标", "", "一、总体绩效目标", "", "（整理者添加，非原文）框架。", "",
                     "第二部分", "", "预算项目绩效目标", "", "1.\(name)绩效目标表", ""]
        lines.append("\(unit)\t\t\t\t\t单位：\(currency)\t")
        lines.append("项目编码\t\t\t项目名称\t\(name)\t\t")
        lines.append("预算规模及资金用途\t\(moneyLabels.0)\t\(money.0)\t\(moneyLabels.1)\t\(money.1)\t其他资金\t\(money.2)")
        lines.append(usage.isEmpty ? "\t\t\t\t\t\t" : "\t\(usage)\t\t\t\t\t")
        lines.append("绩效目标\t\(goal)\t\t\t\t\t")
        lines.append(header + "\t")
        lines += rows.map { $0 + "\t" }
        return try DocumentReader.read(bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func findings(_ d: Document, _ rule: String) -> [Finding] {
        RuleEngine().check(d).all.filter { $0.rule == rule }
    }

    /// http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html (湘潭市环境卫生管理处, 2023,
    /// 雾炮车降尘抑尘服务): a satisfaction written 满意程度 under 社会效益, and a cost of `250万`.
    static func xiangtan() throws -> Document {
        try document(unit: "湘潭市环境卫生管理处", name: "雾炮车降尘抑尘服务", money: ("250万", "", ""),
                     goal: "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良", rows: [
                         "产出指标\t数量指标\t雾炮车降尘抑尘服务配备车辆数\t\t10辆\t计划标准",
                         "\t时效指标\t服务周期\t\t2023.07-2024.01\t计划标准",
                         "\t成本指标\t控制在预算成本内\t\t250万\t计划标准",
                         "效益指标\t社会效益指标\t服务周期内,市民对空气质量改善的满意程度\t\t≥85%\t计划标准",
                         "\t社会公众或服务对象满意度指标\t市民满意度\t\t≥90%\t计划标准",
                     ])
    }

    @Test func satisfactionWrittenAsMaanyiChengduUnderBenefitIsMarked() throws {
        let f = Self.findings(try Self.xiangtan(), "indicator.misplaced")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("满意程度") == true)
        #expect(f.first?.message.contains("放在了效益指标下") == true)
    }

    @Test func aCostOf250WanIsMoney() throws {
        #expect(Self.findings(try Self.xiangtan(), "indicator.unit-mismatch").isEmpty)
    }

    /// A percentage is still not money in a cost row, nor `250万人次`.
    @Test(arguments: ["≤95%", "250万人次"])
    func otherCostValuesAreStillMarked(_ value: String) throws {
        let d = try Self.document(unit: "湘潭市环境卫生管理处", name: "雾炮车降尘抑尘服务", money: ("250万", "", ""),
                                  goal: "全市空气质量达到优良", rows: ["产出指标\t成本指标\t控制在预算成本内\t\t\(value)\t计划标准"])
        #expect(Self.findings(d, "indicator.unit-mismatch").count == 1, "\(value)")
    }

    /// http://www.cqtn.gov.cn/…/t20231019_12445338_wap.html (潼南区五桂镇, 2023, 一般性项目绩效目标表):
    /// 指标 / 权重 / 计量单位 / 指标性质 / 指标值 — no 一级 or 二级 column at all.
    static func tongnan() throws -> Document {
        try document(unit: "813-潼南区五桂镇", name: "在职村村干部补助", money: ("9.31", "", ""),
                     goal: "按月及时足额发放在职村社干部的工资。", rows: [
                         "\t\t按月发放\t指标权重：20\t=1次\t",
                         "\t\t本土人才满意度\t指标权重：10\t≥95%\t",
                         "\t\t领取补助人数\t指标权重：20\t≥100人\t",
                         "\t\t促进经济发展\t指标权重：20；定性\t\t",
                     ])
    }

    @Test func rowsWithoutAnyLevelAreSaidOnceAndNotAsMisplaced() throws {
        let d = try Self.tongnan()
        let frame = Self.findings(d, "indicator.level2-frame")
        #expect(frame.count == 1)
        #expect(frame.first?.message.contains("4 个三级指标没有分类") == true)
        #expect(Self.findings(d, "indicator.misplaced").isEmpty)
        let missing = Self.findings(d, "indicator.level1-missing")
        #expect(missing.count == 3)
        #expect(missing.allSatisfy { $0.message.contains("4 个三级指标没有填写一级、二级指标") })
    }

    /// https://renrendoc.com/paper/307484460.html (宁乡市坝塘镇, 2021, 镇域内基础设施建设): every 二级
    /// with no 指标内容 and a bare number. The missing names are marked; what they mean is not judged.
    @Test func rowsWithoutNamesAreNotJudgedForMeaning() throws {
        let d = try Self.document(unit: "宁乡市坝塘镇人民政府", name: "镇域内基础设施建设",
                                  money: ("10606.7522万元", "6923.3552万元", "3683.3970万元"),
                                  goal: "全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造", rows: [
                                      "产出指标\t数量指标\t\t备注：100\t88\t",
                                      "\t时效指标\t\t备注：100\t88\t",
                                      "效益指标\t经济效益指标\t\t备注：100\t88\t",
                                      "\t生态效益指标\t\t备注：100\t20\t",
                                  ])
        #expect(Self.findings(d, "indicator.level2-meaning").isEmpty)
        #expect(Self.findings(d, "indicator.row-incomplete").count == 4)
    }

    /// http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州市贵池区棠溪镇, 2022,
    /// 委托业务项目): 年度资金总额 printed 0 beside 本年财政拨款 90.
    @Test func aTotalPrintedZeroIsOneErrorNotACostAboveIt() throws {
        let d = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "委托业务项目", money: ("0", "90", ""),
                                  goal: "完成基建工程项目预算编制、审计和设计、规划、测绘委托业务。", rows: [
                                      "产出指标\t数量指标\t基建工程委托业务项目数量\t\t≥50个\t",
                                      "\t成本指标\t项目总成本\t\t≤90万元\t",
                                      "满意度指标\t服务对象满意度指标\t公众满意度\t\t≥90%\t",
                                  ])
        #expect(Self.findings(d, "budget.fiscal-sum").count == 1)
        #expect(Self.findings(d, "indicator.cost-above-budget").isEmpty)
    }

    /// The advice for a cost written in words names the money there is, not the 0 printed as 预算数.
    @Test func costAdviceBesideATotalPrintedZeroNamesTheFiscalPart() throws {
        let d = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "委托业务项目", money: ("0", "90", ""),
                                  goal: "完成委托业务。", rows: ["产出指标\t成本指标\t单项业务成本\t\t符合相关规定\t"])
        let f = try #require(Self.findings(d, "indicator.not-quantified").first)
        #expect(f.suggestion?.contains("≤90万元") == true, "\(f.suggestion ?? "")")
    }

    @Test func aCostAboveTheFiscalPartIsStillMarked() throws {
        let d = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "委托业务项目", money: ("0", "90", ""),
                                  goal: "完成委托业务。", rows: ["产出指标\t成本指标\t项目总成本\t\t≤900万元\t"])
        let f = try #require(Self.findings(d, "indicator.cost-above-budget").first)
        #expect(f.message.contains("财政资金与其他资金合计"))
    }

    /// http://www.olshare.net/p118/2019nfpzjgk/20200526/185626.html (昌吉州第四中学, 2019, 普通高中国家助学金):
    /// `资助经费到位率 100%达标` is a rate; the money as a 数量指标 is still an input.
    @Test func aRateWithDabiaoIsARate() throws {
        let d = try Self.document(unit: "昌吉州第四中学", name: "普通高中国家助学金", money: ("160.77", "160.77", ""),
                                  goal: "资助普通高中在校家庭经济困难学生。", rows: [
                                      "产出指标\t数量指标\t全年资助普通高中家庭经济困难学生\t\t1606人次\t",
                                      "\t\t资助金额\t\t160.77万元\t",
                                      "\t时效指标\t资助经费发放率\t\t100%达标\t",
                                  ])
        #expect(Self.findings(d, "indicator.unit-mismatch").isEmpty)
        #expect(Self.findings(d, "indicator.input-as-output").count == 1)
    }

    /// http://bigxun.com/view/1667741699571552258 (嘉峪关城市博物馆, 2023): `资金使用效率 二100百分比`.
    @Test func aValueWhoseEqualsWasReadAsErHasItsNumber() throws {
        let d = try Self.document(unit: "嘉峪关城市博物馆", name: "博物馆纪念馆市级免费开放补助资金", money: ("20万元", "", "20万元"),
                                  goal: "免费开放300天，接待观众30000人次。", rows: [
                                      "产出指标\t质量指标\t博物馆绩效考核指标完成率\t\t二100百分比\t",
                                  ])
        #expect(Self.findings(d, "indicator.not-quantified").isEmpty)
        #expect(Self.findings(d, "text.extraction-damage").contains { $0.message.contains("“二”像是“=”") })
    }

    /// http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html (南岳区, 2018,
    /// 市级专项扶贫资金基础设施(人大代表扶贫基地)): a template's slot left at a name's end without brackets,
    /// `受益建档立卡贫困人口数≥**人`. Before, the suggested name was `受益建档立卡贫困人口数≥人`.
    @Test func anUnbracketedSlotAtANamesEndGoesWhole() throws {
        let d = try Self.document(unit: "南岳镇政府", name: "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", money: ("10", "10", "0"),
                                  goal: "为水濂村带来观光游客不少于6万人,村集体收入达6万元。", rows: [
                                      "效益指标\t社会效益指标\t受益建档立卡贫困人口数≥**人\t\t>=29人\t",
                                      "\t\t贫困地区乡村旅游开发景点接待游客数量(≥**人)\t\t>=60000人\t",
                                  ])
        let f = Self.findings(d, "indicator.placeholder")
        #expect(f.count == 2)
        #expect(f.first?.suggestion == "改为“受益建档立卡贫困人口数”")
        #expect(f.last?.suggestion == "改为“贫困地区乡村旅游开发景点接待游客数量”")
    }

    /// The same 南岳区 table: a name that ends with its own target (`…建设质量达标率100%`) while the value says
    /// `>=98%` is marked on the name; the template's `(≥**%)` names and the name that states only what it counts
    /// (`受益建档立卡贫困人口数≥**人`) are not.
    @Test func aNameStatingAnotherTargetThanItsValueIsMarked() throws {
        let d = try Self.document(unit: "南岳镇政府", name: "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", money: ("10", "10", "0"),
                                  goal: "为水濂村带来观光游客不少于6万人,村集体收入达6万元。", rows: [
                                      "产出指标\t数量指标\t贫困地区旅游景点开发数量( ≥**个 )\t\t>=4个\t",
                                      "\t质量指标\t*贫困地区旅游基础设施建设质量达标率100%\t\t>=98%\t",
                                      "\t时效指标\t贫困地区基础设施建设按期完成率(≥**%)\t\t>=95%\t",
                                      "效益指标\t社会效益指标\t受益建档立卡贫困人口数≥**人\t\t>=29人\t",
                                  ])
        let f = Self.findings(d, "indicator.value-vs-name")
        #expect(f.map(\.location.level3) == ["*贫困地区旅游基础设施建设质量达标率100%"])
        #expect(f.first?.message.contains("“100%”") == true)
    }

    /// r04 鄂州市机关事务服务中心 (2022, 滨湖大楼运行保障, 单位：万元): the 资金用途 itemises its costs as bare figures in the
    /// table's unit. This year's (191 + 99 + 524 = 814) and 2021's (191 + 99 + 504.55 = 794.55) add up; 2020's do not
    /// (191 + 99 + 372.88 = 662.88, written 合计662.98): one finding, the year before each list not read as an item.
    @Test func bareItemisedFiguresThatDoNotAddUpAreMarked() throws {
        let d = try Self.document(unit: "鄂州市机关事务服务中心", name: "滨湖大胆办公大楼运行保障", money: ("814", "", ""),
                                  usage: "项目类别：本级支出项目；项目性质：持续性项目；立项依据：市机关事务服务中心三定方案；项目预算成本构成：保安服务费191（依据招标文件），保洁服务费99（依据招标文件），水电气、维修维护费524（根据三定方案,各项费用据实结算），合计814；2020年实际执行数：保安服务费191，保洁服务费99，水电气、维修维护费372.88，合计662.98；2021年实际执行数：191，99，504.55，合计794.55",
                                  goal: "以办公大楼服务对象满意为目标,着力打造文明型机关。", rows: [
                                      "产出指标\t数量指标\t大楼安检巡察次数\t反映大楼保卫巡检情况\t200次\t",
                                  ])
        let f = Self.findings(d, "usage.arithmetic")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("191、99、372.88") == true)
        #expect(f.first?.message.contains("合计 662.98") == true)
    }

    /// r06 棠溪镇 (池州市贵池区, 2022, 委托业务项目): the goal is the budget restated (`本项目共申请预算资金90万元。其中:30万元用于
    /// 基建工程项目预算编制;…`) with nothing it achieves — marked once; r03 东莞 (2019) settles payments, and its goal
    /// names the projects settled (`完成3个项目补助尾款结算387万元`) — quiet. r18 (the same 镇, 村级补助) lists the
    /// budget's parts, one named with a comma — marked.
    @Test func aGoalThatOnlyRestatesTheBudgetIsMarked() throws {
        let rows = ["产出指标\t数量指标\t基建工程委托业务项目数量\t\t≥50个\t"]
        let tangxi = try Self.document(unit: "池州市贵池区棠溪镇人民政府", name: "委托业务项目", money: ("90", "90", ""),
                                       goal: "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。",
                                       rows: rows)
        #expect(Self.findings(tangxi, "goals.funding-only").count == 1)
        // r18, the same 镇's 村级补助及运转经费: an item's name holds a comma (`村民组长,党小组长基本报酬252000元`).
        let cunji = try Self.document(unit: "池州市贵池区棠溪镇人民政府", name: "村级补助及运转经费", money: ("202.64", "202.64", ""),
                                      goal: "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。",
                                      rows: rows)
        #expect(Self.findings(cunji, "goals.funding-only").count == 1)
        let dongguan = try Self.document(unit: "东莞市交通运输局", name: "镇街联网路补助", money: ("919", "919", ""),
                                         goal: "年度目标：督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个项目补助尾款结算387万元。",
                                         rows: rows)
        #expect(Self.findings(dongguan, "goals.funding-only").isEmpty)
    }

    /// http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161 (清涧县交通运输局, 2021, 果园路; the copy is cut
    /// at 效益指标): goals written as done (`解决了`, `改善了`) are marked; the cost within the budget is not.
    @Test func qingjianGoalsWrittenAsDoneAreMarked() throws {
        let d = try Self.document(unit: "清涧县交通运输局", name: "2021年交通局寨山石坪、鲍家沟果园路", money: ("500", "500", ""),
                                  goal: "1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设,解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题",
                                  rows: ["产出指标\t数量指标\t寨山石坪村新建水泥路1条\t\t2km\t",
                                         "\t质量指标\t项目(工程)验收合格率\t\t100%\t",
                                         "\t时效指标\t项目(工程)完成及时率\t\t100%\t",
                                         "\t成本指标\t硬化水泥砼公路补助标准\t\t≤120万元\t"])
        #expect(Self.findings(d, "goals.report-style").count == 1)
        #expect(Self.findings(d, "indicator.cost-above-budget").isEmpty)
        #expect(Self.findings(d, "indicator.unit-mismatch").isEmpty)
    }

    /// https://www.ahjinzhai.gov.cn/public/6617781/34383152.html (金寨经济开发区, 2021, 物业管理): `指标1:` before
    /// each name and template slots; a 生态效益 about residents' living conditions is questioned, the cost equal to
    /// the budget is not.
    @Test func jinzhaiLivingConditionsAreNotEcological() throws {
        let d = try Self.document(unit: "安徽金寨经济开发区管理委员会", name: "物业管理", money: ("1125", "1125", ""),
                                  goal: "目标1:维护辖区各安置小区安全巡逻、环境卫生及物业日常管理", rows: [
                                      "产出指标\t数量指标\t指标1:安置小区物业费\t\t8个\t",
                                      "\t成本指标\t指标1:项目总成本(≤**万元)\t\t≤1125万元\t",
                                      "效益指标\t生态效益指标\t指标1:优化安置小区生活环境,提高居民生活质量,营造安全舒适的居住环境。\t\t显著提高\t",
                                      "满意度指标\t服务对象满意度指标\t指标1:小区居民满意度(≥**%)\t\t≥90%\t",
                                  ])
        #expect(Self.findings(d, "indicator.level2-meaning").count == 1)
        #expect(Self.findings(d, "indicator.placeholder").map(\.suggestion) == ["改为“指标1:项目总成本”", "改为“指标1:小区居民满意度”"])
        #expect(Self.findings(d, "indicator.cost-above-budget").isEmpty)
        #expect(Self.findings(d, "indicator.input-as-output").isEmpty)
    }

    /// https://taowenge.com/p-72820237.html (衡山县商务和粮食局, 2020, 县级储备粮; a docx copy): the form's box
    /// under the table, `说明 | 无`, is a note. Before, it was read as an indicator with 一级 `说明`, 二级 `无`.
    @Test func aShuomingBoxUnderTheTableIsANote() throws {
        let d = try Self.document(unit: "衡山县商务和粮食局", name: "县级储备粮", money: ("194.9", "194.9", ""),
                                  goal: "保持和稳定地方粮食储备机制", rows: [
                                      "产出指标\t数量指标\t库存数量真实率\t\t100%\t",
                                      "满意度指标\t服务对象满意度指标\t市民满意度调查\t\t≥90%\t",
                                      "说明\t无\t\t\t\t",
                                  ])
        let p = try #require(d.projects.first)
        #expect(p.indicators.map(\.name) == ["库存数量真实率", "市民满意度调查"])
        #expect(p.notes.map(\.text) == ["说明  无"])
    }

    /// A scan's speck read as a full stop inside the money labels (`预.算数`, `其中：财.政资金`): read past,
    /// said once. Before, the budget was 0 and the fiscal part missing, so the sums were marked.
    @Test func aDotInsideTheMoneyLabelsIsReadPastAndSaidOnce() throws {
        let d = try Self.document(unit: "衡山县商务和粮食局", name: "县级储备粮", money: ("194.9", "194.9", ""),
                                  goal: "保持和稳定地方粮食储备机制", rows: [
                                      "产出指标\t数量指标\t库存数量真实率\t\t100%\t",
                                      "满意度指标\t服务对象满意度指标\t市民满意度\t\t≥90%\t",
                                  ])
        let damaged = try Self.document(unit: "衡山县商务和粮食局", name: "县级储备粮", money: ("194.9", "194.9", ""),
                                        goal: "保持和稳定地方粮食储备机制", rows: [
                                            "产出指标\t数量指标\t库存数量真实率\t\t100%\t",
                                            "满意度指标\t服务对象满意度指标\t市民满意度\t\t≥90%\t",
                                        ], moneyLabels: ("预.算数", "其中：财.政资金"))
        #expect(damaged.projects[0].budget == d.projects[0].budget)
        let f = Self.findings(damaged, "text.extraction-damage").filter { $0.message.contains("栏目名称") }
        #expect(f.count == 1)
        #expect(f.first?.message.contains("“预.算数”、“其中：财.政资金”中两个字之间夹着一个点") == true, "\(f.first?.message ?? "")")
        #expect(Self.findings(damaged, "budget.fiscal-sum").isEmpty)
    }

    /// https://taowenge.com/p-72820237.html (衡山县, 2020, 县级储备粮): `市民满意度调查 290%`, and 鄂州 2022's `292%`:
    /// a `≥` a scan read as `2`. The advice names `≥90%`; before, only `核对是否多写了一位`.
    @Test(arguments: [("290%", "≥90%"), ("292%", "≥92%")])
    func aPercentAboveAHundredBeginningWith2NamesTheComparator(_ value: String, _ read: String) throws {
        let d = try Self.document(unit: "衡山县商务和粮食局", name: "县级储备粮", money: ("194.9", "194.9", ""),
                                  goal: "保持和稳定地方粮食储备机制", rows: [
                                      "满意度指标\t服务对象满意度指标\t市民满意度调查\t\t\(value)\t",
                                  ])
        let f = try #require(Self.findings(d, "indicator.unit-mismatch").first)
        #expect(f.suggestion?.contains("应为“\(read)”") == true, "\(f.suggestion ?? "")")
    }

    /// Not where the rest is no share (`200%`), a comparator is written already, or no 2 begins it.
    @Test(arguments: ["200%", "≥290%", "120%"])
    func otherPercentsAboveAHundredKeepThePlainAdvice(_ value: String) throws {
        let d = try Self.document(unit: "衡山县商务和粮食局", name: "县级储备粮", money: ("194.9", "194.9", ""),
                                  goal: "保持和稳定地方粮食储备机制", rows: [
                                      "满意度指标\t服务对象满意度指标\t市民满意度调查\t\t\(value)\t",
                                  ])
        let f = try #require(Self.findings(d, "indicator.unit-mismatch").first)
        #expect(f.suggestion == "比例不超过 100%；核对是否多写了一位", "\(value)")
    }

    /// https://dyrmt.com/article-132779-22.html (a 项目支出绩效自评表: `…结余率 ≤5% 22.5 合计 100 评价结论…`): the
    /// totals row of the scores under the indicators is no indicator. Before, `总分 | 100` was read as one with 一级
    /// `总分` (row-incomplete, level2-frame and unit-missing on it), `合计` likewise, quietly.
    @Test(arguments: ["合计\t\t\t分值：100\t\t", "总分\t\t\t\t100\t", "合计\t100\t\t\t\t"])
    func aTotalsRowUnderAScoredTableIsANote(_ totals: String) throws {
        let d = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "村级补助及运转经费", money: ("0", "202.64", ""),
                                  goal: "保障村级组织运转。", rows: [
                                      "产出指标(50分)\t数量指标\t补助村(社区)数量\t分值：50\t=8个\t",
                                      "满意度指标(50分)\t服务对象满意度指标\t群众满意度\t分值：50\t≥90%\t",
                                      totals,
                                  ])
        let p = try #require(d.projects.first)
        #expect(p.indicators.map(\.name) == ["补助村(社区)数量", "群众满意度"])
        #expect(p.notes.count == 1)
        #expect(Self.findings(d, "indicator.row-incomplete").isEmpty)
    }
    /// http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html (武川县民族事务委员会,
    /// 2021, 沙湾子少数民族聚居村养殖场): a cost written as a floor, `防疫室84平米 ≥1050元`, among unit costs without one.
    /// Before, nothing marked it.
    @Test func aCostWrittenAsAFloorIsMarked() throws {
        let d = try Self.document(unit: "武川县民族事务委员会", name: "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
                                  money: ("50万", "50", ""), goal: "项目新建养殖场占地约6500平米,建棚圈一栋约360平米,人工配种室、防疫室84平米。", rows: [
                                      "产出指标\t时效指标\t开工时限\t\t2021年7月\t",
                                      "\t成本指标\t打井、配电\t\t50000元\t",
                                      "\t\t饲料库120平米\t\t490元/平米\t",
                                      "\t\t防疫室84平米\t\t≥1050元\t",
                                  ])
        let f = Self.findings(d, "indicator.comparator-direction")
        #expect(f.map(\.location.level3) == ["防疫室84平米"])
        #expect(f.first?.fix?.to == "≤1050元")
    }

    /// http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html (巴彦淖尔市自然资源局甘其毛都口岸分局, 2024 自评表):
    /// a 数量指标 with `小于等于 1 个` (its row prints 正向); https://dyrmt.com/article-132779-22.html (自评表): `科目调整次数≤10次`
    /// under 数量指标 counts what should be fewer, and is right. Before, neither was read for its direction.
    @Test func aQuantityWrittenAsACeilingIsMarkedUnlessItCountsWhatShouldBeFewer() throws {
        let d = try Self.document(unit: "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局", name: "自然资源业务支出项目",
                                  money: ("2.38", "0.58", "1.8"), goal: "目标1:通过开展自然调查,全面查清全市资源利用状况.", rows: [
                                      "产出指标\t数量指标\t指标1:租车次数(次)\t\t≥1次\t",
                                      "\t\t指标2:宣传美工制作个数(个)\t\t≤1个\t",
                                      "\t\t科目调整次数\t\t≤10次\t",
                                      "\t质量指标\t指标1:租车达标率\t\t=100%\t",
                                  ])
        let f = Self.findings(d, "indicator.comparator-direction")
        #expect(f.map(\.location.level3) == ["指标2:宣传美工制作个数(个)"])
        #expect(f.first?.fix?.to == "≥1个")
    }
    /// https://www.scqs.gov.cn/info/13206/211004.htm (青神县发展和改革局, 2023 自评表, 报表编号 510000_0013zp) prints its
    /// project as `51000021R000000019951-工资性支出`; https://dyxrmt.cn/article-157795-21.html (大英县司法局, 2023) as
    /// `51092324T000010263357-2023年全县安可替代补助资金项目`. The code is the project's 项目编码. Before, the whole cell was the
    /// name and the table was said to have no code (header.code-absent).
    @Test(arguments: [("51000021R000000019951-工资性支出", "51000021R000000019951", "工资性支出"),
                      ("51092324T000010263357-2023年全县安可替代补助资金项目", "51092324T000010263357", "2023年全县安可替代补助资金项目")])
    func aCodePrintedBeforeTheNameIsTheProjectCode(_ printed: String, _ code: String, _ name: String) throws {
        let d = try Self.document(unit: "青神县发展和改革局", name: printed, money: ("238.93", "238.93", ""),
                                  goal: "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。", rows: [
                                      "产出指标\t数量指标\t发放(缴纳)覆盖率\t权重：60\t=100%\t",
                                      "效益指标\t社会效益指标\t足额保障率(参保率)\t权重：30\t=100%\t",
                                  ])
        let p = try #require(d.projects.first)
        #expect(p.code == code)
        #expect(p.name == name)
        for rule in ["header.code-absent", "header.code-format", "contents.mismatch"] {
            #expect(Self.findings(d, rule).isEmpty, "\(rule)")
        }
    }

    /// Not a code: a unit's code (`820001-`), a year, or a code with nothing after it.
    @Test(arguments: ["820001-村组干部报酬", "2023年全县安可替代补助资金项目", "51000021R000000019951", "51000021R00000001995-工资性支出"])
    func otherNamesKeepTheirBeginning(_ printed: String) throws {
        let d = try Self.document(unit: "青神县发展和改革局", name: printed, money: ("238.93", "238.93", ""),
                                  goal: "保障工资及时、足额发放。", rows: ["产出指标\t数量指标\t发放(缴纳)覆盖率\t\t=100%\t"])
        let p = try #require(d.projects.first)
        #expect(p.code.isEmpty)
        #expect(p.name == printed)
    }
    /// http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2 (贵池区棠溪镇, 2022, 村级补助及运转经费): the goal
    /// splits 2026400元 into items that add to 1,740,000元. Before, only 资金用途 was read for its arithmetic. The same
    /// template's 委托业务项目 (id=502364) splits 90万元 into three 30万元: right, quiet.
    @Test func goalItemsNotAddingToTheirTotalAreMarked() throws {
        let d = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "村级补助及运转经费", money: ("0", "202.64", ""),
                                  goal: "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。",
                                  rows: ["产出指标(50分)\t数量指标\t补助村(社区)数量\t分值：8\t=8个\t"])
        let f = Self.findings(d, "usage.arithmetic")
        #expect(f.count == 1)
        #expect(f.first?.location.part == .goals)
        #expect(f.first?.message.contains("1,740,000.00 元") == true)
        let agreeing = try Self.document(unit: "219001-池州市贵池区棠溪镇人民政府", name: "委托业务项目", money: ("0", "90", ""),
                                         goal: "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。",
                                         rows: ["产出指标(50分)\t数量指标\t基建工程委托业务项目数量\t分值：8\t≥50个\t"])
        #expect(Self.findings(agreeing, "usage.arithmetic").isEmpty)
    }
    /// http://gzz.gov.cn/preview-service/file_2023120414310206xlsx.html (甘孜州市场监督管理局, corpus 07): counts of meetings
    /// and campaigns held, written without a unit (`召开食品安委会全体会议 2`); https://renrendoc.com/paper/307484460.html
    /// (宁乡市坝塘镇 2021, r05): an unfilled 成本指标 and 满意度 row with a bare `88`. Before, every one was advised
    /// “次”“个”“项”“期” — a cost in 期, a satisfaction in 个.
    @Test func unitMissingAdviceFollowsWhatIsCounted() throws {
        let d = try Self.document(unit: "甘孜藏族自治州市场监督管理局机关", name: "食品安全工作经费", money: ("20", "20", ""),
                                  goal: "保障全州食品安全。", rows: [
                                      "产出指标\t数量指标\t召开食品安委会全体会议\t\t2\t",
                                      "\t\t重点建设工程安排数量\t\t2\t",
                                      "\t成本指标\t\t\t88\t",
                                      "满意度指标\t服务对象满意度指标\t\t\t88\t",
                                  ])
        let advice = Self.findings(d, "indicator.unit-missing").map { $0.suggestion ?? "" }
        #expect(advice == ["补上单位，如“次”“场”", "补上单位，如“个”“项”",
                           "成本写金额，补上单位，如“万元”“元”；单价写“元/人”“元/平方米”", "写成百分数，如“≥90%”"])
    }
    /// http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html (武川县 2021): the copy
    /// prints the first four rows (特色产业数量, 养殖场, 成活率, 验收合格率) without their 一级/二级 cells. Before, 产出指标
    /// was said to lack 数量 and 质量 with no word of those rows, which level1-missing names.
    @Test func missingDimensionsNameTheRowsWithoutLabels() throws {
        let d = try Self.document(unit: "武川县民族事务委员会", name: "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
                                  money: ("50万", "50", ""), goal: "项目新建养殖场占地约6500平米。", rows: [
                                      "\t\t贫困地区新增特色产业数量\t\t≥1个\t",
                                      "\t\t贫困地区建设少数民族聚居村养殖场\t\t≥1个\t",
                                      "\t\t养殖动物成活率(目标)\t\t≥95%\t",
                                      "\t\t项目(工程)验收合格率\t\t100%\t",
                                      "\t时效指标\t开工时限\t\t2021年7月\t",
                                      "\t成本指标\t打井、配电\t\t50000元\t",
                                  ])
        let f = try #require(Self.findings(d, "indicator.output-dimension-missing").first)
        #expect(f.message == "产出指标中没有数量指标、质量指标（另有 4 个三级指标没有填写一级、二级指标，请一并归类）")
    }
    /// https://www.ahxx.gov.cn/grassroots/275/159708041.html (萧县杨楼镇 2023 特色种养殖补贴到户, 自评表 layout): the copy
    /// keeps only `(50分)` of the vertical 产出指标 cell. Before, `(50分)` was a 一级 outside the frame on every row
    /// (level2-frame ×12) and 产出指标 was missing (an error) beside 数量指标 rows.
    @Test func aLevel1CellWithOnlyItsScoreIsReadByTheLevel2() throws {
        let d = try Self.document(unit: "杨楼镇人民政府", name: "2023年杨楼社区特色种养殖补贴到户项目", money: ("8.408", "8.408", "0"),
                                  goal: "以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。", rows: [
                                      "(50分)\t数量指标\t★补助各类粮食作物种植面积\t分值：10\t\t",
                                      "\t\t红薯种植面积\t\t5.5亩\t",
                                      "\t\t猪养殖数量\t\t80头\t",
                                  ])
        #expect(Self.findings(d, "indicator.level1-missing").map(\.location.level1) == ["效益指标", "满意度指标"])
        let frame = Self.findings(d, "indicator.level2-frame")
        #expect(frame.map(\.message) == ["一级指标一栏只有“(50分)”，按二级指标“数量指标”读作产出指标"])
    }

    /// Not a lost label: a 一级 with its name and score, or a name in brackets.
    @Test(arguments: [("(50分)", true), ("（20分）", true), ("(必填)", true), ("产出指标(50分)", false), ("(产出指标)", false), ("()", false)])
    func onlyAScoreIsAnAnnotation(_ printed: String, _ expected: Bool) {
        #expect(IndicatorLabel.isOnlyAnnotation(printed) == expected, "\(printed)")
    }
    /// https://www.ahxx.gov.cn/grassroots/275/159708041.html (萧县杨楼镇 2023): ★ core rows with only a 分值, their values in
    /// the rows listed under them. Session 13 said each was "缺少指标值" (row-incomplete, an error); the targets are there and can
    /// be assessed, what is missing is the core figure: indicator.core-in-parts (a warning) names the parts and offers their total.
    @Test func aCoreRowWithoutValueNamesItsParts() throws {
        let d = try Self.document(unit: "杨楼镇人民政府", name: "2023年杨楼社区特色种养殖补贴到户项目", money: ("8.408", "8.408", "0"),
                                  goal: "以产业补助的形式对64户脱贫户进行补助。", rows: [
                                      "产出指标\t数量指标\t★补助各类瓜果蔬菜种植面积\t分值：10\t\t",
                                      "\t\t梨树种植面积\t\t6亩\t计划标准",
                                      "\t\t桃种植面积\t\t1亩\t计划标准",
                                      "\t\t葡萄种植面积\t\t4.5亩\t计划标准",
                                      "\t\t苹果种植面积\t\t4.7亩\t计划标准",
                                      "\t\t★补助家畜家禽养殖数量\t分值：10\t\t",
                                      "\t\t猪养殖数量\t\t80头\t计划标准",
                                      "\t\t鸡养殖数量\t\t500只\t计划标准",
                                      "\t\t★种植作物成活率\t分值：10\t\t",
                                      "\t质量指标\t验收合格率\t\t100%\t行业标准",
                                  ])
        // The ★ rows with parts are no missing value nor basis; the ★ row with none under it still is.
        #expect(Self.findings(d, "indicator.row-incomplete").map(\.message) == ["数量指标“★种植作物成活率”缺少指标值、指标值确定依据"])
        let f = Self.findings(d, "indicator.core-in-parts")
        #expect(f.count == 2)
        #expect(f.first?.severity == .warning)
        #expect(f.first?.message == "数量指标“★补助各类瓜果蔬菜种植面积”没有填写指标值，值写在下面 4 行分项里（梨树种植面积 6亩、桃种植面积 1亩、葡萄种植面积 4.5亩等）")
        #expect(f.first?.fix?.to == "16.2亩")
        #expect(f.last?.fix == nil)   // 头 and 只 add to nothing
    }

    /// The same 萧县 table (and 同心县 2023, 南岳区 2018): the ★ (or a `*` before the name) marks the template's core
    /// indicators and stays in the approved table; indicator.placeholder asked to drop it on every ★ row (three on 萧县,
    /// beside core-in-parts, which reads the ★). Now only a slot left unfilled is asked off, and the ★ is kept in the fix.
    @Test func aCoreMarkIsNoPlaceholderButASlotBesideItIs() throws {
        let d = try Self.document(unit: "杨楼镇人民政府", name: "2023年杨楼社区特色种养殖补贴到户项目", money: ("8.408", "8.408", "0"),
                                  goal: "以产业补助的形式对64户脱贫户进行补助。", rows: [
                                      "产出指标\t数量指标\t★补助各类瓜果蔬菜种植面积\t分值：10\t\t",
                                      "\t\t梨树种植面积\t\t6亩\t计划标准",
                                      "\t\t*贫困地区旅游景点开发数量\t\t≥4个\t计划标准",
                                      "效益指标\t社会效益指标\t★★★受益脱贫户人口数(≥**户)\t\t≥10户\t计划标准",
                                  ])
        let f = Self.findings(d, "indicator.placeholder")
        #expect(f.map(\.message) == ["三级指标“★★★受益脱贫户人口数(≥**户)”中留着模板的“(≥**户)”"])
        #expect(f.first?.fix?.to == "★★★受益脱贫户人口数")
    }

    /// http://monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html (岳阳楼区价格认证鉴定中心 2023
    /// 整体绩效目标表): `28.8万元` under 计量单位 `%`. The value is read as its cell says (not `28.8万元%`); the clash of
    /// the two cells is said once, on that row; `100` under `%` is not. A word (`应保尽保`, 定性) under `%` on a 效益 row is
    /// the same clash (the template's default unit left in): said with the 定性 the type column states.
    @Test func aValueCarryingAnotherUnitThanTheUnitColumnIsMarked() throws {
        let d = try Self.document(unit: "岳阳楼区价格认证鉴定中心", name: "价格认定工作", money: ("", "", ""), goal: "做好涉案、价格认定工作。", rows: [
            "产出指标\t数量指标\t价格认定件数\t定量\t28.8万元\t%\t\t未达指标值酌情扣分\t",
            "\t质量指标\t认定报告合格率\t定量\t100\t%\t\t未达指标值酌情扣分\t",
            "效益指标\t社会效益指标\t保证单位正常运转\t定性\t应保尽保\t%\t\t未达指标值酌情扣分\t",
        ], header: "一级指标\t二级指标\t三级指标\t指标值类型\t*指标值\t计量单位\t*指标解释\t*评(扣)分标准\t备注")
        #expect(d.projects[0].indicators.map(\.value.raw) == ["28.8万元", "100%", "应保尽保"])
        let f = Self.findings(d, "indicator.unit-column")
        #expect(f.map(\.message) == ["数量指标“价格认定件数”的指标值写“28.8万元”，计量单位一栏却是“%”",
                                     "社会效益指标“保证单位正常运转”的指标值“应保尽保”是文字表述（指标值类型为定性），计量单位一栏却是“%”"])
        #expect(f.last?.suggestion == "定性的指标值不用计量单位，删去计量单位一栏的“%”；要按比例考核的，指标值写数字")
        // No money in the 整体 table's template: a note (budget.department-absent), not budget.missing's error — but
        // this table is a project table (a 项目名称, no 整体 heading): budget.missing.
        #expect(Self.findings(d, "budget.missing").count == 1)
        #expect(Self.findings(d, "budget.department-absent").isEmpty)
        #expect(Self.findings(d, "indicator.basis-category").isEmpty)
    }

    /// Parts whose total does not fit in 64 bits (a mistyped or hostile document) get no total, and no crash.
    @Test func aCoreRowWhosePartsOverflowGetsNoTotal() throws {
        let d = try Self.document(unit: "杨楼镇人民政府", name: "2023年杨楼社区特色种养殖补贴到户项目", money: ("8.408", "8.408", "0"),
                                  goal: "以产业补助的形式对64户脱贫户进行补助。", rows: [
                                      "产出指标\t数量指标\t★补助各类瓜果蔬菜种植面积\t分值：10\t\t",
                                      "\t\t梨树种植面积\t\t90000000000000000亩\t计划标准",
                                      "\t\t桃种植面积\t\t90000000000000000亩\t计划标准",
                                  ])
        let f = Self.findings(d, "indicator.core-in-parts")
        #expect(f.count == 1)
        #expect(f.first?.fix == nil)
    }
    /// https://www.ningjin.gov.cn/content/26279.html (河北 宁晋县 2019 高中助学金 绩效评价指标表): its only satisfaction row sits
    /// under 质量指标, so 满意度指标 has no row: level1-missing names that row and the fix is to move it; a budget execution
    /// measure under 数量 is misplaced's alone (before, input-as-output also said "写的是资金").
    @Test func aSatisfactionUnderQualityIsWhatTheSatisfactionLevelLacks() throws {
        let d = try Self.document(unit: "宁晋县教育局", name: "宁晋县高中助学金项目", money: ("", "", ""), goal: "", rows: [
            "产出\t数量指标\t享受资助人数\t达到预计值；分值：10\t2100人\t",
            "\t\t资金支出率\t达到目标值；分值：10\t95%\t",
            "\t质量指标\t资助对象满意度\t达到目标值；分值：10\t95%以上\t",
            "效益指标\t社会效益指标\t资助学生顺利完成学业\t\t≥95%\t",
        ])
        let f = try #require(Self.findings(d, "indicator.level1-missing").first)
        #expect(f.message == "没有满意度指标（一个三级指标也没有；满意度“资助对象满意度”放在了产出指标下）")
        #expect(f.suggestion == "把“资助对象满意度”移到满意度指标—服务对象满意度指标下")
        #expect(Self.findings(d, "indicator.misplaced").count == 2)
        #expect(Self.findings(d, "indicator.input-as-output").isEmpty)
    }

    /// The 宁德 2019 部门整体支出绩效目标表's layout (r33): its head, `money` (the 年度预算安排 line, or none), the
    /// 年度总体目标, the 年度履职目标 small table with `duties` rows (none: no such table), and an indicator table — with an
    /// 指标解释 column unless `basisColumn` is false — of one 编纂年鉴 row and `indicators`.
    static func ningde(unit: String = "某研究室\t部门预算编码\t901001033", money: String = "年度预算安排(万元)\t资金总额\t171.41",
                       duties: [String] = [], indicators: [String] = [], basisColumn: Bool = true) -> String {
        var lines = ["1.部门整体支出绩效目标表", "", "部门整体支出绩效目标表", "（2019年度）", "部门(单位)名称\t" + unit, money,
                     "年度总体目标\t目标1:确保本室日常办公所需经费正常运行。"]
        if !duties.isEmpty { lines += ["年度履职目标\t部门职能\t年度目标任务\t支出项目名称\t预算金额(万元)"] + duties }
        lines += basisColumn ? ["一级指标\t二级指标\t三级指标\t指标解释\t目标值", "产出指标\t数量指标\t编纂年鉴\t计划标准\t1部"]
            : ["一级指标\t二级指标\t三级指标\t目标值", "产出指标\t数量指标\t编纂年鉴\t1部"]
        return (lines + indicators).joined(separator: "\n") + "\n"
    }

    /// http://ndfzw.com/ggl/2019-12-31/7211.html (福建 宁德市 2019 部门整体支出绩效目标表): its 年度履职目标 is a small table
    /// read as goals, each cell after its column's name; the blanks that ran its cells together read as extraction spaces
    /// (a finding a reviewer strikes). The 整体 table prints its money (资金总额): no budget note.
    @Test func aDutiesTableUnderTheGoalsIsNoExtractionDamage() throws {
        let text = Self.ningde(duties: ["\t组织、指导、编纂地方志工作\t确保完成2019年度任务\t市志编纂与年鉴出版经费\t49.8"],
                               indicators: ["\t质量指标\t各类书籍审稿率\t100%(计划标准)\t100%"])
        let d = try DocumentReader.read(text: text)
        #expect(Self.findings(d, "text.extraction-damage").isEmpty)
        #expect(Self.findings(d, "header.department-wide").count == 1)
        #expect(Self.findings(d, "budget.department-absent").isEmpty)
        #expect(Self.findings(d, "budget.missing").isEmpty)
    }

    /// The same 宁德 table: its 年度履职目标 rows state 49.8 + 11 + 171.41 = 232.21 万元 against 资金总额 171.41 (the 基本支出 row
    /// repeats the total; the head says 110.61) — the tasks' amounts must add up to the 部门整体 预算数 (88号's 金额合计).
    @Test func aDepartmentsDutiesMustAddUpToItsBudget() throws {
        func table(_ basic: String) throws -> Document {
            try DocumentReader.read(text: Self.ningde(duties: [
                "\t组织、指导、编纂地方志工作\t确保完成2019年度任务\t市志编纂与年鉴出版经费\t49.8",
                "\t确保本室各人员工资及福利的发放\t按时发放2019年人员福利\t市志编纂与年鉴出版经费\t11",
                "\t确保日常工作正常运行\t按时发放2019年人员工资待遇\t基本支出\t\(basic)",
            ]))
        }
        let f = Self.findings(try table("171.41"), "usage.arithmetic")
        #expect(f.map(\.message) == ["年度履职目标中 3 项预算金额合计 2,322,100.00 元，与预算数 1,714,100.00 元 不符（相差 608,000.00 元）"])
        #expect(f.first?.location.part == .goals)
        #expect(Self.findings(try table("110.61"), "usage.arithmetic").isEmpty)
    }

    /// A 部门整体 table whose money block is labelled only 金额（万元） (`金额（万元） | 年度资金总额 | 171.41`, the
    /// lines below it): the department's money, as under 年度预算安排 — before, a fact of the table, which was said to
    /// print no money (`budget.department-absent`).
    @Test func aDepartmentWideTablesMoneyUnderAmount() throws {
        for label in ["金额（万元）", "资金(万元)"] {
            let d = try DocumentReader.read(text: Self.ningde(money: "\(label)\t年度资金总额\t171.41\n\t其中：财政拨款\t160\n\t其他资金\t11.41"))
            let p = d.projects[0]
            #expect(p.budget.total == Money(yuan: 1_714_100) && p.budget.fiscal == Money(yuan: 1_600_000) && p.budget.other == Money(yuan: 114_100))
            #expect(p.facts.isEmpty)
            #expect(Self.findings(d, "budget.department-absent").isEmpty)
            #expect(Self.findings(d, "header.department-wide").first?.message.hasSuffix("不是项目表：它的预算数是部门整体的资金") == true)
        }
    }

    /// A 部门整体 table that prints no money (湖南/江西 templates): the department-wide note does not speak of "its 预算数",
    /// and the one table without a basis column is "表", not "项目表" (it is no project table).
    @Test func aDepartmentWideTableWithoutMoneyIsNotSaidToHaveABudget() throws {
        func table(_ money: String) throws -> Document {
            try DocumentReader.read(text: Self.ningde(unit: "某研究室", money: money, basisColumn: false))
        }
        let none = try table("")
        let wide = Self.findings(none, "header.department-wide")
        #expect(wide.map(\.message) == ["第 1 张表是部门整体支出绩效目标表（表头写作“部门整体支出绩效目标表”），不是项目表"])
        #expect(wide.first?.suggestion == "指标照项目表的要求审核")
        #expect(Self.findings(none, "indicator.basis-absent").map(\.message) == ["表中没有指标值确定依据（没有这一栏，或整列空着）"])
        let priced = Self.findings(try table("年度预算安排(万元)\t资金总额\t171.41"), "header.department-wide")
        #expect(priced.first?.message.hasSuffix("不是项目表：它的预算数是部门整体的资金") == true)
        #expect(priced.first?.suggestion == "预算数合计已把这张表除外（与项目表的预算数相加会重复）；指标照项目表的要求审核")
    }
}
