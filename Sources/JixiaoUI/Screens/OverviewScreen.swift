import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The department overview: unit, year, draft state, total budget, and each project
/// with its budget as a bar, its finding counts by severity and its review status. It is
/// the root screen: its selection is `AppState.overview`, kept while a project is open.
struct OverviewScreen: ScreenFeature {
    var screen: Screen { .overview }

    func layout(_ s: AppState) -> OverviewLayout { OverviewLayout(s) }

    // MARK: - Reduce

    func reduce(_ s: inout AppState, _ action: Action, _ layout: OverviewLayout) -> [Effect] {
        let rows = layout.rows
        var selected = s.overview.selected
        switch action {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= layout.list.height
        case .pageDown: selected += layout.list.height
        case .first: selected = 0
        case .last: selected = rows.count - 1
        case .open:
            switch layout.row(selected) {
            case .department?: s.screen = .department(DepartmentScreen())
            case .project(let i)?: ProjectScreen.open(&s, project: i)
            case nil: break
            }
            return []
        case .back:
            s.message = "已在部门概况；按 q 退出"
            return []
        case .edit:
            s.message = "先打开一个项目（Enter），再选择要修改的值"
            return []
        default:
            return []
        }
        s.overview.selected = max(0, min(rows.count - 1, selected))
        return []
    }

    /// The selection on a row, and that row in view.
    func settle(_ s: inout AppState, _ layout: OverviewLayout) {
        s.overview.selected = max(0, min(layout.rows.count - 1, s.overview.selected))
        var list = layout.listViewport(offset: s.overview.offset)
        list.reveal(line: s.overview.selected)
        s.overview.offset = list.offset
    }

    func selectedProject(_ s: AppState, _ layout: OverviewLayout) -> Int? {
        guard case .project(let i)? = layout.row(s.overview.selected) else { return nil }
        return i
    }

    /// n starts at the selected project's first finding.
    func findingCursor(_ s: AppState, _ layout: OverviewLayout) -> FindingCursor {
        guard case .project(let p)? = layout.row(s.overview.selected) else { return .before(0) }
        return .before(s.ordered.firstIndex { ($0.projectIndex ?? -1) >= p } ?? s.ordered.count)
    }

    func hints(_ s: AppState) -> [(String, String)] {
        let (keys, title) = (StatusLine.keys, StatusLine.title)
        return [(keys(["move.up", "move.down"]), "选择"), (keys(["view.open"]), title("view.open")),
                (keys(["finding.next", "finding.previous"]), "问题"), (keys(["app.help"]), title("app.help")),
                (keys(["app.quit"]), title("app.quit")), (keys(["view.search"]), title("view.search")),
                (keys(["review.approve"]), title("review.approve")), (keys(["view.filter"]), title("view.filter"))]
    }

    // MARK: - Render

    func render(_ state: AppState, _ layout: OverviewLayout, into b: inout Buffer) {
        let d = state.document
        let dep = d.department
        TitleBar.draw(&b, left: [("绩效 Jixiao", Style.title), ("  \(dep.name) \(dep.year) 年部门预算绩效文本" + (dep.isDraft ? "（草案）" : ""), Style(.title, bold: true))],
                      state: state)
        let (unitRow, totalsRow) = (layout.summary.y, layout.summary.y + 1)
        b.write("单位 \(dep.code) \(dep.unitName)    审核 \(dep.reviewedBy.isEmpty ? "—" : dep.reviewedBy)", x: 1, y: unitRow, style: .dim)
        let approved = d.approvedProjectCount
        var x = b.write("\(d.projects.count) 个项目  预算数合计 \(d.totalBudget.grouped) 元  问题 ", x: 1, y: totalsRow)
        let counts = Marks.counts(state.ordered)
        if counts.isEmpty { x = b.write("无", x: x, y: totalsRow) }
        for (k, c) in counts.enumerated() { x = b.write((k == 0 ? "" : " ") + c.0, x: x, y: totalsRow, style: c.1) }
        b.write("  已通过 \(approved)/\(d.projects.count)" + (state.onlyWithFindings ? "  [只看有问题的]" : ""), x: x, y: totalsRow)
        b.hline(y: layout.rule.y, glyph: state.glyphs.horizontal)

        let rows = layout.rows
        let columns = Self.columnWidths(state)
        let starts = Self.columnStarts(columns)
        let titles = ["#", "项目名称", "预算数（元）", "预算规模", "问题", "审核"]
        Self.drawRow(&b, y: layout.columnTitles.y, cells: titles, widths: columns, styles: Array(repeating: Style(.header, bold: true), count: 6),
                ellipsis: state.glyphs.ellipsis)
        let maxBudget = d.projects.map(\.budget.total.yuanDouble).max() ?? 0
        let view = layout.listViewport(offset: state.overview.offset)
        for k in view.visible {
            let row = rows[k]
            let y = layout.list.y + k - view.offset
            let f = OverviewLayout.findings(state, row)
            var cells: [String]
            var bar = ("", "")
            switch row {
            case .department:
                cells = ["", "部门整体绩效目标", "", "", "", ""]
            case .project(let i):
                let p = d.projects[i]
                bar = Bar.render(fraction: maxBudget > 0 ? p.budget.total.yuanDouble / maxBudget : 0, width: columns[Column.bar],
                                 glyphs: state.glyphs)
                cells = [String(p.number), p.name, p.budget.total.grouped, "", "", d.review.status(ofProjectAt: i).chinese]
            }
            let selected = k == state.overview.selected
            if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: Style.normal.selected) }
            let base = selected ? Style.normal.selected : .normal
            b.write(Marks.worst(f)?.marker ?? " ", x: 0, y: y, style: Marks.worst(f).map { selected ? Marks.style($0).selected : Marks.style($0) } ?? base)
            Self.drawRow(&b, y: y, cells: cells, widths: columns, styles: Array(repeating: base, count: 6), ellipsis: state.glyphs.ellipsis)
            // The bar and the counts carry their own styles.
            let (barX, countsX) = (starts[Column.bar], starts[Column.counts])
            let filled = b.write(bar.0, x: barX, y: y, style: selected ? Style(.barFilled).selected : Style(.barFilled), limit: columns[Column.bar])
            b.write(bar.1, x: filled, y: y, style: selected ? Style(.barEmpty, dim: true).selected : Style(.barEmpty, dim: true),
                    limit: columns[Column.bar] - (filled - barX))
            var cx = countsX
            for (j, c) in Marks.counts(f).enumerated() {
                cx = b.write((j == 0 ? "" : " ") + c.0, x: cx, y: y, style: selected ? c.1.selected : c.1,
                             limit: countsX + columns[Column.counts] - cx)
            }
        }
        if rows.isEmpty {
            b.write("没有有问题的项目（按 f 显示全部）", x: 2, y: layout.list.y, style: .dim)
        }

        // A preview of what the selected row's findings say.
        let selectedRow = layout.row(state.overview.selected)
        let preview = selectedRow.map { OverviewLayout.findings(state, $0) } ?? []
        var label = " 问题 "
        if case .project(let i)? = selectedRow { label = " \(d.projects[i].number). \(d.projects[i].name)：\(preview.count) 个问题 " }
        if case .department? = selectedRow { label = " 部门：\(preview.count) 个问题 " }
        b.hline(y: layout.previewRule.y, glyph: state.glyphs.horizontal)
        b.write(label, x: 2, y: layout.previewRule.y, style: Style(.header, bold: true))
        let room = layout.preview.height
        for (k, f) in preview.prefix(room).enumerated() {
            let y = layout.preview.y + k
            b.write(f.severity.marker, x: 1, y: y, style: Marks.style(f.severity))
            let more = k == room - 1 && preview.count > room ? "（还有 \(preview.count - k - 1) 个，Enter 打开查看）" : ""
            b.write(DisplayWidth.clip(more.isEmpty ? f.message : more, to: b.width - 4, ellipsis: state.glyphs.ellipsis), x: 3, y: y,
                    style: more.isEmpty ? .normal : .dim)
        }
        if preview.isEmpty, selectedRow != nil {
            b.write("没有发现问题", x: 3, y: layout.preview.y, style: .dim)
        }
    }

    /// The list's columns: #, name, amount, bar, counts, status; # and the amount are
    /// right-aligned.
    enum Column {
        static let number = 0, name = 1, amount = 2, bar = 3, counts = 4, status = 5
        static let rightAligned: Set = [number, amount]
    }

    /// The table starts after the marker column (`E `); columns are a blank apart.
    static let tableX = 2

    static func columnStarts(_ widths: [Int]) -> [Int] {
        var x = tableX
        return widths.map { w in
            defer { x += w + 1 }
            return x
        }
    }

    static func drawRow(_ b: inout Buffer, y: Int, cells: [String], widths: [Int], styles: [Style], ellipsis: String) {
        for (k, x) in columnStarts(widths).enumerated() {
            let text = DisplayWidth.clip(cells[k], to: widths[k], ellipsis: ellipsis)
            let tx = Column.rightAligned.contains(k) ? x + widths[k] - DisplayWidth.of(text) : x
            b.write(text, x: tx, y: y, style: styles[k], limit: widths[k])
        }
    }

    /// Each column's width: # and the status fixed, the amount wide enough for millions,
    /// the name and the counts their widest, the bar what is left.
    static func columnWidths(_ state: AppState) -> [Int] {
        let names = state.document.projects.map(\.name) + ["部门整体绩效目标"]
        let counts = ([OverviewRow.department] + state.document.projects.indices.map { .project($0) })
            .map { Marks.counts(OverviewLayout.findings(state, $0)).map(\.0).joined(separator: " ") }
        let specs = [
            ColumnSpec.fixed(3),
            ColumnSpec.fitting(names, title: "项目名称", minimum: 12, maximum: 40),
            ColumnSpec(natural: 12, minimum: 12, maximum: 14),
            ColumnSpec(natural: 30, minimum: 6, maximum: 30),
            ColumnSpec.fitting(counts, title: "问题", minimum: 8, maximum: 12),
            ColumnSpec.fixed(4),
        ]
        return ColumnSpec.widths(specs, fitting: state.width - tableX, gap: 1)
    }
}

/// A row of the overview list.
public enum OverviewRow: Hashable, Sendable {
    case department
    case project(Int)
}

/// The overview's selection: a row of the list, and how far the list is scrolled.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    /// First row shown.
    public var offset = 0
    public init() {}
}

/// Where the overview draws, and the rows of its list: computed once per state, read by the
/// reducer (to move, page and scroll) and by the view (to draw).
struct OverviewLayout {
    /// The preview of the selected row's findings takes a fifth of the screen, and never
    /// less than this.
    static let minimumPreviewHeight = 3

    var title: Rect
    /// The unit line and the totals line.
    var summary: Rect
    var rule: Rect
    var columnTitles: Rect
    var list: Rect
    var previewRule: Rect
    var preview: Rect
    var status: Rect
    var rows: [OverviewRow]

    init(_ state: AppState) {
        let width = state.width, height = state.height
        let previewHeight = max(Self.minimumPreviewHeight, height / 5 - 1)
        title = Rect(x: 0, y: 0, width: width, height: 1)
        summary = Rect(x: 0, y: title.bottom, width: width, height: 2)
        rule = Rect(x: 0, y: summary.bottom, width: width, height: 1)
        columnTitles = Rect(x: 0, y: rule.bottom, width: width, height: 1)
        list = Rect(x: 0, y: columnTitles.bottom, width: width, height: max(1, height - columnTitles.bottom - 2 - previewHeight))
        previewRule = Rect(x: 0, y: list.bottom, width: width, height: 1)
        preview = Rect(x: 0, y: previewRule.bottom, width: width, height: previewHeight)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        rows = Self.rows(state)
    }

    /// The department part, then every project; with the filter on, only those with findings.
    static func rows(_ state: AppState) -> [OverviewRow] {
        let all = [OverviewRow.department] + state.document.projects.indices.map { .project($0) }
        guard state.onlyWithFindings else { return all }
        return all.filter { !findings(state, $0).isEmpty }
    }

    static func findings(_ state: AppState, _ row: OverviewRow) -> [Finding] {
        switch row {
        case .department: state.departmentFindings
        case .project(let i): state.findings(ofProject: i)
        }
    }

    func listViewport(offset: Int) -> Viewport { Viewport(offset: offset, height: list.height, length: rows.count) }

    func row(_ k: Int) -> OverviewRow? { rows.indices.contains(k) ? rows[k] : nil }
}
