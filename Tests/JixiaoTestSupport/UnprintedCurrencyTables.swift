/// Project tables as 鄂州 2022 prints them (`合计 | 814`: no 元 or 万元 anywhere), and one
/// that names its unit, shared by the summary's and the exports' tests of a 预算数 of
/// unknown unit.
public enum UnprintedCurrencyTables {
    /// One table: its unit line, the project's name and the figure its 预算数 and 财政资金 print.
    public static func table(unitLine: String, name: String, figure: String) -> String {
        """
        1.\(name)绩效目标表

        \(unitLine)
        项目名称\t\(name)
        预算规模及资金用途\t预算数\t\(figure)\t其中：财政资金\t\(figure)\t其他资金\t0
        绩效目标\t保障\(name)。
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t维修维护次数\t2280次
        满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%
        """
    }

    /// A table printing no money unit (`814`).
    public static let bare = table(unitLine: "单位名称\t某中心", name: "办公大楼运行保障", figure: "814")
    /// A table in 元.
    public static let yuan = table(unitLine: "某中心\t\t单位：元", name: "办公设备购置", figure: "1000")

    /// The document of these tables, under a title.
    public static func text(_ tables: [String]) -> String {
        "**某中心\n2022 年项目支出绩效目标**\n\n" + tables.joined(separator: "\n\n") + "\n"
    }
}
