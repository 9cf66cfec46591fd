import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// Real tables the judge brought in session 19 (judge-docs j2, j4), with the findings a
/// reviewer would keep and strike.
@Suite struct WebCopyTablesTests {
    /// A district's 抗疫特别国债项目 (2020, 疫情期间区域病媒防治环境卫生清洁等费用): `人工成本 ≤620万/月` is money
    /// per month with 元 left out, as `250万` is money — not a cost that is no amount.
    @Test func aMonthlyCostInWanIsMoney() throws {
        let d = try NewRealTablesTests.document(unit: "某区城市管理委员", name: "疫情期间区域病媒防治环境卫生清洁等费用",
                                                money: ("5652", "", ""), goal: "开展我区环境卫生治理工作", rows: [
                                                    "产出指标\t数量指标\t清扫保洁道路条数\t\t485条\t",
                                                    "\t成本指标\t人工成本\t\t≤620万/月\t",
                                                ])
        #expect(NewRealTablesTests.findings(d, "indicator.unit-mismatch").isEmpty)
        // A cost given in a count per month is still no amount.
        let count = try NewRealTablesTests.document(unit: "某区城市管理委员", name: "疫情期间区域病媒防治环境卫生清洁等费用",
                                                    money: ("5652", "", ""), goal: "开展我区环境卫生治理工作", rows: [
                                                        "产出指标\t成本指标\t人工成本\t\t≤620人/月\t",
                                                    ])
        #expect(NewRealTablesTests.findings(count, "indicator.unit-mismatch").count == 1)
    }
}
