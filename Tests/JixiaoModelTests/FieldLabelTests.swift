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
