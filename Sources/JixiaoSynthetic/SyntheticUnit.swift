/// A budget unit of a synthetic district: its code, its name in two parts (the title
/// prints them on two lines, as the sample does) and how its tables print the code.
struct SyntheticUnit: Sendable, Hashable {
    var code: String
    /// `青山区`.
    var district: String
    /// `教育局`.
    var department: String
    var codeStyle: CodeStyle

    /// How a unit line prints the code: `430001 名称`, `[430001]名称`, `430001-名称`.
    enum CodeStyle: Int, CaseIterable, Sendable { case space, brackets, dash }

    var name: String { district + department }
    /// The unit as the tables name it (`…本级`, as the sample's do).
    var tableName: String { name + "本级" }

    var unitHead: String {
        switch codeStyle {
        case .space: "\(code) \(tableName)"
        case .brackets: "[\(code)]\(tableName)"
        case .dash: "\(code)-\(tableName)"
        }
    }

    static let districts = [
        "青山区", "抚宁区", "昌黎县", "卢龙县", "海港区", "山海关区", "北戴河区", "青龙县", "陈仓区", "渭滨区",
        "金台区", "凤翔区", "岐山县", "扶风县", "眉县", "陇县", "千阳县", "麟游县", "凤县", "太白县",
        "昭化区", "利州区", "朝天区", "旺苍县", "青川县", "剑阁县", "苍溪县", "南县", "沅江市", "桃江县",
    ]

    static let departments = [
        "机关事务服务中心", "教育局", "卫生健康局", "农业农村局", "水利局", "民政局", "财政局", "人力资源和社会保障局",
        "自然资源和规划局", "生态环境分局", "住房和城乡建设局", "交通运输局", "文化和旅游局", "市场监督管理局", "应急管理局",
        "统计局", "审计局", "司法局", "退役军人事务局", "医疗保障局", "林业局", "商务局", "科学技术局", "体育局",
        "城市管理综合执法局", "疾病预防控制中心", "妇幼保健院", "图书馆", "档案馆", "融媒体中心", "行政审批局", "信访局",
        "粮食和物资储备局", "供销合作社", "残疾人联合会", "总工会", "共青团委员会", "妇女联合会", "科学技术协会", "党校",
    ]

    /// The `n`th unit of the bureau: each district with each department once (the
    /// department shifts with every round of districts, so neighbours differ in both), then
    /// again with a numbered 分中心 (beyond 1,200 units).
    static func numbered(_ n: Int) -> SyntheticUnit {
        let d = districts[n % districts.count]
        let k = n / districts.count
        var department = departments[(n + k) % departments.count]
        let round = n / (districts.count * departments.count)
        if round > 0 { department += "第\(round + 1)分中心" }
        let code = String(100_001 + n * 7 % 899_999)
        return SyntheticUnit(code: code, district: d, department: department,
                             codeStyle: CodeStyle(rawValue: n % 3)!)
    }
}
