import JixiaoModel
import Testing
@testable import JixiaoRules

/// Rows of real 福建 tables (session 14), read through the reader and the engine.
@Suite struct FujianTablesTests {
    /// https://www.chacewang.com/newsdetail/news284125.html (龙岩市民族与宗教事务局, 2023,
    /// 宗教管理经费): a 数量 row counting the counties the money goes to.
    @Test func countiesTheMoneyGoesToAreNoInput() throws {
        let d = try NewRealTablesTests.document(unit: "230001-龙岩市民族与宗教事务局", name: "宗教管理经费", money: ("30", "30", ""),
                                                goal: "为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,", rows: [
                                                    "产出指标\t数量指标\t宗教管理经费补助县(市、区)数量\t\t2个\t",
                                                    "\t质量指标\t项目资金使用合规性\t\t>=95%\t",
                                                ])
        #expect(NewRealTablesTests.findings(d, "indicator.input-as-output").isEmpty)
    }

    /// A bare count of the places the fund is shared out to is advised in 个, not 次/项/期.
    @Test func countiesAreCountedIn个() throws {
        let d = try NewRealTablesTests.document(unit: "230001-龙岩市民族与宗教事务局", name: "宗教管理经费", money: ("30", "30", ""),
                                                goal: "为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,",
                                                rows: ["产出指标\t数量指标\t宗教管理经费补助县(市、区)数量\t\t2\t"])
        let f = NewRealTablesTests.findings(d, "indicator.unit-missing")
        #expect(f.count == 1)
        #expect(f.first?.suggestion == "补上单位，如“个”")
    }

    /// The money itself stays an input however it is counted.
    @Test(arguments: ["养护资金", "资金总数", "补助经费(万元)", "资金数量", "补助资金的数量"])
    func moneyCountedIsStillAnInput(_ name: String) throws {
        let d = try NewRealTablesTests.document(unit: "某单位", name: "某项目", money: ("30", "30", ""), goal: "完成工作。",
                                                rows: ["产出指标\t数量指标\t\(name)\t\t2\t"])
        #expect(NewRealTablesTests.findings(d, "indicator.input-as-output").count == 1)
    }

    @Test func countsBeyondMoney() {
        #expect(ProjectContext.countsBeyondMoney("宗教管理经费补助县(市、区)数量"))
        #expect(ProjectContext.countsBeyondMoney("专项资金扶持企业数(家)"))
        #expect(ProjectContext.countsBeyondMoney("补助资金发放人数"))
        #expect(!ProjectContext.countsBeyondMoney("资金数量"))
        #expect(!ProjectContext.countsBeyondMoney("资金总数"))
        #expect(!ProjectContext.countsBeyondMoney("养护资金"))
        #expect(!ProjectContext.countsBeyondMoney("经费金额"))
        #expect(!ProjectContext.countsBeyondMoney("资金扶持项目"))
    }

    /// https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm (莆田市市场监督管理局,
    /// 2024, 标准化工作专项补助经费): counts under 质量指标 whose unit the name prints, 101号-style.
    static func putian() throws -> Document {
        try NewRealTablesTests.document(unit: "莆田市市场监督管理局", name: "标准化工作专项补助经费", money: ("200", "200", ""),
                                        goal: "", rows: [
                                            "成本指标\t经济成本指标\t获得补助企事业单位获得补助金额(万元)\t分值：10\t200\t",
                                            "产出指标\t数量指标\t主导制修订国家标准的项目数量(项)\t分值：6\t2\t",
                                            "\t质量指标\t获得标准化工作项目补助奖励的单位数量(家)\t分值：6\t17\t",
                                            "\t\t主导制修订项目数量(项)\t分值：8\t7\t",
                                            "\t\t标准文本审查合格率(%)\t\t95\t",
                                            "\t时效指标\t项目完成及时率(%)\t分值：8\t90\t",
                                        ])
    }

    @Test func countsUnderQualityWithTheUnitInTheNameAreMarked() throws {
        let f = NewRealTablesTests.findings(try Self.putian(), "indicator.level2-meaning")
        #expect(f.count == 2)
        #expect(f.contains { $0.message.contains("单位数量(家)") && $0.message.contains("（单位“家”在名称里）") })
        #expect(f.contains { $0.message.contains("主导制修订项目数量(项)") })
    }

    @Test func nameUnit() {
        #expect(NameUnit.printed("满意度（%）") == "%")
        #expect(NameUnit.printed("开展修复工程(个)") == "个")
        #expect(NameUnit.printed("单位数量(家) ") == "家")
        #expect(NameUnit.printed("宗教管理经费补助县(市、区)") == nil)
        #expect(NameUnit.printed("数量指标(必填)") == nil)
        #expect(NameUnit.printed("满意度") == nil)
    }
}

/// Tables with one target-value column per area (session 15), as the real ones print them.
@Suite struct AreaValueTablesTests {
    /// https://www.chacewang.com/newsdetail/news284125.html (龙岩, 2023): `区域目标值` merged over seven
    /// counties named on a second header row.
    static func longyan(_ rows: [String]? = nil) throws -> Document {
        try NewRealTablesTests.document(unit: "230001-龙岩市民族与宗教事务局", name: "宗教管理经费", money: ("30", "30", ""),
                                        goal: "为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,", rows: rows ?? [
                                            "\t\t\t\t新罗区\t永定区\t上杭县\t武平县\t长汀县\t连城县\t漳平市",
                                            "产出指标\t数量指标\t宗教管理经费补助县(市、区)数量\t反映宗教管理经费补助县(市、区)数量情况\t2\t3\t1\t2\t2\t2\t2",
                                            "\t质量指标\t项目资金使用合规性\t反映项目资金使用合规情况\t>=95%\t>=95%\t>=95%\t>=95%\t>=95%\t>=95%\t>=95%",
                                        ], header: "一级指标\t二级指标\t三级指标\t指标解释\t区域目标值\t\t\t\t\t\t")
    }

    /// https://www.chacewang.com/newsdetail/news886214.html (秀屿区, 2025): 指标方向 then one column per
    /// 街道/镇, named in the header row itself.
    static func xiuyu() throws -> Document {
        try NewRealTablesTests.document(unit: "秀屿区水利局", name: "省级第七批水利专项资金", money: ("35", "35", "0"),
                                        goal: "开展2个防洪水利设施水毁修复,", rows: [
                                            "成本指标\t经济成本指标\t省级财政专项资金投入成本控制率(%)\t反映省级财政专项资金投入成本控制情况\t≤\t100%\t100%",
                                            "产出指标\t数量指标\t开展修复工程(个)\t反映防洪水利设施水毁修复项目开展情况\t≥\t1\t1",
                                            "\t质量指标\t已建工程是否存在质量问题\t当年已完工项目是否在检查中发现质量问题\t是/否\t否\t否",
                                        ], header: "一级指标\t二级指标\t三级指标\t指标解释\t指标方向\t笏石街道办\t埭头镇")
    }

    /// http://fjax.gov.cn/zwgk/zdgkxx/sl/slgcjs/202403/t20240304_3010568.htm (安溪, 2022): a column per 乡镇+村.
    static func anxi(_ values: [String] = Array(repeating: "1", count: 7), name: String = "开展小型水利工程建设(个)") throws -> Document {
        try NewRealTablesTests.document(unit: "安溪县水利局", name: "省级第七批水利专项资金", money: ("100", "100", ""),
                                        goal: "开展7个小型水利工程建设", rows: [
                                            "产出指标\t数量指标\t\(name)\t反映小型水利工程建设项目开展情况\t" + values.joined(separator: "\t"),
                                        ], header: "一级指标\t二级指标\t三级指标\t指 标 解 释\t西坪镇尧山村\t桃舟乡吾培村\t芦田镇三洋村\t蓬莱镇植洋村\t魁斗镇奇观村\t龙涓乡长塔村\t尚卿乡尤俊村")
    }

    @Test func everyCountyIsKeptAndCountsAddUp() throws {
        let p = try Self.longyan().projects[0]
        #expect(p.layout.areaNames == ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"])
        #expect(p.indicators.count == 2)
        #expect(p.indicators[0].areaCells.map(\.text) == ["2", "3", "1", "2", "2", "2", "2"])
        #expect(p.indicators[0].value.raw == "14")
        #expect(p.indicators[1].value.raw == ">=95%")
        let f = NewRealTablesTests.findings(try Self.longyan(), "indicator.area-values")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("2+3+1+2+2+2+2 = 14") == true)
        #expect(f.first?.message.contains("“项目资金使用合规性” >=95%") == true)
    }

    @Test func theDirectionColumnGoesWithEachArea() throws {
        let d = try Self.xiuyu()
        let p = d.projects[0]
        #expect(p.layout.areaNames == ["笏石街道办", "埭头镇"])
        #expect(p.indicators.map(\.value.raw) == ["≤100%", "≥2", "否"])
        #expect(NewRealTablesTests.findings(d, "indicator.row-incomplete").isEmpty)
        #expect(NewRealTablesTests.findings(d, "indicator.area-values").count == 1)
    }

    @Test func villagesAsColumnHeaders() throws {
        let p = try Self.anxi().projects[0]
        #expect(p.layout.areaNames.count == 7)
        #expect(p.indicators[0].value.raw == "7")
    }

    /// Rates that differ give no value for the table: not judged, not "missing", and said.
    @Test func differingRatesMakeNoValue() throws {
        let d = try Self.anxi(["95%", "90%", "95%", "95%", "95%", "95%", "95%"], name: "工程验收合格率")
        #expect(d.projects[0].indicators[0].value.raw == "")
        #expect(NewRealTablesTests.findings(d, "indicator.row-incomplete").isEmpty)
        let f = NewRealTablesTests.findings(d, "indicator.area-values")
        #expect(f.first?.message.contains("不能相加") == true)
        #expect(f.first?.message.contains("桃舟乡吾培村90%") == true)
    }

    /// Counts whose areas print different units (`1座` / `2个`) add to nothing: the note names the clash.
    @Test func countsInDifferentUnitsNameTheClash() throws {
        let d = try Self.anxi(["1座", "2个", "1座", "1座", "1座", "1座", "1座"], name: "开展小型水利工程建设")
        #expect(d.projects[0].indicators[0].value.raw == "")
        #expect(NewRealTablesTests.findings(d, "indicator.row-incomplete").isEmpty)
        let f = try #require(NewRealTablesTests.findings(d, "indicator.area-values").first)
        #expect(f.message.contains("桃舟乡吾培村2个，芦田镇三洋村1座") == true)
        #expect(f.message.contains("；计量单位不一：“座”、“个”）") == true)
        #expect(f.suggestion?.contains("各区域用同一单位") == true)
        // Rates that differ are no unit clash; nor are a count and a word, or one unit.
        let rates = try NewRealTablesTests.findings(Self.anxi(["95%", "90%", "95%", "95%", "95%", "95%", "95%"], name: "工程验收合格率"), "indicator.area-values")
        #expect(rates.first?.message.contains("计量单位不一") == false)
        #expect(rates.first?.suggestion?.contains("同一单位") == false)
        #expect(AreaValues.clashingUnits(["1座", "完成"]) == nil)
        #expect(AreaValues.clashingUnits(["≥1座", "2座"]) == nil)
        #expect(AreaValues.clashingUnits(["1", "2个"]) == nil)
        #expect(AreaValues.clashingUnits(["1座", "2天"]) == nil)
        #expect(AreaValues.clashingUnits(["1", "2个"], comparator: "≥") == nil)
        #expect(AreaValues.clashingUnits(["1处", "2个"], comparator: "≥") == ["处", "个"])
    }

    /// A 全市 column is the table's value; an area sum that misses it is said.
    @Test func aTotalColumnIsTheValue() throws {
        let rows = ["\t\t\t\t全市\t新罗区\t永定区",
                    "产出指标\t数量指标\t补助活动场所数量(个)\t反映补助数量\t5\t2\t3",
                    "\t\t培训人次(人次)\t反映培训人次\t90\t40\t30"]
        let d = try Self.longyan(rows)
        let p = d.projects[0]
        #expect(p.layout.areaNames == ["新罗区", "永定区"])
        #expect(p.indicators.map(\.value.raw) == ["5", "90"])
        let f = NewRealTablesTests.findings(d, "indicator.area-values")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("“培训人次(人次)” 各区域之和 70，合计 90") == true)
        #expect(f.first?.message.contains("补助活动场所数量") == false)
    }

    /// A finding on a put-together value offers no one-key fix: the edit would be refused.
    @Test func noFixForAComposedValue() throws {
        let f = NewRealTablesTests.findings(try Self.longyan(), "indicator.unit-missing")
        #expect(f.count == 1)
        #expect(f.first?.fix == nil)
        #expect(f.first?.suggestion == "补上单位，如“个”")
    }

    @Test func editingAComposedValueIsRefused() throws {
        let d = try Self.longyan()
        #expect(throws: EditError.self) { try d.setting(FieldPath(projectIndex: 0, field: .indicator(row: 1, .value)), to: "7个") }
        #expect(throws: Never.self) { try d.setting(FieldPath(projectIndex: 0, field: .indicator(row: 1, .name)), to: "补助县数量") }
    }

    /// Ordinary tables and headers are no areas.
    @Test func areaNames() {
        for h in ["新罗区", "笏石街道办", "西坪镇尧山村", "漳平市", "某某社区"] { #expect(AreaValues.isAreaName(h), "\(h)") }
        for h in ["区域", "补助区域", "指标值", "指标方向", "备注", "计量单位", "2021年实际", "地区", "市"] { #expect(!AreaValues.isAreaName(h), "\(h)") }
        #expect(AreaValues.combine(["≥1", "≥1"]).text == "≥2")
        #expect(AreaValues.combine(["2.5万元", "1.25万元"]).text == "3.75万元")
        #expect(AreaValues.combine(["30天", "30天"]) == ("30天", .same))
        #expect(AreaValues.combine(["2", "3"], name: "覆盖率").basis == .none)
        #expect(AreaValues.combine(["好", "较好"]).basis == .none)
        #expect(AreaValues.combine(["1", ""]).basis == .none)
    }
}
