import JixiaoModel
import JixiaoText
import JixiaoUI
import Testing

@Suite struct StatusLineErrorTests {
    @Test func oneLinePlaceFirstHintInBrackets() {
        #expect(StatusLine.text(for: EditError("二级指标不能为空")) == "二级指标不能为空")
        let placed = ReadError(line: 12, "缺少指标表头", hint: "补上表头").inFile("a.txt")
        #expect(StatusLine.text(for: placed) == "a.txt:12：缺少指标表头（补上表头）")
        #expect(StatusLine.text(for: ReadError(line: 3, "不是 UTF-8")) == "第 3 行：不是 UTF-8")
        #expect(!StatusLine.text(for: placed).contains("错误"))
        #expect(!StatusLine.text(for: placed).contains("\n"))
    }
}
