import Testing
@testable import JixiaoTextLayout

@Suite struct DisplayWidthTests {
    @Test func widthsMatchWcwidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("公共机构") == 8)
        #expect(DisplayWidth.of("≥95%") == 4)
        #expect(DisplayWidth.of("（第三批）") == 10)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\t") == 0)
    }

    @Test func clipsWithoutSplittingAWideCharacter() {
        #expect(DisplayWidth.clip("公共机构节能经费", to: 7) == "公共机…")
        #expect(DisplayWidth.of(DisplayWidth.clip("公共机构节能经费", to: 7)) <= 7)
        #expect(DisplayWidth.clip("公共机构", to: 8) == "公共机构")
        #expect(DisplayWidth.prefix("公共机构", fitting: 5) == "公共")
        #expect(DisplayWidth.clip("abc", to: 1) == "a")
    }

    @Test func pads() {
        #expect(DisplayWidth.padRight("公共", to: 6) == "公共  ")
        #expect(DisplayWidth.padLeft("1,000.00", to: 10) == "  1,000.00")
        #expect(DisplayWidth.of(DisplayWidth.padRight("公共机构节能", to: 7)) == 7)
    }

    @Test func wrapsByColumns() {
        let lines = DisplayWidth.wrap("公共机构节能工作监督管理、宣传培训", to: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "公共机构节能工作监督管理、宣传培训")
        // A comma never starts a line.
        let w = DisplayWidth.wrap("一二三四五，六七", to: 10)
        #expect(w == ["一二三四", "五，六七"])
        #expect(DisplayWidth.wrap("", to: 10) == [""])
        // Nor a bracket followed by a comma.
        let p = DisplayWidth.wrap("一二三（四五）", to: 12) + DisplayWidth.wrap("一二三四（五）", to: 12)
        #expect(p.allSatisfy { !($0.first.map { "）".contains($0) } ?? false) }, "\(p)")
        let q = DisplayWidth.wrap("按季结算（不含餐费），本季度", to: 20)
        #expect(q.allSatisfy { !($0.first.map { "），".contains($0) } ?? false) }, "\(q)")
    }
}

@Suite struct TextTableTests {
    @Test func alignsChineseAndAmounts() {
        var t = TextTable(columns: [.init("序号", .right), .init("项目名称"), .init("预算数", .right)])
        t.append(["1", "机关监控设备维护费", "20,000.00"])
        t.append(["10", "大气办日常办公及相关工作资金", "2,965,280.00"])
        let lines = t.render()
        #expect(lines.count == 3)
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "\(lines)")
        #expect(lines[1].hasSuffix("   20,000.00"))
        #expect(lines[2].hasPrefix("  10"))
    }

    @Test func capsColumnsWithEllipsis() {
        var t = TextTable(columns: [.init("名称", maxWidth: 6), .init("值")])
        t.append(["公共机构节能经费", "1"])
        #expect(t.render(header: false) == ["公共…   1"])
    }

    /// A wrapping column goes on over lines of its own, the other cells blank there, every
    /// line within the table's width: a refusal's reason is read whole.
    @Test func wrapsWhatMustBeReadWhole() {
        var t = TextTable(columns: [.init("文件"), .init("说明", maxWidth: 8, wraps: true)])
        t.append(["a.txt", "第 12 行：缺少指标表头"])
        t.append(["b.txt", "已导入"])
        let lines = t.render(header: false)
        // (A number keeps its unit: `12 行` is not broken.)
        #expect(lines == ["a.txt  第 12", "       行：缺少", "       指标表头", "b.txt  已导入"], "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 + 2 + 8 })
    }

    /// A cell typed on several lines (an opinion with Ctrl-J) goes on under its own column.
    @Test func aCellsLinesStayInItsColumn() {
        var t = TextTable(columns: [.init("序号", .right), .init("内容")])
        t.append(["7", "退回：请细化\n补充依据"])
        t.append(["8", "通过"])
        #expect(t.render(header: false) == ["   7  退回：请细化", "      补充依据", "   8  通过"])
    }
}

