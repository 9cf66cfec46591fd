import JixiaoModel
import Testing
@testable import JixiaoText

/// Each kind of extraction damage domain.md lists, on a crafted text.
@Suite struct ReaderQuirkTests {
    func read(_ text: String) throws -> Document {
        try DocumentReader.read(text: text)
    }

    @Test func spacesInsideTheCodeAreRemoved() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(code: "13030622AB CDEFGHIJKL M"))]))
        #expect(d.projects[0].code == "13030622ABCDEFGHIJKLM")
    }

    @Test func wrappedLabelsAreRecognised() throws {
        var rows = tableRows()
        rows[1] = "预算规模 及资金用途\t预算数\t10000.00\t其中：财政资金\t10000.00\t其他资金\t0"
        rows[3] = "资金支出 计划（%）\t3 月底\t\t6 月底\t\t10 月底\t"
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(d.projects[0].budget.total == Money(yuan: 10000))
        #expect(d.projects[0].spendingPlan.checkpoints.map(\.month) == [3, 6, 10])
        #expect(d.projects[0].spendingPlan.checkpoints.map(\.figure) == ["25.00%", "50.00%", "75.00%"])
    }

    @Test func cellWrapSpacesAreKeptForRulesToPointOut() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(indicators: [
            "产出指标\t数量指标\t推行社会化 管理\t描述\t≥1次\t计划标准\t",
            "满意度指标\t服务对象 满意度指标\t人员 满意度\t调查\t≥90%\t历史标准\t",
        ]))]))
        #expect(d.projects[0].indicators[0].name == "推行社会化 管理")
        #expect(d.projects[0].indicators[1].level2 == "服务对象 满意度指标")
    }

    @Test func blankLevel1MeansTheRowAbove() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(indicators: [
            "产出指标\t数量指标\t甲\t描述\t≥1次\t计划标准\t",
            "\t质量指标\t乙\t描述\t100%\t计划标准\t",
            "\t\t丙\t描述\t100%\t计划标准\t",
            "效益指标\t社会效益指标\t丁\t描述\t有效提升\t计划标准\t",
        ]))]))
        let i = d.projects[0].indicators
        #expect(i.map(\.level1) == ["产出指标", "产出指标", "产出指标", "效益指标"])
        #expect(i.map(\.level2) == ["数量指标", "质量指标", "质量指标", "社会效益指标"])
    }

    @Test func planFiguresMissing() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(plan: ["资金支出计划（%）\t3月底\t\t6月底\t\t10月底\t"]))]))
        #expect(d.projects[0].spendingPlan.checkpoints.map(\.figure) == ["", "", ""])
        #expect(!d.projects[0].spendingPlan.hasFigures)
    }

    @Test func yearEndFigureOnALineOfItsOwn() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(plan: [
            "资金支出计划（%）\t3月底\t\t6月底\t\t10月底\t", "\t25.00%\t\t50.00%\t\t75.00%\t", "12月底\t100.00%\t\t\t\t\t",
        ]))]))
        let c = d.projects[0].spendingPlan.checkpoints
        #expect(c.map(\.month) == [3, 6, 10, 12])
        #expect(c.map(\.figure) == ["25.00%", "50.00%", "75.00%", "100.00%"])
        #expect(c.map(\.labelled) == [true, true, true, true])
    }

    @Test func fourFiguresUnderThreeCheckpoints() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(plan: [
            "资金支出计划（%）\t3 月底\t\t6 月底\t\t10 月底", "\t25.00%\t\t50.00%\t\t75.00%\t100.00%",
        ]))]))
        let c = d.projects[0].spendingPlan.checkpoints
        #expect(c.map(\.month) == [3, 6, 10, 12])
        #expect(c.map(\.labelled) == [true, true, true, false])
    }

    @Test func headerWithoutGapsBetweenCheckpoints() throws {
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", tableRows(plan: [
            "资金支出计划（%）\t3月底\t6月底\t10月底\t12月底\t\t", "\t25.00%\t50.00%\t75.00%\t100.00%\t\t",
        ]))]))
        #expect(d.projects[0].spendingPlan.checkpoints.map(\.figure) == ["25.00%", "50.00%", "75.00%", "100.00%"])
    }

    @Test func paragraphBrokenAcrossABlankLineIsJoined() throws {
        let text = """
        **测试单位
        2022 年部门预算绩效文本**

        目 录

        一、总体绩效目标.....\t2

        1.测试项目绩效目标表.....\t3

        第一部分

        部门整体绩效目标

        一、总体绩效目标

        推进公共机构节能

        工作。

        第二部分

        1.测试项目绩效目标表

        500001 测试单位本级\t\t\t\t\t单位：元\t
        """ + "\n" + tableRows().joined(separator: "\n")
        let d = try read(text)
        #expect(d.overall.summary.map(\.text) == ["推进公共机构节能工作。"])
        #expect(d.department.isDraft == false)
        #expect(d.department.year == 2022)
    }

    @Test func amountsInTheirWrittenForms() throws {
        for (text, yuan) in [("20000.00", Int64(20000)), ("2万元", 20000), ("57.66 万元", 576_600), ("296.528 万元", 2_965_280)] {
            let m = try Money.parse(text)
            #expect(m == Money(yuan: yuan), "\(text)")
        }
    }

    @Test func formFeedsAndCRLFAreIgnored() throws {
        let text = smallDocument(tables: [("测试项目绩效目标表", tableRows())])
            .replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "第二部分\r\n", with: "\u{0C}第二部分\r\n")
        let d = try read(text)
        #expect(d.projects.count == 1)
        #expect(d.projects[0].indicators[0].line == 29)
    }

    @Test func multilineGoalsAndUsage() throws {
        var rows = tableRows()
        rows.insert("\t其余部分。\t\t\t\t\t", at: 3)
        let goalsIndex = rows.firstIndex { $0.hasPrefix("绩效目标") }!
        rows.insert("\t3. 第三个目标。\t\t\t\t\t", at: goalsIndex + 1)
        let d = try read(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(d.projects[0].usage == "用于测试的资金。其余部分。")
        #expect(d.projects[0].goals.map(\.text) == ["完成测试。", "保障运行。", "第三个目标。"])
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
