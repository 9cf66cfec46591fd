import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The scrolling body of a project screen: header, budget, 资金用途, the spending plan as
/// a bar chart, 绩效目标 and the indicator tree, each finding marked on its cell.
/// `parts` says what there is and how many lines each part takes (for the layout); `lines`
/// draws one part. Both read the same wrapped text, so a part's height is its line count.
struct ProjectBody {
    /// The label column: `资金用途` and a gap.
    static let labelWidth = 10
    /// The marker column: `E `.
    static let markerWidth = 2
    /// Narrowest text column, however narrow the screen.
    static let minimumTextWidth = 10
    /// A spending-plan line: the checkpoint (7 columns), a gap, the bar, a gap, the figure
    /// (9 columns); the bar takes what is left, between these.
    static let planLabelWidth = 7
    static let planFigureWidth = 9
    static let barWidths = 4...40
    /// A goal's text wraps to at least this width beside its number.
    static let minimumGoalWidth = 4

    let project: Project
    let textX = markerWidth + labelWidth
    let textWidth: Int
    /// Where each of the indicator table's six columns starts, and its width.
    let columns: [(x: Int, width: Int)]

    init(_ project: Project, width: Int) {
        self.project = project
        textWidth = max(Self.minimumTextWidth, width - textX - 1)
        var x = Self.markerWidth
        columns = Self.indicatorColumnWidths(project, width: width).map { w in
            defer { x += w + 1 }
            return (x, w)
        }
    }

    /// Every part of the project in screen order, with the findings shown on it and the
    /// lines it takes.
    func parts(findings: [Finding]) -> [(kind: ItemKind, findings: [Finding], height: Int)] {
        func about(_ kind: ItemKind) -> [Finding] { findings.filter { ItemKind.of($0) == kind } }
        let kinds: [ItemKind] = [.header, .budget, .usage, .plan, .goals, .table] + project.indicators.indices.map { .indicator($0 + 1) }
        return kinds.map { kind in
            let height = switch kind {
            case .usage: usageLines.count
            case .plan: planRows.count
            case .goals: goalLines.count
            default: 1
            }
            return (kind, about(kind), height)
        }
    }

    // MARK: - The text, wrapped for the width

    var usageLines: [String] { DisplayWidth.wrap(project.usage.isEmpty ? "（空）" : project.usage, to: textWidth) }

    enum PlanRow { case noCheckpoints, checkpoint(Checkpoint), inferredNote }

    /// One row per checkpoint, and a note when a checkpoint was not in the table's header.
    var planRows: [PlanRow] {
        let checkpoints = project.spendingPlan.checkpoints
        guard !checkpoints.isEmpty else { return [.noCheckpoints] }
        return checkpoints.map { .checkpoint($0) } + (checkpoints.contains { !$0.labelled } ? [.inferredNote] : [])
    }

    /// 绩效目标, each wrapped under its number: (indent, text) per line.
    var goalLines: [(indent: Int, text: String)] {
        guard !project.goals.isEmpty else { return [(0, "")] }
        return project.goals.flatMap { g -> [(indent: Int, text: String)] in
            let prefix = "\(g.number). "
            let w = DisplayWidth.of(prefix)
            return DisplayWidth.wrap(g.text, to: max(Self.minimumGoalWidth, textWidth - w)).enumerated().map { k, line in
                k == 0 ? (0, prefix + line) : (w, line)
            }
        }
    }

    // MARK: - Drawing

    /// The lines of one part, styled.
    func lines(of item: BodyItem, glyphs: Glyphs) -> [[Segment]] {
        let p = project
        let f = item.findings
        switch item.kind {
        case .header:
            return labelled(f, "项目编码", [[text("\(p.code.isEmpty ? "（无）" : p.code)    表头：\(p.heading)")]])
        case .budget:
            return labelled(f, "预算数", [[text("\(p.budget.total.grouped) 元    财政资金 \(p.budget.fiscal.grouped) 元    其他资金 \(p.budget.other.grouped) 元")]])
        case .usage:
            return labelled(f, "资金用途", usageLines.map { [text($0)] })
        case .plan:
            return labelled(f, "支出计划", planRows.map { planLine($0, glyphs: glyphs) })
        case .goals:
            let lines = p.goals.isEmpty ? [[text("（空）", style: .dim)]]
                : goalLines.map { [Segment(x: textX + $0.indent, width: textWidth - $0.indent, text: $0.text)] }
            return labelled(f, "绩效目标", lines)
        case .table:
            return [tableHeader(f)]
        case .indicator(let r):
            return [indicatorRow(r, f)]
        case .paragraph:
            return []
        }
    }

    private func text(_ s: String, style: Style = .normal) -> Segment { Segment(x: textX, width: textWidth, text: s, style: style) }

    /// The marker and the label in front of a part's first line.
    private func labelled(_ findings: [Finding], _ label: String, _ lines: [[Segment]]) -> [[Segment]] {
        var out = lines.isEmpty ? [[]] : lines
        let style = Marks.worst(findings).map(Marks.style) ?? .header
        out[0].insert(Segment(x: Self.markerWidth, width: Self.labelWidth, text: label, style: style), at: 0)
        out[0].insert(Self.marker(findings), at: 0)
        return out
    }

    private func planLine(_ row: PlanRow, glyphs: Glyphs) -> [Segment] {
        switch row {
        case .noCheckpoints:
            return [text("（表中没有时间节点）", style: .dim)]
        case .inferredNote:
            return [text("* 表头没有这个时间节点，按顺序推定", style: .dim)]
        case .checkpoint(let c):
            let barWidth = min(Self.barWidths.upperBound, max(Self.barWidths.lowerBound, textWidth - Self.planLabelWidth - Self.planFigureWidth - 2))
            let barX = textX + Self.planLabelWidth + 1
            let (filled, empty) = Bar.render(fraction: (c.percent?.doubleValue ?? 0) / 100, width: barWidth, glyphs: glyphs)
            return [
                Segment(x: textX, width: Self.planLabelWidth, text: c.label + (c.labelled ? "" : "*"), style: .normal, alignRight: true),
                Segment(x: barX, width: barWidth, text: filled, style: Style(.barFilled)),
                Segment(x: barX + DisplayWidth.of(filled), width: barWidth - DisplayWidth.of(filled), text: empty, style: Style(.barEmpty, dim: true)),
                Segment(x: barX + barWidth + 1, width: Self.planFigureWidth, text: c.figure.isEmpty ? "未填" : c.figure,
                        style: c.figure.isEmpty ? .dim : .normal, alignRight: true),
            ]
        }
    }

    // MARK: - The indicator tree

    static let columnTitles = IndicatorField.columnTitles
    static let shortColumnTitles = IndicatorField.shortColumnTitles
    /// The field each column shows, for marking the cell a finding names (一级 has none).
    static let columnFields: [IndicatorField?] = [nil] + IndicatorField.allCases

    private func tableHeader(_ findings: [Finding]) -> [Segment] {
        var header = [Self.marker(findings)]
        for (k, c) in columns.enumerated() {
            let title = DisplayWidth.of(Self.columnTitles[k]) <= c.width ? Self.columnTitles[k] : Self.shortColumnTitles[k]
            let style = k == 0 ? Marks.worst(findings).map(Marks.style) : nil
            header.append(Segment(x: c.x, width: c.width, text: title, style: style ?? Style(.header, bold: true, underline: true)))
        }
        return header
    }

    /// Row `r` (1-based); 一级 and 二级 are left blank where they repeat the row above.
    private func indicatorRow(_ r: Int, _ findings: [Finding]) -> [Segment] {
        let i = project.indicators[r - 1]
        let previous = r > 1 ? project.indicators[r - 2] : nil
        let sameLevel1 = previous?.level1 == i.level1
        let cells = [sameLevel1 ? "" : i.level1,
                     sameLevel1 && previous?.level2 == i.level2 ? "" : i.level2,
                     i[.name], i[.description], i[.value], i[.basis]]
        var line = [Self.marker(findings)]
        for (k, c) in columns.enumerated() {
            var style = Style.normal
            if let field = Self.columnFields[k], let worst = Marks.worst(findings.filter { $0.location.field == field }) {
                style = Marks.style(worst)
            }
            // A marked cell that would be blank (a repeated 二级) shows its text.
            let text = cells[k].isEmpty && style != .normal && k == 1 ? i.level2 : cells[k]
            line.append(Segment(x: c.x, width: c.width, text: text, style: style))
        }
        return line
    }

    /// `E ` in the marker column for the most serious finding, or blank.
    static func marker(_ findings: [Finding]) -> Segment {
        guard let worst = Marks.worst(findings) else { return Segment(x: 0, width: markerWidth, text: "") }
        return Segment(x: 0, width: 1, text: worst.marker, style: Marks.style(worst))
    }

    /// Widths of the six indicator columns for this project at this screen width.
    static func indicatorColumnWidths(_ project: Project, width: Int) -> [Int] {
        let rows = project.indicators
        let specs = [
            ColumnSpec.fitting(rows.map(\.level1), title: IndicatorField.level1Title, minimum: 4, maximum: 10),
            ColumnSpec.fitting(rows.map { $0[.level2] }, title: IndicatorField.level2.chinese, minimum: 4, maximum: 18),
            ColumnSpec.fitting(rows.map { $0[.name] }, title: IndicatorField.name.chinese, minimum: 6, maximum: 30),
            ColumnSpec.fitting(rows.map { $0[.description] }, title: IndicatorField.description.chinese, minimum: 4, maximum: 40),
            ColumnSpec.fitting(rows.map { $0[.value] }, title: IndicatorField.value.chinese, minimum: 6, maximum: 24),
            ColumnSpec.fitting(rows.map { $0[.basis] }, title: IndicatorField.basis.shortTitle, minimum: 4, maximum: 14),
        ]
        return ColumnSpec.widths(specs, fitting: width - markerWidth - 1, gap: 1)
    }
}
