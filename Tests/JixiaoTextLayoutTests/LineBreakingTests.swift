import Testing
@testable import JixiaoTextLayout

/// Where lines break, for reports and screens alike.
@Suite struct LineBreakingTests {
    func lines(_ s: String, _ width: Int) -> [String] { LineBreaking.lines(s, width: width) }

    /// A piece wider than a line (a Latin run has no place to break) is cut by columns in
    /// one pass. (Before, the rest was measured again after every cut: 20,000 characters
    /// pasted and saved into a cell froze the workstation, for every finding quoting it is
    /// wrapped at every key — found by scripts/fuzz-workstation.)
    @Test func aVeryLongWordIsCutByColumns() {
        let word = String(repeating: "x", count: 200_000)
        var l: [String] = []
        l = lines(word + "。", 70)
        // 2,857 full lines, then the last 10 with the closing mark.
        #expect(l.count == 2_858)
        #expect(l.dropLast().allSatisfy { DisplayWidth.of($0) == 70 })
        #expect(l.last == String(repeating: "x", count: 10) + "。")
        #expect(l.joined() == word + "。")
    }

    /// The cut as it was defined: the widest prefix of what is left, until it fits.
    func referenceCut(_ piece: String, width: Int) -> (lines: [String], rest: String) {
        var out: [String] = []
        var rest = Substring(piece)
        while DisplayWidth.of(rest) > width {
            let head = DisplayWidth.prefix(String(rest), fitting: width)
            guard !head.isEmpty else { break }
            out.append(head)
            rest = rest.dropFirst(head.count)
        }
        return (out, String(rest))
    }

    @Test func cuttingAgreesWithItsDefinition() {
        // One piece each: a Latin run, with wide opening and closing marks glued to it.
        let alphabet = ["a", "1", "≥", "%", "/", "-", ".", "W"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var checked = 0
        for _ in 0..<300 {
            let piece = ["", "（", "“"][next(3)] + (0..<(1 + next(40))).map { _ in alphabet[next(alphabet.count)] }.joined()
                + ["", "）", "。", "”"][next(4)]
            let width = 2 + next(12)
            guard LineBreaking.pieces(piece).count == 1 else { continue }
            checked += 1
            let (cut, rest) = referenceCut(piece, width: width)
            let l = lines(piece, width)
            #expect(l == cut + (rest.isEmpty && !cut.isEmpty ? [] : [rest]), "\(piece) at \(width)")
        }
        #expect(checked > 200)
    }

    @Test func aNumberKeepsItsUnit() {
        // The status line once showed `相差 1,575.` / `00 元`.
        let l = lines("与预算数相差 1,575.00 元，请核实", 20)
        #expect(l.contains { $0.contains("1,575.00 元") }, "\(l)")
        #expect(lines("指标值“57.66 万元”（576,600.00 元）与预算数", 22).allSatisfy { !$0.hasSuffix("57.66") })
        #expect(lines("完成培训300人次以上", 14) == ["完成培训", "300人次以上"])
        #expect(lines("满意度≥95%", 8) == ["满意度", "≥95%"])
    }

    @Test func latinWordsAndIdsStayWhole() {
        let l = lines("建议：改为“8 万元”，与预算数一致 [indicator.amount-vs-budget]", 30)
        #expect(l.contains("[indicator.amount-vs-budget]"), "\(l)")
        #expect(lines("已导出到 /home/u/exports/430001-2021.txt", 40) == ["已导出到 /home/u/exports/430001-2021.txt"])
        #expect(lines("已导出到 /home/u/exports/430001-2021.txt", 34) == ["已导出到", "/home/u/exports/430001-2021.txt"])
        // A word wider than the line is cut only because it must be.
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
    }

    @Test func punctuationRules() {
        #expect(lines("一二三四五，六七", 10) == ["一二三四", "五，六七"])
        #expect(lines("一二三四（五）", 10).allSatisfy { !$0.hasSuffix("（") && !$0.hasPrefix("）") })
        #expect(lines("一二三四“五六”", 10).allSatisfy { !$0.hasSuffix("“") && !$0.hasPrefix("”") })
        #expect(lines("一二三四五……六", 10) == ["一二三四", "五……六"])
    }

    @Test func blanksAndBreaks() {
        #expect(lines("", 10) == [""])
        #expect(lines("甲\n\n乙", 10) == ["甲", "", "乙"])
        #expect(lines("    绩效指标：甲", 20) == ["    绩效指标：甲"])
        // The blank where a line breaks goes.
        #expect(lines("alpha beta gamma", 10) == ["alpha beta", "gamma"])
        for s in ["公共机构节能工作监督管理、宣传培训、考核迎检等工作经费 8 万元。", "a b c d e f", "（一）财政拨款小计 1,234.00 元"] {
            for w in 2...30 {
                #expect(lines(s, w).allSatisfy { DisplayWidth.of($0) <= w }, "\(s) at \(w)")
                #expect(lines(s, w).joined().filter { $0 != " " } == s.filter { $0 != " " })
            }
        }
    }

    /// A text of a dozen characters or more is broken once per width and glyph set and then looked up: the lines are
    /// those breaking it gives, from the memo as the first time, in either glyph set.
    @Test func aLongTextIsBrokenAsEverWhenLookedUp() {
        let text = String(repeating: "经费保障及时性，“≥95%”满意度 ", count: 40)
        #expect(text.utf8.count >= LineBreakMemo.shortest)
        for width in [10, 37, 80] {
            let first = lines(text, width), again = lines(text, width)
            #expect(first == LineBreaking.broken(text, width: width))
            #expect(again == first)
            let ascii = DisplayWidth.$drawingASCII.withValue(true) { (lines(text, width), LineBreaking.broken(text, width: width)) }
            #expect(ascii.0 == ascii.1)
        }
        // Where the glyph sets measure the text differently, each has its own lines.
        let unicode = lines(text, 37)
        let ascii = DisplayWidth.$drawingASCII.withValue(true) { lines(text, 37) }
        #expect(unicode == LineBreaking.broken(text, width: 37))
        #expect(ascii == DisplayWidth.$drawingASCII.withValue(true) { LineBreaking.broken(text, width: 37) })
    }
}
