import JixiaoModel
import Testing
@testable import JixiaoText

/// A unit's projects listed in one sheet, the project's columns before the indicator
/// columns (四川's 一体化 export). Real: 井研县马踏镇人民政府, 部门预算项目绩效目标申报表(2023年度),
/// https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml — the sheet as
/// a workbook gives it (merged cells blank below their first row); the second project is cut
/// in the copy read, after four rows.
@Suite struct ProjectListTests {
    static let sheet = [
        "部门预算项目绩效目标申报表(2023年度)",
        "金额单位:元",
        "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性",
        "820-马踏镇部门\t\t8,827,620.53\t\t\t\t\t\t\t\t\t",
        "820001-井研县马踏镇人民政府\t村组干部报酬\t3,309,840.00\t按时发放村组干部报酬\t效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t产出指标\t时效指标\t维持时效\t≥\t1\t年\t20\t正向指标",
        "\t\t\t\t产出指标\t质量指标\t按时发放\t≥\t1\t人/年\t10\t正向指标",
        "\t\t\t\t效益指标\t经济效益指标\t促进村集体经济发展\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t产出指标\t数量指标\t村组干部230人\t≥\t230\t个\t10\t正向指标",
        "\t\t\t\t效益指标\t生态效益指标\t保护生态环境卫生\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t效益指标\t可持续影响指标\t项目维持时效\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t满意度指标\t服务对象满意度指标\t人民群众满意度\t≥\t95\t%\t10\t正向指标",
        "\t基层组织活动经费\t660,000.00\t包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。\t满意度指标\t服务对象满意度指标\t辖区内群众满意度\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t效益指标\t经济效益指标\t促进农村集体经济发展\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t效益指标\t可持续影响指标\t经济、环境等方面可持续发展\t≥\t95\t%\t10\t正向指标",
        "\t\t\t\t产出指标\t质量指标\t保障村社区正常运转\t≥\t95\t%\t20\t正向指标",
    ].joined(separator: "\n")

    @Test func eachProjectOfTheListIsATable() throws {
        let d = try DocumentReader.read(text: Self.sheet)
        #expect(d.department.year == 2023)
        #expect(d.id == "820001-2023")
        #expect(d.projects.map(\.name) == ["村组干部报酬", "基层组织活动经费"])
        #expect(d.projects.map(\.budget.total) == [Money(yuan: 3_309_840), Money(yuan: 660_000)])
        #expect(d.projects.map { $0.goals.map(\.text) } == [["按时发放村组干部报酬"], [
            "包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。"]])
        #expect(d.projects.map(\.indicators.count) == [8, 4])
        #expect(d.projects.map(\.unit.code) == ["820001", "820001"])
        let second = d.projects[1]
        #expect(second.indicators.map { "\($0.level1)/\($0.level2)/\($0.name)/\($0.value.raw)" } == [
            "满意度指标/服务对象满意度指标/辖区内群众满意度/≥95%", "效益指标/经济效益指标/促进农村集体经济发展/≥95%",
            "效益指标/可持续影响指标/经济、环境等方面可持续发展/≥95%", "产出指标/质量指标/保障村社区正常运转/≥95%",
        ])
        // Every part keeps the line it was read from.
        #expect(second.lines.heading == 13)
        #expect(second.indicators.map(\.line) == [13, 14, 15, 16])
        #expect(d.projects[0].indicators.first?.line == 5)
    }

    @Test func projectCellsRepeatedOnEveryRowGoOnWithTheProject() throws {
        // The same sheet exported without merged cells: each row repeats unit, name, amount, goal.
        var lines = Self.sheet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in 5..<12 {
            lines[i] = "820001-井研县马踏镇人民政府\t村组干部报酬\t3,309,840.00\t按时发放村组干部报酬\t" + lines[i].dropFirst(4)
        }
        let d = try DocumentReader.read(text: lines.joined(separator: "\n"))
        #expect(d.projects.map(\.name) == ["村组干部报酬", "基层组织活动经费"])
        #expect(d.projects.map(\.indicators.count) == [8, 4])
    }

    @Test func aListRowWithoutItsProjectsNameIsRefusedAtItsLine() throws {
        // Indicator cells beside an amount that names no project: not a row of the list.
        var lines = Self.sheet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[12] = "\t\t660,000.00\t\t满意度指标\t服务对象满意度指标\t辖区内群众满意度\t≥\t95\t%\t10\t正向指标"
        #expect(throws: ReadError.self) { try DocumentReader.read(text: lines.joined(separator: "\n")) }
        do { _ = try DocumentReader.read(text: lines.joined(separator: "\n")) } catch { #expect(error.line == 13) }
    }
}
