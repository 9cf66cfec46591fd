import JixiaoExport
import JixiaoTestSupport
import Testing

/// The sample as each text format writes it, compared with a committed file: a change in
/// what a reader of the export sees shows up in review as a diff.
@Suite struct GoldenExportTests {
    @Test(arguments: ["text", "md", "csv", "json", "report-text", "report-md"])
    func theSampleDraft(_ id: String) throws {
        let format = try #require(ExportFormats.named(id))
        let bytes = try format.render(ExportFixtures.input(draft: format.kind == .document))
        Golden.check(String(decoding: bytes, as: UTF8.self), "sample-\(id).\(format.fileExtension)")
    }
}
