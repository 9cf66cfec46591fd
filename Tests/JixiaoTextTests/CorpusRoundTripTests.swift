import JixiaoModel
import Testing
@testable import JixiaoText

/// Read → write → read gives the same document for every corpus file, and the writer is
/// stable on its own output.
@Suite struct CorpusRoundTripTests {
    @Test(arguments: CorpusFiles.names)
    func roundTrips(_ name: String) throws {
        let d = try CorpusFiles.read(name)
        let text = DocumentWriter.write(d)
        let again = try DocumentReader.read(text: text)
        #expect(again.content.differences(from: d.content) == [])
        #expect(again.content == d.content)
        #expect(again.id == d.id)
        #expect(DocumentWriter.write(again) == text)
    }
}
