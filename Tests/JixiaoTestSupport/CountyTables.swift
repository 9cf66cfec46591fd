/// Tables as a county template prints them (井研县马踏镇, 2023), shared by the reader's,
/// the reports' and the exports' tests so each reads the same layout: 指标值 split into
/// 指标性质 / 指标值 / 度量单位, 权重 and 指标方向性 columns, no 描述 or 依据 column, no
/// spending plan, no 项目编码.
public enum CountyTables {
    /// One table with no heading: a flat list, 其他资金 left empty.
    public static let flatList = """
        部门预算项目绩效目标申报表(2023年度)
        820001-井研县马踏镇人民政府\t\t\t\t\t金额单位：元
        项目名称\t村组干部报酬\t\t\t\t
        预算规模及资金用途\t年度资金总额\t3,309,840.00\t其中：财政拨款\t3,309,840.00\t其他资金\t
        年度绩效目标\t按时发放村组干部报酬
        一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
        效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标
        产出指标\t时效指标\t维持时效\t≥\t1\t年\t20\t正向指标
        产出指标\t数量指标\t村组干部人数\t=\t230\t人\t10\t正向指标
        满意度指标\t服务对象满意度指标\t人民群众满意度\t定性\t高中低\t\t10\t正向指标
        """

    /// A titled document with a numbered heading, a 项目属性 and an itemised subtotal.
    public static let titled = """
        **井研县马踏镇人民政府
        2023 年项目支出绩效目标**

        1.村组干部报酬绩效目标表

        820001-井研县马踏镇人民政府\t\t\t\t\t金额单位：元
        项目名称\t村组干部报酬\t项目属性\t经常性项目
        预算规模及资金用途\t年度资金总额\t3,309,840.00\t其中：财政拨款\t3,309,840.00
        \t(一)财政拨款小计\t3,309,840.00
        绩效目标\t按时发放村组干部报酬
        一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重(%)\t指标方向性
        效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标
        产出指标\t数量指标\t村组干部人数\t=\t230\t人\t20\t正向指标
        """
}
