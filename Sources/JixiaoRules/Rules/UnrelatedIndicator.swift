import JixiaoModel

enum UnrelatedIndicator {
    static let rule = Rule(
        id: "indicator.unrelated",
        title: "指标与本项目无关（模板指标没有删）",
        help: """
        上级下发的指标模板往往按一类项目列出许多指标（如基础设施类：道路硬化、供水设施、堤防护岸、灌区改造），\
        由各地选择适合的填报。指标说的是另一类工程（农村饮水项目写“新建堤防、护岸长度”，高标准农田项目写“供水设施数量”），\
        而本项目的名称、资金用途、绩效目标都没有这方面的内容，多半是模板中的指标没有删。这样的指标考核不到本项目的钱。\
        请删去，或换成本项目的产出和效果。（所用的工程类别见规则说明中的词表。）
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            let domains = ctx.subjectDomains
            guard !domains.isEmpty else { return [] }
            let own = ctx.subjectMentions.map(\.domain)
            return ctx.compactMapJudged { row, i in
                guard let (word, domain) = SubjectDomains.unrelated(ctx.texts(row).nameDescription, projectDomains: domains) else { return nil }
                return ctx.finding(row: row, field: .name,
                                   "\(label: ctx.labels(row), i)说的是“\(word)”（\(domain)），本项目的名称、资金用途和绩效目标说的是\(Say.list(own))，没有这方面的内容",
                                   suggestion: "多半是模板中的指标没有删：删去这一行，或换成本项目的产出和效果")
            }
        },
        failing: [
            RuleExample("饮水项目写堤防长度", at: .cell(project: 2, row: 1, .name)) { d in
                d[project: 2].name = "农村饮水安全巩固提升工程"
                d[project: 2].usage = "解决 12 个村的饮水问题，需资金 15 万元。"
                d[project: 2][row: 1][.name] = "新建堤防、护岸长度"
                d[project: 2][row: 1][.value] = "≥2公里"
            },
        ],
        passing: [
            RuleExample("没有工程类别的项目不作判断") { $0[project: 1][row: 1][.name] = "校园道路硬化面积" },
            RuleExample("高标准农田写灌溉面积") { d in
                d[project: 2].name = "高标准农田建设项目"
                d[project: 2][row: 1][.name] = "新增和改善灌溉达标面积"
                d[project: 2][row: 1][.value] = "≥500亩"
            },
        ])
}
