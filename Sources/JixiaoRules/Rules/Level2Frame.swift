import JixiaoModel

enum Level2Frame {
    static let rule = Rule(
        id: "indicator.level2-frame",
        title: "二级指标不在一级指标的框架内",
        help: """
        二级指标应是所属一级指标框架内的类别：按财预〔2015〕88号，产出指标下为数量、质量、时效、成本指标，效益指标下为经济、社会、生态效益\
        和可持续影响指标，满意度指标下为服务对象满意度指标（101 号框架把成本指标单列为一级，下设经济、社会、生态环境成本指标）。\
        名称的常见写法按标准名称理解：“(必填)”“(必填硬性指标)”、分值“(0-20)分”、“满意度指标”“社会效益目标”、旧称“环境效益”；\
        旧模板把“社会公众或服务对象满意度指标”放在效益指标下，也不算错。框架按每张表各自的一级判断，一份文本可以两种都有。\
        有的模板（如发改委中央预算内投资计划绩效目标表）在一级一栏写自己的总类（“实施效果指标”），把产出指标、效益指标写在二级一栏：\
        这些行按框架的一级读（其他规则照此判断），这里提示改成框架的写法。一级一栏空着（只有两级的模板，或合并单元格在提取中丢了）、\
        上面也没有可沿用的一级时，按二级所属的一级读（数量指标即产出指标），这里提示填上；一级一栏写的是二级（“社会效益”）、\
        二级一栏空着的，按那个二级读。一级、二级两栏都空着（有的表样只有指标名称、权重和指标值）时，三级指标没有分类，每张表说一次。\
        放错类别，汇总和考核时就会归错。请把指标移到正确的二级类别下，或改正类别名称。
        """,
        category: .completeness, severity: .warning, basis: .regulation("财预〔2015〕88号、财预〔2021〕101号"),
        check: .project { ctx in
            let allowed = ctx.frame.allowed
            // A block read another way (umbrella, blank 一级, 二级 in the 一级 column) is said once, on its first row:
            // every row of it is the same fault. Keyed by the reading as well: a table with an umbrella block and a
            // blank-一级 block of the same 一级 has two faults to hear of, not one after the other is fixed.
            var blocksSaid: Set<BlockSaid> = []
            return ctx.compactMapJudged { row, i in
                let k = ctx.labels(row)
                if k.placement == .fromLevel2 {
                    guard blocksSaid.insert(BlockSaid(reading: .blankLevel1, level1: k.level1)).inserted else { return nil }
                    // `(50分)`: a score whose label a copy lost is as blank (`IndicatorLabel.isOnlyAnnotation`).
                    let printed = TextNormalization.trimmed(i.level1)
                    // A two-level template whose column headed 一级指标 holds the 二级 (鄂州 2022): the
                    // table has no 一级 column to fill, it names one the frame's 二级 are under.
                    if printed.isEmpty, !ctx.project.layout.has(.level1),
                       let headed = ctx.project.layout.indicatorColumns.first(where: { $0.kind == .level2 && $0.term == nil && TextNormalization.contains($0.header, "一级") }) {
                        return ctx.finding(row: row, field: .level2,
                                           "表中“\(headed.header)”一栏写的是二级指标（如\(quoted: i.level2)），没有一级指标；按二级指标读作\(k.level1)",
                                           suggestion: "按一级、二级、三级指标填写，\(quoted: i.level2)写在一级指标“\(k.level1)”下")
                    }
                    let cell = printed.isEmpty ? "空着" : "只有\(quoted: printed)"
                    return ctx.finding(row: row, field: .level2,
                                       "一级指标一栏\(cell)，按二级指标\(quoted: i.level2)读作\(k.level1)",
                                       suggestion: "填上一级指标“\(k.level1)”")
                }
                if k.placement == .level2InLevel1Column {
                    guard blocksSaid.insert(BlockSaid(reading: .level2InLevel1Column, level1: k.level1, level2: k.level2)).inserted else { return nil }
                    return ctx.finding(row: row, field: .level2,
                                       "一级指标一栏写的是二级指标\(quoted: i.level1)，二级一栏空着；按\(k.level1)下的\(k.level2)读",
                                       suggestion: "一级写“\(k.level1)”，二级写“\(k.level2)”")
                }
                if k.underUmbrella {
                    guard blocksSaid.insert(BlockSaid(reading: .umbrella, level1: k.level1)).inserted else { return nil }
                    return ctx.finding(row: row, field: .level2,
                                       "一级指标\(quoted: i.level1)不在\(ctx.frame.rawValue)框架中，框架的一级指标\(quoted: i.level2)被写成了它下面的二级",
                                       suggestion: "把\(k.level1)写作一级指标，其下按框架分二级（\(Say.list(allowed[k.level1] ?? []))）")
                }
                // Neither column filled (a table with no 一级/二级 columns, 潼南 2023): the rows are not
                // classified at all, one fault for the table, said on its first such row.
                if k.level1.isEmpty && k.level2.isEmpty {
                    guard blocksSaid.insert(BlockSaid(reading: .unclassified, level1: "")).inserted else { return nil }
                    let count = ctx.judgedBoxes.filter { ctx.labels($0.row).level1.isEmpty && ctx.labels($0.row).level2.isEmpty }.count
                    return ctx.finding(row: row, field: .level2,
                                       "一级、二级指标两栏都空着（\(count) 个三级指标没有分类）",
                                       suggestion: "按\(ctx.frame.rawValue)框架给每个三级指标填上一级、二级指标（\(Say.list(allowed.keys.sorted(by: frameOrder)))）")
                }
                // `allowed[k.level1]` and `names.contains(k.level2)`, by the keys' bytes (`RowLabels`).
                guard let names = allowed.first(where: { k.level1Is($0.key) })?.value else {
                    return ctx.finding(row: row, field: .level2,
                                       "一级指标\(quoted: i.level1)不在\(ctx.frame.rawValue)框架中（应为 \(Say.list(allowed.keys.sorted(by: frameOrder)))）",
                                       suggestion: "改为框架中的一级指标")
                }
                guard !k.level2Is(oneOf: names) else { return nil }
                // Older templates (财政部 2013) put 社会公众或服务对象满意度指标 under 效益指标.
                if k.level1Is(IndicatorFrame.benefit) && k.level2Is(IndicatorFrame.Level2.serviceSatisfaction) { return nil }
                // A template's one 二级 for several of the frame's (`社会、经济、生态效益指标`).
                if namesSeveral(i.level2, allowed: names) { return nil }
                return ctx.finding(row: row, field: .level2,
                                   "二级指标\(quoted: i.level2)不属于\(k.level1)（\(ctx.frame.rawValue)框架下为 \(Say.list(names))）",
                                   suggestion: "改为\(k.level1)下的类别之一，或移到对应的一级指标下")
            }
        },
        failing: [
            RuleExample("效益指标下写“质量指标”", at: .cell(project: 1, row: 5, .level2)) { $0[project: 1][row: 5][.level2] = "质量指标" },
            RuleExample("表中没有一级、二级两栏（只说一次）", at: .cell(project: 1, row: 1, .level2)) { d in
                for r in 1...6 {
                    d[project: 1][row: r].level1 = ""
                    d[project: 1][row: r][.level2] = ""
                }
            },
            RuleExample("一级指标写“产出效益”", at: .cell(project: 1, row: 1, .level2)) { $0[project: 1][row: 1].level1 = "产出效益" },
            RuleExample("一级一栏写“社会效益”，二级一栏空着（每块说一次）", at: .cell(project: 2, row: 5, .level2)) { d in
                d[project: 2][row: 5].level1 = "社会效益"
                d[project: 2][row: 5][.level2] = ""
            },
            RuleExample("一个二级写几类，其中一类不属于效益指标", at: .cell(project: 2, row: 5, .level2)) {
                $0[project: 2][row: 5][.level2] = "社会效益、质量指标"
            },
            RuleExample("一级写“实施效果指标”，框架的一级写在二级一栏（每块说一次）", at: .cell(project: 1, row: 1, .level2)) { d in
                for r in 1...4 {
                    d[project: 1][row: r][.level2] = d[project: 1][row: r].level1
                    d[project: 1][row: r].level1 = "实施效果指标"
                }
            },
            RuleExample("一级指标一栏空着（每块说一次）", at: .cell(project: 1, row: 1, .level2)) { d in
                for r in 1...4 { d[project: 1][row: r].level1 = "" }
            },
        ],
        passing: [
            RuleExample("旧称“环境效益指标”按生态效益对待") { $0[project: 2][row: 5][.level2] = "环境效益指标" },
            RuleExample("一个二级写几类效益：“社会、经济、生态效益指标”") { $0[project: 2][row: 5][.level2] = "社会、经济、生态效益 指标" },
            RuleExample("提取留下的空格不影响判断") { $0[project: 1][row: 6][.level2] = "服务对象 满意度指标" },
            RuleExample("“满意度指标”“数量指标(必填)”“社会效益目标”是标准名称的写法") { d in
                d[project: 1][row: 6][.level2] = "满意度指标"
                d[project: 1][row: 1][.level2] = "数量指标(必填硬性指标)"
                d[project: 1][row: 5][.level2] = "社会效益目标"
            },
            RuleExample("101号框架：成本指标单列为一级，带分值") { d in
                d[project: 2][row: 4].level1 = "成本指标(0-20)分"
                d[project: 2][row: 4][.level2] = "经济成本指标"
            },
        ])

    /// A block already said: how it was read, and the 一级 (and 二级) it was read as.
    struct BlockSaid: Hashable {
        enum Reading { case blankLevel1, level2InLevel1Column, umbrella, unclassified }
        let reading: Reading
        let level1: String
        var level2 = ""
    }

    /// A 二级 that names several of `allowed` at once, sharing their ending:
    /// `社会、经济、生态效益指标` → 社会效益指标, 经济效益指标, 生态效益指标.
    static func namesSeveral(_ printed: String, allowed: [String]) -> Bool {
        let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(printed))
        let parts = bare.split(whereSeparator: { "、,，/和及与".contains($0) }).map(String.init)
        guard parts.count >= 2, let last = parts.last else { return false }
        for ending in ["效益指标", "成本指标", "指标"] where last.hasSuffix(ending) {
            let named = parts.map { IndicatorFrame.canonical($0.hasSuffix(ending) ? $0 : $0 + ending) }
            if named.allSatisfy({ allowed.contains($0) }) { return true }
        }
        return false
    }

    private static func frameOrder(_ a: String, _ b: String) -> Bool {
        let order = [IndicatorFrame.output, IndicatorFrame.cost, IndicatorFrame.benefit, IndicatorFrame.satisfaction]
        return (order.firstIndex(of: a) ?? 9) < (order.firstIndex(of: b) ?? 9)
    }
}
