import JixiaoModel
import Testing
@testable import JixiaoText

/// A web page's line about the article it prints (`信息来源:… 发布时间:… 浏览次数:…`), copied
/// with the table above it: the page's, not the table's — left out of the table's title.
/// Real pages print it so: 临邑县师范附属小学 2025 (`信息来源:临邑县师范附属小学 发布时间:2025-12-25`),
/// 惠安县民政局 2024 (`时间:2024-01-10 11:53 浏览量:`), 宁晋县教育局 2019
/// (`发布时间: 2020-12-02      发布机构:教育局           字体:[  ]`).
@Suite struct PublicationLineTests {
    static let line = "信息来源:某区城市管理委员 发布时间:2020-06-01 浏览次数:128"

    /// 病媒防治 (WebCopyLayoutTests' table) with the page's line put above its year line.
    static func table(heading: Bool, line: String = Self.line) -> String {
        (heading ? "抗疫特别国债项目绩效目标表(打捆项目)\n" : "") + """
        \(line)
        (2020年度)
        项目名称\t疫情期间区域病媒防治环境卫生清洁等费用
        主管预算部门\t某区城市管理委员\t项目预算金额 (万元)\t5652
        绩 效 目 标\t1.按《市容环境卫生管理条例》及疫情期间各项文件规定,开展我区环境卫生治理工作。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t清扫保洁道路面积\t1346.0088万平方米
        质量指标\t垃圾无害化处理率\t100%
        时效指标\t各项费用使用周期\t2020年1月--2020年11月
        效益指标\t社会效益指标\t清扫保洁覆盖率\t≥99%
        满意度指标\t服务对象满意度指标\t周围群众满意度\t≥90%

        """
    }

    @Test(arguments: [true, false])
    func thePagesLineIsNoPartOfTheTablesTitle(heading: Bool) throws {
        // (Round-tripped: the title written back is the table's own.)
        let d = try readRoundTrip(Self.table(heading: heading))
        let p = try #require(d.projects.first)
        #expect(p.tableTitle == "(2020年度)")
        #expect(p.name == "疫情期间区域病媒防治环境卫生清洁等费用")
        #expect(p.indicators.count == 5)
        #expect(d.department.name == "某区城市管理委员")
    }

    @Test(arguments: [
        "时间:2024-01-10 11:53 浏览量:", "【发布时间：2020-12-02】【来源：区教育局】【字体：大 中 小】",
        "发布时间: 2020-12-02      发布机构:教育局           字体:[  ]", "来源:岳阳县农业农村局   2022-05-16",
        "时间:2021-04-22",
    ])
    func pagesLinesAsGovernmentSitesPrintThem(_ line: String) {
        #expect(PageFurniture.isPublicationLine(Row(number: 1, cells: [line])), "\(line)")
    }

    @Test(arguments: [
        "(2020年度)", "来源:上级补助", "资金来源:财政拨款", "项目名称:某项目", "填报单位:某局", "时间:全年",
        "2024年项目绩效目标表", "主管部门:某局 项目负责人:张三",
    ])
    func aTablesOwnLinesAreNotThePages(_ line: String) {
        #expect(!PageFurniture.isPublicationLine(Row(number: 1, cells: [line])), "\(line)")
    }

    /// Lines are first asked by their first scalars (`mayBeginWithLabel`): a line read as a
    /// page's by its Characters is one whatever blanks, brackets or full-width forms it
    /// begins with, and a line that begins with no label is answered without them.
    @Test(arguments: [
        "\u{3000}【发布时间】：2020-12-02 【字体：大 中 小】", "［信息来源］：某局 浏览次数：12", "【 时间：2021-04-22",
        "发【布时】间:2020-12-02", "\u{00A0}浏览量：128 时间：2021-04-22", "[发布时间]:2020-12-02", "\t时间:2021-04-22",
    ])
    func aPagesLineIsOneWhateverItBeginsWith(_ line: String) {
        let row = Row(number: 1, cells: [line])
        #expect(PageFurniture.mayBeginWithLabel(row), "\(line)")
        #expect(PageFurniture.isPublicationLine(row), "\(line)")
    }

    @Test(arguments: [
        "1.某项目绩效目标表", "预算单位：某局", "(2020年度)", "发布 时间:2020-12-02", "来源", "信息来源 某局",
    ])
    func aLineThatBeginsWithNoLabelIsAnsweredByItsFirstScalars(_ line: String) {
        #expect(!PageFurniture.mayBeginWithLabel(Row(number: 1, cells: [line])), "\(line)")
    }

    @Test func aScalarThatMightBeALabelsIsLeftToTheCharacters() {
        // A compatibility ideograph (U+F9xx) equals its unified ideograph as a Character.
        #expect(PageFurniture.mayBeginWithLabel(Row(number: 1, cells: ["\u{F9B4}"])))
        #expect(PageFurniture.mayBeginWithLabel(Row(number: 1, cells: ["时\u{0301}间:2021-04-22"])))
    }

    @Test func aTitleLineThatIsNotThePagesIsKept() throws {
        let d = try readRoundTrip(Self.table(heading: true, line: "(打捆项目)"))
        #expect(d.projects.first?.tableTitle == "(打捆项目) (2020年度)")
    }
}
