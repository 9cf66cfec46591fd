import Testing
import JixiaoModel

/// A reviewer's text far longer than any cell or opinion is refused where it comes in.
@Suite struct TextLimitTests {
    @Test func upToTheLimitIsTakenBeyondItIsRefusedWithItsLength() {
        #expect(TextLimit.refusal(of: String(repeating: "长", count: TextLimit.characters), as: "审核意见") == nil)
        #expect(TextLimit.refusal(of: String(repeating: "x", count: TextLimit.characters), as: "审核意见") == nil)
        let refusal = TextLimit.refusal(of: String(repeating: "长", count: 12_345), as: "审核意见")
        #expect(refusal == "审核意见有 12,345 个字，超过 5,000 字的上限，像是粘贴错了：请删减后再保存")
        #expect(TextLimit.refusal(of: String(repeating: "x", count: TextLimit.characters + 1), as: "VALUE") != nil)
    }
}
