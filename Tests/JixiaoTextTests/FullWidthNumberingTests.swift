import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// Word on Chinese Windows types numbering in full-width digits and dots (`１、`, `２．`,
/// `．．．．．６`): the sample so typed reads as the sample, its texts as printed.
@Suite struct FullWidthNumberingTests {
    /// The sample with every ASCII digit, `.` and `%` full-width.
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            "0123456789.%".unicodeScalars.contains(s) ? Unicode.Scalar(s.value + 0xFEE0)! : s
        }))
    }

    let sample: Document
    let variant: Document

    init() throws {
        let text = String(decoding: BundledSample.bytes, as: UTF8.self)
        sample = try DocumentReader.read(text: text)
        variant = try DocumentReader.read(text: Self.fullWidth(text))
    }

    @Test func contentsAreRead() {
        #expect(!sample.contents.isEmpty)
        #expect(variant.contents.map(\.part) == sample.contents.map(\.part))
        #expect(variant.contents.map(\.number) == sample.contents.map(\.number))
        #expect(variant.contents.map(\.page) == sample.contents.map(\.page))
        #expect(variant.contents.map(\.title) == sample.contents.map { Self.fullWidth($0.title) })
    }

    @Test func departmentPartNumberingIsRead() {
        #expect(!sample.overall.subGoals.isEmpty)
        #expect(variant.overall.subGoals.map(\.number) == sample.overall.subGoals.map(\.number))
        #expect(variant.overall.subGoals.map(\.goal) == sample.overall.subGoals.map { Self.fullWidth($0.goal) })
        #expect(variant.overall.subGoals.map(\.indicators) == sample.overall.subGoals.map { Self.fullWidth($0.indicators) })
        #expect(variant.overall.summary.map(\.number) == sample.overall.summary.map(\.number))
        #expect(variant.overall.measures.map(\.number) == sample.overall.measures.map(\.number))
        #expect(variant.overall.measures.map(\.text) == sample.overall.measures.map { Self.fullWidth($0.text) })
    }

    @Test func fullWidthParagraphNumbers() {
        #expect(DocumentReader.numbered("１、加强监控。") == (1, "加强监控。"))
        #expect(DocumentReader.numbered("１２．做好工作") == (12, "做好工作"))
        // A figure, not a number.
        #expect(DocumentReader.numbered("１．５万元用于…").0 == nil)
        #expect(DocumentReader.numbered("（一）某").0 == nil)
    }

    @Test func goalsAreRead() {
        #expect(sample.projects.contains { $0.goals.count > 1 })
        #expect(variant.projects.map { $0.goals.map(\.number) } == sample.projects.map { $0.goals.map(\.number) })
        #expect(variant.projects.map { $0.goals.map(\.text) } == sample.projects.map { $0.goals.map { Self.fullWidth($0.text) } })
    }

    @Test func fullWidthGoalMarkers() {
        let goals = GoalList.split("１． 提高服务水平。 ２． 做好保障工作，完成１．５万元支出。")
        #expect(goals.map(\.number) == [1, 2])
        #expect(goals.map(\.text) == ["提高服务水平。", "做好保障工作，完成１．５万元支出。"])
        #expect(GoalList.split("１．５万元用于维修").count == 1)
        #expect(GoalList.split("目标１：提高。 ２．做好。").map(\.number) == [1, 2])
    }
}
