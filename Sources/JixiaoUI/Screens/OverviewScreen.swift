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
        let selected = s.overview.selected
        if let target = ListCursor.target(of: action, from: selected, count: layout.rows.count, page: layout.list.height) {
            s.overview.selected = target
            return []
        }
        switch action {
        case .open:
            switch layout.row(selected) {
            case .department?: s.screen = .department(DepartmentScreen())
            case .project(let i)?: ProjectScreen.open(&s, project: i)
            case nil: break
            }
            return []
        case .back:
            // Opened from the department picker: back to it (the program closes the document).
            if s.workspace != nil { return [.closeDocument] }
            s.message = "已在部门概况；按 q 退出"
            return []
        case .edit:
            s.message = "先打开一个项目（Enter），再选择要修改的值"
            return []
        default:
            return []
        }
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
        let back: [(String, String)] = s.workspace == nil ? [] : [("Esc", "部门列表")]
        return [(keys(["move.up", "move.down"]), "选择"), (keys(["view.open"]), title("view.open"))] + back + [
                (keys(["finding.next", "finding.previous"]), "问题"), (keys(["app.help"]), title("app.help")),
                (keys(["app.quit"]), title("app.quit")), (keys(["view.search"]), title("view.search")),
                (keys(["review.approve"]), title("review.approve")), (keys(["view.filter"]), title("view.filter"))]
    }

    // MARK: - Render

    func render(_ state: AppState, _ layout: OverviewLayout, into b: inout Buffer) {
        let d = state.document
        let dep = d.department
        // The 综合评定 at the right end; where the width is short, the document's name gives
        // way, never 草案.
        let grade = Self.gradeTitle(state)
        // A second round says so: the reviewer is reading the unit's 修改稿.
        let draft = (dep.isDraft ? "（草案）" : "") + (state.revision.map { "（第 \($0.version) 版）" } ?? "")
        let titleRoom = b.width - DisplayWidth.of(grade) - 1 - DisplayWidth.of("绩效 Jixiao") - DisplayWidth.of(draft)
            - (state.isReadOnly ? DisplayWidth.of(TitleBar.readOnlyMark) : 0)
        let name = DisplayWidth.clip("  \(dep.name) \(dep.year) 年部门预算绩效文本", to: max(0, titleRoom), ellipsis: state.glyphs.ellipsis)
        TitleBar.draw(&b, left: [("绩效 Jixiao", Style.title), (name + draft, Style(.title, bold: true))],
                      right: [(grade, d.review.grade == nil ? .dim : Style(.title, bold: true))], state: state)
        let (unitRow, totalsRow) = (layout.summary.y, layout.summary.y + 1)
        // A table that prints neither the unit's code nor its name (鄂州 2022) says so.
        let unit = [dep.code, dep.unitName].filter { !$0.isEmpty }.joined(separator: " ")
        b.write("单位 \(unit.isEmpty ? "（表中未印）" : unit)    审核 \(dep.reviewedBy.isEmpty ? "—" : dep.reviewedBy)", x: 1, y: unitRow, style: .dim)
        let approved = d.approvedProjectCount
        var x = b.write("\(d.projects.count) 个项目  \(d.totalBudgetSaid)  问题 ", x: 1, y: totalsRow)
        let counts = Marks.counts(state.ordered)
        if counts.isEmpty { x = b.write("无", x: x, y: totalsRow) }
        for (k, c) in counts.enumerated() { x = b.write((k == 0 ? "" : " ") + c.0, x: x, y: totalsRow, style: c.1) }
        let waived = state.ordered.count - state.openFindings.count
        if waived > 0 { x = b.write("  豁免 \(waived)", x: x, y: totalsRow, style: .dim) }
        let returned = d.projects.indices.filter { d.review.status(ofProjectAt: $0) == .returned }.count
        x = b.write("  已通过 \(approved)/\(d.projects.count)", x: x, y: totalsRow)
        if returned > 0 { x = b.write("  退回 \(returned)", x: x, y: totalsRow, style: ReviewMarks.style(.returned)) }
        if state.onlyWithFindings { b.write("  [只看有问题的]", x: x, y: totalsRow) }
        b.hline(y: layout.rule.y, glyph: state.glyphs.horizontal)

        let rows = layout.rows
        let columns = Self.columnWidths(state)
        let starts = Self.columnStarts(columns)
        let titles = ["#", "项目名称", "预算数（元）", "预算规模", "问题", "审核"]
        Self.drawRow(&b, y: layout.columnTitles.y, cells: titles, widths: columns, styles: Array(repeating: Style(.header, bold: true), count: 6),
                ellipsis: state.glyphs.ellipsis)
        // A figure of unknown unit is measured only against others of unknown unit (814 may be
        // 万元): two bars of one scale each.
        let maxBudget = { (unprinted: Bool) in
            d.projects.filter { $0.budgetUnitUnprinted == unprinted }.map(\.budget.total.yuanDouble).max() ?? 0
        }
        let maxBudgets = (printed: maxBudget(false), unprinted: maxBudget(true))
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
                let most = p.budgetUnitUnprinted ? maxBudgets.unprinted : maxBudgets.printed
                bar = Bar.render(fraction: most > 0 ? p.budget.total.yuanDouble / most : 0, width: columns[Column.bar],
                                 glyphs: state.glyphs)
                cells = [String(p.number), Self.shownName(p.shownName, width: columns[Column.name], ellipsis: state.glyphs.ellipsis),
                         Self.budgetCell(p), "", "", ""]
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
            if case .project(let i) = row {
                let status = d.review.status(ofProjectAt: i)
                let end = b.write(status.chinese, x: starts[Column.status], y: y,
                                  style: selected ? ReviewMarks.style(status).selected : ReviewMarks.style(status), limit: columns[Column.status])
                // 意: the project has opinions (its screen and jixiao show list them).
                if !d.review.opinions(ofProjectAt: i).isEmpty {
                    b.write(" " + Self.opinionMark, x: end, y: y, style: selected ? Style.normal.selected : .normal,
                            limit: starts[Column.status] + columns[Column.status] - end)
                }
            }
        }
        if rows.isEmpty {
            b.write("没有有问题的项目（按 f 显示全部）", x: 2, y: layout.list.y, style: .dim)
        }

        // A preview of what the selected row's findings say.
        let selectedRow = layout.row(state.overview.selected)
        let preview = selectedRow.map { OverviewLayout.findings(state, $0).filter(\.isOpen) } ?? []
        var label = " 问题 "
        if case .project(let i)? = selectedRow { label = " \(d.projects[i].number). \(d.projects[i].shownName)：\(preview.count) 个问题 " }
        if case .department? = selectedRow { label = " 部门：\(preview.count) 个问题 " }
        b.hline(y: layout.previewRule.y, glyph: state.glyphs.horizontal)
        b.write(label, x: 2, y: layout.previewRule.y, style: Style(.header, bold: true))
        let room = layout.preview.height
        // Each finding's message in full, wrapped, as many as fit; then how many more.
        var lines: [(marker: Finding?, text: String)] = []
        var opinionLines = 0
        // A returned project: why, first (the unit's answer is what the next round looks for).
        if case .project(let i)? = selectedRow, d.review.status(ofProjectAt: i) == .returned {
            for o in d.review.opinions(ofProjectAt: i) where o.action == .return {
                let said = "退回意见" + (o.row.map { "（第 \($0) 行）" } ?? "") + "：" + o.text.replacing("\n", with: " ")
                for line in LineBreaking.lines(said, width: max(8, b.width - 4)) { lines.append((nil, line)) }
                opinionLines = lines.count
            }
        }
        for f in preview {
            for (k, line) in LineBreaking.lines(f.message, width: max(8, b.width - 4)).enumerated() {
                lines.append((k == 0 ? f : nil, line))
            }
        }
        var shown = lines
        if lines.count > room {
            shown = Array(lines.prefix(max(0, room - 1)))
            let seen = Set(shown.compactMap { $0.marker.map { preview.firstIndex(of: $0) } ?? nil })
            shown.append((nil, "（还有 \(preview.count - seen.count) 个问题，Enter 打开查看）"))
        }
        for (k, line) in shown.enumerated() {
            let y = layout.preview.y + k
            if let f = line.marker { b.write(f.severity.marker, x: 1, y: y, style: Marks.style(f.severity)) }
            let isMore = k == shown.count - 1 && lines.count > room
            let isOpinion = k < opinionLines && !isMore
            b.write(line.text, x: 3, y: y, style: isMore ? .dim : isOpinion ? ReviewMarks.style(.returned) : .normal, limit: b.width - 4)
        }
        if preview.isEmpty, selectedRow != nil, opinionLines < layout.preview.height {
            b.write("没有发现问题", x: 3, y: layout.preview.y + opinionLines, style: .dim)
        }
    }

    /// A project's name in `width`: cut before a closing bracketed part, which is often what
    /// tells two projects apart (`…隔离场所资金（第三批）`), else at the end.
    static func shownName(_ name: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(name) > width else { return name }
        if let last = name.last, last == "）" || last == ")", let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }),
           open > name.startIndex {
            let tail = String(name[open...])
            let room = width - DisplayWidth.of(tail)
            if room >= 4 { return DisplayWidth.clip(String(name[..<open]), to: room, ellipsis: ellipsis) + tail }
        }
        return DisplayWidth.clip(name, to: width, ellipsis: ellipsis)
    }

    /// The list's columns: #, name, amount, bar, counts, status; # and the amount are
    /// right-aligned.
    enum Column {
        static let number = 0, name = 1, amount = 2, bar = 3, counts = 4, status = 5
        static let rightAligned: Set = [number, amount]
    }

    /// After a project's status when it has opinions.
    static let opinionMark = "意"

    /// The title's right end: the 综合评定 given, or what Jixiao suggests.
    static func gradeTitle(_ s: AppState) -> String {
        if let g = s.document.review.grade { return "综合评定 \(g.grade.chinese) " }
        return "建议评定 \(GradeAssessment.assess(s.document, findings: s.ordered).suggested.chinese) "
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

    /// Each column's width: text before decoration. #, the amount, the counts and the
    /// status take what they need, the name its widest (up to a limit); the budget bar
    /// has what is left, up to its own limit, and goes when that is too little to read.
    static func columnWidths(_ state: AppState) -> [Int] {
        let names = state.document.projects.map(\.name) + ["部门整体绩效目标"]
        let counts = ([OverviewRow.department] + state.document.projects.indices.map { .project($0) })
            .map { Marks.counts(OverviewLayout.findings(state, $0)).map(\.0).joined(separator: " ") }
        let countsWidth = min(12, max(8, counts.map { DisplayWidth.of($0) }.max() ?? 0))
        // 待审, or 退回 意 when any project has opinions.
        let anyOpinions = state.document.projects.indices.contains { !state.document.review.opinions(ofProjectAt: $0).isEmpty }
        let statusWidth = anyOpinions ? Self.statusWidth + 3 : Self.statusWidth
        let amountWidth = min(maximumAmountWidth, max(Self.amountWidth, state.document.projects.map { DisplayWidth.of(budgetCell($0)) }.max() ?? 0))
        let fixed = 3 + amountWidth + countsWidth + statusWidth + 5
        let room = max(0, state.width - tableX - fixed)
        let widest = min(maximumNameWidth, max(DisplayWidth.of("项目名称"), names.map { DisplayWidth.of($0) }.max() ?? 0))
        let name = max(min(minimumNameWidth, room), min(widest, room))
        var bar = min(maximumBarWidth, room - name)
        if bar < minimumBarWidth { bar = 0 }
        return [3, name, amountWidth, bar, countsWidth, statusWidth]
    }

    /// A project's 预算数 in the column of 元: `80,000.00`; `814（未印单位）` when its table
    /// prints no money unit (as `show` and the picker say it); `—` when the table gives none.
    static func budgetCell(_ p: Project) -> String {
        p.budget.totalSource == .missing ? "—" : p.amountCell(p.budget.total, printed: p.budget.totalFigure.printed)
    }

    static let amountWidth = 12
    static let maximumAmountWidth = 20
    static let statusWidth = 4
    static let minimumNameWidth = 12
    static let maximumNameWidth = 40
    static let minimumBarWidth = 4
    static let maximumBarWidth = 30
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

    /// Where a movement key (↑↓, PgUp/PgDn, g/G) takes the selection in a list of `count`
    /// rows shown `page` at a time; nil for any other action. The lists of the overview,
    /// the department picker and the changes view move alike.
    static func target(of action: Action, from selected: Int, count: Int, page: Int) -> Int? {
        let target: Int
        switch action {
        case .up: target = selected - 1
        case .down: target = selected + 1
        case .pageUp: target = selected - page
        case .pageDown: target = selected + page
        case .first: target = 0
        case .last: target = count - 1
        default: return nil
        }
        return max(0, min(count - 1, target))
    }
}

/// Where the overview draws, and the rows of its list: computed once per state, read by the
/// reducer (to move, page and scroll) and by the view (to draw).
struct OverviewLayout {
    /// The preview of the selected row's findings takes what the list leaves, and never
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
        title = Rect(x: 0, y: 0, width: width, height: 1)
        summary = Rect(x: 0, y: title.bottom, width: width, height: 2)
        rule = Rect(x: 0, y: summary.bottom, width: width, height: 1)
        columnTitles = Rect(x: 0, y: rule.bottom, width: width, height: 1)
        rows = Self.rows(state)
        // The list as long as its rows (within what leaves the preview its minimum); the
        // preview has the rest, so a tall terminal reads more of the findings.
        let room = max(1, height - columnTitles.bottom - 2 - Self.minimumPreviewHeight)
        list = Rect(x: 0, y: columnTitles.bottom, width: width, height: min(room, max(1, rows.count)))
        previewRule = Rect(x: 0, y: list.bottom, width: width, height: 1)
        preview = Rect(x: 0, y: previewRule.bottom, width: width, height: max(Self.minimumPreviewHeight, height - 1 - previewRule.bottom))
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
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
