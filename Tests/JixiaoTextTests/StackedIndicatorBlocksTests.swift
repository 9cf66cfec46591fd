import JixiaoModel
import Testing
@testable import JixiaoText

/// A template that stacks two indicator blocks under their own headers — `长期绩效指标`
/// (or 中期, 总目标) and `年度绩效指标` — as many counties' 项目支出绩效目标申报表 do: the
/// 年度 block is the table's indicators, the other is kept as notes, in either order.
@Suite struct StackedIndicatorBlocksTests {
    static let head = [
        "项目支出绩效目标申报表", "（2023年度）",
        "项目名称\t城区道路清扫保洁服务",
        "主管部门\t某县城市管理局\t\t项目实施单位\t某县环境卫生服务中心",
        "项目资金申请（万元）\t资金总额：250\t财政拨款：250\t其他：0",
        "项目绩效目标\t长期目标\t完成城区主次干道日常清扫保洁，机械化清扫率2025年达到90%。",
        "\t年度目标\t完成城区主次干道日常清扫保洁，机械化清扫率达到80%。",
    ]

    static func block(_ label: String, rate: String, by: String) -> [String] {
        ["\(label)\t一级指标\t二级指标\t指标内容\t指标值\t备注",
         "\t产出指标\t数量指标\t清扫保洁面积\t≥120万平方米\t",
         "\t\t\t机械化清扫率\t≥\(rate)\t",
         "\t\t时效指标\t完成时限\t\(by)\t",
         "\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t"]
    }

    static let longTerm = block("长期绩效指标", rate: "90%", by: "2025年12月31日前")
    static let annual = block("年度绩效指标", rate: "80%", by: "2023年12月31日前")

    @Test(arguments: [true, false])
    func theAnnualBlockIsTheTablesAndTheOtherIsKept(longTermFirst: Bool) throws {
        let blocks = longTermFirst ? Self.longTerm + Self.annual : Self.annual + Self.longTerm
        let text = (Self.head + blocks + ["填报人：张三"]).joined(separator: "\n")
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.indicators.map(\.value.raw) == ["≥120万平方米", "≥80%", "2023年12月31日前", "≥90%"])
        let annualHeader = Self.head.count + (longTermFirst ? Self.longTerm.count : 0) + 1
        #expect(p.lines.indicatorHeader == annualHeader)
        #expect(p.indicators.map(\.line) == Array((annualHeader + 1)...(annualHeader + 4)))
        // The long-term rows are kept, each on its line, after a note saying how they were read.
        let longHeader = Self.head.count + (longTermFirst ? 0 : Self.annual.count) + 1
        let kept = p.notes.filter { $0.line >= longHeader && $0.line <= longHeader + 4 }
        #expect(kept.count == 5)
        #expect(kept.first?.text.hasPrefix("长期绩效指标另列在年度绩效指标之\(longTermFirst ? "前" : "后")（第 \(longHeader) 行起），按年度绩效指标审核") == true)
        #expect(kept.contains { $0.text == "长期绩效指标 产出指标/数量指标/机械化清扫率：≥90%" && $0.line == longHeader + 2 })
        #expect(kept.contains { $0.text == "长期绩效指标 产出指标/时效指标/完成时限：2025年12月31日前" })
    }

    /// The goals row names its goals in a second cell, one row each: a goal under each label.
    @Test func goalsUnderLabelsInASecondCellAreGoalsOfTheirOwn() throws {
        let text = (Self.head + Self.annual).joined(separator: "\n")
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.goals.map(\.text) == ["长期目标：完成城区主次干道日常清扫保洁，机械化清扫率2025年达到90%。",
                                          "年度目标：完成城区主次干道日常清扫保洁，机械化清扫率达到80%。"])
    }

    /// A second header whose block label names no term is still a header of other columns
    /// that cannot be placed: refused with its line.
    @Test func aSecondHeaderWithoutATermIsStillRefused() {
        let text = (Self.head + Self.block("绩效指标", rate: "90%", by: "2025年") + Self.block("其他指标", rate: "80%", by: "2023年"))
            .joined(separator: "\n")
        #expect(throws: ReadError.self) { try DocumentReader.read(text: text) }
    }
}

/// The 88号 template's indicators, `一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值`:
/// the 中期 set left of the 年度 one (as its 中期资金 and 中期目标 are): the 年度 values are the
/// table's, the 中期 ones kept with each indicator.
@Suite struct SideBySideTermSetsTests {
    @Test func theSecondSetIsTheYearsAndTheFirstIsKept() throws {
        let text = [
            "项目支出绩效目标申报表", "（2023年度）",
            "项目名称\t城区道路清扫保洁服务",
            "主管部门及代码\t[301]某县城市管理局\t\t实施单位\t某县环境卫生服务中心",
            "项目资金（万元）\t中期资金总额：\t750\t年度资金总额：\t250",
            "\t其中：财政拨款\t750\t其中：财政拨款\t250",
            "总体目标\t中期目标（2023年－2025年）\t\t年度目标",
            "\t机械化清扫率逐年提高，2025年达到90%。\t\t机械化清扫率达到80%以上。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
            "\t产出指标\t数量指标\t机械化清扫率\t≥90%\t数量指标\t机械化清扫率\t≥80%",
            "\t\t时效指标\t完成时限\t每年12月31日前\t时效指标\t完成时限\t2023年12月31日前",
            "\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t服务对象满意度指标\t市民满意度\t≥92%",
        ].joined(separator: "\n")
        let p = try #require(try DocumentReader.read(text: text).projects.first)
        #expect(p.budget.total == Money(yuan: 2_500_000))
        #expect(p.indicators.map(\.value.raw) == ["≥80%", "2023年12月31日前", "≥92%"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "时效指标", "服务对象满意度指标"])
        let medium = p.indicators[0].extras.filter { $0.term == .medium }
        #expect(medium.map(\.text) == ["数量指标", "机械化清扫率", "≥90%"])
    }

    /// One set, or sets each beginning with its own 一级, are not taken for it.
    @Test func otherHeadersAreLeftAsTheyAre() {
        var one = IndicatorHeader.read(Row(number: 1, text: "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据"))
        #expect(one.columns.allSatisfy { $0.column.term == nil })
        one.markMediumTermSet()
        #expect(one.columns.allSatisfy { $0.column.term == nil })
        let two = IndicatorHeader.read(Row(number: 1, text: "一级指标\t二级指标\t三级指标\t指标值\t一级指标\t二级指标\t三级指标\t指标值"))
        #expect(!two.columns.contains { $0.column.term == .medium })
    }
}
