import JixiaoModel

enum WeightsSum {
    static let rule = Rule(
        id: "indicator.weights-sum",
        title: "指标权重（分值）合计不是 100",
        help: """
        表中给出权重或分值时，各指标的权重合计应为 100（有的地方另给“预算执行率”计分，两者合计为 100）。\
        合计不是 100，年终自评和评价打分就对不上，多是漏填、多填或照抄模板。请核对每项指标的权重；\
        预算执行率另占分值的，请在表中写明。表中缺少整类一级指标时，先由“缺少产出、效益或满意度指标”指出，这里不再合计。
        """,
        category: .completeness, severity: .warning, basis: .systemConvention,
        check: .project { ctx in
            let p = ctx.project
            // A description without the bytes of 权重 or 分值 (its `RowTexts`' bytes) is not read.
            let weighted = ctx.compactMapJudged { row, i in
                i.indicator.statedWeight(descriptionMayHaveLabel: IndicatorWeights.mayHaveLabel(ctx.texts(row).description.bytes))
                    .map { (row, i, $0) }
            }
            guard weighted.count >= 2 else { return [] }
            // A table missing a whole 一级 block is reported as such; its weights say nothing more.
            let present = Set(ctx.compactMapJudged { row, _ in ctx.labels(row).isSatisfaction ? IndicatorFrame.satisfaction : ctx.labels(row).level1 })
            guard [IndicatorFrame.output, IndicatorFrame.benefit, IndicatorFrame.satisfaction].allSatisfy(present.contains) else { return [] }
            let word = weighted[0].2.word
            let sum = weighted.reduce(0.0) { $0 + $1.2.value }
            let execution = IndicatorWeights.executionRateWeight(p)
            let total = sum + ((execution ?? nil) ?? 0)
            guard abs(total - 100) > 0.001 else { return [] }
            var message = "各指标\(word)合计 \(figure(sum))"
            switch execution {
            case .some(.some(let e)): message += "，加上预算执行率 \(figure(e))，共 \(figure(total))，不是 100"
            case .some(.none): message += "，不是 100；表中预算执行率的\(word)空着"
            case .none: message += "，不是 100" + (sum < 100 ? "（若另有 \(figure(100 - sum)) 留给预算执行率，请在表中写明）" : "")
            }
            return [ctx.finding(Location(part: .indicator, line: p.lines.indicatorHeader), message,
                                suggestion: "核对各指标的\(word)，使合计为 100")]
        },
        failing: [
            RuleExample("六项指标权重合计 90", at: .project(1, .indicator)) { d in
                for (r, w) in [(1, 20), (2, 20), (3, 10), (4, 10), (5, 20), (6, 10)] { d[project: 1][row: r][.description] = "权重：\(w)" }
            },
        ],
        passing: [
            RuleExample("权重合计 100") { d in
                for (r, w) in [(1, 20), (2, 20), (3, 10), (4, 10), (5, 30), (6, 10)] { d[project: 1][row: r][.description] = "权重：\(w)" }
            },
            RuleExample("指标合计 90，预算执行率另占 10") { d in
                for (r, w) in [(1, 20), (2, 20), (3, 10), (4, 10), (5, 20), (6, 10)] { d[project: 1][row: r][.description] = "权重：\(w)" }
                d[project: 1].usage += "；预算执行率权重(%)：10"
            },
            RuleExample("没有权重") { $0[project: 1][row: 1][.description] = "全年举办集中培训" },
        ])

    private static func figure(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
