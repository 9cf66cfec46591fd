import JixiaoModel
import Testing
@testable import JixiaoText

/// 88号's 申报表 as a city prints it: under the money, rows arguing the project's case —
/// 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划 — before the goals. Real:
/// 山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表 2021 (阳泉市公路服务中心),
/// http://jtysj.yq.gov.cn/yjsgk/202104/t20210422_1152890.html (judge-docs s28), as the page's cells
/// give it; the stored copy ends in its 总体目标 row.
@Suite struct ApplicationFormCaseTests {
    static let head = """
        山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表
        2021年
        项目名称\t“四好农村路”、“三个一号旅游路”工作经费
        主管部门及代码\t经济建设科\t实施单位\t阳泉市公路服务中心
        项目属性\t延续性项目(阶段开展)\t项目期限\t3年
        项目预算资金(万元)\t中期预算资金总额\t\t年度预算资金总额\t25
        项目概况\t“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;财务审计、工程竣工验收。
        立项依据\t山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号
        项目设立必要性\t“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;财务审计、工程竣工验收。
        保证项目实施的制度、措施\t山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号
        项目实施计划\t“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批需20万元;进度督导检查、工程质量监督检查、工程安全运营检查需20万元;财务审计、工程竣工验收需10万元,合计50万元。
        中期目标\t年度目标
        总体目标\t“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;专项资金财务跟踪检查、财务审计、工程竣工验收。 工程前期施工图设计批复 81个,建设里程巡查、质量

        """

    @Test func theCopyCutInItsGoalsIsRefusedAsCut() throws {
        // Refused where the text ends, for the indicator header it lacks — not at 保证项目实施的
        // 制度、措施, a row of the form's own.
        let e = try #require(readError(Self.head))
        #expect(e.line == 13, "\(e)")
        #expect(e.message.contains("缺少指标表头"), "\(e.message)")
    }

    @Test func theCaseRowsAreTheProjectsFacts() throws {
        // The rest of the table as 88号's frame would go on (crafted): the form is read.
        let text = Self.head + """
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t施工图设计批复\t81个
            质量指标\t工程质量抽检合格率\t≥95%
            时效指标\t完成时间\t2021年12月底
            效益指标\t社会效益指标\t农村公路通行条件\t改善
            满意度指标\t服务对象满意度指标\t群众满意度\t≥90%

            """
        let d = try readRoundTrip(text)
        let p = try #require(d.projects.first)
        #expect(p.name == "“四好农村路”、“三个一号旅游路”工作经费")
        #expect(p.budget.total == Money(yuan: 250_000))
        #expect(p.facts.map(\.label) == ["主管部门及代码", "实施单位", "项目属性", "项目期限", "项目概况", "立项依据",
                                         "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"])
        #expect(p.indicators.count == 5)
    }
}
