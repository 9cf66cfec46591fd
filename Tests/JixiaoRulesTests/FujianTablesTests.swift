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
