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
}
