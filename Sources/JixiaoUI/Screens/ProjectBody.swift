import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The scrolling body of a project screen: header, the review record (opinions, waivers
/// gone stale), budget, 资金用途, the spending plan as a bar chart, 绩效目标, the indicator
/// tree and the notes under the table, each finding marked on its cell, each opinion on a
/// row under it, each part the reviewer changed marked as changed. The selected part also
/// shows, under it, what its line could not: every cell a column cut, the table's other
/// columns (权重, 指标方向性, 中期值 …), how each amount came to be, the facts of the header
/// (`detailLines`). `parts` says what there is and how many lines each part takes (for the
/// layout); `lines` draws one part. Both read the same wrapped text, so a part's height is
/// its line count.
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

    /// Detail lines start this far in, under the row's text.
    static let detailX = markerWidth + 2

    let project: Project
    let width: Int
    let record: ProjectRecord
    let textX = markerWidth + labelWidth
    let textWidth: Int
    /// Where each of the indicator table's six columns starts, and its width.
    let columns: [(x: Int, width: Int)]

    init(_ project: Project, width: Int, record: ProjectRecord = ProjectRecord()) {
        self.project = project
        self.width = width
        self.record = record
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
        let kinds: [ItemKind] = [.header] + (recordLines.isEmpty ? [] : [.record]) + [.budget, .usage, .plan, .goals, .table]
            + project.indicators.indices.map { .indicator($0 + 1) }
            + (project.notes.isEmpty ? [] : [.notes])
        return kinds.map { kind in
            let height = switch kind {
            case .record: recordLines.count
            case .usage: usageLines.count
            case .plan: planRows.count
            case .goals: goalLines.count
            case .notes: noteLines.count
            case .indicator(let r): 1 + (record.rowOpinions[r]?.count ?? 0)
            default: 1
            }
            return (kind, about(kind), height)
        }
    }

    // MARK: - The text, wrapped for the width

    var usageLines: [String] { DisplayWidth.wrap(project.usage.isEmpty ? "（空）" : project.usage, to: textWidth) }

    /// The notes printed under the table (注, approval lines), wrapped.
    var noteLines: [String] { project.notes.flatMap { DisplayWidth.wrap($0.text, to: textWidth) } }
    /// The project's own opinions, newest last, each `退回意见 王审核 11-25 20:05：…` wrapped;
    /// then each waiver whose finding has gone.
    var recordLines: [(text: String, style: Style)] {
        var out: [(String, Style)] = []
        for o in record.opinions {
            out += DisplayWidth.wrap("\(o.label) \(o.reviewer) \(record.time(o.time))：\(o.text)", to: textWidth).map { ($0, .normal) }
        }
        for w in record.stale {
            out += DisplayWidth.wrap("豁免已失效（问题已不存在）：\(w.place) [\(w.rule)] \(w.reason)；按 w 取消", to: textWidth)
                .map { ($0, Style.dim) }
        }
        return out
    }

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

    /// The lines of one part, styled; with `expanded`, its detail lines after them.
    func lines(of item: BodyItem, glyphs: Glyphs, expanded: Bool = false) -> [[Segment]] {
        let base = baseLines(of: item, glyphs: glyphs)
        return expanded ? base + detailLines(item.kind, findings: item.findings) : base
    }

    private func baseLines(of item: BodyItem, glyphs: Glyphs) -> [[Segment]] {
        let p = project
        let f = item.findings
        switch item.kind {
        case .header:
            return labelled(f, "项目编码", [[text("\(p.code.isEmpty ? "（表中未填）" : p.code)    表头：\(p.heading)")]], item.kind)
        case .record:
            return labelled(f, "审核意见", recordLines.map { [text($0.text, style: $0.style)] }, item.kind)
        case .budget:
            let parts = [(Budget.Part.total, ""), (.fiscal, "财政资金 "), (.other, "其他资金 ")].map { $0.1 + amount($0.0) }
            return labelled(f, "预算数", [[text(parts.joined(separator: "    "))]], item.kind)
        case .usage:
            return labelled(f, "资金用途", usageLines.map { [text($0)] }, item.kind)
        case .plan:
            return labelled(f, "支出计划", planRows.map { planLine($0, glyphs: glyphs) }, item.kind)
        case .goals:
            let lines = p.goals.isEmpty ? [[text("（空）", style: .dim)]]
                : goalLines.map { [Segment(x: textX + $0.indent, width: textWidth - $0.indent, text: $0.text)] }
            return labelled(f, "绩效目标", lines, item.kind)
        case .table:
            return [tableHeader(f)]
        case .indicator(let r):
            var row = indicatorRow(r, f)
            if record.edited.contains(where: { ItemKind.of(field: $0) == .indicator(r) }) { row.append(editedMark(glyphs)) }
            // The row's own opinions under it, one line each.
            let opinions = (record.rowOpinions[r] ?? []).map { o in
                [Segment(x: columns.first?.x ?? textX, width: textWidth + textX - (columns.first?.x ?? textX),
                         text: "\(glyphs.opinion) \(o.label) \(o.reviewer) \(record.time(o.time))：\(o.text)", style: .dim)]
            }
            return [row] + opinions
        case .notes:
            return labelled(f, "表下注记", noteLines.map { [text($0)] }, item.kind)
        case .paragraph:
            return []
        }
    }

    /// An amount as the budget line shows it: `80,000.00 元`, `80,000.00 元（推算）`, `未填`.
    private func amount(_ part: Budget.Part) -> String {
        switch project.budget.figure(part).source {
        case .stated: shown(project.budget.amount(part))
        case .derived: shown(project.budget.amount(part)) + "（推算）"
        case .missing: "未填"
        }
    }

    /// `80,000.00 元`, or as printed when the table prints no money unit (`814（未印单位）`).
    private func shown(_ m: Money) -> String {
        project.budgetUnitUnprinted ? m.bareFigure + "（未印单位）" : m.grouped + " 元"
    }

    // MARK: - The selection in full

    /// What the part's own lines cannot show, as labelled values under it; none when they
    /// show everything.
    func detailLines(_ kind: ItemKind, findings: [Finding]) -> [[Segment]] {
        DetailLines.lines(detailPairs(kind, findings: findings), x: Self.detailX, width: width - Self.detailX - 1)
    }

    func detailPairs(_ kind: ItemKind, findings: [Finding]) -> [DetailLines.Pair] {
        let p = project
        switch kind {
        case .header:
            var pairs = [DetailLines.Pair(label: "项目名称", value: p.name)]
            if !p.tableTitle.isEmpty { pairs.append(.init(label: "表题", value: p.tableTitle)) }
            let unit = [p.unit.code, p.unit.name].filter { !$0.isEmpty }.joined(separator: " ")
            if !unit.isEmpty { pairs.append(.init(label: "单位", value: unit)) }
            if DisplayWidth.of("\(p.code)    表头：\(p.heading)") > textWidth { pairs.append(.init(label: "表头", value: p.heading)) }
            pairs += p.facts.map { .init(label: $0.label, value: $0.text) }
            return pairs
        case .budget:
            var pairs: [DetailLines.Pair] = []
            let plain = Budget.Part.allCases.allSatisfy { p.budget.figure($0).source == .stated && p.budget.figure($0).printed == nil }
            if !plain {
                for (part, label) in [(Budget.Part.total, "预算数"), (.fiscal, "财政资金"), (.other, "其他资金")] {
                    let f = p.budget.figure(part)
                    var value = f.source == .missing ? "—" : shown(p.budget.amount(part))
                    switch f.source {
                    case .stated:
                        if let printed = f.printed { value += "（原文“\(printed)”" + (f.defect.map { "：\($0.chinese)" } ?? "") + "）" }
                    case .derived:
                        value += part == .total ? "（表中未填，按财政资金与其他资金推算）" : "（表中未填，按分项推算）"
                    case .missing:
                        value += "（表中未填）"
                    }
                    pairs.append(.init(label: label, value: value))
                }
            }
            for i in p.budget.items {
                let amount = i.amount.map(shown) ?? "—"
                pairs.append(.init(label: i.label, value: amount + (i.printed.isEmpty ? "" : "（原文“\(i.printed)”）")))
            }
            return pairs
        case .indicator(let r):
            let i = p.indicators[r - 1]
            var pairs: [DetailLines.Pair] = []
            // The cells a column cut, by the table's own header.
            for (k, c) in columns.enumerated() {
                let field = Self.columnFields[k]
                let text = field.map { i[$0] } ?? i.level1
                guard DisplayWidth.of(text) > c.width else { continue }
                let marked = field.flatMap { f in Marks.worst(findings.filter { $0.location.field == f }).map(Marks.style) }
                pairs.append(.init(label: header(k), value: text, style: marked ?? .normal))
            }
            // The table's other columns; the parts of a split 指标值 are in 指标值 already.
            for c in p.layout.extraColumns where !(c.term == nil && c.kind.isValuePart) {
                let cell = i.extras.first { $0.header == c.header && $0.kind == c.kind && $0.term == c.term }?.text ?? ""
                pairs.append(.init(label: c.header, value: cell))
            }
            return pairs
        default:
            return []
        }
    }

    /// Column `k`'s header as the table printed it, or the standard title.
    private func header(_ k: Int) -> String {
        let kind: IndicatorColumn.Kind = Self.columnFields[k].flatMap { IndicatorColumn.Kind(rawValue: $0.rawValue) } ?? .level1
        return project.layout.indicatorColumns.first { $0.kind == kind && $0.term == nil }?.header ?? Self.columnTitles[k]
    }

    private func text(_ s: String, style: Style = .normal) -> Segment { Segment(x: textX, width: textWidth, text: s, style: style) }

    /// The marker and the label in front of a part's first line, and the edited mark
    /// beside the marker when the reviewer changed a field of it.
    private func labelled(_ findings: [Finding], _ label: String, _ lines: [[Segment]], _ kind: ItemKind) -> [[Segment]] {
        var out = lines.isEmpty ? [[]] : lines
        let style = Marks.worst(findings).map(Marks.style) ?? .header
        out[0].insert(Segment(x: Self.markerWidth, width: Self.labelWidth, text: label, style: style), at: 0)
        out[0].insert(Self.marker(findings), at: 0)
        if record.edited.contains(where: { ItemKind.of(field: $0) == kind }) { out[0].append(editedMark(record.glyphs)) }
        return out
    }

    /// `✎` in the marker column's second place: a field here differs from what was imported.
    private func editedMark(_ glyphs: Glyphs) -> Segment {
        Segment(x: 1, width: 1, text: glyphs.edited, style: Self.editedStyle)
    }

    /// How a changed cell and the edited mark look: a colour and bold, so they show on a
    /// monochrome terminal too.
    static let editedStyle = Style(.edited, bold: true)

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
            } else if let field = Self.columnFields[k], record.edited.contains(.indicator(row: r, field)) {
                style = Self.editedStyle
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

    /// Widths of the six indicator columns for this project at this screen width. 一级 and
    /// 二级 repeat down the table and show in full under the selected row, so the room goes
    /// first to 三级, 描述 and 指标值, which differ on every row; what is left widens every
    /// column up to its widest cell.
    static func indicatorColumnWidths(_ project: Project, width: Int) -> [Int] {
        let rows = project.indicators
        var specs = [
            ColumnSpec.fitting(rows.map(\.level1), title: IndicatorField.level1Title, minimum: 4, maximum: 8),
            ColumnSpec.fitting(rows.map { $0[.level2] }, title: IndicatorField.level2.chinese, minimum: 4, maximum: 10),
            ColumnSpec.fitting(rows.map { $0[.name] }, title: IndicatorField.name.chinese, minimum: 6, maximum: 30),
            ColumnSpec.fitting(rows.map { $0[.description] }, title: IndicatorField.description.chinese, minimum: 4, maximum: 40),
            ColumnSpec.fitting(rows.map { $0[.value] }, title: IndicatorField.value.chinese, minimum: 6, maximum: 24),
            ColumnSpec.fitting(rows.map { $0[.basis] }, title: IndicatorField.basis.shortTitle, minimum: 4, maximum: 14),
        ]
        let total = width - markerWidth - 1
        let first = ColumnSpec.widths(specs, fitting: total, gap: 1)
        guard first.reduce(0, +) + specs.count - 1 < total else { return first }
        // Room to spare: every column up to its widest cell.
        for k in specs.indices {
            specs[k].minimum = first[k]
            specs[k].maximum = .max
        }
        return ColumnSpec.widths(specs, fitting: total, gap: 1)
    }
}

/// What the review record puts on a project screen: its own opinions, each row's, the
/// waivers whose finding has gone, and the fields changed since import.
struct ProjectRecord {
    var opinions: [Opinion] = []
    var rowOpinions: [Int: [Opinion]] = [:]
    var stale: [Waiver] = []
    var edited: Set<ProjectField> = []
    var glyphs: Glyphs = .unicode
    var time: (String) -> String = { $0 }

    init() {}

    /// The record of project `index` in `s`.
    init(_ s: AppState, project index: Int) {
        for o in s.document.review.opinions(ofProjectAt: index) {
            if let r = o.row { rowOpinions[r, default: []].append(o) } else { opinions.append(o) }
        }
        stale = s.findings.staleWaivers.filter { $0.project == index + 1 }
        if let imported = s.imported, imported.projects.indices.contains(index),
           imported.projects[index] != s.document.projects[index] {
            edited = Set(s.document.fieldPaths(ofProjectAt: index).filter { s.document.isChanged($0, since: imported) }.map(\.field))
        }
        glyphs = s.glyphs
        let offset = s.utcOffset
        time = { LocalTime.format($0, offsetSeconds: offset, withSeconds: false, withOffset: false) }
    }
}
