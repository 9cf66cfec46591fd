import Testing
@testable import JixiaoModel

/// `goal.N` is the N-th goal; its name for the reviewer adds the number the document printed
/// on it where that is another.
@Suite struct FieldLabelTests {
    @Test(arguments: [([1, 2], ["第 1 条绩效目标", "第 2 条绩效目标"]),
                      ([1, 3], ["第 1 条绩效目标", "第 2 条绩效目标（原文编号 3）"]),
                      ([1, 1], ["第 1 条绩效目标", "第 2 条绩效目标（原文编号 1）"]),
                      ([2, 3], ["第 1 条绩效目标（原文编号 2）", "第 2 条绩效目标（原文编号 3）"])])
    func aGoalIsNamedByPlaceAndAsPrinted(numbers: [Int], labels: [String]) {
        var doc = tinyDocument()
        doc.projects[0].goals = numbers.map { Goal(number: $0, text: "目标\($0)。") }
        #expect((1...2).map { doc.label(of: FieldPath(projectIndex: 0, field: .goal($0))) } == labels)
        // A goal the project lacks, and other fields: as the field is spelled.
        #expect(doc.label(of: FieldPath(projectIndex: 0, field: .goal(3))) == "第 3 条绩效目标")
        #expect(doc.label(of: FieldPath(projectIndex: 0, field: .usage)) == "资金用途")
    }
}

/// The 修改稿 comparison and `differences` name a goal by place, as `goal.N` reads it.
@Suite struct GoalComparisonTests {
    func numbered(_ texts: [String]) -> Document {
        var doc = tinyDocument()
        doc.projects[0].goals = zip([1, 3, 4], texts).map { Goal(number: $0, text: $1) }
        return doc
    }

    @Test func theSecondGoalChangedIsGoalTwo() {
        let before = numbered(["甲。", "乙。", "丙。"]), after = numbered(["甲。", "乙乙。", "丙。"])
        #expect(after.differences(from: before) == ["项目 1 goal.2：“乙。” → “乙乙。”"])
        let (_, comparison) = before.revised(by: after)
        let changes = comparison.projects.flatMap(\.changes)
        #expect(changes.map(\.field) == [.goal(2)])
        #expect(changes.map(\.label) == ["第 2 条绩效目标"])
    }
}
