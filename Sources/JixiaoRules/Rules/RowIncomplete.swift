import JixiaoModel

enum RowIncomplete {
    static let rule = Rule(
        id: "indicator.row-incomplete",
        title: "三级指标缺少名称、指标值或依据",
        help: """
        每一行三级指标都要有指标名称、指标值和指标值确定依据。缺名称不知道考核什么，缺指标值无法考核，\
        缺依据说不清目标值从何而来。请补全空着的单元格。写明“本项目不适用此指标”“无”的行，和 101 号表中空着的可选行\
        （社会成本指标、生态环境成本指标），是不适用，不算缺项；整张表都没有依据的，由“表中没有指标值确定依据”说明一次。\
        ★核心指标没有值、值写在下面列出的分项里的，由“★核心指标没有填值，值只写在分项里”说明。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            // A table that gives no basis at all is said once (`indicator.basis-absent`).
            let basisExpected = !ctx.givesNoBases
            return ctx.compactMapJudged { row, i in
                var missing: [(field: IndicatorField, what: String)] = []
                let t = ctx.texts(row)
                if t.name.isEmpty { missing.append((.name, "三级指标名称")) }
                // A row whose areas print values that make no one value for the table: said by
                // `indicator.area-values`, not missing.
                // A ★ core row whose values (and bases) are in the rows listed under it: `indicator.core-in-parts`.
                let inParts = CoreInParts.valueIsInParts(row, ctx)
                if case .empty = i.value.kind, !i.indicator.areaCells.contains(where: { !TextNormalization.trimmed($0.text).isEmpty }), !inParts {
                    missing.append((.value, IndicatorField.value.chinese))
                }
                if basisExpected, t.basisIsBlank, !inParts { missing.append((.basis, IndicatorField.basis.chinese)) }
                guard let field = missing.first?.field else { return nil }
                let what = t.name.isEmpty ? "\(ctx.labels(row).dimension)下第 \(row) 行" : ctx.labels(row).label(i)
                return ctx.finding(row: row, field: field, "\(what)缺少\(Say.list(missing.map(\.what)))",
                                   suggestion: "补全这一行的\(Say.list(missing.map(\.what)))")
            }
        },
        failing: [
            RuleExample("指标值为空", at: .cell(project: 1, row: 1, .value)) { $0[project: 1][row: 1][.value] = "" },
            RuleExample("依据为空", at: .cell(project: 2, row: 3, .basis)) { $0[project: 2][row: 3][.basis] = "" },
            RuleExample("三级指标名称为空", at: .cell(project: 1, row: 2, .name)) { $0[project: 1][row: 2][.name] = " " },
        ],
        passing: [
            RuleExample("★核心指标的值写在下面的分项里（另作说明）") {
                $0[project: 1][row: 1][.name] = "★培训教师人数"
                $0[project: 1][row: 1][.value] = ""
                $0[project: 1].indicators.insert(Indicator(level1: IndicatorFrame.output, level2: IndicatorFrame.Level2.quantity,
                                                           name: "骨干教师人数", description: "", value: TargetValue("200人"), basis: "计划标准", line: 0), at: 1)
            },
            RuleExample("描述为空不算缺项") { $0[project: 1][row: 1][.description] = "" },
            RuleExample("写明“本项目不适用此指标”的行不算缺项") {
                $0[project: 2][row: 5][.name] = "本项目不适用此指标"
                $0[project: 2][row: 5][.value] = ""
                $0[project: 2][row: 5][.basis] = ""
            },
            RuleExample("101号的可选行空着不算缺项") {
                $0[project: 1].indicators.append(Indicator(level1: IndicatorFrame.cost, level2: IndicatorFrame.Level2.socialCost,
                                                           name: "", description: "", value: TargetValue(""), basis: "", line: 40))
            },
            RuleExample("整张表没有依据栏时不逐行报（另作一次说明）") { d in
                for r in 1...6 { d[project: 1][row: r][.basis] = "" }
            },
        ])
}
