import JixiaoModel
import Testing
@testable import JixiaoText

/// Templates of provinces the corpus does not cover, in the corpus's extraction format (a tab
/// between cells, a tab after each table row's last cell). Judge's session 22.
@Suite struct ProvinceTemplateTests {
    /// http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html (湖南 湘潭市环境卫生管理处,
    /// 2023 项目支出绩效目标申报表) as the page's HTML table copies: `项目支出名称`, a wrapped `年度本级 预算金额`,
    /// the block label `本年度 绩效指标` left of the header, rows under merged (rowspan) cells
    /// beginning further left, `指标值及单位`, `绩效标准`, and `财政部门审核意见` under the rows.
    static func xiangtan(trailingTab: Bool) -> String {
        let rows = [
            "2023年项目支出绩效目标申报表",
            "填报单位:(盖章)\t单位:万元",
            "项目支出名称\t雾炮车降尘抑尘服务\t预算部门\t湘潭市环境卫生管理处",
            "年度本级 预算金额\t250万\t该项目支出上级资金\t0",
            "项目支出实施期\t2023.07-2024.01",
            "实施期绩效目标\t通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良",
            "本年度绩效目标\t通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良",
            "本年度 绩效指标\t一级指标\t二级指标\t三级指标\t指标值及单位\t绩效标准",
            "产出指标\t数量指标\t雾炮车降尘抑尘服务配备车辆数\t10辆\t计划标准",
            "雾炮车风炮射程\t≥80M\t计划标准",
            "质量指标\t服务周期内空气质量\t优良\t计划标准",
            "时效指标\t服务周期\t2023.07-2024.01\t计划标准",
            "成本指标\t控制在预算成本内\t250万\t计划标准",
            "效益指标\t社会效益指标\t服务周期内,市民对空气质量改善的满意程度\t≥85%\t计划标准",
            "社会公众或服务对象满意度指标\t市民满意度\t≥90%\t计划标准",
            "财政部门审核意见\t",
            "填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:",
        ]
        let lines = rows.map { trailingTab && $0.contains("\t") ? $0 + "\t" : $0 }
        return (["1.湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表", ""] + lines).joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true])
    func xiangtansPageReadsAsPrinted(trailingTab: Bool) throws {
        let d = try readRoundTrip(Self.xiangtan(trailingTab: trailingTab))
        let p = try #require(d.projects.first)
        #expect(p.name == "雾炮车降尘抑尘服务")
        #expect(p.code == "")
        #expect(p.indicators.map { "\($0.level1)/\($0.level2)/\($0.name)/\($0.value.raw)/\($0.basis)" } == [
            "产出指标/数量指标/雾炮车降尘抑尘服务配备车辆数/10辆/计划标准", "产出指标/数量指标/雾炮车风炮射程/≥80M/计划标准",
            "产出指标/质量指标/服务周期内空气质量/优良/计划标准", "产出指标/时效指标/服务周期/2023.07-2024.01/计划标准",
            "产出指标/成本指标/控制在预算成本内/250万/计划标准",
            "效益指标/社会效益指标/服务周期内,市民对空气质量改善的满意程度/≥85%/计划标准",
            "效益指标/社会公众或服务对象满意度指标/市民满意度/≥90%/计划标准",
        ])
        // The block label and the value's own header are no columns of extras.
        #expect(p.indicators.allSatisfy { $0.extras.isEmpty })
        #expect(p.layout.indicatorColumns.map(\.kind) == [.blockLabel, .level1, .level2, .name, .value, .basis])
        #expect(p.budget.total == Money(yuan: 2_500_000))
        // `填报单位:(盖章)` names no unit: the 预算部门 beside the name is the document's.
        #expect(d.department.name == "湘潭市环境卫生管理处")
        #expect(p.facts.map { "\($0.label) \($0.text)" } == ["预算部门 湘潭市环境卫生管理处", "项目支出实施期 2023.07-2024.01"])
        #expect(p.notes.map(\.text) == ["财政部门审核意见", "填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:"])
    }

    /// A row cut short by merged cells, with the corpus format's tab after its last cell, has as
    /// many cells as the header has columns: it still begins at the column its first cell names.
    @Test func aRowUnderMergedCellsWithATrailingTabBeginsAtItsColumn() {
        let header = IndicatorHeader.read(Row(number: 1, text: "本年度 绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t"))
        #expect(header.columns.count == 5)
        let raw = IndicatorRows.raw(Row(number: 2, text: "质量指标\t合格率\t100%\t\t"), header: header)
        #expect(raw.texts == ["", "", "质量指标", "合格率", "100%"])
        // A 一级 followed by its 二级, the basis left empty, stays where it is (甘孜's table, corpus 07):
        // a digit inside the description (`权重(%)：5`) is no value under the value's column.
        let seed = IndicatorHeader.read(Row(number: 1, text: "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t"))
        let satisfaction = IndicatorRows.raw(Row(number: 4, text: "满意度指标\t服务对象满意度指标\t公众对食品安全满意度\t指标性质：定性；权重(%)：5\t高中低\t\t"), header: seed)
        #expect(satisfaction.texts == ["满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "指标性质：定性；权重(%)：5", "高中低", ""])
        // A row filled to the last column is its own cells.
        let full = IndicatorRows.raw(Row(number: 3, text: "\t产出指标\t数量指标\t次数\t2次"), header: header)
        #expect(full.texts == ["", "产出指标", "数量指标", "次数", "2次"])
    }

    /// 广西's 2021 财政支出绩效目标申报表 prints `指标内容(150字内)` — what the indicator measures — beside
    /// the indicator's name: with a 三级指标 column it is the description (before, its cells were
    /// dropped); without one (佳县 2016, 宁乡 2021: `一级指标 二级指标 指标内容 指标值 备注`) it is the name.
    @Test func contentBesideALevel3ColumnIsTheDescription() throws {
        let rows = [
            "项目名称\t资金到位保障",
            "预算规模及资金用途\t预算数\t16\t其中：财政资金\t16\t其他资金\t0",
            "绩效目标\t保障资金按时到位。",
            "一级指标\t二级指标\t三级指标\t指标内容(150字内)\t指标值(150字内)\t评分细则(150字内)",
            "产出指标\t数量指标\t资金到位率\t资金到位率=(实际到位资金/计划投入资金)×100%。\t100%\t到位率100%得5分",
        ]
        let p = try readRoundTrip(oneTable(heading: "1.资金到位保障绩效目标表", unit: "某单位\t\t单位：万元", rows: rows)).projects[0]
        #expect(p.indicators[0].name == "资金到位率")
        #expect(p.indicators[0].description == "资金到位率=(实际到位资金/计划投入资金)×100%。")
        #expect(p.indicators[0].value.raw == "100%")
        #expect(p.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .name, .description, .value, .other])
        // With a description column of its own, the second name column is kept as printed.
        let both = IndicatorHeader.read(Row(number: 1, text: "一级指标\t二级指标\t三级指标\t指标内容\t绩效指标描述\t指标值"))
        #expect(both.layoutColumns.map(\.kind) == [.level1, .level2, .name, .other, .description, .value])
        // 指标内容 without a 三级 column is the name.
        let alone = IndicatorHeader.read(Row(number: 1, text: "一级指标\t二级指标\t指标内容\t指标值\t备注"))
        #expect(alone.layoutColumns.map(\.kind) == [.level1, .level2, .name, .value, .remark])
    }

    /// `指标值及单位` (湘潭 2023) is the value with its unit; `度量单位`, `计量单位` are a split value's unit.
    @Test func valueAndUnitInOneHeaderIsTheValue() {
        for (h, kind) in [("指标值及单位", IndicatorColumn.Kind.value), ("指标值和单位", .value), ("目标值及计量单位", .value),
                          ("度量单位", .valueUnit), ("计量单位", .valueUnit), ("单位", .valueUnit)] {
            #expect(IndicatorHeader.classify(h, isFirst: false, tree: false).0 == kind, "\(h)")
        }
        #expect(IndicatorHeader.classify("本年度绩效指标", isFirst: true, tree: false).0 == .blockLabel)
    }

    /// An office's approval box under the rows is a note; an indicator named after an opinion is not.
    @Test func anApprovalBoxUnderTheRowsIsANote() {
        for t in ["财政部门审核意见\t", "主管部门审核意见\t同意", "财政局审批意见\t\t", "预算股 审查意见"] {
            #expect(RowLabels.isNote(Row(number: 1, text: t)), "\(t)")
        }
        for t in ["出具审核意见\t10份\t计划标准", "\t数量指标\t出具评审意见\t\t≥20份\t", "审核意见落实率\t100%"] {
            #expect(!RowLabels.isNote(Row(number: 1, text: t)), "\(t)")
        }
    }

    /// Money lines of other templates: each source on a row of its own (广西 2021's
    /// 项目资金申请), money carried over beside this year's appropriation.
    @Test func sourcesBesideTheFiscalLine() throws {
        func budget(_ money: [String]) throws -> Budget {
            let rows = ["项目名称\t某项目"] + money + ["绩效目标\t完成任务。", "一级指标\t二级指标\t三级指标\t指标值",
                                                   "产出指标\t数量指标\t次数\t2次"]
            return try readRoundTrip(oneTable(heading: "1.某项目绩效目标表", unit: "某单位\t\t单位：万元", rows: rows)).projects[0].budget
        }
        let guangxi = try budget(["项目资金申请(万元)\t资金总额:\t16", "\t一般公共预算拨款:\t10", "\t政府性基金预算拨款:\t0",
                                  "\t纳入财政专户管理的收入:\t0", "\t未纳入财政专户管理的收入:\t6", "\t上年结余收入:\t0"])
        #expect(guangxi.total == Money(yuan: 160_000))
        #expect(guangxi.fiscal == Money(yuan: 100_000))
        #expect(guangxi.other == Money(yuan: 60_000))
        #expect(guangxi.items.map(\.label) == ["政府性基金预算拨款", "纳入财政专户管理的收入", "上年结余收入"])
        let carried = try budget(["项目资金（万元）\t年度资金总额\t16", "\t上年结转资金\t6", "\t其中：当年财政拨款\t10", "\t其他资金\t0"])
        #expect(carried.fiscal == Money(yuan: 100_000))
        #expect(carried.items.map { "\($0.label) \($0.printed)" } == ["上年结转资金 6"])
        #expect(BudgetItemKind.of("上年结转") == .fiscal)
        #expect(BudgetItemKind.of("未纳入财政专户管理的收入") == .other)
    }

    /// 甘肃's 省级部门预算项目支出绩效目标表 (嘉峪关城市博物馆 2023, 博物馆纪念馆市级免费开放补助资金; a
    /// preview of the published file, http://bigxun.com/view/1667741699571552258, its cells as the
    /// form lays them out): the project is the 二级项目; two pairs on the 资金用途 row; 资金性质's
    /// text is `一般公共预算`; boxes left empty (`其他依据`, `需要说明的其他问题`).
    @Test func gansuProvincialFormReadsItsSecondLevelProject() throws {
        let text = """
        省级部门预算项目支出绩效目标表
        (2023年度)
        一级项目名称\t文化事业发展专项资金\t二级项目名称\t博物馆纪念馆市级免费开放补助资金
        资金用途\t业务类项目\t主管部门\t嘉峪关市文化和旅游局
        项目总投资\t20万元\t中央补助安排\t0\t省级财政安排\t0\t其他资金\t20万元
        预算申报数\t20万元\t资金性质\t一般公共预算
        其他依据\t
        需要说明的其他问题\t
        年度绩效目标\t进一步提高博物馆纪念馆运行效率和免费开放服务水平
        一级指标\t二级指标\t三级指标\t指标目标值
        产出指标\t数量指标\t免费开放天数\t=300天
        满意度指标\t服务对象满意度\t服务对象满意度%\t=99百分比
        """
        let d = try readRoundTrip(text)
        let p = d.projects[0]
        #expect(p.name == "博物馆纪念馆市级免费开放补助资金")
        #expect(p.usage == "业务类项目")
        #expect(d.department.name == "嘉峪关市文化和旅游局")
        let facts = p.facts.map { "\($0.label) \($0.text)" }
        #expect(facts.contains("主管部门 嘉峪关市文化和旅游局"))
        // 预算申报数 is the 预算数 (`TemplateShapeTests.theDeclaredBudgetIsTheBudget`); 资金性质 a fact.
        #expect(facts.contains("资金性质 一般公共预算"))
        #expect(p.budget.total == Money(yuan: 200_000) && p.budget.totalSource == .stated)
        #expect(facts.contains("需要说明的其他问题 "))
        #expect(p.indicators.map { "\($0.level1)/\($0.level2)/\($0.name)/\($0.value.raw)" } == [
            "产出指标/数量指标/免费开放天数/=300天", "满意度指标/服务对象满意度/服务对象满意度%/=99百分比",
        ])
    }
}
