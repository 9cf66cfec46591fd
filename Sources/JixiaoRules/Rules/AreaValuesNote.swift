import JixiaoModel

/// `indicator.area-values`: a table printing a target-value column per area says which
/// value the rules judged for each row (`AreaValues`).
enum AreaValuesNote {
    static let rule = Rule(
        id: "indicator.area-values",
        title: "按区域分列目标值的表：审核用的指标值",
        help: """
        转移支付、专项资金的绩效目标表常按补助区域分列目标值（区域目标值：新罗区、永定区……；或每个乡镇、村一栏），\
        没有一个全表的指标值。Jixiao 保留每个区域的值（工作台详情、报告、导出中各占一栏），审核用的指标值是：表中印有\
        合计（全市、全区、全县）一栏的，用这一栏；没有的，各区域相同的取这个值，各区域的数量（个、项、人、万元等，不含比率和时间）\
        相加；各区域不同又不能相加的（比率、时间、文字），没有全表的值，这一行的指标值不审核，只在这里列出。\
        表中印有合计的，各区域之和与合计不符时也在这里说明。请核对合成的值是否就是本表要考核的目标；最好补印合计一栏。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            guard p.layout.hasAreaValues else { return [] }
            let areas = p.layout.areaNames
            let head = "第 \(p.number) 张表按区域分列目标值（\(areas.count) 个区域：\(Say.list(areas.prefix(8).map { $0 }))\(areas.count > 8 ? "等" : "")）"
            let location = Location(part: .indicator, line: p.lines.indicatorHeader)
            var parts: [String] = []
            if p.layout.composesValueFromAreas {
                var same: [String] = [], sums: [String] = [], none: [String] = [], clashes = false
                for i in p.indicators where !i.areaCells.isEmpty {
                    let cells = i.areaCells.map { AreaValues.withComparator($0.text, i.extra(.direction) ?? "") }
                    switch i.areaBasis {
                    case .same: same.append("\(quoted: i.name) \(i.value.raw)")
                    case .sum: sums.append("\(quoted: i.name) \(cells.joined(separator: "+")) = \(i.value.raw)")
                    case .none:
                        // Counts that would add but for their units (`1座` / `2个`): say the clash.
                        let clash = AreaValues.clashingUnits(i.areaCells.map(\.text), comparator: i.extra(.direction) ?? "", name: i.name)
                        clashes = clashes || clash != nil
                        none.append("\(quoted: i.name)（\(zip(i.areaCells, cells).map { "\($0.header)\($1)" }.joined(separator: "，"))"
                                    + (clash.map { "；计量单位不一：\($0.map { "“\($0)”" }.joined(separator: "、"))" } ?? "") + "）")
                    case .empty: break
                    }
                }
                parts.append("没有合计一栏；审核用的指标值由各区域合成")
                if !sums.isEmpty { parts.append("各区域相加：" + sums.joined(separator: "；")) }
                if !same.isEmpty { parts.append("各区域相同，取其值：" + same.joined(separator: "；")) }
                if !none.isEmpty { parts.append("各区域不同、不能相加，没有全表的值，指标值未审核：" + none.joined(separator: "；")) }
                return [ctx.finding(location, head + "，" + parts.joined(separator: "。"),
                                    suggestion: "核对合成的值是否就是本表要考核的目标；"
                                        + (clashes ? "计量单位不一的行，各区域用同一单位，才能合成全表的值；" : "") + "最好补印合计（全市、全区、全县）一栏")]
            }
            // A total column: the areas' sum should be it.
            var off: [String] = []
            for i in p.indicators where !i.areaCells.isEmpty && !i.value.raw.isEmpty {
                let combined = AreaValues.combine(i.areaCells.map(\.text), comparator: i.extra(.direction) ?? "", name: i.name)
                guard combined.basis == .sum, AreaValues.bare(combined.text) != AreaValues.bare(i.value.raw) else { continue }
                off.append("\(quoted: i.name) 各区域之和 \(combined.text)，合计 \(i.value.raw)")
            }
            guard !off.isEmpty else { return [] }
            return [ctx.finding(location, head + "，各区域之和与合计不符：" + off.joined(separator: "；"),
                                suggestion: "核对各区域的目标值与合计")]
        },
        failing: [
            RuleExample("按区域分列、没有合计的表", at: .project(1, .indicator)) { d in
                areaTable(&d[project: 1], total: false)
            },
            RuleExample("各区域之和与合计不符", at: .project(1, .indicator)) { d in
                areaTable(&d[project: 1], total: true)
                d[project: 1].indicators[0].value = TargetValue("≥5个")
            },
        ],
        passing: [
            RuleExample("只有一栏指标值的表") { _ in },
            RuleExample("合计等于各区域之和") { d in areaTable(&d[project: 1], total: true) },
        ])

    /// The first project's table with two area columns (甲县 2, 乙县 1 on the first row).
    static func areaTable(_ p: inout Project, total: Bool) {
        var columns = p.layout.indicatorColumns.filter { $0.kind != .value || total }
        if total, let k = columns.firstIndex(where: { $0.kind == .value }) { columns[k].header = "合计" }
        columns += [IndicatorColumn(header: "甲县", kind: .areaValue), IndicatorColumn(header: "乙县", kind: .areaValue)]
        p.layout.indicatorColumns = columns
        for k in p.indicators.indices {
            let v = p.indicators[k].value.raw
            p.indicators[k].extras += k == 0 ? [IndicatorCell(header: "甲县", kind: .areaValue, text: "≥2个"), IndicatorCell(header: "乙县", kind: .areaValue, text: "≥1个")]
                : [IndicatorCell(header: "甲县", kind: .areaValue, text: total ? "" : v), IndicatorCell(header: "乙县", kind: .areaValue, text: total ? "" : v)]
        }
        p.indicators[0].value = TargetValue("≥3个")
    }
}
