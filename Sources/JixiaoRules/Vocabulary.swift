import JixiaoModel

/// The words rules judge by, kept in one place so a reviewer can read and extend them.
/// Each list is tested on both sides: words that must count, texts that must not.
public enum Vocabulary {
    /// 生态效益 must be about the environment: energy, emissions, air, water, greenery.
    public static let environmental = [
        "节能", "能耗", "节电", "节水", "用电量", "用水量", "排放", "减排", "碳", "空气", "大气", "水质", "水环境",
        "污染", "环境质量", "生态", "绿化", "绿地", "植被", "森林", "湿地", "土壤", "噪声", "扬尘", "垃圾",
        "废弃物", "废水", "废气", "PM2.5", "PM10", "优良天数", "臭氧", "环保", "清洁能源", "新能源", "水土",
    ]

    /// 经济效益 must be about money made or saved.
    public static let economic = [
        "收入", "增收", "节约", "节省", "降低成本", "成本节约", "产值", "税收", "经济", "利润", "投资", "拉动",
        "就业", "效益", "营收", "创收", "降本",
    ]

    /// 时效指标 must be about time.
    public static let time = [
        "及时", "时间", "时限", "期限", "前", "天", "日", "月", "年", "周", "进度", "时效", "按期", "如期", "限时", "时",
        "季度", "工作日",
    ]

    /// Rates of quality: they belong under 质量指标, not 数量指标.
    public static let qualityRates = ["保障率", "合格率", "完好率", "达标率", "优良率", "正确率", "准确率", "故障率", "出错率"]

    /// Budget execution measures: monitored separately, not performance targets.
    public static let executionMeasures = ["预算执行率", "资金到位率", "资金支付率", "支出进度", "执行进度", "资金使用率",
                                           "预算执行进度", "资金拨付率"]

    /// Words that name money, not what it buys.
    public static let moneyWords = ["金额", "资金", "经费", "费用"]

    /// Words saying an indicator states the project's whole funding.
    public static let fundingStatements = ["所需资金", "所需经费", "资金总额", "经费总额", "项目资金", "预算资金", "总投资",
                                           "经费金额", "资金金额"]

    /// Vague wording that needs a baseline to mean anything.
    public static let vague = ["进一步", "明显", "有效", "显著", "大幅", "较大", "逐步", "不断", "稳步"]

    /// A 绩效目标 that says nothing.
    public static let placeholders = ["无", "略", "/", "-", "—", "——", "同上", "见附件", "详见附件", "暂无", "待定", "0"]

    /// Generic office wording: shared by every office project, so never a sign that text
    /// was copied from another project.
    public static let generic = [
        "运行维护", "维护费", "运行费", "服务费", "工作经费", "日常公用", "机关", "大院", "单位", "部门", "工作",
        "经费", "资金", "费用", "日常", "办公", "公用", "相关", "运行", "运转", "维护", "维修", "管理", "服务",
        "保障", "专项", "项目", "支出", "补助", "补贴", "其他", "环境", "正常", "有序", "开展", "需要", "各项",
    ]

    /// The standard categories of 指标值确定依据.
    public static let standardBases = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"]

    /// Informal words documents use for the basis, and the category each means.
    public static let informalBases: [String: String] = [
        "工作计划": "计划标准", "计划": "计划标准", "年度计划": "计划标准", "工作要求": "计划标准", "计划要求": "计划标准",
        "工作目标": "计划标准", "实施方案": "计划标准",
        "历史经验": "历史标准", "历史数据": "历史标准", "往年数据": "历史标准", "以往经验": "历史标准", "历年数据": "历史标准",
        "上年数据": "历史标准", "历史水平": "历史标准",
        "行业规范": "行业标准", "国家标准": "行业标准", "技术标准": "行业标准", "行业要求": "行业标准",
        "费用金额": "预算支出标准", "预算": "预算支出标准", "预算金额": "预算支出标准", "预算标准": "预算支出标准",
        "支出标准": "预算支出标准", "资金预算": "预算支出标准", "合同金额": "预算支出标准", "协议金额": "预算支出标准",
        "文件规定": "其他标准", "政策规定": "其他标准", "制度规定": "其他标准", "相关规定": "其他标准", "上级要求": "其他标准",
    ]

    /// The standard category a basis means, or nil when it is outside them.
    public static func basisCategory(_ basis: String) -> String? {
        let b = TextNormalization.withoutBlanks(basis)
        if standardBases.contains(b) { return b }
        return informalBases[b]
    }

    /// Whether `text` (blanks ignored) contains any of `words`.
    public static func mentions(_ text: String, _ words: [String]) -> Bool {
        firstMention(text, words) != nil
    }

    /// The first of `words` that `text` (blanks ignored) contains.
    public static func firstMention(_ text: String, _ words: [String]) -> String? {
        let t = TextNormalization.withoutBlanks(text)
        return words.first { TextNormalization.contains(t, $0) }
    }

    /// What a project is about: its name without generic office wording and bracketed
    /// batch numbers, split where words were removed. `机关大院保洁经费` → [`保洁`].
    public static func subjects(of name: String) -> [String] {
        var t = TextNormalization.withoutBlanks(name)
        // Drop bracketed parts: （第三批）.
        while let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }),
              let close = t[open...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            t.replaceSubrange(open...close, with: "|")
        }
        for g in generic.sorted(by: { $0.count > $1.count }) {
            t = t.split(separator: g, omittingEmptySubsequences: false).joined(separator: "|")
        }
        for c in ["及", "和", "与", "的"] {
            t = t.split(separator: c, omittingEmptySubsequences: false).joined(separator: "|")
        }
        return t.split(separator: "|").map(String.init).filter { $0.count >= 2 }
    }
}
