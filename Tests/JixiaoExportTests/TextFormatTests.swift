import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing

@Suite struct TextFormatTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)

    @Test func aDraftSaysSoOnItsFirstLine() {
        let text = String(decoding: TextFormat().render(ExportInput(document: doc, draftNote: "审核中的草稿：3 个项目未通过审核")),
                          as: UTF8.self)
        #expect(text.hasPrefix("【审核中的草稿：3 个项目未通过审核】"))
    }

    @Test func theFinalTextReadsBackAsTheSameDocument() throws {
        let bytes = TextFormat().render(ExportInput(document: doc))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("草稿"))
        let again = try DocumentReader.read(bytes: bytes)
        #expect(again.content.differences(from: doc.content) == [])
        #expect(again.content == doc.content)
    }

    /// A document read from a damaged text that no text prints so it reads back (its first
    /// table's indicator header begins with 指标值确定依据): the export says so on its first
    /// line, a 定稿's as a draft's.
    @Test func anExportThatWouldNotReadBackSaysSo() throws {
        var lines = BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("一级指标\t") })
        lines[header] = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\n指标值确定依据\t"
        let damaged = try DocumentReader.read(text: lines.joined(separator: "\n"))
        let text = String(decoding: TextFormat().render(ExportInput(document: damaged)), as: UTF8.self)
        #expect(text.hasPrefix("【再次导入时将与本文档不同"), "\(text.prefix(200))")
        let draft = String(decoding: TextFormat().render(ExportInput(document: damaged, draftNote: "审核中的草稿：3 个项目未通过审核")), as: UTF8.self)
        #expect(draft.hasPrefix("【审核中的草稿：3 个项目未通过审核。再次导入时将与本文档不同"), "\(draft.prefix(200))")
    }
}

@Suite struct ExportFormatsTests {
    /// A format file that is not in the list would never be offered: each file in
    /// Sources/JixiaoExport/Formats must define a listed format of the same name.
    @Test func everyFormatFileIsListed() throws {
        let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let files = try FileManager.default.contentsOfDirectory(atPath: "/" + root + "/Sources/JixiaoExport/Formats")
            .filter { $0.hasSuffix(".swift") }.sorted()
        let listed = ExportFormats.all.map { String(describing: type(of: $0)) + ".swift" }.sorted()
        #expect(!files.isEmpty)
        #expect(files == listed)
    }

    @Test func idsAndExtensionsAreUsable() {
        let ids = ExportFormats.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for kind in [ExportKind.document, .report] {
            // Within a kind, --format and the extension each name one format.
            let of = ExportFormats.of(kind)
            #expect(Set(of.map(\.option)).count == of.count)
            #expect(Set(of.map(\.fileExtension)).count == of.count)
            for f in of { #expect(ExportFormats.option(f.option, kind: kind)?.id == f.id) }
        }
        for f in ExportFormats.all {
            #expect(!f.id.isEmpty && f.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
            #expect(!f.fileExtension.isEmpty && !f.fileExtension.hasPrefix("."))
            #expect(!f.title.isEmpty)
            #expect(ExportFormats.named(f.id)?.id == f.id)
        }
        #expect(ExportFormats.named("docx") == nil)
    }
}
