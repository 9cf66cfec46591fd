import JixiaoModel
import Testing
@testable import JixiaoText

/// Corpus tables laid out as their sources print them — the templates' own rows and
/// columns, as the corpus README describes them — rather than re-set in the sample's
/// layout. Real documents nobody here has seen come in these layouts.
@Suite struct SourceLayoutTests {
    @Test func sichuanTemplateWithItemisedSourcesAndABlockLabelColumn() throws {
        let text = """
        **广元市昭化区卫生健康局
        2021 年项目支出绩效目标**

        1.特困家庭再扶助(独生子女死亡再扶助)绩效目标表

        预算单位\t区卫生健康局\t\t\t单位：万元
        项目名称\t特困家庭再扶助(独生子女死亡再扶助)
        年度资金总额\t
        \t(一)财政拨款小计\t6.30
        \t1、一般公共预算\t6.30
        \t2、政府性基金\t0.00
        \t3、国有资本经营预算\t0.00
        \t(二)自有资金小计\t0.00
        \t1、事业收入\t0.00
        \t2、经营性收入\t0.00
        \t(三)其他收入\t0.00
        年度绩效目标\t达到“老有所依,老有所养”的目标。
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值(包含数字及文字描述)
        \t项目完成 指标\t数量指标\t对符合政策法规的独生子伤残、死亡家庭进行扶助\t63人
        \t\t时效指标\t项目实施时间\t2021年1月-12月
        \t\t\t资金拨付\t12月底到位
        \t项目效益 指标\t社会效益 指标\t促进可持续发展\t100%
        \t满意度指标\t满意度指标\t受益群众满意度\t≥90%
        """
        let d = try readRoundTrip(text)
        #expect(d.department.unitName == "区卫生健康局")
        #expect(d.id == "区卫生健康局-2021")
        let p = d.projects[0]
        #expect(p.name == "特困家庭再扶助(独生子女死亡再扶助)")
        #expect(p.budget.total == Money(yuan: 63000))
        #expect(p.budget.totalSource == .derived)
        #expect(p.budget.fiscal == Money(yuan: 63000))
        #expect(p.budget.other == .zero)
        #expect(p.budget.otherSource == .derived)
        #expect(p.goals.count == 1)
        #expect(p.indicators.map(\.standardLevel1) == ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "时效指标", "时效指标", "社会效益 指标", "满意度指标"])
        #expect(p.indicators.map(\.value.raw) == ["63人", "2021年1月-12月", "12月底到位", "100%", "≥90%"])
        #expect(p.layout.indicatorColumns.first?.kind == .blockLabel)
    }

    @Test func sichuanFlatListWithTheUnitOnARowOfItsOwn() throws {
        let text = """
        部门预算项目绩效目标申报表(2023年度)
        金额单位:元
        单位名称\t820001-井研县马踏镇人民政府
        项目名称\t村组干部报酬\t项目金额\t3,309,840.00
        年度目标\t按时发放村组干部报酬
        一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
        效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标
        产出指标\t质量指标\t按时发放\t≥\t1\t人/年\t10\t正向指标
        """
        let d = try readRoundTrip(text)
        #expect(d.id == "820001-2023")
        let p = d.projects[0]
        #expect(p.name == "村组干部报酬")
        #expect(p.budget.total == Money(yuan: 3_309_840))
        #expect(p.budget.fiscalSource == .missing)
        #expect(p.indicators.map(\.value.raw) == ["≥95%", "≥1人/年"])
    }

    /// 内蒙古's template prints the kind (正向/反向) under 指标性质 and the comparator under
    /// 指标方向: the comparator is the value's, and an edit puts a new one back there.
    @Test func innerMongoliaComparatorInTheDirectionColumn() throws {
        let text = """
        乌海市某局 2021 年部门预算绩效文本

        1.再生资源回收市场管理经费项目绩效目标表
        (433001)乌海市某局\t\t单位：万元
        项目名称\t再生资源回收市场管理经费
        预算规模及资金用途\t预算数\t3\t其中：财政资金\t3\t其他资金\t0
        绩效目标\t规范建设再生资源回收渠道
        一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\t备注
        产出指标\t数量指标\t出差人次\t正向\t=\t24\t人/次\t4\t
        产出指标\t质量指标\t工作任务完成率\t正向\t≥\t95\t%\t4\t
        满意度指标\t服务对象满意度指标\t群众满意度\t正向\t\t90\t%\t10\t
        """
        let d = try readRoundTrip(text)
        let rows = d.projects[0].indicators
        #expect(rows.map(\.value.raw) == ["=24人/次", "≥95%", "90%"])
        var edited = rows[1]
        edited.setValue("≥98%")
        #expect(edited.value.raw == "≥98%")
        #expect(edited.extra(.valueOperator) == "正向")
        #expect(edited.extra(.direction) == "≥")
        #expect(edited.extra(.valueNumber) == "98")
        // A table whose 指标性质 holds the comparator keeps it there.
        #expect(SplitValue.comparator(operator: "≥", direction: "正向") == "≥")
        #expect(SplitValue.comparator(operator: "定量", direction: "大于等于") == "大于等于")
        #expect(SplitValue.comparator(operator: "", direction: "正向") == "")
    }

    @Test func hubeiApprovalTableWithFactsAndLastYearsActual() throws {
        let text = """
        **中共黄石市委党校
        2022 年项目支出绩效目标**

        1.主体班绩效目标表

        项目名称\t主体班
        主管部门及代码\t[105]中共黄石市委党校\t实施单位\t中共黄石市委党校
        项目属性\t持续性项目■ 新增性项目口\t项目期\t2022年
        项目资金（万元）\t项目金额\t164\t当年市级财政资金\t132
        年度绩效目标\t主体班培训280人次。
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t\t指标标准或依据
        \t\t\t\t2021年实际实现值\t预期2022年实现值\t
        \t\t数量指标\t主体班培训人次\t\t280人次\t
        \t产出指标\t\t开设课程数量\t\t220\t
        \t满意度指标\t服务对象满意度指标\t培训学员满意度\t\t≥95%\t
        财政资金管理科室(盖章) 年 月 日\t财政绩效管理科室(盖章) 年 月 日
        """
        let d = try readRoundTrip(text)
        let p = d.projects[0]
        #expect(p.unit.currency == "万元")
        #expect(p.budget.total == Money(yuan: 1_640_000))
        #expect(p.budget.fiscal == Money(yuan: 1_320_000))
        #expect(p.facts.map(\.label) == ["主管部门及代码", "实施单位", "项目属性", "项目期"])
        #expect(p.indicators.map(\.level1) == ["产出指标", "产出指标", "满意度指标"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "数量指标", "服务对象满意度指标"])
        #expect(p.indicators.map(\.value.raw) == ["280人次", "220", "≥95%"])
        #expect(p.indicators.map(\.previousActual) == ["", "", ""])
        #expect(p.notes.count == 1)
    }

    @Test func chongqingApprovalTableWithScoresAndCodes() throws {
        let text = """
        1.2023年云雾土家族乡加工园配套设施建设项目绩效目标表

        奉节县云雾土家族乡人民政府\t\t单位：万元
        项目名称\t2023年云雾土家族乡加工园配套设施建设项目
        项目分类\t资产资源类--房屋类\t建设周期\t2023年4月-2024年2月
        业务主管部门\t县民宗委\t实施单位\t云雾土家族乡
        项目总预算\t65\t财政资金\t65\t其它资金\t0
        财政资金预算分类\t一般公共预算\t当年年度预算\t65
        财政资金科目代码\t21305\t年度预算执行率\t100%
        年度主要目标和成果\t新建中药材晾晒房一座。
        一级指标\t二级指标\t三级指标\t分值\t指标值\t指标解释
        成本指标(0-20)分\t经济成本指标\t项目建设成本\t10\t≤65万元\t
        \t社会成本指标\t\t\t\t
        产出指标(40-50)分\t数量指标\t新建晾晒房\t10\t1座\t
        """
        let d = try readRoundTrip(text)
        #expect(d.department.year == 2023)
        let p = d.projects[0]
        #expect(p.frame == .caiyu2021no101)
        #expect(p.budget.total == Money(yuan: 650_000))
        #expect(p.budget.fiscal == Money(yuan: 650_000))
        #expect(p.budget.other == .zero)
        #expect(p.budget.otherSource == .stated)
        #expect(p.facts.map(\.label).contains("建设周期"))
        #expect(p.indicators.map(\.weight) == ["10", "", "10"])
        #expect(p.indicators.map(\.standardLevel1) == ["成本指标", "成本指标", "产出指标"])
        // 科目代码 and 执行率 are facts, not amounts; 当年年度预算 is kept beside 预算数.
        #expect(p.budget.items.map(\.label) == ["当年年度预算"])
        #expect(p.facts.map { "\($0.label)=\($0.text)" } == [
            "项目分类=资产资源类--房屋类", "建设周期=2023年4月-2024年2月", "业务主管部门=县民宗委", "实施单位=云雾土家族乡",
            "财政资金预算分类=一般公共预算", "财政资金科目代码=21305", "年度预算执行率=100%",
        ])
    }

    /// A project's name may begin with a number (浙江 慈溪 `3岁以下婴幼儿照护服务项目`):
    /// its numbered heading is a heading when it names a table; a numbered amount is not.
    @Test func aNameBeginningWithANumber() throws {
        let text = """
        慈溪市财政局2023年预算项目绩效目标

        1.3岁以下婴幼儿照护服务项目项目绩效目标

        慈溪市财政局\t\t单位：万元
        项目编码\t\t项目名称\t3岁以下婴幼儿照护服务项目
        预算规模及资金用途\t预算数\t其中：财政资金\t其他资金
        \t50\t50\t0
        一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据
        产出指标\t数量指标\t照护机构数量\t\t4.5个\t
        """
        let d = try readRoundTrip(text)
        #expect(d.projects.count == 1)
        #expect(d.projects[0].number == 1)
        #expect(d.projects[0].heading == "3岁以下婴幼儿照护服务项目项目绩效目标")
        #expect(TableStarts.numberedHeading(cell: "2.5G基站建设项目绩效目标表")?.1 == "5G基站建设项目绩效目标表")
        #expect(TableStarts.numberedHeading(cell: "12.120急救指挥项目绩效目标申报表（2024年度）")?.0 == 12)
        for amount in ["1.5万元", "1.5万元用于设备维护", "2.30个项目", "3.5%的增长"] {
            #expect(TableStarts.numberedHeading(cell: amount) == nil, "\(amount)")
        }
    }

    /// A second name row keeps the project's name and code (天津 宝坻, a 中央预算内投资
    /// table): a 资金用途 text that begins `专项名称：…` is the usage, and a `专项名称` row of its
    /// own under `项目名称` is a fact.
    @Test func aSecondNameRowLeavesTheNameAndCode() throws {
        func text(_ extra: String, usage: String) -> String {
            """
            宝坻区人民政府2022年项目支出绩效目标

            1.畜禽粪污资源化利用整区推进项目绩效目标表

            宝坻区人民政府\t\t\t\t\t单位：万元
            项目编码\t12000022P10000210006W\t\t项目名称\t天津市宝坻区畜禽粪污资源化利用整区推进项目
            \(extra)预算规模及资金用途\t预算数\t2350\t其中：财政资金\t\t其他资金
            \t\(usage)
            绩效目标\t提高畜禽粪污综合利用率。
            一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据
            产出指标\t数量指标\t建设项目个数\t\t1个\t
            """
        }
        let inUsage = try readRoundTrip(text("", usage: "专项名称：农业绿色发展专项；下达地方或单位：宝坻区人民政府"))
        var p = inUsage.projects[0]
        #expect(p.code == "12000022P10000210006W")
        #expect(p.name == "天津市宝坻区畜禽粪污资源化利用整区推进项目")
        #expect(p.usage == "专项名称：农业绿色发展专项；下达地方或单位：宝坻区人民政府")
        let ownRow = try readRoundTrip(text("专项名称\t农业绿色发展专项\n", usage: "下达地方或单位：宝坻区人民政府"))
        p = ownRow.projects[0]
        #expect(p.code == "12000022P10000210006W")
        #expect(p.name == "天津市宝坻区畜禽粪污资源化利用整区推进项目")
        #expect(p.facts.map { "\($0.label)=\($0.text)" } == ["专项名称=农业绿色发展专项"])
        #expect(p.usage == "下达地方或单位：宝坻区人民政府")
        // Code and name on rows of their own: each row keeps what the other read.
        let split = try readRoundTrip(text("", usage: "设备购置").replacingOccurrences(
            of: "项目编码\t12000022P10000210006W\t\t项目名称\t天津市宝坻区畜禽粪污资源化利用整区推进项目",
            with: "项目编码\t12000022P10000210006W\n项目名称\t天津市宝坻区畜禽粪污资源化利用整区推进项目"))
        #expect(split.projects[0].code == "12000022P10000210006W")
        #expect(split.projects[0].name == "天津市宝坻区畜禽粪污资源化利用整区推进项目")
    }

    /// An amount cell printed with a dash or a slash for “none” (云南 南华: 其他资金 `—`) is
    /// an amount not filled in, not an error.
    @Test(arguments: ["—", "-", "——", "/", "－", "无", " — "])
    func aDashedAmountIsUnfilled(_ dash: String) throws {
        let text = """
        南华县2024年项目支出绩效目标表

        1.野生菌加工车间建设项目绩效目标表

        南华县国有资本管理有限公司\t\t单位：万元
        项目编码\t\t项目名称\t野生菌加工车间建设项目
        预算规模及资金用途\t预算数\t1100\t其中：财政资金\t1100\t其他资金\t\(dash)
        绩效目标\t建成加工车间。
        一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据
        产出指标\t数量指标\t新建车间\t\t1座\t
        """
        let b = try readRoundTrip(text).projects[0].budget
        #expect(b.total == Money(yuan: 11_000_000) && b.fiscal == Money(yuan: 11_000_000))
        #expect(b.otherSource != .stated)
        #expect(b.items.isEmpty)
        #expect(BudgetBlock.isUnfilled(dash) && !BudgetBlock.isUnfilled("0") && !BudgetBlock.isUnfilled("-5"))
    }

    @Test func anhuiMediumTermAndAnnualSideBySide() throws {
        let text = """
        **六安市农业农村局
        2024 年项目支出绩效目标**

        1.发展建设类-农产品质检体系建设和“三品一标”发展项目绩效目标表

        [066]六安市农业农村局\t\t\t单位：万元
        项目名称\t发展建设类-农产品质检体系建设和“三品一标”发展项目
        项目属性\t常年项目\t项目期\t3年
        项目资金（万元）\t中期资金总额\t68.50\t年度资金总额\t51.35
        \t其中：财政拨款\t68.50\t其中：财政拨款\t51.35
        \t其他资金\t0.00\t其他资金\t0.00
        总体目标\t中期目标(2024年—2026年)\t年度目标
        \t实现农产品质量安全得到提升。\t开展农产品质量安全监测。
        绩效指标\t一级指标\t二级指标\t三级指标\t中期指标值\t一级指标\t二级指标\t三级指标\t年度指标值
        \t产出指标\t数量指标\t鉴定校准实验室仪器\t≥170个\t产出指标\t数量指标\t鉴定校准实验室仪器\t≥57个
        \t\t质量指标\t农产品例行监测合格率\t≥98%\t\t质量指标\t农产品例行监测合格率\t≥98%
        """
        let d = try readRoundTrip(text)
        let p = d.projects[0]
        #expect(p.budget.total == Money(yuan: 513_500))
        #expect(p.budget.fiscal == Money(yuan: 513_500))
        #expect(p.budget.other == .zero)
        #expect(p.budget.items.map(\.label) == ["中期资金总额", "其中：财政拨款(中期)", "其他资金(中期)"])
        #expect(p.goals.map(\.text) == ["中期目标(2024年—2026年)：实现农产品质量安全得到提升。", "年度目标：开展农产品质量安全监测。"])
        #expect(p.indicators.map(\.value.raw) == ["≥57个", "≥98%"])
        #expect(p.indicators.map(\.mediumTermValue) == ["≥170个", "≥98%"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "质量指标"])
    }

    @Test func shaanxiTransferTableNamedByItsSpecialFund() throws {
        let text = """
        **陈仓区水利局
        2020 年项目支出绩效目标**

        1.农村饮水安全巩固提升工程专项绩效目标表

        专项名称\t农村饮水安全巩固提升工程专项
        中央主管部门\t水利部\t地方主管部门\t陈仓区水利局
        资金情况(万元)\t年度金额:\t
        \t其中：中央补助\t
        \t地方资金\t500
        年度总体目标\t改善提升9200人饮水条件。
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值
        \t产出指标\t数量指标\t指标1:新建堤防、护岸长度\t公里
        \t\t质量指标\t指标1:工程验收合格率\t≧ %
        """
        let d = try readRoundTrip(text)
        let p = d.projects[0]
        #expect(p.name == "农村饮水安全巩固提升工程专项")
        #expect(p.unit.currency == "万元")
        #expect(p.facts.map(\.label) == ["中央主管部门", "地方主管部门"])
        #expect(p.budget.fiscal == Money(yuan: 5_000_000))
        #expect(p.budget.total == Money(yuan: 5_000_000))
        #expect(p.budget.totalSource == .derived)
        #expect(p.indicators.map(\.value.raw) == ["公里", "≧ %"])
    }
}
