import JixiaoModel

enum Level2Meaning {
    static let rule = Rule(
        id: "indicator.level2-meaning",
        title: "指标内容与所属二级指标不符",
        help: """
        指标放在哪个二级类别下，内容就应有那个类别的含义：生态效益要说对环境的影响（节能、排放、空气、水、绿化），\
        办公运转、疫情防控属于社会效益；经济效益要说收入、节约等经济结果；时效指标要说时间；数量指标说做了多少，\
        保障率、合格率、成活率一类是质量指标，质量指标写次数、个数而不说标准的（“实验室仪器维修维护 ≥4次”）是数量指标；\
        满意度指标要说满意程度；101号的社会成本、生态环境成本说项目可能带来的不利影响，只写“提升”“促进”的是效益。类别与内容不符，汇总和考核时会归错。\
        请把指标移到相符的类别，或按类别重写内容。（所用词表见规则说明。）
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let (message, suggestion) = mismatch(i, ctx.labels(row), ctx.texts(row), year: ctx.document.department.year) else { return nil }
                return ctx.finding(row: row, field: .level2, message, suggestion: suggestion)
            }
        },
        failing: [
            RuleExample("生态效益写“保障日常办公需要”", at: .cell(project: 2, row: 5, .level2)) {
                $0[project: 2][row: 5][.name] = "保障日常办公需要"
                $0[project: 2][row: 5][.description] = "保障日常办公需要"
                $0[project: 2][row: 5][.value] = "维持单位正常运转"
            },
            RuleExample("数量指标写“运转保障率”", at: .cell(project: 1, row: 1, .level2)) { $0[project: 1][row: 1][.name] = "运转保障率" },
            RuleExample("数量指标写“种植作物成活率”", at: .cell(project: 1, row: 1, .level2)) {
                $0[project: 1][row: 1][.name] = "种植作物成活率"
                $0[project: 1][row: 1][.value] = "≥85%"
            },
            RuleExample("质量指标写维修次数", at: .cell(project: 2, row: 2, .level2)) {
                $0[project: 2][row: 2][.name] = "绿化设备维修维护"
                $0[project: 2][row: 2][.description] = "全年维修维护绿化设备"
                $0[project: 2][row: 2][.value] = "≥4次"
            },
            RuleExample("质量指标写“获得标准化工作补助的单位数量(家) 17”（单位在名称里）", at: .cell(project: 2, row: 2, .level2)) {
                $0[project: 2][row: 2][.name] = "获得标准化工作补助的单位数量(家)"
                $0[project: 2][row: 2][.description] = ""
                $0[project: 2][row: 2][.value] = "17"
            },
            RuleExample("时效指标没有时间", at: .cell(project: 1, row: 3, .level2)) {
                $0[project: 1][row: 3][.name] = "培训质量"
                $0[project: 1][row: 3][.description] = "培训质量达标"
                $0[project: 1][row: 3][.value] = "100%"
            },
            RuleExample("101号的生态环境成本写“提升绿化水平”", at: .cell(project: 2, row: 4, .level2)) { d in
                d[project: 2][row: 4].level1 = "成本指标"
                d[project: 2][row: 4][.level2] = "生态环境成本指标"
                d[project: 2][row: 4][.name] = "提升博物馆绿化水平"
                d[project: 2][row: 4][.description] = ""
                d[project: 2][row: 4][.value] = "提升"
            },
        ],
        passing: [
            RuleExample("101号的社会成本写不利影响“无”") { d in
                d[project: 2][row: 4].level1 = "成本指标"
                d[project: 2][row: 4][.level2] = "社会成本指标"
                d[project: 2][row: 4][.name] = "对周边居民生活的不利影响"
                d[project: 2][row: 4][.description] = ""
                d[project: 2][row: 4][.value] = "无"
            },
            RuleExample("生态效益写节能") {
                $0[project: 2][row: 5][.name] = "公共机构节能工作需要"
                $0[project: 2][row: 5][.description] = "公共机构节能工作需要"
            },
            RuleExample("数量指标写完成率") { $0[project: 1][row: 1][.name] = "培训计划完成率" },
            RuleExample("时效指标写“按计划完成率”") { $0[project: 1][row: 3][.name] = "项目按计划完成率"; $0[project: 1][row: 3][.value] = "100%"; $0[project: 1][row: 3][.description] = "" },
            RuleExample("质量指标写验收合格的台数") { $0[project: 2][row: 2][.name] = "验收合格设备"; $0[project: 2][row: 2][.value] = "≥20台" },
        ])

    /// By the row's kept texts and labels; the 二级 compared by its bytes (`RowLabels`),
    /// as `switch` on Strings compared Chinese text with each name in turn.
    private static func mismatch(_ i: RowBox, _ k: RowLabels, _ t: RowTexts, year: Int) -> (String, String)? {
        typealias L = IndicatorFrame.Level2
        // A row with no name and only a number for its value (an unfilled template row,
        // `数量指标 … 88`) names nothing whose meaning could be judged: the missing name is
        // `indicator.row-incomplete`'s.
        if t.name.isEmpty, t.value.isEmpty || i.value.quantity != nil { return nil }
        if k.level2Is(L.ecologicalBenefit) {
            guard !t.text.mentions(environmental) else { return nil }
            return ("生态效益指标\(quoted: i.name)说的不是对环境的影响",
                    "生态效益写节能、减排、空气、水、绿化等；办公运转、疫情防控等放在社会效益指标下")
        }
        if k.level2Is(L.economicBenefit) {
            guard !t.text.mentions(economic) else { return nil }
            return ("经济效益指标\(quoted: i.name)说的不是经济结果",
                    "经济效益写增收、节约、产值等；其他效果放在社会效益指标下")
        }
        if k.level2Is(L.timeliness) {
            guard !t.text.mentions(time) && !(i.value.isQuantitative && i.value.quantity?.unitKind == .time) else { return nil }
            return ("时效指标\(quoted: i.name)没有说时间",
                    // The document's year, as indicator.not-quantified's advice has it.
                    "时效指标写完成时限或及时率，如“\(year)年12月底前”")
        }
        if k.level2Is(L.quantity) {
            guard let rate = t.name.firstMention(qualityRates) else { return nil }
            return ("数量指标\(quoted: i.name)是\(rate)，属于质量指标",
                    "数量指标写做了多少（次数、台数、人数、面积）；把\(rate)移到质量指标下")
        }
        if k.level2Is(L.quality) {
            guard let q = i.value.quantity else { return nil }
            // A bare number whose unit the name prints (101号's `名称(单位)`: `单位数量(家) 17`).
            let printed = q.unit.isEmpty ? NameUnit.printed(i.name) : nil
            guard (printed.map(UnitKind.of) ?? q.unitKind) == .count, !sayQuality(t.nameDescription) else { return nil }
            return ("质量指标\(quoted: i.name)写的是\(quoted: i.value.raw)\(printed.map { "（单位“\($0)”在名称里）" } ?? "")，说的是做了多少，属于数量指标",
                    "把这一行移到数量指标下；质量指标写达到的标准，如合格率“≥95%”")
        }
        if k.level2Is(L.socialCost) || k.level2Is(L.environmentalCost) {
            // 101号's 社会成本 and 生态环境成本 are the harm a project may do, kept within bounds;
            // a row that only says what it improves is a benefit written in the wrong place.
            let text = t.text
            guard text.mentions(improvement), !text.mentions(harm) else { return nil }
            let what = k.level2Is(L.socialCost) ? "社会" : "生态环境"
            return ("\(k.level2)\(quoted: i.name)写的是效益，不是项目可能给\(what)带来的不利影响",
                    "\(what)成本写可能造成的不利影响及其控制目标，如“对周边\(what == "社会" ? "居民生活" : "环境")的不利影响 无”；带来的好处放在效益指标下")
        }
        if k.level2Is(L.serviceSatisfaction) {
            guard !t.text.mentions(satisfaction) else { return nil }
            return ("满意度指标\(quoted: i.name)说的不是满意程度",
                    "写服务对象满意度，如“≥90%”，以问卷调查为依据")
        }
        return nil
    }

    /// Whether a 质量 row's text speaks of a standard reached. `标准化` (standardisation, a
    /// project's subject: `标准化工作项目`) is not `标准`.
    private static func sayQuality(_ text: BareText) -> Bool {
        guard text.mentions(qualityWords) else { return false }
        guard text.mentions(standardisation) else { return true }
        return BareText(text.text.split(separator: "标准化", omittingEmptySubsequences: false).joined(separator: "、")).mentions(qualityWords)
    }

    private static let standardisation = WordList(["标准化"])
    private static let environmental = WordList(Vocabulary.environmental)
    private static let economic = WordList(Vocabulary.economic)
    private static let time = WordList(Vocabulary.time)
    private static let qualityRates = WordList(Vocabulary.qualityRates)
    private static let qualityWords = WordList(Vocabulary.qualityWords)
    private static let satisfaction = WordList(["满意"])
    private static let improvement = WordList(["提升", "提高", "促进", "改善", "增强", "增加", "带动", "传承", "长远", "显著"])
    private static let harm = WordList(["不利", "负面", "损失", "污染", "占用", "破坏", "噪", "扰民", "代价", "风险", "无", "不良",
                                        "干扰", "影响较小", "降低影响", "减少影响", "成本"])
}
