import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoStore
import Testing

@Suite struct JSONFormatTests {
    /// The export reads as `document.json` does: the same model, the journal position of
    /// the state it shows, and whether it is a draft.
    @Test func readsBackAsTheStoredModel() throws {
        let input = ExportFixtures.input(draft: true)
        let bytes = try JSONFormat().render(input)
        let stored = try StableJSON.decode(StoredDocument.self, from: bytes)
        #expect(stored.document == input.document)
        #expect(stored.journal == JournalPosition(seq: 14, head: String(repeating: "ab", count: 32)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["draft"] as? Bool == true)
        #expect(object["draftNote"] as? String == "审核中的草稿：3 个项目未通过审核")
        let final = try #require(try JSONSerialization.jsonObject(with: Data(try JSONFormat().render(ExportFixtures.input(draft: false)))) as? [String: Any])
        #expect(final["draft"] as? Bool == false)
        #expect(final["draftNote"] == nil)
    }
}
