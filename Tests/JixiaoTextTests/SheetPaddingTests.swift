import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// Text saved from a sheet by Excel or WPS as 文本文件(制表符分隔) has every row padded with
/// tabs to the sheet's width, and an empty margin column left of the table begins every
/// line with a tab: it reads as the same document as the text without them.
@Suite struct SheetPaddingTests {
    /// `text` with every line as wide as the widest, as Excel writes a sheet, `\r\n` ends.
    static func padded(_ text: [UInt8]) -> [UInt8] {
        var rows = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        if rows.last == [""] { rows.removeLast() }
        let width = rows.map(\.count).max() ?? 0
        return Array(rows.map { ($0 + Array(repeating: "", count: width - $0.count)).joined(separator: "\t") }.joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
    }

    static let documents: [(name: String, bytes: [UInt8])] =
        [("sample", BundledSample.bytes)] + CorpusFiles.names.map { ($0, CorpusFiles.bytes($0)) }

    @Test func everyDocumentPaddedReadsAsItsText() throws {
        for (name, bytes) in Self.documents {
            let padded = Self.padded(bytes)
            #expect(padded != bytes)
            #expect(try DocumentReader.read(bytes: padded) == (try DocumentReader.read(bytes: bytes)), "\(name)")
        }
        // The sample's 目录 (a one-cell row, then two-cell entries) is read from the padded text.
        let sample = try DocumentReader.read(bytes: Self.padded(BundledSample.bytes))
        #expect(sample.contents.count == 16)
    }

    /// `text` with an empty first column, as a sheet with a margin column A gives.
    static func withMargin(_ text: [UInt8]) -> [UInt8] {
        Array(String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\t" + $0 }.joined(separator: "\n").utf8)
    }

    @Test func everyDocumentWithAMarginColumnReadsAsItsText() throws {
        for (name, bytes) in Self.documents {
            let margin = Self.withMargin(bytes)
            #expect(try DocumentReader.read(bytes: margin) == (try DocumentReader.read(bytes: bytes)), "\(name)")
            #expect(try DocumentReader.read(bytes: Self.padded(Self.withMargin(Self.withMargin(bytes)))) == (try DocumentReader.read(bytes: bytes)), "\(name)")
        }
    }

    @Test func onlyAColumnEmptyOnEveryLineIsAMargin() throws {
        func lines(_ text: String) throws -> [String] { try SourceText.decode(Array(text.utf8)).lines }
        #expect(try lines("\t目录\n\n\t\t一级指标\t二级指标\n") == ["目录", "", "\t一级指标\t二级指标"])
        #expect(try lines("目录\n\t\t一级指标\t二级指标\n") == ["目录", "\t\t一级指标\t二级指标"])
    }

    @Test func onlyLinesAllOfOneWidthAreUnpadded() throws {
        func lines(_ text: String) throws -> [String] { try SourceText.decode(Array(text.utf8)).lines }
        // Padded: every line's trailing tabs off, but the last line's.
        #expect(try lines("目录\t\t\n\n一、总体绩效目标.....\t2\t\n一级指标\t二级指标\t\n产出指标\t\t") == ["目录", "", "一、总体绩效目标.....\t2", "一级指标\t二级指标", "产出指标\t\t"])
        // A last line cut short is allowed; the others padded alike.
        #expect(try lines("a\t\t\nb\t") == ["a", "b\t"])
        // Lines of different widths (text as a PDF gives it, or as typed): as they are.
        #expect(try lines("目录\t\n一级指标\t二级指标\t三级指标\t\n") == ["目录\t", "一级指标\t二级指标\t三级指标\t"])
        // One tab a line is not a table's padding.
        #expect(try lines("a\t\nb\t") == ["a\t", "b\t"])
    }
}
