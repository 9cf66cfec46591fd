import JixiaoFormat
import JixiaoModel
import JixiaoRules

/// The scrolling body of a project screen: header, budget, 资金用途, the spending plan as
/// a bar chart, 绩效目标 and the indicator tree, each finding marked on its cell.
public enum ProjectBody {
    /// The label column: `资金用途` and a gap.
    static let labelWidth = 10
    /// The marker column: `E `.
    static let markerWidth = 2

    public static func items(_ state: AppState, project index: Int) -> [BodyItem] {
        let p = state.document.projects[index]
        let width = state.width
        let findings = state.findings(ofProject: index)
        func about(_ kind: ItemKind) -> [Finding] { findings.filter { ItemKind.of($0) == kind } }
        let textX = markerWidth + labelWidth
        let textWidth = max(10, width - textX - 1)
        var items: [BodyItem] = []

        func labelled(_ kind: ItemKind, _ label: String, _ lines: [[Segment]]) {
            let f = about(kind)
            var out = lines
            if out.isEmpty { out = [[]] }
            out[0].insert(Segment(x: markerWidth, width: labelWidth, text: label, style: f.isEmpty ? .header : Marks.style(Marks.worst(f)!)), at: 0)
            out[0].insert(marker(f), at: 0)
            items.append(BodyItem(kind: kind, findings: f, lines: out))
        }

        // 项目编码 and the heading as printed.
        labelled(.header, "项目编码", [[Segment(x: textX, width: textWidth, text: "\(p.code.isEmpty ? "（无）" : p.code)    表头：\(p.heading)")]])

        // 预算数 = 财政资金 + 其他资金.
        labelled(.budget, "预算数", [[Segment(x: textX, width: textWidth,
            text: "\(p.budget.total.grouped) 元    财政资金 \(p.budget.fiscal.grouped) 元    其他资金 \(p.budget.other.grouped) 元")]])

        // 资金用途, wrapped.
        let usage = DisplayWidth.wrap(p.usage.isEmpty ? "（空）" : p.usage, to: textWidth)
        labelled(.usage, "资金用途", usage.map { [Segment(x: textX, width: textWidth, text: $0)] })

        // The spending plan as bars, one per checkpoint.
        var plan: [[Segment]] = []
        if p.spendingPlan.checkpoints.isEmpty {
            plan = [[Segment(x: textX, width: textWidth, text: "（表中没有时间节点）", style: .dim)]]
        }
        let barWidth = max(4, min(40, textWidth - 18))
        for c in p.spendingPlan.checkpoints {
            let label = c.label + (c.labelled ? "" : "*")
            var line = [Segment(x: textX, width: 7, text: label, style: .normal, alignRight: true)]
            let figure = c.percent?.doubleValue
            let (filled, empty) = Bar.render(fraction: (figure ?? 0) / 100, width: barWidth, glyphs: state.glyphs)
            line.append(Segment(x: textX + 8, width: barWidth, text: filled, style: Style(.barFilled)))
            line.append(Segment(x: textX + 8 + DisplayWidth.of(filled), width: barWidth - DisplayWidth.of(filled), text: empty,
                                style: Style(.barEmpty, dim: true)))
            line.append(Segment(x: textX + 9 + barWidth, width: 9, text: c.figure.isEmpty ? "未填" : c.figure,
                                style: c.figure.isEmpty ? .dim : .normal, alignRight: true))
            plan.append(line)
        }
        if p.spendingPlan.checkpoints.contains(where: { !$0.labelled }) {
            plan.append([Segment(x: textX, width: textWidth, text: "* 表头没有这个时间节点，按顺序推定", style: .dim)])
        }
        labelled(.plan, "支出计划", plan)

        // 绩效目标, one per line, wrapped under its number.
        var goals: [[Segment]] = []
        for g in p.goals {
            let prefix = "\(g.number). "
            let w = DisplayWidth.of(prefix)
            for (k, line) in DisplayWidth.wrap(g.text, to: max(4, textWidth - w)).enumerated() {
                goals.append([Segment(x: textX + (k == 0 ? 0 : w), width: textWidth - (k == 0 ? 0 : w),
                                      text: (k == 0 ? prefix : "") + line)])
            }
        }
        if goals.isEmpty { goals = [[Segment(x: textX, width: textWidth, text: "（空）", style: .dim)]] }
        labelled(.goals, "绩效目标", goals)

        // The indicator tree.
        let widths = indicatorColumns(p, width: width)
        var xs: [Int] = []
        var x = markerWidth
        for w in widths { xs.append(x); x += w + 1 }
        let full = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
        let short = ["一级", "二级", "三级", "描述", "指标值", "依据"]
        let titles = full.indices.map { DisplayWidth.of(full[$0]) <= widths[$0] ? full[$0] : short[$0] }
        let tableFindings = about(.table)
        var header = [marker(tableFindings)]
        for (k, t) in titles.enumerated() {
            header.append(Segment(x: xs[k], width: widths[k], text: t,
                                  style: k == 0 && !tableFindings.isEmpty ? Marks.style(Marks.worst(tableFindings)!) : Style(.header, bold: true, underline: true)))
        }
        items.append(BodyItem(kind: .table, findings: tableFindings, lines: [header]))
        var previous: Indicator?
        for (r, i) in p.indicators.enumerated() {
            let f = about(.indicator(r + 1))
            let sameLevel1 = previous?.level1 == i.level1
            let cells = [sameLevel1 ? "" : i.level1,
                         sameLevel1 && previous?.level2 == i.level2 ? "" : i.level2,
                         i.name, i.description, i.value.raw, i.basis]
            let fields: [IndicatorField?] = [nil, .level2, .name, .description, .value, .basis]
            var line = [marker(f)]
            for k in 0..<6 {
                var style = Style.normal
                if let field = fields[k], let worst = Marks.worst(f.filter { $0.location.field == field.rawValue }) {
                    style = Marks.style(worst)
                }
                // A marked cell that would be blank (a repeated 二级) shows its text.
                let text = cells[k].isEmpty && style != .normal && k == 1 ? i.level2 : cells[k]
                line.append(Segment(x: xs[k], width: widths[k], text: text, style: style))
            }
            items.append(BodyItem(kind: .indicator(r + 1), findings: f, lines: [line]))
            previous = i
        }
        return items
    }

    /// `E ` in the marker column for the most serious finding, or blank.
    static func marker(_ findings: [Finding]) -> Segment {
        guard let worst = Marks.worst(findings) else { return Segment(x: 0, width: markerWidth, text: "") }
        return Segment(x: 0, width: 1, text: worst.marker, style: Marks.style(worst))
    }

    /// Widths of the six indicator columns for this project at this screen width.
    static func indicatorColumns(_ p: Project, width: Int) -> [Int] {
        let rows = p.indicators
        let specs = [
            ColumnSpec.fitting(rows.map(\.level1), title: "一级指标", minimum: 4, maximum: 10),
            ColumnSpec.fitting(rows.map(\.level2), title: "二级指标", minimum: 4, maximum: 18),
            ColumnSpec.fitting(rows.map(\.name), title: "三级指标", minimum: 6, maximum: 30),
            ColumnSpec.fitting(rows.map(\.description), title: "绩效指标描述", minimum: 4, maximum: 40),
            ColumnSpec.fitting(rows.map(\.value.raw), title: "指标值", minimum: 6, maximum: 24),
            ColumnSpec.fitting(rows.map(\.basis), title: "依据", minimum: 4, maximum: 14),
        ]
        return Columns.distribute(specs, total: width - markerWidth - 1, gap: 1)
    }
}
