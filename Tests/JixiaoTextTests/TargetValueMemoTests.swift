import JixiaoModel
import Testing
@testable import JixiaoText

/// The reader's values come through the process's memo: what it gives is what
/// `TargetValue(_:)` gives, for the very text read — a second document's e + U+0301 is not
/// the first document's é, though the two are equal Strings.
@Suite struct TargetValueMemoTests {
    @Test func documentsShareParsesButKeepTheirOwnText() {
        let memo = TargetValueMemo()
        var first = TargetValues()
        first.memo = memo
        var second = TargetValues()
        second.memo = memo
        for text in ["≥95%", "\u{E9}", "100%", "≤10个工作日"] { #expect(first.value(text) == TargetValue(text)) }
        #expect(memo.count == 4)
        for text in ["≥95%", "e\u{301}", "100%"] {
            let value = second.value(text)
            #expect(value == TargetValue(text))
            #expect(Array(value.raw.utf8) == Array(text.utf8))
        }
        #expect(memo.count == 5)
    }
}
