import JixiaoModel

enum OutputDimensionMissing {
    static let rule = Rule(
        id: "indicator.output-dimension-missing",
        title: "产出指标缺少数量、质量或时效",
        help: """
        产出指标一般应从数量、质量、时效三方面设置（按设置要求成本指标时，还有成本）：做多少、做到什么标准、什么时候做完。\
        缺少其中一项，产出就没有完整地细化。请补充缺少的二级指标；工作性质确实不涉及的，可在审核意见中说明。
        """,
        category: .completeness, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            // No 产出 block at all is `indicator.level1-missing`: said there, not again here.
            let outputs = ctx.compactMapJudged { row, i in ctx.labels(row).level1Is(IndicatorFrame.output) ? (row: row, line: i.line) : nil }
            // Under an umbrella 一级 the rows have no 二级 to tell a dimension by;
            // `indicator.level2-frame` asks for the frame's layout first.
            guard !outputs.isEmpty, !outputs.contains(where: { ctx.labels($0.row).underUmbrella }) else { return [] }
            var required = [IndicatorFrame.Level2.quantity, IndicatorFrame.Level2.quality, IndicatorFrame.Level2.timeliness]
            if ctx.frame == .caiyu2015no88 && ctx.settings.requireCostIndicator { required.append(IndicatorFrame.Level2.cost) }
            // Each required 二级 (a frame's name) looked for among the rows' by its bytes:
            // a Set of the rows' 二级 hashed every row's Chinese text.
            let missing = required.filter { name in !outputs.contains { ctx.labels($0.row).level2Is(name) } }
            guard !missing.isEmpty else { return [] }
            // Rows printed with neither 一级 nor 二级 (merged cells a copy lost) may be the missing
            // dimensions: said, as `indicator.level1-missing` says it.
            let unclassified = ctx.judgedBoxes.filter { box in
                let k = ctx.labels(box.row)
                return k.level1.isEmpty && k.level2.isEmpty && !ctx.texts(box.row).name.isEmpty
            }.count
            let also = unclassified > 0 ? "（另有 \(unclassified) 个三级指标没有填写一级、二级指标，请一并归类）" : ""
            return [ctx.finding(Location(part: .indicator, level1: IndicatorFrame.output, line: outputs[0].line, row: outputs[0].row),
                                "产出指标中没有\(Say.list(missing))\(also)",
                                suggestion: "补充\(Say.list(missing))，把产出细化到做多少、做到什么程度、何时完成")]
        },
        failing: [
            RuleExample("没有时效指标", at: .row(project: 1, row: 1)) { $0[project: 1].removeRows(3) },
            RuleExample("没有数量和质量指标", at: .row(project: 2, row: 1)) { $0[project: 2].removeRows(1, 2) },
        ],
        passing: [
            RuleExample("不要求成本指标时，缺成本指标不算") { $0[project: 1].removeRows(4) },
        ])
}
