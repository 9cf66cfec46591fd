import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// The reader on the real sample: every project, every field, every row.
@Suite struct SampleDocumentTests {
    let doc: Document

    init() throws {
        doc = try DocumentReader.read(bytes: BundledSample.bytes)
    }

    @Test func department() {
        let d = doc.department
        #expect(d.code == "430001")
        #expect(d.unitName == "秦皇岛市抚宁区机关事务服务中心本级")
        #expect(d.name == "秦皇岛市抚宁区机关事务服务中心")
        #expect(d.year == 2021)
        #expect(d.isDraft)
        #expect(d.preparedBy == "秦皇岛市抚宁区机关事务服务中心")
        #expect(d.reviewedBy == "秦皇岛市抚宁区财政局")
        #expect(d.currency == "元")
        #expect(d.lines.title == 3)
        #expect(doc.id == "430001-2021")
        #expect(doc.frame == .caiyu2015no88)
        #expect(doc.totalBudget == Money(yuan: 8_197_386))
    }

    @Test func contents() {
        #expect(doc.contents.count == 16)
        let part1 = doc.contents.filter { $0.part == 1 }
        #expect(part1.map(\.number) == ["一", "二", "三"])
        #expect(part1.map(\.title) == ["总体绩效目标", "分项绩效目标", "工作保障措施"])
        #expect(part1.map(\.page) == [2, 2, 3])
        let part2 = doc.contents.filter { $0.part == 2 }
        #expect(part2.map(\.number) == (1...13).map(String.init))
        #expect(part2.map(\.page) == Array(6...18))
        // The 目录 says （三批） where the heading and the name say （第三批）.
        #expect(part2[3].title == "征用疫情防控备用隔离场所资金（三批）绩效目标表")
        #expect(part2[3].line == 25)
        #expect(part2[11].title == "疫情防控工作经费绩效目标表")
    }

    @Test func overallTargets() {
        let o = doc.overall
        #expect(o.summary.count == 2)
        #expect(o.summary[0].text.hasPrefix("搞好服务保障，为广大干部职工提供安全"))
        #expect(o.summary[0].line == 42)
        #expect(o.summary[1].text.hasSuffix("负责区委、区政府领导交办的其他工作。"))
        #expect(o.subGoals.map(\.number) == [1, 2, 3, 4, 5])
        // Goal 2 broke across lines with a blank line between: joined again.
        #expect(o.subGoals[1].goal == "加强公务车辆管理，提高公车节支率；推进公共机构节能工作。")
        #expect(o.subGoals[1].line == 52)
        #expect(o.subGoals[1].indicators == "反映全区公车统计报告情况；反映全区公共机构节能工作进展情况；强化公务车辆管理，建立公车车辆管理档案。")
        #expect(o.subGoals[1].indicatorsLine == 56)
        #expect(o.subGoals[4].goal == "提高管理、保障、服务水平；理顺全区机关事务管理工作体制。")
        #expect(o.measures.count == 8)
        #expect(o.measures[0].number == nil)
        #expect(o.measures[0].text.hasPrefix("加强组织实施，确保规划目标实现。"))
        #expect(o.measures.dropFirst().map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(o.measures[3].text == "加强绩效运行监控。按照部门预算的要求，认真编制预算，对支出实行分类管理，要有支出标准、有制度依据，严格按照绩效目标的要求，监控项目经费的使用，确保项目经费使用达到指标要求。")
        #expect(o.measures[3].line == 78)
    }

    @Test func thirteenProjects() {
        #expect(doc.projects.count == 13)
        #expect(doc.projects.map(\.number) == Array(1...13))
    }

    @Test(arguments: expectedProjects)
    func project(_ e: ExpectedProject) throws {
        let p = try #require(doc.projects.first { $0.number == e.number })
        #expect(p.lines.heading == e.headingLine)
        #expect(p.code == e.code)
        #expect(p.name == e.name)
        #expect(p.heading == e.heading)
        #expect(p.unit == TableUnit(code: "430001", name: "秦皇岛市抚宁区机关事务服务中心本级", currency: "元"))
        #expect(p.budget.total == Money(yuan: e.amounts.0))
        #expect(p.budget.fiscal == Money(yuan: e.amounts.1))
        #expect(p.budget.other == Money(yuan: e.amounts.2))
        #expect(p.spendingPlan.checkpoints.map(\.month) == e.plan.map(\.month))
        #expect(p.spendingPlan.checkpoints.map(\.figure) == e.plan.map(\.figure))
        #expect(p.spendingPlan.checkpoints.map(\.labelled) == e.plan.map(\.labelled))
        #expect(p.goals.map(\.text) == e.goals)
        #expect(p.goals.map(\.number) == Array(1...e.goals.count))
        let rows = p.indicators.map {
            [$0.level1, $0.level2, $0.name, $0.description, $0.value.raw, $0.basis].joined(separator: "|")
        }
        #expect(rows == e.rows)
        #expect(p.indicators.map(\.line) == Array(e.firstRowLine..<e.firstRowLine + e.rows.count))
        #expect(p.lines.indicatorHeader == e.firstRowLine - 1)
    }

    @Test func usageIsKeptWhole() {
        #expect(doc.projects[0].usage == "机关大院监控设备安装时间较长，设备长期不间断运转，设备故障率逐年增加，需不定期的进行维护。机关大院监控设备过于陈旧，每年都需要进行维修保养，每年需要经费2万元。")
        #expect(doc.projects[4].usage.contains("日常维护费 56000 元，取暖费（每平方米 30 元）32313 元"))
        #expect(doc.projects[0].lines.usage == 99)
    }

    @Test func tablesWithoutPlanFigures() {
        let none = doc.projects.filter { !$0.spendingPlan.hasFigures }.map(\.number)
        #expect(none == [2, 11])
        #expect(doc.projects[1].lines.planFigures == nil)
        #expect(doc.projects[0].lines.planFigures == 101)
    }

    @Test func parsedValues() throws {
        let p3 = doc.projects[2]
        let amount = try #require(p3.indicators[0].value.amount)
        #expect(amount.money == Money(yuan: 576_600))
        #expect(amount.step == Money(yuan: 100))
        #expect(p3.indicators[5].value.quantity?.comparator == .atLeast)
        #expect(p3.indicators[5].value.quantity?.unit == "%")
        #expect(p3.indicators[2].value.kind == .qualitative)
        #expect(p3.indicators[1].value.quantity?.comparator == .exactly)
    }
}

extension ExpectedProject: CustomTestStringConvertible {
    var testDescription: String { "项目 \(number) \(name)" }
}
