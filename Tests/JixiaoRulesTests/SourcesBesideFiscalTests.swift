import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// Money blocks that list sources beside the 财政资金 line (judge's session 22): the total adds
/// up as printed, and budget.fiscal-sum says nothing; a total the lines do not make up is
/// still marked.
@Suite struct SourcesBesideFiscalTests {
    static func findings(money: String) throws -> [Finding] {
        let lines = ["1.某项目绩效目标表", "", "某单位\t\t\t\t\t单位：万元\t", "项目编码\t\t\t项目名称\t某项目\t\t"]
            + money.split(separator: "\n").map { $0 + "\t" }
            + ["绩效目标\t完成任务。\t", "一级指标\t二级指标\t三级指标\t指标值\t", "产出指标\t数量指标\t次数\t2次\t"]
        let d = try DocumentReader.read(text: "**某单位\n2023 年项目支出绩效目标**\n\n" + lines.joined(separator: "\n") + "\n")
        return RuleEngine().check(d).all.filter { $0.rule == "budget.fiscal-sum" }
    }

    @Test(arguments: [
        // 一般公共预算 and 政府性基金 side by side (广西 2021's vocabulary on one row).
        "项目资金（万元）\t资金总额\t16\t其中：一般公共预算\t10\t政府性基金\t6",
        // 中央部门's 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金, one a row.
        "项目资金（万元）\t年度资金总额\t16\n\t其中：当年财政拨款\t10\n\t上年结转资金\t6\n\t其他资金\t0",
        // 广西 2021's 项目资金申请, each source on a row of its own.
        "项目资金申请(万元)\t资金总额:\t16\n\t一般公共预算拨款:\t10\n\t政府性基金预算拨款:\t0\n\t上年结余收入:\t6",
        "项目资金申请(万元)\t资金总额:\t16\n\t一般公共预算拨款:\t10\n\t未纳入财政专户管理的收入:\t6",
        // Money carried over is never the 财政资金 line itself.
        "项目资金（万元）\t年度资金总额\t16\t上年结转\t6\t其他资金\t10",
        "项目资金（万元）\t年度资金总额\t16\t其中：本年预算\t16\t上年结转\t0",
    ])
    func sourcesThatMakeUpTheTotalAreNoGap(money: String) throws {
        #expect(try Self.findings(money: money).isEmpty)
    }

    @Test(arguments: [
        "项目资金（万元）\t资金总额\t16\t其中：一般公共预算\t10\t政府性基金\t5",
        "项目资金（万元）\t年度资金总额\t16\n\t其中：当年财政拨款\t10\n\t上年结转资金\t7\n\t其他资金\t0",
        // A fiscal line and its own breakdown (其中) add up to more than the total.
        "项目资金（万元）\t资金总额\t16\t其中：财政拨款\t10\t其他资金\t\n\t一般公共预算\t10",
    ])
    func sourcesThatDoNotMakeUpTheTotalAreMarked(money: String) throws {
        #expect(try Self.findings(money: money).count == 1)
    }
}
