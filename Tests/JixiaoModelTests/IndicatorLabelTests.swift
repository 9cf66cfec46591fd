import Testing
@testable import JixiaoModel

/// Labels as real tables print them, and the standard names the frames use.
@Suite struct IndicatorLabelTests {
    @Test(arguments: [
        ("产出指标", "产出指标"), ("产出 指标", "产出指标"), ("项目完成指标", "产出指标"), ("项目完成 指标", "产出指标"),
        ("预期产出指标", "产出指标"), ("产出指标(40-50)分", "产出指标"), ("产出", "产出指标"),
        ("效益指标", "效益指标"), ("项目效益 指标", "效益指标"), ("效果指标", "效益指标"),
        ("满意度指标", "满意度指标"), ("满意度", "满意度指标"),
        ("成本指标", "成本指标"), ("成本指标(0-20)分", "成本指标"), ("成本指标（20分）", "成本指标"),
        ("一、产出指标", "产出指标"), ("★产出指标", "产出指标"),
    ])
    func level1(_ printed: String, _ standard: String) {
        #expect(IndicatorLabel.standardLevel1(printed) == standard)
        #expect(IndicatorLabel.isLevel1(printed))
    }

    @Test(arguments: [
        ("数量指标", "数量指标"), ("数量指标(必填硬性指标)", "数量指标"), ("时效指标(必填)", "时效指标"),
        ("质量指标（选填）", "质量指标"), ("经济效益 指标", "经济效益指标"), ("生态效益 指标", "生态效益指标"),
        ("环境效益", "生态效益指标"), ("环境效益指标", "生态效益指标"), ("可持续影响 指标", "可持续影响指标"),
        ("社会效益目标", "社会效益指标"), ("满意度指标", "服务对象满意度指标"), ("服务对象满意度", "服务对象满意度指标"),
        ("社会公众或服务对象满意度指标", "服务对象满意度指标"), ("服务对象 满意度指标", "服务对象满意度指标"),
        ("经济成本指标", "经济成本指标"), ("生态环境成本", "生态环境成本指标"), ("成本指标(必填硬性指标)", "成本指标"),
    ])
    func level2(_ printed: String, _ standard: String) {
        #expect(IndicatorLabel.standardLevel2(printed) == standard)
        #expect(IndicatorLabel.isLevel2(printed))
    }

    /// 山东's 项目支出目标申报表 (临邑县师范附属小学 2025) names its levels with 值 for 指标.
    @Test func levelsNamedWithValueForIndicator() {
        #expect(IndicatorLabel.standardLevel1("产出值") == "产出指标")
        #expect(IndicatorLabel.standardLevel1("效益值") == "效益指标")
        #expect(IndicatorLabel.standardLevel2("数量值") == "数量指标")
        #expect(IndicatorLabel.standardLevel2("时效值") == "时效指标")
        #expect(IndicatorLabel.standardLevel2("经济效益值") == "经济效益指标")
        #expect(IndicatorLabel.standardLevel2("可持续影响值") == "可持续影响指标")
        // A value's own column and a name ending in 值 are no level.
        for other in ["指标值", "目标值", "年度数值", "产值", "工业产出值"] {
            #expect(!IndicatorLabel.isLevel1(other), "\(other)")
            #expect(!IndicatorLabel.isLevel2(other), "\(other)")
        }
    }

    @Test func unknownLabelsAreOnlyCleaned() {
        #expect(IndicatorLabel.standardLevel1("其他 指标") == "其他指标")
        #expect(!IndicatorLabel.isLevel1("其他指标"))
        #expect(IndicatorLabel.standardLevel2("工作 任务") == "工作任务")
        #expect(!IndicatorLabel.isLevel2("工作任务"))
        // A bracket that is not a mark or a score stays.
        #expect(IndicatorLabel.cleaned("数量指标(核查)") == "数量指标(核查)")
        #expect(IndicatorLabel.cleaned("数量指标(必填)") == "数量指标")
    }

    /// 东莞's template notes what else a dimension may be called: the frame's name stands.
    @Test func aNoteAfterAFrameNameIsNotPartOfIt() {
        #expect(IndicatorLabel.standardLevel2("数量指标(或建筑规模指标)") == "数量指标")
        #expect(IndicatorLabel.standardLevel2("时效指标（工期指标、形象进度指标）") == "时效指标")
        #expect(IndicatorLabel.standardLevel1("预期产出指标(年度)") == "产出指标")
        #expect(IndicatorLabel.standardLevel1("效果指标（中期）") == "效益指标")
        // A bracket that is the name itself, not a note on a frame's name, stays.
        #expect(IndicatorLabel.standardLevel2("工作(任务)") == "工作(任务)")
        #expect(IndicatorLabel.standardLevel2("(数量)") == "(数量)")
    }

    /// 东莞's 批复表 (2019) names its cost dimension `预算(或投资规模)控制指标`: the frame's 成本指标.
    @Test func theBudgetControlDimensionIsTheCostOne() {
        #expect(IndicatorLabel.standardLevel2("预算(或投资规模)控制指标") == "成本指标")
        #expect(IndicatorLabel.standardLevel2("预算（或投资规模）控制指标") == "成本指标")
        #expect(IndicatorLabel.standardLevel2("预算控制指标") == "成本指标")
        #expect(IndicatorLabel.isLevel2("投资规模控制指标"))
        // Other control words name no dimension.
        #expect(!IndicatorLabel.isLevel2("质量控制措施"))
    }

    @Test func indicatorKeepsPrintedAndGivesStandard() {
        let i = Indicator(level1: "项目完成 指标", level2: "满意度指标", name: "甲", description: "", value: TargetValue("1"),
                          basis: "", line: 1)
        #expect(i.level1 == "项目完成 指标")
        #expect(i.standardLevel1 == "产出指标")
        #expect(i.standardLevel2 == "服务对象满意度指标")
    }

    @Test func frameLevel1PrintedUnderAnUmbrellaIsReadFromTheSecondColumn() {
        func row(_ l1: String, _ l2: String) -> Indicator {
            Indicator(level1: l1, level2: l2, name: "甲", description: "", value: TargetValue("1"), basis: "", line: 1)
        }
        // 发改委's 中央预算内投资 tables: 实施效果指标 › 产出指标 › 建设项目个数.
        let umbrella = row("实施效果指标", "产出 指标")
        #expect(umbrella.standardLevel1 == "产出指标")
        #expect(umbrella.standardLevel2 == "")
        #expect(umbrella.level1Placement == .umbrella)
        #expect(row("实施效果指标", "满意度指标").standardLevel1 == "满意度指标")
        // A frame 一级 keeps its 二级, even one spelled like a 一级 (满意度指标).
        #expect(row("满意度指标", "满意度指标").standardLevel2 == "服务对象满意度指标")
        #expect(row("满意度指标", "满意度指标").level1Placement == .printed)
        // Not an umbrella: a blank 一级 (the row lost its block), or a 二级 that is no 一级.
        #expect(row(" ", "产出指标").standardLevel1 == "")
        #expect(row("", "产出指标").level1Placement == .printed)
        // A blank 一级 is read under the one 一级 its 二级 belongs to.
        #expect(row("", "数量 指标").standardLevel1 == "产出指标")
        #expect(row("", "数量 指标").standardLevel2 == "数量指标")
        #expect(row(" ", "成本指标").standardLevel1 == "产出指标")
        #expect(row("", "经济成本指标").standardLevel1 == "成本指标")
        #expect(row("", "社会效益").standardLevel1 == "效益指标")
        #expect(row("", "满意度指标").standardLevel1 == "满意度指标")
        #expect(row("", "数量指标").level1Placement == .fromLevel2)
        #expect(row("", "工作任务").standardLevel1 == "")
        // A 二级 printed in the 一级 column, its own cell blank (one cell spanning both).
        #expect(row("社会效益", "").standardLevel1 == "效益指标")
        #expect(row("社会效益", "").standardLevel2 == "社会效益指标")
        #expect(row("社会效益", "").level1Placement == .level2InLevel1Column)
        #expect(row("社会效益", "经济效益").level1Placement == .printed)
        #expect(row("实施效果指标", "数量指标").standardLevel1 == "实施效果指标")
        #expect(row("实施效果指标", "数量指标").standardLevel2 == "数量指标")
        // The frame is told by the rows' frame 一级, wherever printed.
        let p = Project(number: 1, heading: "", unit: TableUnit(code: "", name: "", currency: "元"), code: "", name: "",
                        budget: Budget(total: .zero, fiscal: .zero, other: .zero), usage: "", spendingPlan: SpendingPlan(checkpoints: []),
                        goals: [], indicators: [row("实施效果指标", "产出指标"), row("实施效果指标", "成本指标")],
                        lines: Project.Lines(heading: 0, unit: 0, code: 0, budget: 0, usage: nil, plan: 0, planFigures: nil,
                                             goals: 0, indicatorHeader: 0))
        #expect(p.frame == .caiyu2021no101)
    }

    @Test func framePerProject() {
        func project(_ level1: [String]) -> Project {
            Project(number: 1, heading: "", unit: TableUnit(code: "", name: "", currency: "元"), code: "", name: "",
                    budget: Budget(total: .zero, fiscal: .zero, other: .zero), usage: "", spendingPlan: SpendingPlan(checkpoints: []),
                    goals: [], indicators: level1.map {
                        Indicator(level1: $0, level2: "", name: "", description: "", value: TargetValue(""), basis: "", line: 1)
                    }, lines: Project.Lines(heading: 0, unit: 0, code: 0, budget: 0, usage: nil, plan: 0, planFigures: nil,
                                            goals: 0, indicatorHeader: 0))
        }
        #expect(project(["产出指标", "效益指标"]).frame == .caiyu2015no88)
        #expect(project(["成本指标(0-20)分", "产出指标(40-50)分"]).frame == .caiyu2021no101)
        #expect(IndicatorFrame.canonical("生态效益 指标") == "生态效益指标")
        #expect(IndicatorFrame.canonical("满意度指标") == "服务对象满意度指标")
    }
}
