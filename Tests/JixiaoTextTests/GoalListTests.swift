import JixiaoModel
import Testing
import JixiaoText

@Suite struct GoalListTests {
    @Test func numberedGoals() {
        let g = GoalList.split("1. 提高财政资金使用效益。 2. 保证设备的正常运转。 3. 搞好服务保障。")
        #expect(g.map(\.number) == [1, 2, 3])
        #expect(g.map(\.text) == ["提高财政资金使用效益。", "保证设备的正常运转。", "搞好服务保障。"])
    }

    @Test func goalWithoutFinalStop() {
        let g = GoalList.split("1. 提高效益。 2. 做好监督管理等工作 3. 有序开展。")
        #expect(g.map(\.text) == ["提高效益。", "做好监督管理等工作", "有序开展。"])
    }

    @Test func decimalsAreNotMarkers() {
        let g = GoalList.split("1. 完成 1.5 万平方米改造。 2. 验收。")
        #expect(g.map(\.text) == ["完成 1.5 万平方米改造。", "验收。"])
    }

    @Test func unnumberedTextIsOneGoal() {
        #expect(GoalList.split("保障运行").map(\.text) == ["保障运行"])
        #expect(GoalList.split("  ").isEmpty)
    }

    @Test func otherMarkers() {
        #expect(GoalList.split("1、甲；2、乙").map(\.text) == ["甲；", "乙"])
    }

    /// `目标1：… 目标2：…` in one cell, as the 一体化 systems print several goals (宁德 2019,
    /// 金寨 2021, 巴彦淖尔 2024 print `目标1:`): split at each 目标N as `1.` markers are. Before,
    /// the cell was one goal.
    @Test func goalsNumberedAfterTheWordTarget() {
        let g = GoalList.split("目标1：完成办公楼维修改造；目标2：保障食堂正常运转。")
        #expect(g.map(\.number) == [1, 2])
        #expect(g.map(\.text) == ["完成办公楼维修改造；", "保障食堂正常运转。"])
        #expect(GoalList.split("目标1:确保本室各人员工资及福利的发放; 目标2:确保本室日常办公所需经费正常运行。").map(\.text)
                    == ["确保本室各人员工资及福利的发放;", "确保本室日常办公所需经费正常运行。"])
        #expect(GoalList.split("目标一：完成培训。目标二：完成验收。目标三：按期支付。").map(\.text) == ["完成培训。", "完成验收。", "按期支付。"])
        #expect(GoalList.split("目标１：甲； 目标２：乙").map(\.text) == ["甲；", "乙"])
        #expect(GoalList.split("目标1、甲，目标2、乙").map(\.text) == ["甲，", "乙"])
        // A goal on a row of its own was numbered `2.` (`GoalRows.goalItemText`): it goes on the list.
        #expect(GoalList.split("目标1：甲。 2. 乙").map(\.text) == ["甲。", "乙"])
    }

    /// 目标 with a number that is no list's marker stays as printed: a lone `目标1：`, a mention
    /// inside a sentence, a figure, a number out of order.
    @Test func targetMentionedIsNoList() {
        for t in ["目标1：维护辖区各安置小区安全巡逻", "按计划实现目标1：全面完成改造；目标2：保障运转。",
                  "目标1.5万亩高标准农田，目标2：验收合格", "目标2：甲；目标3：乙", "目标1：完成实现目标2：的任务",
                  "目标任务：完成改造；目标2：验收", "目标12：甲 目标13：乙"] {
            #expect(GoalList.split(t).map(\.text) == [t], "\(t)")
        }
    }

    /// `（1）… （2）…`, `(1)…`, `（一）…` and `①… ②…` in one cell: goals each, as `1.` markers
    /// are. Before, such a cell was one goal (the bracket before the number is no blank).
    @Test func goalsNumberedInBracketsOrCircles() {
        #expect(GoalList.split("（1）完成测试；（2）保障运行。").map(\.text) == ["完成测试；", "保障运行。"])
        #expect(GoalList.split("(1)完成办公楼维修改造; (2)保障食堂正常运转。 (3)按期支付").map(\.number) == [1, 2, 3])
        #expect(GoalList.split("（一）完成培训。（二）完成验收。").map(\.text) == ["完成培训。", "完成验收。"])
        #expect(GoalList.split("①完成改造；②通过验收；③按期支付。").map(\.text) == ["完成改造；", "通过验收；", "按期支付。"])
        #expect(GoalList.split("（１）甲， （２）乙").map(\.text) == ["甲，", "乙"])
    }

    /// A bracketed or circled number that is no list's marker stays as printed: a lone one,
    /// one inside a sentence or a figure, one out of order, kinds mixed.
    @Test func bracketedNumbersThatAreNoList() {
        for t in ["（1）完成全县 12 所学校改造", "完成改造（2 所）；（2）验收", "（1）完成改造（2）个", "（2）甲；（3）乙",
                  "①完成改造；（2）验收", "（1）完成改造；②验收", "(1)完成改造(2所)，按期支付"] {
            #expect(GoalList.split(t).map(\.text) == [t], "\(t)")
        }
    }

    /// The same cell read in a table, in a text document: its goals, not one.
    @Test func aTablesGoalsNumberedAfterTheWordTarget() throws {
        let text = smallDocument(tables: [("测试项目绩效目标表", tableRows(goals: "目标1：完成办公楼维修改造； 目标2：保障食堂正常运转。"))])
        let d = try readRoundTrip(text)
        #expect(d.projects[0].goals.map(\.text) == ["完成办公楼维修改造；", "保障食堂正常运转。"])
        // Goals on rows of their own under an empty goals row, two of them on one row.
        var rows = tableRows(goals: "")
        let at = try #require(rows.firstIndex { $0.hasPrefix("绩效目标") })
        rows.insert(contentsOf: ["目标1：完成改造；目标2：通过验收。", "目标3：按期支付。"], at: at + 1)
        let own = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(own.projects[0].goals.map(\.text) == ["完成改造；", "通过验收。", "按期支付。"])
        // The first goal beside the label, the next on a row of its own.
        var beside = tableRows(goals: "目标1：完成改造。")
        beside.insert("目标2：通过验收。", at: at + 1)
        let mixed = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", beside)]))
        #expect(mixed.projects[0].goals.map(\.text) == ["完成改造。", "通过验收。"])
        // Bracketed numbers, in the cell and on rows of their own.
        let bracketed = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", tableRows(goals: "（1）完成改造；（2）通过验收。"))]))
        #expect(bracketed.projects[0].goals.map(\.text) == ["完成改造；", "通过验收。"])
        var ownRows = tableRows(goals: "")
        ownRows.insert(contentsOf: ["（1）完成改造；", "（2）通过验收。"], at: at + 1)
        let onRows = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", ownRows)]))
        #expect(onRows.projects[0].goals.map(\.text) == ["完成改造；", "通过验收。"])
    }

    /// Goals printed with a gap (`1.…；3.…；4.…`: goal 2 deleted, the rest not renumbered) are
    /// goals each with the number printed on them, by bytes (plain text) and by Characters
    /// alike. Before, the cell was one goal: the splitter wanted the next number.
    @Test func goalsNumberedWithAGap() {
        for (t, numbers, texts) in [
            ("1. 完成测试；3. 保障运行；4. 按期支付。", [1, 3, 4], ["完成测试；", "保障运行；", "按期支付。"]),
            ("1、完成测试。 3、保障运行。", [1, 3], ["完成测试。", "保障运行。"]),
            ("1．完成测试！ 2．保障运行。 5．按期支付。", [1, 2, 5], ["完成测试！", "保障运行。", "按期支付。"]),
            ("1) 完成测试；　12) 保障运行", [1, 12], ["完成测试；", "保障运行"]),
            // Not plain (a character outside the plain ranges): by Characters.
            ("1. 完成测试Å；3. 保障运行。", [1, 3], ["完成测试Å；", "保障运行。"]),
            ("目标1：完成测试；目标3：保障运行。", [1, 3], ["完成测试；", "保障运行。"]),
            ("（1）完成测试；（3）保障运行。", [1, 3], ["完成测试；", "保障运行。"]),
            ("①完成测试；③保障运行。", [1, 3], ["完成测试；", "保障运行。"]),
        ] as [(String, [Int], [String])] {
            let g = GoalList.split(t)
            #expect(g.map(\.number) == numbers, "\(t)")
            #expect(g.map(\.text) == texts, "\(t)")
        }
    }

    /// A number that is no list's marker is not taken for one that skips numbers: inside a
    /// sentence (`第3条`, `3.5万元`, `1.2亿`, after a comma or a word), of another kind or end
    /// than the marker before, smaller than it, or of three digits.
    @Test func numbersInTextDoNotSkip() {
        for t in ["1. 完成投资 3.5万元；2. 验收。", "1. 落实第3条要求，3、保障运行", "1. 完成 1.2亿元投资； 3.5 万元用于验收",
                  "1. 完成测试 3. 保障运行", "1. 完成测试，3. 保障运行", "1. 完成测试；3、保障运行", "1、完成测试；3. 保障运行",
                  "1. 甲；2. 乙；1. 丙", "1. 甲；100. 乙", "目标1：甲；3. 乙", "（1）甲；③乙", "1. 甲；3.乙3"] {
            let g = GoalList.split(t)
            #expect(!g.map(\.number).contains(where: { $0 > 2 }) || t.hasSuffix("乙3"), "\(t): \(g)")
        }
        #expect(GoalList.split("1. 甲；3.乙3").map(\.number) == [1, 3])
        #expect(GoalList.split("1. 完成投资 3.5万元；2. 验收。").map(\.text) == ["完成投资 3.5万元；", "验收。"])
        #expect(GoalList.split("1. 完成测试 3. 保障运行").map(\.text) == ["完成测试 3. 保障运行"])
    }

    /// A line break (a goal on a row of its own, `GoalRows`) is a blank, and a place where a
    /// marker may skip numbers.
    @Test func lineBreaks() {
        #expect(GoalList.split("1. 完成测试\n3. 保障运行") == [Goal(number: 1, text: "完成测试"), Goal(number: 3, text: "保障运行")])
        #expect(GoalList.split("\n1. 完成测试\n2. 保障运行 \n") == GoalList.split("1. 完成测试 2. 保障运行"))
        #expect(GoalList.split("完成测试\n保障运行") == [Goal(number: 1, text: "完成测试 保障运行")])
        #expect(GoalList.split("（1）甲\n（3）乙").map(\.number) == [1, 3])
        #expect(GoalList.split("目标1：甲\n目标3：乙").map(\.number) == [1, 3])
    }

    /// In a table: goals with a gap in the cell, and on rows of their own, keep their numbers.
    @Test func aTablesGoalsWithAGap() throws {
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", tableRows(goals: "1. 完成改造；3. 通过验收；4. 按期支付。"))]))
        #expect(d.projects[0].goals.map(\.number) == [1, 3, 4])
        var rows = tableRows(goals: "1. 完成改造")
        let at = try #require(rows.firstIndex { $0.hasPrefix("绩效目标") })
        rows.insert(contentsOf: ["3. 通过验收", "4. 按期支付"], at: at + 1)
        let own = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(own.projects[0].goals == [Goal(number: 1, text: "完成改造"), Goal(number: 3, text: "通过验收"), Goal(number: 4, text: "按期支付")])
    }
}
