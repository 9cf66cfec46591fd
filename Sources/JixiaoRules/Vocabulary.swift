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
        "就业", "效益", "营收", "创收", "降本", "增产", "产量", "粮食",
    ]

    /// 时效指标 must be about time.
    public static let time = [
        "及时", "时间", "时限", "期限", "前", "天", "日", "月", "年", "周", "进度", "时效", "按期", "如期", "限时", "时",
        "季度", "工作日", "按计划", "按时",
    ]

    /// What a 质量指标 is about: a standard met, not an amount done. A 质量 row counting
    /// times or pieces without any of these belongs under 数量指标.
    public static let qualityWords = ["率", "合格", "达标", "标准", "质量", "优良", "完好", "验收", "精度", "准确", "规范",
                                      "符合", "等级", "星级", "评价", "考核", "通过", "认证", "指数", "水平"]

    /// Rates of quality: they belong under 质量指标, not 数量指标.
    /// `成活率` (of crops, trees, animals raised) is how well the work took, not how much was done.
    public static let qualityRates = ["保障率", "合格率", "完好率", "达标率", "优良率", "正确率", "准确率", "故障率", "出错率", "成活率"]

    /// Budget execution measures: monitored separately, not performance targets.
    public static let executionMeasures = ["预算执行率", "资金到位率", "资金支付率", "支出进度", "执行进度", "资金使用率",
                                           "预算执行进度", "资金拨付率", "资金下达率", "预算资金当年下达率",
                                           "资金当年下达率", "预算下达率"]

    /// Budget execution measures written in other words (`财政资金到位及时支付率`, `项目资金到位时间`,
    /// `工程款支付进度`) are recognised by how they are made: what flows (`executionSubjects`),
    /// what happens to it (`executionActs`, `executionPayments`), when (`executionTimings`),
    /// and a measure at the end (`executionEnds`) — nothing else in between. Money reaching
    /// and used by the unit (到位, 下达, 拨付, 执行, 使用) is execution whatever it is for;
    /// paying it out (支付, 支出) is the output itself when what is paid is a benefit
    /// (`benefitPayments`: 补贴, 养老金 …), and 发放, 兑付 to beneficiaries are never
    /// execution (not in these lists).
    public static let executionSubjects = ["财政资金", "预算资金", "项目资金", "资金", "预算", "经费", "财政", "工程款", "款项", "拨款"]
    /// What happens to money in the unit's hands. Without a subject (`设备到位率`, `政策执行率`,
    /// `疫苗使用率`) these are not about money.
    public static let executionActs = ["到位", "到账", "下达", "拨付", "执行", "使用"]
    /// Paying money out: about money even without a subject (`支付进度`).
    public static let executionPayments = ["支付", "支出"]
    public static let executionTimings = ["及时", "按时", "当年", "当期", "年度"]
    public static let executionEnds = ["及时率", "及时性", "进度", "时间", "时限", "率"]
    /// What a project pays to people as its purpose: paying it is the output.
    public static let benefitPayments = ["补贴", "补助", "奖补", "救助", "救济", "养老金", "抚恤", "津贴", "工资", "报酬",
                                         "奖励", "奖金", "慰问", "保险金", "低保", "生活费"]

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
        "工程", "建设", "年度",
    ]

    /// What a percentage can be a share of: a rate, a share, a change. A 效益 statement with a
    /// percentage and none of these (`维护社会稳定 ≥95%`) says 95% of nothing.
    public static let shareWords = [
        "率", "比例", "比重", "占比", "覆盖", "满意", "百分", "程度", "降低", "减少", "下降", "提高", "提升", "增长", "增加",
        "满足", "知晓", "普及", "达标", "合格", "指数", "%", "％", "比率", "份额",
    ]

    /// Units that count people; a name counting people (`人数`, `230人`) wants one of them.
    public static let peopleUnits = ["人", "人次", "名", "位", "万人", "万人次", "人日", "人天"]

    /// Names that count people.
    public static let peopleCounts = ["人数", "人次", "人口数", "人口"]

    /// Whether something was done on time — measured by a rate or a date, not by a count.
    public static let onTimeWords = ["按时", "及时", "按期", "如期"]

    /// Words that make a name a count (`及时处理投诉件数`): then a count unit fits.
    public static let countWords = ["数", "量", "次", "件", "个", "批", "项"]

    /// Subjects of infrastructure templates that get mixed up: a template indicator about
    /// one (堤防) left in a project about another (农村饮水). `implies`: subjects a project
    /// of this kind includes (高标准农田 builds 田间道路 and 灌排).
    public static let subjectDomains: [(name: String, words: [String], implies: [String])] = [
        ("防洪治河工程", ["堤防", "护岸", "河道", "河流", "河堤", "防洪", "水库", "除险加固", "清淤", "山洪"], []),
        ("灌溉工程", ["灌区", "灌溉", "节水改造", "渠道", "水渠", "泵站", "排灌"], []),
        ("饮水工程", ["饮水", "供水", "自来水", "水厂", "饮用水"], []),
        ("道路工程", ["道路", "公路", "硬化里程", "村道", "桥梁", "通村", "畅通工程"], []),
        ("农田建设", ["农田", "耕地", "土地整治", "田间"], ["灌溉工程", "道路工程"]),
        ("住房建设", ["危房", "住房改造", "农房", "安置房"], []),
    ]

    /// Goals written as a report: `建立和完善了`, `强化了`. These uses of 了 are not.
    public static let notCompletion = ["为了", "除了", "了解", "了如", "不了", "得了", "了结"]

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
        basisCategory(bare: TextNormalization.withoutBlanks(basis))
    }

    /// `basisCategory(b)` of a basis `b` without blanks (`withoutBlanks(b) == b`).
    static func basisCategory(bare b: String) -> String? {
        if let category = wholeBasisCategory(b) { return category }
        // `100%(计划标准)` (宁德 2019's 指标解释 column, read as the basis): a value with its
        // category in brackets after it. Only a basis that ends in a bracket is looked at again.
        guard let last = b.unicodeScalars.last, last == ")" || last == "）" else { return nil }
        guard let open = b.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let inner = b[b.index(after: open)...].dropLast()
        return inner.isEmpty ? nil : wholeBasisCategory(String(inner))
    }

    /// The category a whole basis (without blanks) names.
    static func wholeBasisCategory(_ b: String) -> String? {
        // Every row's basis comes here: plain text is looked up by its bytes (`PlainKey`),
        // which for plain text is String's own equality, without normalising it to hash or
        // compare it.
        if PlainScalars.all(b) { return basisCategoryByBytes[PlainKey(text: b)] }
        if standardBases.contains(b) { return b }
        return informalBases[b]
    }

    /// `standardBases` (each its own category) and `informalBases`, keyed by bytes; all
    /// plain text.
    private static let basisCategoryByBytes: [PlainKey: String] = {
        var out: [PlainKey: String] = [:]
        for (word, category) in informalBases { out[PlainKey(text: word)] = category }
        for standard in standardBases { out[PlainKey(text: standard)] = standard }
        return out
    }()

    /// Whether `text` (blanks ignored) contains any of `words`.
    public static func mentions(_ text: String, _ words: [String]) -> Bool {
        firstMention(text, words) != nil
    }

    /// The first of `words` that `text` (blanks ignored) contains.
    public static func firstMention(_ text: String, _ words: [String]) -> String? {
        let t = TextNormalization.withoutBlanks(text)
        let bytes = ByteSet(t)
        return words.first { bytes.mayContain($0) && TextNormalization.contains(t, $0) }
    }

    /// What a project is about: its name without generic office wording and bracketed
    /// batch numbers, split where words were removed. `机关大院保洁经费` → [`保洁`].
    public static func subjects(of name: String) -> [String] {
        let t = TextNormalization.withoutBlanks(name)
        // Every check reads every project's name this way: scalars when they are
        // characters, Characters otherwise (the same result; see `PlainScalars`).
        return PlainScalars.all(t) ? plainSubjects(Array(t.unicodeScalars.lazy.map(\.value))) : characterSubjects(t)
    }

    /// `generic` longest first: a long word is cut out before a short one inside it.
    private static let genericLongestFirst = generic.sorted(by: { $0.count > $1.count })
    private static let genericLongestFirstScalars = genericLongestFirst.map { $0.unicodeScalars.map(\.value) }
    private static let joiningScalars: [[UInt32]] = ["及", "和", "与", "的"].map { $0.unicodeScalars.map(\.value) }

    /// `subjects(of:)` for a name of plain scalars: the same steps as `characterSubjects`,
    /// on scalar values.
    static func plainSubjects(_ name: [UInt32]) -> [String] {
        plainSubjectScalars(name).map { String(String.UnicodeScalarView($0.lazy.map { Unicode.Scalar($0)! })) }
    }

    /// `subjects(of: name)`, each subject as its scalar values: what `indicator.copied-text`
    /// indexes (making each String and reading its scalars back was a third of its index).
    static func subjectScalars(of name: String) -> [[UInt32]] {
        let t = TextNormalization.withoutBlanks(name)
        return PlainScalars.all(t) ? plainSubjectScalars(scalarValues(t))
            : characterSubjects(t).map { $0.unicodeScalars.map(\.value) }
    }

    /// `Array(t.unicodeScalars.lazy.map(\.value))`, decoded from the UTF-8 into an array
    /// made once (the lazy map grew it scalar by scalar).
    static func scalarValues(_ t: String) -> [UInt32] {
        var t = t
        return t.withUTF8 { b in
            [UInt32](unsafeUninitializedCapacity: b.count) { out, count in
                var k = 0, n = 0
                while k < b.count {
                    let (v, width) = UTF8Scalars.scalar(b, at: k)
                    out[n] = v
                    n += 1
                    k += width
                }
                count = n
            }
        }
    }

    /// `plainSubjects(name)`, each subject as its scalar values.
    static func plainSubjectScalars(_ name: [UInt32]) -> [[UInt32]] {
        let bar: UInt32 = 0x7C  // `|`
        var t = name
        while let open = t.firstIndex(where: { $0 == 0xFF08 || $0 == 0x28 }),
              let close = t[open...].firstIndex(where: { $0 == 0xFF09 || $0 == 0x29 }) {
            t.replaceSubrange(open...close, with: [bar])
        }
        // A word whose first scalar the name lacks is not in it (cutting only takes scalars
        // out): most of the generic words are passed over by one bit, not a search. The name's
        // scalars by their low ten bits, so that few words of other first scalars share a bit
        // (by seven, a dozen searches a name were for words it did not have).
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { has in
            has.initialize(repeating: 0)
            for v in t { has[Int(v >> 6 & 15)] |= 1 << UInt64(v & 63) }
            for g in genericLongestFirstScalars {
                guard let first = g.first else { continue }
                guard has[Int(first >> 6 & 15)] & (1 << UInt64(first & 63)) != 0 else { continue }
                cut(g, in: &t)
            }
        }
        for c in joiningScalars { cut(c, in: &t) }
        var runs: [[UInt32]] = []
        var current: [UInt32] = []
        var afterDigit = false
        for v in t {
            if PlainScalars.isHan(v) {
                if afterDigit && v == 0x5E74 { afterDigit = false; continue }  // 年
                current.append(v)
            } else if !current.isEmpty {
                if current.count >= 2 { runs.append(current) }
                current.removeAll(keepingCapacity: true)
            }
            afterDigit = (0x30...0x39).contains(v)
        }
        if current.count >= 2 { runs.append(current) }
        return runs
    }

    /// Every occurrence of `word` in `t`, left to right, replaced by `|` (as split and
    /// join). `t` is a parameter, not a captured variable: every name is searched for
    /// every generic word, and a captured one was checked for exclusive access at each place.
    private static func cut(_ word: [UInt32], in t: inout [UInt32]) {
        let n = word.count
        guard n > 0, t.count >= n else { return }
        let first = word[0]
        func isWord(_ t: [UInt32], at i: Int) -> Bool {
            guard i + n <= t.count, t[i] == first else { return false }
            for j in 1..<n where t[i + j] != word[j] { return false }
            return true
        }
        // Most words are not in a name: nothing to build.
        var start = 0
        while start + n <= t.count, !isWord(t, at: start) { start += 1 }
        guard start + n <= t.count else { return }
        var out = Array(t[..<start])
        var i = start
        while i < t.count {
            if isWord(t, at: i) {
                out.append(0x7C)  // `|`
                i += n
            } else {
                out.append(t[i])
                i += 1
            }
        }
        t = out
    }

    static func characterSubjects(_ name: String) -> [String] {
        var t = name
        // Drop bracketed parts: （第三批）.
        while let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }),
              let close = t[open...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            t.replaceSubrange(open...close, with: "|")
        }
        for g in genericLongestFirst {
            t = t.split(separator: g, omittingEmptySubsequences: false).joined(separator: "|")
        }
        for c in ["及", "和", "与", "的"] {
            t = t.split(separator: c, omittingEmptySubsequences: false).joined(separator: "|")
        }
        // Years and numbers (`2021年`, `25所`) say nothing about the subject: only runs of
        // Chinese characters are kept, so `25` never matches inside `≤1125万元`.
        var runs: [String] = []
        var current = ""
        var afterDigit = false
        for c in t {
            if TextNormalization.isHan(c) {
                // The 年 of a year (`2021年`) goes with the number.
                if afterDigit && c == "年" { afterDigit = false; continue }
                current.append(c)
            } else {
                if !current.isEmpty { runs.append(current); current = "" }
            }
            afterDigit = c.isASCII && c.isNumber
        }
        if !current.isEmpty { runs.append(current) }
        return runs.filter { $0.count >= 2 }
    }
}
