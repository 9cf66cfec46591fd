import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// The text export printing each value so the reader reads it back as it was: documents
/// the sample becomes when a damaged text is read (a name ending in a digit, paragraphs
/// without a full stop, a 目录 out of order, a goal holding the next goal's number, a row
/// under the wrong 一级), written and read again.
@Suite struct ExportRoundTripTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    func expectRoundTrip(_ d: Document, _ comment: Comment? = nil) {
        let differences = ExportRoundTrip.differences(of: d)
        #expect(differences.isEmpty, "\(differences.map { "\($0.field): \($0.detail)" })")
    }

    @Test(arguments: ["测试单位-0.001", "测试单位2", "测试单位２"])
    func aNameEndingInADigitKeepsTheYear(_ name: String) throws {
        var d = sample
        d.department.name = name
        expectRoundTrip(d)
        d.department.isDraft = false
        expectRoundTrip(d)
        // A name ending otherwise is printed on its own line, as before.
        #expect(DocumentWriter.write(sample).contains("\n**秦皇岛市抚宁区机关事务服务中心\n2021 年部门预算绩效文本\n(草案)**\n"))
    }
}
