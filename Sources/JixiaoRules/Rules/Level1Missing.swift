import JixiaoModel

enum Level1Missing {
    static let rule = Rule(
        id: "indicator.level1-missing",
        title: "缺少产出、效益或满意度指标",
        help: """
        绩效指标须包括产出指标、效益指标和满意度指标三类一级指标，每类至少一个三级指标（采用 101 号框架并要求成本指标时，\
        还须有成本指标）。一级的写法不论（“项目完成指标”即产出指标，“项目效益指标”即效益指标；一级一栏写“实施效果指标”这类总类、\
        二级一栏写产出指标、效益指标的，按二级一栏读）；旧模板放在效益指标下的\
        “社会公众或服务对象满意度指标”也算满意度指标；写明不适用的行不算。缺一类，就说不清这笔钱买到了什么、带来了什么、\
        服务对象是否认可。请补充缺少的一类指标。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            var required = [IndicatorFrame.output, IndicatorFrame.benefit, IndicatorFrame.satisfaction]
            if ctx.frame == .caiyu2021no101 && ctx.settings.requireCostIndicator { required.insert(IndicatorFrame.cost, at: 1) }
            // Rows that say they do not apply, or are empty, are not indicators of their 一级;
            // satisfaction counts wherever the template put it (older templates: under 效益指标).
            // Asked of the rows' labels for each required 一级 (frames' names, compared by
            // their bytes): a Set of the rows' 一级 hashed every row's Chinese text.
            // A row with a value and no name (宁乡 坝塘镇 2021's `数量指标 | | 88`) is one of its 一级's,
            // its name missing: `indicator.row-incomplete` says so, the 一级 is not missing.
            let named = ctx.judgedBoxes.map { ctx.labels($0.row) }
            func present(_ level1: String) -> Bool {
                named.contains { k in k.isSatisfaction ? SameBytes.equal(level1, IndicatorFrame.satisfaction) : k.level1Is(level1) }
            }
            // Rows with neither 一级 nor 二级 (a table without those columns) are indicators of no 一级.
            let unclassified = named.filter { $0.level1.isEmpty && $0.level2.isEmpty }.count
            let why = unclassified > 0 ? "有 \(unclassified) 个三级指标没有填写一级、二级指标" : "一个三级指标也没有"
            // A satisfaction row placed under another 一级 (宁晋县 2019: 资助对象满意度 under 质量指标) is
            // what 满意度指标 lacks: named, and moving it is the fix.
            let elsewhere = ctx.judgedBoxes.first { Misplaced.satisfactionElsewhere($0.row, ctx) }
            return required.filter { !present($0) }.map { level1 in
                let moved = SameBytes.equal(level1, IndicatorFrame.satisfaction) ? elsewhere : nil
                return ctx.finding(Location(part: .indicator, level1: level1, line: p.lines.indicatorHeader),
                                   "没有\(level1)（\(why)" + (moved.map { "；满意度\(quoted: $0.indicator.name)放在了\(ctx.labels($0.row).level1)下" } ?? "") + "）",
                                   suggestion: moved.map { "把\(quoted: $0.indicator.name)移到满意度指标—服务对象满意度指标下" } ?? hint(for: level1))
            }
        },
        failing: [
            RuleExample("没有满意度指标", at: .project(1, .indicator)) { $0[project: 1].indicators.removeAll { $0.level1 == IndicatorFrame.satisfaction } },
            RuleExample("没有效益指标", at: .project(2, .indicator)) { $0[project: 2].indicators.removeAll { $0.level1 == IndicatorFrame.benefit } },
            RuleExample("满意度放在了产出指标下，满意度指标一行也没有", at: .project(1, .indicator)) { d in
                d[project: 1].indicators.removeAll { $0.level1 == IndicatorFrame.satisfaction }
                d[project: 1][row: 2][.name] = "资助对象满意度"
            },
        ],
        passing: [
            RuleExample("三类都有，一级写法带空格") { $0[project: 1][row: 6].level1 = "满意度 指标" },
            // 宁乡 坝塘镇 2021 (https://renrendoc.com/paper/307484460.html): every row a value without a name.
            RuleExample("满意度指标一行写了指标值、没写名称（缺名称另作说明）") { d in
                for (row, i) in d[project: 1].indicatorRows where i.level1 == IndicatorFrame.satisfaction { d[project: 1][row: row][.name] = "" }
            },
            RuleExample("一级写“项目完成指标”“项目效益指标”") { d in
                for r in 1...4 { d[project: 1][row: r].level1 = "项目完成 指标" }
                d[project: 1][row: 5].level1 = "项目效益指标"
            },
            RuleExample("一级一栏写“实施效果指标”，产出、效益、满意度写在二级一栏") { d in
                for r in 1...6 {
                    d[project: 1][row: r][.level2] = d[project: 1][row: r].level1
                    d[project: 1][row: r].level1 = "实施效果指标"
                }
            },
            RuleExample("旧模板把满意度放在效益指标下") { d in
                d[project: 1][row: 6].level1 = IndicatorFrame.benefit
                d[project: 1][row: 6][.level2] = "社会公众或服务对象满意度指标"
            },
        ])

    private static func hint(for level1: String) -> String {
        switch level1 {
        case IndicatorFrame.output: "补充产出指标：数量、质量、时效等"
        case IndicatorFrame.benefit: "补充效益指标：项目带来的社会、经济、生态或可持续影响"
        case IndicatorFrame.satisfaction: "补充满意度指标：服务对象满意度，如“≥90%”，以问卷调查为依据"
        default: "补充成本指标：经济成本、社会成本或生态环境成本"
        }
    }
}
