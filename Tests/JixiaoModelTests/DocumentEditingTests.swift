import Testing
@testable import JixiaoModel

func tinyDocument() -> Document {
    let ind = Indicator(level1: "产出指标", level2: "数量指标", name: "培训次数", description: "全年培训", value: TargetValue("≥4次"),
                        basis: "计划标准", line: 20)
    let p = Project(number: 1, heading: "测试项目绩效目标表", unit: TableUnit(code: "500001", name: "测试单位本级", currency: "元"),
                    code: "13030622ABCDEFGHIJKLM", name: "测试项目",
                    budget: Budget(total: Money(yuan: 10000), fiscal: Money(yuan: 10000), other: .zero), usage: "用途",
                    spendingPlan: SpendingPlan(checkpoints: [Checkpoint(month: 3, figure: "25%"), Checkpoint(month: 6, figure: "")]),
                    goals: [Goal(number: 1, text: "完成测试。")], indicators: [ind],
                    lines: Project.Lines(heading: 10, unit: 12, code: 13, budget: 14, usage: 15, plan: 16, planFigures: 17,
                                         goals: 18, indicatorHeader: 19))
    return Document(department: Department(code: "500001", unitName: "测试单位本级", name: "测试单位", year: 2022,
                                           preparedBy: "", reviewedBy: "", isDraft: true, currency: "元",
                                           lines: .init(title: 1)),
                    overall: OverallTargets(), contents: [], projects: [p])
}

@Suite struct DocumentEditingTests {
    let doc = tinyDocument()

    func path(_ f: String) -> FieldPath { FieldPath(projectIndex: 0, field: ProjectField(parsing: f)!) }

    /// Text that a terminal would obey (ESC, BEL, BS, DEL, C1) or that reorders what is
    /// shown (bidi controls) is refused in every field and in opinions, with the message
    /// import uses.
    @Test func controlCharactersAreRefusedInEditsAndOpinions() throws {
        for (text, name) in [("\u{1B}]0;已通过\u{07}", "ESC（U+001B）"), ("正常\u{08}\u{08}", "BS（U+0008）"),
                             ("x\u{7F}", "DEL（U+007F）"), ("\u{9B}2J", "CSI（U+009B）"), ("abc\u{202E}fed", "RLO（U+202E）")] {
            for field in ["name", "usage", "goal.1", "indicator.1.value", "budget.total"] {
                let error = #expect(throws: EditError.self) { try doc.setting(path(field), to: text) }
                #expect(error?.message.contains("含有控制字符 \(name)") == true, "\(field): \(String(describing: error))")
            }
            let opinion = #expect(throws: EditError.self) {
                try doc.applying(.comment, toProjectAt: 0, comment: text, reviewer: "甲", time: "t")
            }
            #expect(opinion?.message.contains("含有控制字符 \(name)") == true)
            let reviewer = #expect(throws: EditError.self) {
                try doc.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "甲" + text, time: "t")
            }
            #expect(reviewer?.message.contains("审核人") == true)
        }
        // Ordinary Chinese text, full-width punctuation and emoji pass.
        #expect(try doc.setting(path("name"), to: "测试项目（二期）：“节能”👍").projects[0].name == "测试项目（二期）：“节能”👍")
    }

    @Test func fieldSpellings() {
        for s in ["code", "name", "heading", "usage", "budget.total", "budget.fiscal", "budget.other", "plan.3", "goal.2",
                  "indicator.4.value", "indicator.1.level2", "indicator.12.basis"] {
            #expect(ProjectField(parsing: s)?.description == s)
        }
        #expect(ProjectField(parsing: "plan.6月底") == .plan(month: 6))
        for bad in ["", "budget", "budget.sum", "plan.13", "goal.0", "indicator.1", "indicator.x.value", "indicator.1.level1", "a.b.c.d"] {
            #expect(ProjectField(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func setsAndReadsBack() throws {
        let d = try doc.setting(path("indicator.1.value"), to: " ≥6次 ")
        #expect(d.value(at: path("indicator.1.value")) == "≥6次")
        #expect(d.projects[0].indicators[0].value.quantity?.number.text == "6")
        let b = try doc.setting(path("budget.total"), to: "12000.50")
        #expect(b.projects[0].budget.total == Money(fen: 1_200_050))
        #expect(b.value(at: path("budget.total")) == "12000.50")
        // What the screen shows reads back: thousands separators, 万元.
        #expect(try doc.setting(path("budget.total"), to: "12,000.50").projects[0].budget.total == Money(fen: 1_200_050))
        #expect(try doc.setting(path("budget.total"), to: "1.2万元").projects[0].budget.total == Money(yuan: 12000))
        #expect(try doc.setting(path("budget.total"), to: "1.2 万元").projects[0].budget.total == Money(yuan: 12000))
        let c = try doc.setting(path("code"), to: "13030622 abcdefghijklm")
        #expect(c.projects[0].code == "13030622ABCDEFGHIJKLM")
        let p = try doc.setting(path("plan.6"), to: "50.00%")
        #expect(p.projects[0].spendingPlan.checkpoints[1].figure == "50.00%")
    }

    @Test func refusesBadValues() {
        #expect(throws: EditError.self) { try doc.setting(path("budget.total"), to: "1,00") }
        #expect(throws: EditError.self) { try doc.setting(path("budget.total"), to: "854万854万") }
        #expect(throws: EditError.self) { try doc.setting(path("budget.total"), to: "约2万元") }
        #expect(throws: EditError.self) { try doc.setting(path("plan.6"), to: "一半") }
        #expect(throws: EditError.self) { try doc.setting(path("plan.10"), to: "75%") }
        #expect(throws: EditError.self) { try doc.setting(path("indicator.2.value"), to: "1") }
        #expect(throws: EditError.self) { try doc.setting(path("goal.2"), to: "x") }
        #expect(throws: EditError.self) { try doc.setting(path("name"), to: "a\tb") }
        #expect(throws: EditError.self) { try doc.setting(path("usage"), to: "a\nb") }
        #expect(throws: EditError.self) { try doc.setting(path("indicator.1.level2"), to: " ") }
        #expect(throws: EditError.self) { try doc.setting(FieldPath(projectIndex: 3, field: .name), to: "x") }
    }

    @Test func missingFieldsHaveNoValue() {
        #expect(doc.value(at: path("plan.12")) == nil)
        #expect(doc.value(at: path("indicator.9.name")) == nil)
        #expect(doc.value(at: FieldPath(projectIndex: 5, field: .name)) == nil)
    }

    @Test func reviewActions() throws {
        let a = try doc.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "王", time: "t")
        #expect(a.review.status(ofProjectAt: 0) == .approved)
        #expect(throws: EditError.self) { try doc.applying(.return, toProjectAt: 0, comment: " ", reviewer: "王", time: "t") }
        let r = try a.applying(.return, toProjectAt: 0, comment: "数量指标请细化", reviewer: "王", time: "t")
        #expect(r.review.status(ofProjectAt: 0) == .returned)
        #expect(r.review.projects["1"]?.opinions.map(\.text) == ["数量指标请细化"])
        let o = try r.applying(.reopen, toProjectAt: 0, comment: nil, reviewer: "王", time: "t")
        #expect(o.review.status(ofProjectAt: 0) == .pending)
        #expect(throws: EditError.self) { try doc.applying(.comment, toProjectAt: 0, comment: nil, reviewer: "王", time: "t") }
    }

    @Test func differencesNameTheField() throws {
        let d = try doc.setting(path("indicator.1.value"), to: "≥6次")
        #expect(d.differences(from: doc) == ["项目 1 indicator.1.value：“≥4次” → “≥6次”"])
        #expect(doc.differences(from: doc) == [])
    }

    @Test func projectByNumberOrCode() {
        #expect(doc.projectIndex(named: "1") == 0)
        #expect(doc.projectIndex(named: "13030622abcdefghijklm") == 0)
        #expect(doc.projectIndex(named: "13030622ABCDEFGHIJK LM") == 0)
        #expect(doc.projectIndex(named: "2") == nil)
        #expect(doc.projectIndex(named: "x") == nil)
    }

    @Test func frames() {
        #expect(IndicatorFrame.detect(level1Names: ["产出指标", "效益指标"]) == .caiyu2015no88)
        #expect(IndicatorFrame.detect(level1Names: ["产出指标", "成本 指标"]) == .caiyu2021no101)
        #expect(IndicatorFrame.canonical("环境效益 指标") == "生态效益指标")
    }

    @Test func decimalText() {
        #expect(DecimalText("007.50")?.text == "7.50")
        #expect(DecimalText("1.")  == nil)
        #expect(DecimalText("x") == nil)
        #expect(DecimalText("57.66")?.scaled(by: 2) == 5766)
        #expect(DecimalText("57.666")?.scaled(by: 2) == nil)
        #expect(DecimalText("25.00")?.doubleValue == 25)
    }

    @Test func normalisation() {
        #expect(TextNormalization.halfWidth("１２．５％") == "12.5%")
        #expect(TextNormalization.trimmed("\u{3000} 甲 \t") == "甲")
        #expect(TextNormalization.withoutBlanks("预算规模 及资金用途") == "预算规模及资金用途")
        #expect(TextNormalization.isHan("节"))
        #expect(!TextNormalization.isHan("a"))
    }
}
