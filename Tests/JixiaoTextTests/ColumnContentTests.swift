import JixiaoModel
import Testing
@testable import JixiaoText

/// Columns whose header does not say what they hold, read by their cells (`ColumnContent`):
/// `指标解释` / `指标值内容` as a table's only describing column, `绩效标准` holding the basis
/// (湘潭 2023), the description (鄂州 2022) or the value. Judge's session 23.
@Suite struct ColumnContentTests {
    static func table(_ header: String, _ rows: [String]) -> String {
        oneTable(heading: "1.办公大楼运行保障绩效目标表", unit: "某中心\t\t单位：万元", rows: [
            "项目名称\t办公大楼运行保障",
            "预算规模及资金用途\t预算数\t814\t其中：财政资金\t814",
            "绩效目标\t保障办公大楼正常运行。",
            header,
        ] + rows)
    }

    static func project(_ header: String, _ rows: [String]) throws -> Project {
        try #require(try readRoundTrip(table(header, rows)).projects.first)
    }

    @Test func cellsTellWhatAColumnHolds() {
        #expect(ColumnContent.of(["2280次", "≥92%", ">92%", "不超预算"]) == .values)
        #expect(ColumnContent.of(["计划标准", "100%(计划标准)", "历史标准", ""]) == .bases)
        #expect(ColumnContent.of(["反映办公大楼全年维修维护情况", "反映大楼保卫巡检情况", "95%"]) == .descriptions)
        // A sentence that mentions a standard describes; it names no basis.
        #expect(ColumnContent.of(["反映验收是否符合国家标准", "考核设备维保质量"]) == .descriptions)
        #expect(ColumnContent.of(["", " "]) == .empty)
    }

    /// 南县 2025's `指标值内容` and 青山's `指标解释`, the only columns that describe: the description.
    @Test(arguments: ["指标解释", "指标值内容", "*指标解释"])
    func anExplanationColumnThatDescribesIsTheDescription(_ name: String) throws {
        let p = try Self.project("一级指标\t二级指标\t三级指标\t\(name)\t指标值\t指标值确定依据", [
            "产出指标\t数量指标\t日常维修维护次数\t反映办公大楼全年维修维护情况\t2280次\t计划标准",
            "\t质量指标\t维修维护验收合格率\t反映维修维护质量情况\t≥92%\t历史标准",
        ])
        #expect(p.indicators.map(\.description) == ["反映办公大楼全年维修维护情况", "反映维修维护质量情况"])
        #expect(p.layout.hasDescriptionColumn)
        #expect(p.indicators.map(\.basis) == ["计划标准", "历史标准"])
    }

    /// Beside a 绩效指标描述 of its own, an 指标解释 stays an extra column as printed; empty, it
    /// says nothing and stays as it is too.
    @Test func anExplanationBesideADescriptionOrEmptyStaysAsPrinted() throws {
        let beside = try Self.project("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t指标解释", [
            "产出指标\t数量指标\t日常维修维护次数\t全年维修维护\t2280次\t计划标准\t反映办公大楼全年维修维护情况",
        ])
        #expect(beside.indicators[0].description == "全年维修维护")
        #expect(beside.indicators[0].explanation == "反映办公大楼全年维修维护情况")
        let empty = try Self.project("一级指标\t二级指标\t三级指标\t分值\t指标值\t指标解释", [
            "产出指标\t数量指标\t日常维修维护次数\t10\t2280次\t",
        ])
        #expect(empty.layout.indicatorColumns.last?.kind == .explanation)
        #expect(!empty.layout.hasDescriptionColumn)
    }

    /// 宁德 2019's `指标解释` holds 计划标准: the basis of a table that has none.
    @Test func anExplanationColumnOfBasesIsTheBasis() throws {
        let p = try Self.project("一级指标\t二级指标\t三级指标\t指标解释\t目标值", [
            "产出指标\t数量指标\t编纂年鉴\t计划标准\t1部",
            "\t质量指标\t各类书籍审稿率\t100%(计划标准)\t100%",
        ])
        #expect(p.indicators.map(\.basis) == ["计划标准", "100%(计划标准)"])
        #expect(p.layout.hasBasisColumn)
        #expect(!p.layout.hasDescriptionColumn)
    }

    /// 湘潭 2023's `绩效标准` holds 计划标准: the basis, as before.
    @Test func aStandardColumnOfBasesIsTheBasis() throws {
        let p = try Self.project("一级指标\t二级指标\t三级指标\t指标值及单位\t绩效标准", [
            "产出指标\t数量指标\t配备车辆数\t10辆\t计划标准",
            "\t质量指标\t空气质量\t优良\t计划标准",
        ])
        #expect(p.indicators.map(\.basis) == ["计划标准", "计划标准"])
        #expect(p.layout.hasBasisColumn)
    }

    /// 鄂州 2022's `绩效标准` beside `当年预期实现值` holds what each indicator reflects: the
    /// description, not the basis (before, every row's basis was a sentence).
    @Test func aStandardColumnThatDescribesIsTheDescription() throws {
        let p = try Self.project("一级指标\t二级指标\t三级指标\t绩效标准\t当年预期实现值", [
            "产出指标\t数量指标\t办公大楼日常维修维护次数\t反映办公大楼全年维修维护情况\t2280次",
            "\t\t大楼安检巡察次数\t反映大楼保卫巡检情况\t200次",
            "\t质量指标\t日常维修维护验收合格率\t反映办公大楼全年维修维护质量情况\t>92%",
        ])
        #expect(p.indicators.map(\.description) == ["反映办公大楼全年维修维护情况", "反映大楼保卫巡检情况", "反映办公大楼全年维修维护质量情况"])
        #expect(p.indicators.map(\.value.raw) == ["2280次", "200次", ">92%"])
        #expect(p.indicators.allSatisfy { $0.basis.isEmpty })
        #expect(!p.layout.hasBasisColumn)
    }

    /// A `绩效标准` column of target values: the value where the table prints no other, else a
    /// column kept as printed — a figure is no basis.
    @Test func aStandardColumnOfValuesIsTheValueOrKept() throws {
        let only = try Self.project("一级指标\t二级指标\t三级指标\t绩效指标描述\t绩效标准", [
            "产出指标\t数量指标\t日常维修维护次数\t全年维修维护\t≥2280次",
            "\t质量指标\t验收合格率\t维修维护质量\t≥92%",
        ])
        #expect(only.indicators.map(\.value.raw) == ["≥2280次", "≥92%"])
        #expect(only.indicators.allSatisfy { $0.basis.isEmpty })
        let beside = try Self.project("一级指标\t二级指标\t三级指标\t绩效指标描述\t绩效标准\t指标值", [
            "产出指标\t数量指标\t日常维修维护次数\t全年维修维护\t≥2000次\t2280次",
            "\t质量指标\t验收合格率\t维修维护质量\t≥90%\t≥92%",
        ])
        #expect(beside.indicators.map(\.value.raw) == ["2280次", "≥92%"])
        #expect(beside.indicators.allSatisfy { $0.basis.isEmpty })
        #expect(beside.indicators[0].extras.map(\.text) == ["≥2000次"])
    }

    /// 鄂州 2022's two-level table: its 一级 column holds the frames' 二级 (数量指标, 质量指标, 成本指标)
    /// and its 二级 column the indicators: read as 二级 and 三级, each row under the 一级 its 二级
    /// belongs to. Before, every row lacked its 三级 and the table its 产出 (11 errors on the page).
    @Test func aTwoLevelTableWhoseFirstColumnHoldsSecondLevels() throws {
        let p = try Self.project("一级指标\t二级指标\t绩效标准\t当年预期实现值", [
            "数量指标\t办公大楼日常维修维护次数\t反映办公大楼全年维修维护情况\t2280次",
            "\t大楼安检巡察次数\t反映大楼保卫巡检情况\t200次",
            "质量指标\t日常维修维护验收合格率\t反映办公大楼全年维修维护质量情况\t>92%",
            "成本指标\t成本控制率\t\t不超预算",
        ])
        #expect(p.indicators.map(\.name) == ["办公大楼日常维修维护次数", "大楼安检巡察次数", "日常维修维护验收合格率", "成本控制率"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "数量指标", "质量指标", "成本指标"])
        #expect(p.indicators.map(\.standardLevel1) == ["产出指标", "产出指标", "产出指标", "产出指标"])
        #expect(p.indicators.map(\.description) == ["反映办公大楼全年维修维护情况", "反映大楼保卫巡检情况", "反映办公大楼全年维修维护质量情况", ""])
        #expect(p.indicators.map(\.value.raw) == ["2280次", "200次", ">92%", "不超预算"])
        // A 一级 column of 一级 labels is the 一级, as printed.
        let plain = try Self.project("一级指标\t二级指标\t指标值", ["产出指标\t数量指标\t2280次"])
        #expect(plain.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .value])
    }
}
