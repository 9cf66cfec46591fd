import JixiaoModel
import Testing

@Suite struct QuotedTextTests {
    @Test func aLongQuoteIsCutAndAShortOneKept() {
        let long = String(repeating: "贯彻执行党和国家有关方针政策", count: 5)
        #expect(QuotedText.clipped("已撤回：“\(long)”；") == "已撤回：“\(long.prefix(29))…”；")
        #expect(QuotedText.clipped("已修改：“57.66 万元” → “8 万元”（日志第 2 条）") == "已修改：“57.66 万元” → “8 万元”（日志第 2 条）")
        let thirty = String(repeating: "经", count: 30)
        #expect(QuotedText.clipped("“\(thirty)”") == "“\(thirty)”")
        #expect(QuotedText.clipped("“\(thirty)经”") == "“\(thirty.prefix(29))…”")
    }

    /// A change to the end of a long paragraph shows its end, from a little before where
    /// the two differ.
    @Test func aChangeIsCutAroundWhereItDiffers() {
        let paragraph = String(repeating: "负责区委区政府机关大院保洁工作。", count: 4) + "负责领导交办的其他工作。"
        let line = "已修改：“\(paragraph)” → “\(paragraph)（已核实）”"
        #expect(QuotedText.clipped(line) == "已修改：“…交办的其他工作。” → “…交办的其他工作。（已核实）”")
        // A change at the start shows the start.
        let changed = "贯彻" + paragraph
        #expect(QuotedText.clipped("“\(paragraph)” → “\(changed)”")
                == "“\(paragraph.prefix(29))…” → “\(changed.prefix(29))…”")
    }

    @Test func anUnclosedQuoteIsLeftAsItWas() {
        let line = "说明：“" + String(repeating: "经", count: 40)
        #expect(QuotedText.clipped(line) == line)
        #expect(QuotedText.clipped("") == "")
        #expect(QuotedText.clipped("没有引号") == "没有引号")
    }
}
