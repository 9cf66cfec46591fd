import JixiaoExport
import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing

@Suite struct TextExportTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)

    func approved(_ projects: ClosedRange<Int>) throws -> Document {
        var d = doc
        for n in projects { d = try d.applying(.approve, toProjectAt: n - 1, comment: nil, reviewer: "甲", time: "t") }
        return d
    }

    @Test func refusedWhileAProjectIsNotApproved() throws {
        let d = try approved(1...12)
        let refusal = #expect(throws: TextExport.Refusal.self) { try TextExport.render(d, allowDraft: false) }
        #expect(refusal?.pending == [13])
        let none = #expect(throws: TextExport.Refusal.self) { try TextExport.render(doc, allowDraft: false) }
        #expect(none?.description == "还有 13 个项目未通过审核（1、2、3、4、5、6、7、8……），不能导出定稿")
    }

    @Test func aDraftSaysSoOnItsFirstLine() throws {
        let (text, isDraft) = try TextExport.render(try approved(1...10), allowDraft: true)
        #expect(isDraft)
        #expect(text.hasPrefix("【审核中的草稿：3 个项目未通过审核】"))
    }

    @Test func theFinalTextReadsBackAsTheSameDocument() throws {
        let d = try approved(1...13)
        let (text, isDraft) = try TextExport.render(d, allowDraft: false)
        #expect(!isDraft)
        let again = try DocumentReader.read(bytes: Array(text.utf8))
        var expected = d
        expected.review = Review()
        #expect(again.content.differences(from: expected.content) == [])
        #expect(again.content == expected.content)
    }
}
