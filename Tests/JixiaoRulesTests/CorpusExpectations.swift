import JixiaoRules

/// What a finance bureau reviewer marks, and leaves alone, in each real table of the
/// development corpus (`../shared/corpus`, committed copies in the tests) and in the bundled
/// sample — written by reading the tables before running the engine on them. Line numbers
/// are lines of the corpus file (1-based), the lines a reviewer sees.
///
/// Rule ids that do not exist yet are the rules these expectations call for; a test checks
/// that every id named here is in the catalogue once the rules exist.
struct CorpusExpectation: Sendable, CustomStringConvertible {
    enum Kind: Sendable {
        /// A finding of `rule` located on `line`.
        case mark(rule: String, line: Int)
        /// A finding of `rule` somewhere in the document (a project- or document-level finding).
        case markAnywhere(rule: String)
        /// No finding of `rule` on `line`.
        case quiet(rule: String, line: Int)
        /// No finding of any rule on `line`.
        case silent(line: Int)
        /// No finding of `rule` anywhere in the document.
        case never(rule: String)
        /// `rule` finds exactly on these lines and nowhere else in the document.
        case only(rule: String, lines: [Int])
        /// At most one finding of `rule` in the whole document, and no more serious than `severity`.
        case atMostOnce(rule: String, severity: Severity)
    }

    let kind: Kind
    /// Why, in the reviewer's words.
    let reason: String

    var rule: String? {
        switch kind {
        case .mark(let r, _), .markAnywhere(let r), .quiet(let r, _), .never(let r), .only(let r, _), .atMostOnce(let r, _): r
        case .silent: nil
        }
    }

    var description: String {
        switch kind {
        case .mark(let r, let l): "mark \(r) @\(l) — \(reason)"
        case .markAnywhere(let r): "mark \(r) — \(reason)"
        case .quiet(let r, let l): "quiet \(r) @\(l) — \(reason)"
        case .silent(let l): "silent @\(l) — \(reason)"
        case .never(let r): "never \(r) — \(reason)"
        case .only(let r, let ls): "only \(r) @\(ls) — \(reason)"
        case .atMostOnce(let r, let s): "at most one \(r) (≤\(s.rawValue)) — \(reason)"
        }
    }
}

private func mark(_ rule: String, _ line: Int, _ reason: String) -> CorpusExpectation { .init(kind: .mark(rule: rule, line: line), reason: reason) }
private func markAnywhere(_ rule: String, _ reason: String) -> CorpusExpectation { .init(kind: .markAnywhere(rule: rule), reason: reason) }
private func quiet(_ rule: String, _ line: Int, _ reason: String) -> CorpusExpectation { .init(kind: .quiet(rule: rule, line: line), reason: reason) }
private func silent(_ line: Int, _ reason: String) -> CorpusExpectation { .init(kind: .silent(line: line), reason: reason) }
private func never(_ rule: String, _ reason: String) -> CorpusExpectation { .init(kind: .never(rule: rule), reason: reason) }
private func only(_ rule: String, _ lines: [Int], _ reason: String) -> CorpusExpectation { .init(kind: .only(rule: rule, lines: lines), reason: reason) }
private func atMostOnce(_ rule: String, _ severity: Severity, _ reason: String) -> CorpusExpectation {
    .init(kind: .atMostOnce(rule: rule, severity: severity), reason: reason)
}

enum CorpusExpectations {
    /// The rules these expectations introduce (phase 2 of issue 7), by id:
    /// - `indicator.placeholder`: template placeholders left in a name or value (`(≥**株)`, `≤**万元`; a core ★ is no placeholder);
    /// - `indicator.value-unfilled`: a value that is only a unit, a comparator or the template's scale (`公里`, `≧ %`, `高中低`);
    /// - `indicator.unit-missing`: a number without the unit the indicator needs (`开设课程数量 220`, `完成时限 1`, `成活率 >=85`);
    /// - `indicator.unit-unfit`: a unit that does not fit what is counted (`村组干部230人 ≥230个`, `按时发放 ≥1人/年`);
    /// - `indicator.bare-percent`: a 效益 statement given a percentage with nothing it is a share of (`维护社会稳定 ≥95%`);
    /// - `indicator.weights-sum`: weights or scores that do not add up to 100 where the table gives them;
    /// - `indicator.duplicate`: the same indicator twice in one project;
    /// - `indicator.unrelated`: a template indicator about a subject the project does not have (堤防 in a drinking-water project);
    /// - `goals.report-style`: goals written as a report of what was done (`建立和完善了…`, `强化了…`);
    /// - `header.name-missing`: no project name;
    /// - `budget.missing`: no amount at all;
    /// - `indicator.basis-absent` / `plan.absent` / `header.code-absent`: the layout has no 指标值确定依据 column /
    ///   no 资金支出计划 / no 项目编码 — one note (the last added with the rules: a code-less layout is a note of its own);
    /// and `indicator.unit-mismatch` widened: a rate must be a percentage (not days), a cost must be money (not `人/天`, not `成本控制率 100%`).
    static let newRuleIds = [
        "indicator.placeholder", "indicator.value-unfilled", "indicator.unit-missing", "indicator.unit-unfit",
        "indicator.bare-percent", "indicator.weights-sum", "indicator.duplicate", "indicator.unrelated",
        "goals.report-style", "header.name-missing", "budget.missing", "indicator.basis-absent", "plan.absent",
        "header.code-absent",
    ]

    /// What holds for every corpus file: published one-table pages without 项目编码, 指标值确定依据 or
    /// 资金支出计划, and a single project (nothing to compare across projects).
    static let everyCorpusFile: [CorpusExpectation] = [
        atMostOnce("header.code-format", .info, "公开的项目表都不印项目编码（README）：至多一条提示，不是每张表一个错误"),
        atMostOnce("header.code-absent", .info, "不印编码的表样：整份文档一条说明"),
        atMostOnce("indicator.basis-absent", .info, "整张表没有指标值确定依据一栏：一条说明即可"),
        atMostOnce("plan.absent", .info, "公开的表都没有资金支出计划：一条说明即可"),
        never("plan.missing-figures", "没有资金支出计划这一行，不是“计划没填数字”"),
        never("plan.invalid-figures", "没有资金支出计划"),
        never("plan.year-end", "没有资金支出计划"),
        never("indicator.basis-category", "没有依据可评"),
        never("indicator.basis-fit", "没有依据可评"),
        never("indicator.level2-frame", "各表的二级名称都是标准名称或其变体（(必填)、社会效益目标、满意度指标、旧模板的社会公众或服务对象满意度指标）"),
        never("indicator.copied-text", "一份文档只有一个项目：没有别的项目可抄"),
        never("project.duplicate", "只有一个项目"),
        never("indicator.uniform-satisfaction", "只有一个项目"),
        never("header.code-duplicate", "没有编码，谈不上重复"),
        never("contents.mismatch", "目录、表头与项目名称一致（目录是整理者按表头补的）"),
        never("indicator.cost-above-budget", "没有哪个成本金额超过预算数"),
        never("goals.funding-only", "各表的目标都写了要做的事或要达到的效果（14 号“投资500”之后写了“改善提升9200人饮水条件”）"),
        never("indicator.comparator-direction", "成本指标都没有写“≥”金额，数量指标都没有写“≤”（08 号的“≤28.40/株”是成本）"),
        never("indicator.value-vs-name", "没有哪个名称末尾写了与指标值不同的目标（“村组干部230人”与“≥230个”是同一个数、单位之误，由 unit-unfit 指出）"),
    ]

    static let byFile: [String: [CorpusExpectation]] = [
        "01-qingshan-boruo-xuexiao-gaizao-2020.txt": [
            mark("indicator.misplaced", 39, "“预算资金当年下达率”是资金下达（预算执行），不是时效产出"),
            mark("indicator.unit-mismatch", 41, "成本指标写“成本控制率 100%”：说不出花多少钱，成本应写金额"),
            only("indicator.unit-mismatch", [41], "其余单位都与指标相符"),
            quiet("indicator.vague-wording", 42, "“稳步提高”作可持续影响的指标值是正常的定性写法"),
            quiet("indicator.not-quantified", 42, "可持续影响可以定性"),
            quiet("indicator.level2-meaning", 40, "“按计划完成率”是通常的时效指标"),
            quiet("indicator.level2-meaning", 36, "覆盖率作数量指标是常见写法"),
            quiet("indicator.misplaced", 43, "旧模板把“社会公众或服务对象满意度指标”放在效益指标下，满意度是有的"),
            quiet("indicator.misplaced", 44, "同上"),
            never("indicator.level1-missing", "产出、效益、满意度都有（满意度按旧模板在效益块里）"),
            never("indicator.output-dimension-missing", "数量、质量、时效、成本都有"),
            never("budget.fiscal-sum", "预算数 16 = 上级资金 16，其他资金空着即为 0"),
            never("usage.arithmetic", "年度资金总额 16 与上级资金 16 一致"),
            never("indicator.row-incomplete", "没有依据栏，三级名称和指标值都填了"),
            never("goals.missing", "有一条目标"),
        ],
        "02-qingshan-jiaoyu-jichu-sheshi-2020.txt": [
            mark("indicator.unit-missing", 36, "“重点建设工程安排数量 2”：2 个还是 2 项？数量要写单位"),
            mark("indicator.not-quantified", 38, "成本指标写“参照政府采购成本控制”，没有金额"),
            only("indicator.not-quantified", [38], "其余定量指标都有数值"),
            quiet("indicator.vague-wording", 40, "“巩固提高”作可持续影响是定性写法"),
            silent(41, "社会效益写“持续改善”是正常的定性表述"),
            silent(42, "满意度 ≥90% 正常"),
            never("budget.fiscal-sum", "10000万元 = 10000万元"),
            never("usage.arithmetic", "当年资金总额与财政拨款都是 10000万元"),
            never("indicator.level1-missing", "三类都有"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "03-shizuishan-jikong-yimiao-2020.txt": [
            mark("goals.missing", 34, "没有绩效目标"),
            mark("indicator.unit-mismatch", 36, "成本指标写 100%：没有成本金额"),
            mark("indicator.unit-mismatch", 37, "成本指标写 100%：没有成本金额"),
            only("indicator.unit-mismatch", [36, 37], "其余比例都有所指"),
            mark("indicator.duplicate", 48, "“满足海洛因成瘾患者维持治疗需求”在数量指标（第 41 行）和社会效益下各写了一次"),
            only("indicator.duplicate", [48], "只有这一条重复"),
            quiet("indicator.vague-wording", 45, "“有效降低”但有 40% 的数值"),
            quiet("indicator.vague-wording", 46, "“有效地降低”但有 90% 的数值"),
            quiet("indicator.bare-percent", 45, "降低的幅度是比例"),
            quiet("indicator.bare-percent", 47, "需求的满足程度是比例"),
            silent(38, "疫苗提供及时率 100% 正常"),
            silent(44, "满意度指标（(必填)）下的满意度"),
            never("budget.fiscal-sum", "只有绩效金额，没有分财政/其他：没分不是分错"),
            never("usage.arithmetic", "“财政拨款资金300万元”等于预算数"),
            never("indicator.level1-missing", "三类都有，只是顺序不同"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "04-yueyang-gaobiaozhun-nongtian-2022.txt": [
            mark("text.extraction-damage", 32, "财政资金格印成“854万854万”：发布时重复了一次，应为 854万"),
            mark("indicator.unrelated", 37, "供水设施是衔接资金基础设施模板的指标，高标准农田项目的资金用途里没有供水"),
            mark("indicator.unrelated", 43, "饮水安全同上，不是本项目的内容"),
            quiet("indicator.unrelated", 41, "粮食增产是高标准农田的效益"),
            quiet("indicator.unrelated", 44, "灌溉是高标准农田的建设内容"),
            quiet("indicator.unrelated", 45, "排水是高标准农田的建设内容"),
            quiet("indicator.unrelated", 42, "衔接资金项目写受益脱贫人口是应有之义"),
            quiet("indicator.unit-mismatch", 39, "及时率 ≥100% 是模板的常见写法，不超过 100%"),
            silent(40, "成本写“1600元/亩”是亩均补助标准，正是成本指标该写的"),
            never("budget.fiscal-sum", "预算数 854万 = 财政资金 854万（去掉重复后）"),
            never("usage.arithmetic", "400 + 295 + 159 = 854 万元"),
            never("indicator.amount-vs-budget", "没有写项目总资金的指标"),
            never("indicator.level1-missing", "三类都有"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "05-zhaohua-tekun-jiating-zaifuzhu-2021.txt": [
            mark("indicator.bare-percent", 41, "“促进人口与经济、社会、资源、环境协调和可持续发展 100%”：100% 是什么的比例？"),
            only("indicator.bare-percent", [41], "质量指标的 100% 说的是审核合规"),
            quiet("indicator.not-quantified", 38, "“2021年1月-12月”是时间段，有数值"),
            silent(39, "补助项目写“资金拨付 12月底到位”是补助发放的时效，有时限"),
            quiet("indicator.not-quantified", 40, "句子里有 1000元/人 的标准，可衡量"),
            quiet("indicator.vague-wording", 42, "可持续影响写“长期”正常"),
            quiet("indicator.not-quantified", 42, "可持续影响可以定性"),
            silent(43, "“满意度指标”作满意度的二级是常见写法"),
            never("budget.fiscal-sum", "年度资金总额一栏没有数字，按财政拨款小计 6.30 加其他收入 0.00 推出：没有矛盾"),
            atMostOnce("budget.missing", .info, "预算数没写但能由分项推出：至多一条提示"),
            never("usage.arithmetic", "分来源小计和各项一致；不能把小计和其细项加在一起"),
            never("indicator.level1-missing", "项目完成/项目效益/满意度指标就是产出/效益/满意度"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "06-jingyan-mata-cunzu-ganbu-baochou-2023.txt": [
            markAnywhere("indicator.weights-sum", "权重合计 90（若 10 分留给预算执行率，表中应写明）"),
            mark("indicator.bare-percent", 36, "“维护社会稳定 ≥95%”：95% 是什么的比例？"),
            mark("indicator.bare-percent", 39, "“促进村集体经济发展 ≥95%”同上"),
            mark("indicator.bare-percent", 41, "“保护生态环境卫生 ≥95%”同上"),
            mark("indicator.bare-percent", 42, "“项目维持时效 ≥95%”同上"),
            only("indicator.bare-percent", [36, 39, 41, 42], "满意度 ≥95% 是比例"),
            mark("indicator.unit-unfit", 38, "“按时发放”说的是是否按时，指标值却是“≥1人/年”"),
            mark("indicator.unit-unfit", 40, "“村组干部230人”数的是人，指标值写成“≥230个”"),
            only("indicator.unit-unfit", [38, 40], "其余单位相符"),
            silent(43, "人民群众满意度 ≥95% 正常"),
            never("budget.fiscal-sum", "只有预算数 3,309,840.00，没有分财政/其他"),
            never("indicator.level1-missing", "三类都有，只是行序打乱"),
            never("indicator.row-incomplete", "没有依据栏"),
            never("indicator.not-quantified", "定量指标都有数值"),
        ],
        "07-ganzi-shichang-jianguan-shipin-anquan.txt": [
            mark("header.name-missing", 31, "项目名称空着"),
            mark("budget.missing", 32, "预算数、财政资金、其他资金都没有"),
            mark("indicator.unit-mismatch", 36, "成本指标“检查差旅费 470人/天”：成本要写金额（如 470元/人·天）"),
            mark("indicator.unit-mismatch", 37, "成本指标“培训费 320人/天”同上"),
            only("indicator.unit-mismatch", [36, 37], "其余没有单位矛盾"),
            mark("indicator.unit-missing", 38, "“完成时限 1”：1 年？1 个月？"),
            mark("indicator.unit-missing", 39, "“召开…全体会议 2”没有单位"),
            mark("indicator.unit-missing", 41, "“开展…专项整治 2”没有单位"),
            mark("indicator.unit-missing", 42, "“组织…培训 1”没有单位"),
            mark("indicator.unit-missing", 43, "“开展…宣传周活动 1”没有单位"),
            only("indicator.unit-missing", [38, 39, 41, 42, 43], "100% 有单位"),
            mark("indicator.value-unfilled", 44, "“高中低”是可选的档次，不是定下的目标"),
            mark("indicator.value-unfilled", 45, "同上"),
            mark("indicator.value-unfilled", 46, "同上；满意度还应是比例"),
            quiet("indicator.not-quantified", 46, "一格一条意见：未填写的意见已说明要写比例"),
            markAnywhere("indicator.weights-sum", "权重合计 90，预算执行率权重空着"),
            never("budget.fiscal-sum", "没有金额，不是金额算错"),
            never("indicator.level1-missing", "三类都有"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "08-tongxin-xiamaguan-putao-zhongzhi-2023.txt": [
            mark("indicator.placeholder", 36, "名称里留着模板的“(≥**株)”（★是核心指标的记号，保留）"),
            mark("indicator.placeholder", 37, "名称里留着“(≥**%)”"),
            mark("indicator.placeholder", 38, "名称里留着“(≥**%)”"),
            mark("indicator.placeholder", 39, "名称里留着“(≤**元/株)”"),
            mark("indicator.placeholder", 40, "名称里留着“(≥**万元)”"),
            mark("indicator.placeholder", 41, "名称里留着“(≥**万元)”"),
            mark("indicator.placeholder", 42, "名称里留着“(≥**户)”（★★★保留）"),
            mark("indicator.placeholder", 45, "名称里留着“(≥**%)”"),
            only("indicator.placeholder", [36, 37, 38, 39, 40, 41, 42, 45], "其余行没有占位"),
            mark("indicator.unit-missing", 37, "成活率写“>=85”，少了 %"),
            mark("indicator.unit-missing", 39, "补助成本写“≤28.40/株”，少了 元"),
            only("indicator.unit-missing", [37, 39], "其余都有单位"),
            markAnywhere("indicator.output-dimension-missing", "没有质量指标（成活率放在了数量下）"),
            mark("indicator.row-incomplete", 43, "生态效益只有一句“生态修复功能提高”，没有指标名称"),
            mark("indicator.row-incomplete", 44, "可持续影响只有“持续发展”，没有指标名称"),
            only("indicator.row-incomplete", [43, 44], "其余行名称和值都有；没有依据栏不逐行报"),
            quiet("indicator.unit-mismatch", 38, "及时率 >=100% 不超过 100%"),
            quiet("indicator.amount-vs-budget", 40, "产值 80万元 是效益，不是项目资金"),
            quiet("indicator.amount-vs-budget", 41, "增收 80万元 是效益，不是项目资金"),
            never("indicator.level2-frame", "“社会效益目标”就是社会效益指标"),
            never("budget.fiscal-sum", "50 = 50"),
            never("usage.arithmetic", "资金50万元与预算数一致"),
            never("indicator.level1-missing", "三类都有"),
        ],
        "09-huangshi-dangxiao-zhutiban-2022.txt": [
            mark("budget.fiscal-sum", 32, "预算数 164万元，财政资金 132万元，其余 32万元 没写来源"),
            mark("indicator.unit-missing", 40, "“开设课程数量 220”没有单位（目标里写的是 220门）"),
            only("indicator.unit-missing", [40], "其余都有单位"),
            mark("indicator.unit-mismatch", 47, "成本指标写“成本控制率 100%”，没有成本金额"),
            only("indicator.unit-mismatch", [47], "完成率写 100% 正常"),
            markAnywhere("indicator.level1-missing", "没有效益指标"),
            silent(49, "表下的盖章栏不是表的内容"),
            silent(46, "及时完成率 100% 正常"),
            never("indicator.row-incomplete", "一级写在第 5 行是合并单元格居中，不是缺项；没有依据内容也不逐行报"),
            never("indicator.output-dimension-missing", "数量、质量、时效、成本都有"),
        ],
        "10-fengjie-yunwu-jiagongyuan-2023.txt": [
            markAnywhere("indicator.level1-missing", "（公开页只读到成本块）表中没有产出、效益、满意度指标"),
            silent(36, "项目建设成本 ≤65万元，等于预算数"),
            silent(37, "社会成本指标空着：101号的可选行，不适用"),
            silent(38, "生态环境成本指标空着：同上"),
            never("indicator.output-dimension-missing", "产出指标整块都没有，已由缺少一级指标说明，不再分项说"),
            never("indicator.weights-sum", "表只剩成本块，分值合计没有意义；缺少的指标已经说了"),
            never("indicator.row-incomplete", "空着的可选成本行不算缺项"),
            never("budget.fiscal-sum", "65 = 65 + 0"),
            never("usage.arithmetic", "概况里的面积、务工增收不是金额分项"),
            never("indicator.amount-vs-budget", "≤65万元 与预算数一致"),
        ],
        "11-nanxian-jikong-gonggong-weisheng-2025.txt": [
            markAnywhere("indicator.level1-missing", "（公开页只读到成本块）表中没有产出、效益、满意度指标"),
            mark("goals.report-style", 34, "目标写成了工作总结（“建立和完善了”“强化了”），应写本年要达到的目标"),
            silent(36, "经济成本 ≤70万元，等于预算数"),
            quiet("indicator.not-quantified", 37, "101号的社会成本可以定性（“减少”不利影响）"),
            never("indicator.output-dimension-missing", "产出整块没有，已由缺少一级指标说明"),
            never("budget.fiscal-sum", "70.00 = 70.00"),
            never("usage.arithmetic", "部门预算与本级预算金额都是 70.00"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "12-luan-nongchanpin-zhijian-2024.txt": [
            mark("indicator.unit-mismatch", 42, "“检测及时率 ≤7工作日”：率应是百分比，天数该写成完成时限"),
            only("indicator.unit-mismatch", [42], "其余单位相符"),
            mark("indicator.level2-meaning", 41, "“实验室仪器维修维护 ≥4次”是数量，放在了质量指标下"),
            markAnywhere("indicator.level1-missing", "（公开页只读到产出块）没有效益和满意度指标"),
            never("usage.arithmetic", "中期资金 68.50 是三年的钱，不与年度预算数 51.35 比"),
            never("budget.fiscal-sum", "51.35 = 51.35 + 0.00"),
            never("indicator.output-dimension-missing", "数量、质量、时效都有"),
            never("indicator.row-incomplete", "没有依据栏"),
            silent(39, "例行监测合格率 ≥98% 正常"),
        ],
        "13-mengcheng-jiben-gonggong-weisheng-2024.txt": [
            mark("text.extraction-damage", 34, "目标里“免 费”中间有提取留下的空格"),
            markAnywhere("indicator.level1-missing", "（公开页只读到两行）没有效益和满意度指标"),
            markAnywhere("indicator.output-dimension-missing", "只有数量指标，没有质量和时效"),
            quiet("indicator.unit-missing", 36, "“≧90%”是 ≥90%，有单位"),
            quiet("indicator.not-quantified", 36, "“≧90%”有数值"),
            quiet("indicator.value-unfilled", 36, "“≧90%”填了数值"),
            silent(37, "“7 岁以下”数字后的空格是正常排版"),
            never("budget.fiscal-sum", "2279.048 万元 = 2279.048 万元"),
            never("usage.arithmetic", "年度预算安排、财政投款都是 2279.048 万元；起止日期不是金额"),
            never("indicator.row-incomplete", "没有依据栏"),
        ],
        "14-chencang-nongcun-yinshui-2020.txt": [
            mark("indicator.unrelated", 36, "堤防、护岸是防洪模板的指标，本项目是农村饮水"),
            mark("indicator.unrelated", 37, "灌区节水改造不是农村饮水的内容"),
            mark("indicator.unrelated", 39, "中小河流治理不是农村饮水的内容"),
            only("indicator.unrelated", [36, 37, 39], "饮水覆盖人口、工程验收合格率是本项目的"),
            mark("indicator.value-unfilled", 38, "指标值只有单位“万人”，没有数"),
            mark("indicator.value-unfilled", 40, "指标值只有“≧ %”，没有数"),
            only("indicator.value-unfilled", [38, 40], "一格一条意见：与项目无关的模板行只说“删去或换成本项目的指标”"),
            never("indicator.not-quantified", "未填写的值由 value-unfilled 说明，不再说“没有数值”"),
            markAnywhere("indicator.level1-missing", "（公开页只读到产出块的一部分）没有效益和满意度指标"),
            markAnywhere("indicator.output-dimension-missing", "没有时效指标"),
            never("budget.fiscal-sum", "资金总额空着，财政拨款 500：没有矛盾"),
            atMostOnce("budget.missing", .info, "资金总额没写但能由财政拨款推出：至多一条提示"),
            never("usage.arithmetic", "下达 500万元 与财政拨款 500 一致"),
            never("indicator.row-incomplete", "值空着的行由 value-unfilled 说明；没有依据栏"),
        ],
    ]

    /// The bundled sample (`../shared/seed/000_7c39e2c922d028a6.txt`), read the same way. Its golden
    /// report holds every finding; these are the judgements the issue turns on.
    static let sample: [CorpusExpectation] = [
        mark("indicator.amount-vs-budget", 137, "数量指标写的资金 57.66 万元 与预算数 8 万元 不符"),
        quiet("indicator.input-as-output", 137, "一格一条意见：金额错误的意见里说明数量指标应写产出，不再另提一条"),
        mark("indicator.input-as-output", 104, "数量指标写的是资金 2万元（与预算数一致，只剩投入当产出的问题）"),
        mark("indicator.not-quantified", 106, "时效写“保障各项综合事务正常开展”，没有时限"),
        mark("indicator.level2-meaning", 158, "生态效益写疫情防控"),
        mark("usage.arithmetic", 149, "全年 1,686,300 元按季结算，每季应为 421,575 元，写的是 420,000 元"),
        mark("indicator.copied-text", 106, "监控维护项目的描述写“保洁”，抄自保洁项目"),
        mark("project.duplicate", 181, "四个疫情防控项目用途、目标、指标相同"),
        quiet("indicator.amount-vs-budget", 171, "13.33 万元 与 133,306 元 按写出的精度一致"),
        quiet("indicator.level2-meaning", 141, "公共机构节能是生态效益"),
        quiet("plan.year-end", 167, "只有三个节点的计划是常见格式"),
        quiet("indicator.not-quantified", 109, "满意度 ≥95% 有数值"),
        never("indicator.basis-absent", "样本有依据栏"),
        never("plan.absent", "样本有资金支出计划"),
        never("header.code-format", "每个项目都有 21 位编码"),
    ]
}
