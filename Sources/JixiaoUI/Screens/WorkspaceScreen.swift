import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// What the department picker keeps while a department is open: the list, where the
/// reviewer is in it, the workspace it lists.
public struct WorkspacePicker: Hashable, Sendable {
    public var list: DepartmentList
    public var cursor = ListCursor()
    public var root: String
    /// The document open from it, to select again on coming back.
    public var opened: String?
    /// How many documents could not be read (left out of the list), and whether the findings
    /// across documents are missing: said on the screen for as long as it is so, not only in
    /// the message a key clears.
    public var unreadable: Int
    public var acrossMissing: Bool

    public init(_ listing: WorkspaceListing) {
        list = DepartmentList(listing.summaries, acrossDocuments: listing.acrossDocuments, nameOrder: listing.nameOrder)
        root = listing.root
        unreadable = listing.problems.count
        acrossMissing = listing.acrossProblem != nil
    }

    /// The selection on document `id` where the list still shows it, else on the first row.
    mutating func keepSelection(on id: String?) {
        cursor.selected = id.flatMap { id in list.rows.firstIndex { $0.id == id } } ?? 0
    }

    /// The listing read again (after a department was closed), keeping the sort, the
    /// filters and the selection on the document that was open.
    mutating func refresh(_ listing: WorkspaceListing) {
        list.all = listing.summaries
        list.acrossDocuments = listing.acrossDocuments
        list.nameOrder = listing.nameOrder
        root = listing.root
        unreadable = listing.problems.count
        acrossMissing = listing.acrossProblem != nil
        if let opened, let k = list.rows.firstIndex(where: { $0.id == opened }) { cursor.selected = k }
    }
}

/// The department picker: every document of the workspace in one list — unit code and
/// name, projects, 预算数, findings by severity, findings across departments, review
/// progress, 综合评定, last change — sorted by any column, filtered, Enter opening the
/// department (its overview), Esc there coming back. It reads only the documents'
/// summaries (`WorkspaceListing`); the program opens a document when asked.
struct WorkspaceScreen: ScreenFeature {
    var screen: Screen { .workspace }

    func layout(_ s: AppState) -> WorkspaceLayout { WorkspaceLayout(s) }

    // MARK: - Reduce

    func reduce(_ s: inout AppState, _ action: Action, _ layout: WorkspaceLayout) -> [Effect] {
        guard var picker = s.workspace else { return [] }
        defer { s.workspace = picker }
        let selected = picker.cursor.selected
        // The department under the cursor: sorting and filtering keep the selection on it.
        let current = layout.rows.indices.contains(selected) ? layout.rows[selected].id : nil
        if let target = ListCursor.target(of: action, from: selected, count: layout.rows.count, page: layout.list.height) {
            picker.cursor.selected = target
            return []
        }
        switch action {
        case .open:
            guard layout.rows.indices.contains(selected) else { return [] }
            let id = layout.rows[selected].id
            picker.opened = id
            return [.openDocument(id)]
        case .back:
            if picker.list.onlyWithErrors || !picker.list.query.isEmpty {
                picker.list.onlyWithErrors = false
                picker.list.query = ""
                s.message = "显示全部 \(picker.list.all.count) 个部门"
                picker.keepSelection(on: current)
            } else {
                s.message = "已在部门列表；按 q 退出"
            }
            return []
        case .toggleFilter:
            picker.list.onlyWithErrors.toggle()
            picker.keepSelection(on: current)
            s.message = picker.list.onlyWithErrors ? "只显示有错误的部门（含跨部门的错误；再按 f 显示全部）" : "显示全部"
            return []
        case .startSearch:
            s.overlay = .prompt(PromptOverlay(purpose: .findDepartment(before: picker.list.query), text: picker.list.query))
            return []
        case .sort:
            picker.list.sortByNextColumn(skipping: layout.hiddenColumns)
            picker.keepSelection(on: current)
            s.message = "按“\(picker.list.sortColumn.title)”排序（S 倒过来）"
            return []
        case .reverseSort:
            picker.list.descending.toggle()
            picker.keepSelection(on: current)
            s.message = "按“\(picker.list.sortColumn.title)”" + (picker.list.descending ? "从大到小" : "从小到大") + "排序"
            return []
        case .refresh:
            return [.closeDocument]
        case .exportText:
            // The department list as the bureau's review summary.
            s.overlay = .prompt(PromptOverlay(purpose: .exportDepartments, text: Self.summaryFileName))
            return []
        case .edit, .approve, .approveAll, .returnAll, .returnProject, .comment, .reopen, .waive, .grade, .undo, .redo, .showChanges,
             .nextFinding, .previousFinding, .nextPane, .walkMode, .digit, .importRevision:
            s.message = "先选一个部门，按 Enter 打开"
            return []
        default:
            return []
        }
    }

    /// What the export prompt offers: a workbook under the workspace's exports/.
    static let summaryFileName = "部门审核汇总.xlsx"

    func settle(_ s: inout AppState, _ layout: WorkspaceLayout) {
        guard var picker = s.workspace else { return }
        picker.cursor.selected = max(0, min(layout.rows.count - 1, picker.cursor.selected))
        var view = layout.listViewport(offset: picker.cursor.offset)
        view.reveal(line: picker.cursor.selected)
        picker.cursor.offset = view.offset
        s.workspace = picker
    }

    func hints(_ s: AppState) -> [(String, String)] {
        let (keys, title) = (StatusLine.keys, StatusLine.title)
        return [(keys(["move.up", "move.down"]), "选择"), ("Enter", "打开部门"), (keys(["view.sort"]), title("view.sort")),
                (keys(["view.sort-reverse"]), title("view.sort-reverse")), (keys(["view.filter"]), "只看有错误的"),
                (keys(["view.search"]), "查找"), (keys(["app.help"]), title("app.help")), (keys(["app.quit"]), title("app.quit")),
                (keys(["app.refresh"]), title("app.refresh")), (keys(["app.export"]), "导出汇总")]
    }

    // MARK: - Render

    func render(_ s: AppState, _ layout: WorkspaceLayout, into b: inout Buffer) {
        guard let picker = s.workspace else { return }
        let list = picker.list
        let years = list.years
        let yearText = years.count == 1 ? "\(years[0]) 年" : years.isEmpty ? "" : "\(years.first!)–\(years.last!) 年"
        let rootRoom = max(8, b.width - 30 - DisplayWidth.of(yearText))
        let root = PathShortening.middle(StatusLine.withTilde(picker.root, home: s.homeFolder), to: rootRoom, ellipsis: s.glyphs.ellipsis)
        TitleBar.draw(&b, left: [("绩效 Jixiao", Style.title), ("  工作区 " + root, Style(.title, bold: true))],
                      right: [(yearText + " ", Style(.title, bold: true))], state: s)

        // The whole workspace in two lines: its size and findings; its review and what the
        // list shows, how sorted.
        let all = list.all
        let y1 = layout.totals.y
        let own = Marks.counts(severities: [all.reduce(0) { $0 + $1.errors }, all.reduce(0) { $0 + $1.warnings },
                                            all.reduce(0) { $0 + $1.infos }])
        let countsWidth = own.isEmpty ? 2 : own.reduce(own.count - 1) { $0 + DisplayWidth.of($1.0) }
        let size = "\(all.count) 个部门  \(all.reduce(0) { $0 + $1.projects }) 个项目  "
        func writeCounts(at x: Int) -> Int {
            var x = b.write("问题 ", x: x, y: y1)
            if own.isEmpty { x = b.write("无", x: x, y: y1) }
            for (k, c) in own.enumerated() { x = b.write((k == 0 ? "" : " ") + c.0, x: x, y: y1, style: c.1) }
            return x
        }
        // The note on a 预算数 of unknown unit in fewer words where the line would not fit; on
        // a screen too narrow even for that, the findings first and the total cut at the edge.
        if let total = (0...2).map({ list.budgetTotalText(brevity: $0) })
            .first(where: { 1 + DisplayWidth.of(size + $0 + "  问题 ") + countsWidth <= b.width - 1 }) {
            _ = writeCounts(at: b.write(size + total + "  ", x: 1, y: y1))
        } else {
            let x = writeCounts(at: b.write(size, x: 1, y: y1))
            let room = max(0, b.width - x - 1)
            b.write(DisplayWidth.clip("  " + list.budgetTotalText(brevity: 2), to: room, ellipsis: s.glyphs.ellipsis), x: x, y: y1, limit: room)
        }

        let y2 = layout.sortLine.y
        let approved = all.reduce(0) { $0 + $1.approved }, projects = all.reduce(0) { $0 + $1.projects }
        var x = b.write("已通过 \(approved)/\(projects)", x: 1, y: y2)
        let returned = all.reduce(0) { $0 + $1.returned }
        if returned > 0 { x = b.write("  退回 \(returned)", x: x, y: y2, style: ReviewMarks.style(.returned)) }
        if picker.unreadable > 0 { x = b.write("  \(picker.unreadable) 份文档读不出，未列出", x: x, y: y2, style: Style(.error, bold: true)) }
        let changed = all.filter { $0.changedOutside == true }.count
        if changed > 0 { x = b.write("  \(changed) 份文档在 Jixiao 之外被改动过", x: x, y: y2, style: Style(.error, bold: true)) }
        let across = list.acrossDocuments.values.filter { !$0.isEmpty }.count
        if picker.acrossMissing { x = b.write("  跨部门检查未完成", x: x, y: y2, style: Style(.error, bold: true)) }
        if across > 0 { x = b.write("  \(across) 个部门有跨部门问题", x: x, y: y2, style: Style(.warning, bold: true)) }
        var shown: [String] = []
        if list.onlyWithErrors { shown.append("只看有错误的") }
        if !list.query.isEmpty { shown.append("查找“\(list.query)”") }
        let filter = shown.isEmpty ? "" : "[\(shown.joined(separator: "，"))：\(layout.rows.count) 个]  "
        b.write("  " + filter + "按“\(list.sortColumn.title)”" + (list.descending ? "从大到小" : "从小到大") + "排序",
                x: x, y: y2, style: .dim, limit: max(0, b.width - x - 1))
        b.hline(y: layout.rule.y, glyph: s.glyphs.horizontal)

        // The column titles, the sorted one marked.
        for (column, x, width) in layout.columns {
            var title = column.title
            if column == list.sortColumn { title += list.descending ? s.glyphs.moreBelow : s.glyphs.moreAbove }
            let text = DisplayWidth.clip(title, to: width, ellipsis: s.glyphs.ellipsis)
            let tx = column.rightAligned ? x + width - DisplayWidth.of(text) : x
            b.write(text, x: tx, y: layout.columnTitles.y, style: Style(.header, bold: true), limit: width)
        }

        let view = layout.listViewport(offset: picker.cursor.offset)
        for k in view.visible {
            let row = layout.rows[k]
            let y = layout.list.y + k - view.offset
            let selected = k == picker.cursor.selected
            let base = selected ? Style.normal.selected : .normal
            if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: base) }
            let worst = [row.errors > 0 ? Severity.error : nil, row.warnings > 0 ? .warning : nil, row.infos > 0 ? .info : nil,
                         Marks.worst(list.across(row))].compactMap { $0 }.min()
            b.write(worst?.marker ?? " ", x: 0, y: y, style: worst.map { selected ? Marks.style($0).selected : Marks.style($0) } ?? base)
            for (column, x, width) in layout.columns {
                switch column {
                case .findings, .across:
                    let pieces = column == .findings ? Marks.counts(severities: [row.errors, row.warnings, row.infos])
                        : Marks.counts(list.across(row))
                    var cx = x
                    for (j, c) in pieces.enumerated() {
                        cx = b.write((j == 0 ? "" : " ") + c.0, x: cx, y: y, style: selected ? c.1.selected : c.1, limit: x + width - cx)
                    }
                    if pieces.isEmpty, column == .findings { b.write("无", x: x, y: y, style: selected ? base : .dim) }
                case .review:
                    let text = list.cell(row, column, utcOffset: s.utcOffset)
                    let style = row.returned > 0 ? ReviewMarks.style(.returned) : row.approved == row.projects && row.projects > 0
                        ? ReviewMarks.style(.approved) : Style.normal
                    b.write(text, x: x + width - DisplayWidth.of(text), y: y, style: selected ? style.selected : style, limit: width)
                case .lastChange where row.changedOutside == true:
                    let text = DisplayWidth.clip(DepartmentList.changedOutsideText, to: width, ellipsis: s.glyphs.ellipsis)
                    let style = Style(.error, bold: true)
                    b.write(text, x: x, y: y, style: selected ? style.selected : style, limit: width)
                default:
                    let text = column == .name ? DepartmentList.shownName(DepartmentList.unitName(row), width: width, ellipsis: s.glyphs.ellipsis, sharedPrefixes: layout.sharedPrefixes)
                        : DisplayWidth.clip(list.cell(row, column, utcOffset: s.utcOffset), to: width, ellipsis: s.glyphs.ellipsis)
                    let tx = column.rightAligned ? x + width - DisplayWidth.of(text) : x
                    b.write(text, x: tx, y: y, style: base, limit: width)
                }
            }
        }
        if layout.rows.isEmpty {
            let why = list.all.isEmpty ? "工作区里没有文档：jixiao import 文件或文件夹 -w 工作区" : "没有符合的部门（Esc 显示全部）"
            b.write(why, x: 2, y: layout.list.y, style: .dim)
        }
        renderPreview(s, layout, picker, into: &b)
    }

    /// Under the list, the selected department: its findings across documents in full,
    /// naming the other documents, or when it was last changed.
    func renderPreview(_ s: AppState, _ layout: WorkspaceLayout, _ picker: WorkspacePicker, into b: inout Buffer) {
        b.hline(y: layout.previewRule.y, glyph: s.glyphs.horizontal)
        guard layout.rows.indices.contains(picker.cursor.selected) else { return }
        let row = layout.rows[picker.cursor.selected]
        let across = picker.list.across(row).filter(\.isOpen)
        b.write(" \(row.id) \(DepartmentList.unitName(row))：跨部门问题 \(across.count) 个 ", x: 2, y: layout.previewRule.y, style: Style(.header, bold: true),
                limit: b.width - 4)
        var lines: [(Finding?, String)] = []
        for f in across {
            for (k, line) in LineBreaking.lines(f.message, width: max(8, b.width - 4)).enumerated() { lines.append((k == 0 ? f : nil, line)) }
        }
        let change = row.lastChange.isEmpty ? "" : "最近修改 " + LocalTime.format(row.lastChange, offsetSeconds: s.utcOffset, withSeconds: false,
                                                                               withOffset: false) + "  "
        var room = layout.preview.height
        var top = layout.preview.y
        // Said first: what is listed of it is what the changed file says, not the record.
        if row.changedOutside == true {
            let why = "document.json 在 Jixiao 之外被改动过（校验和不符）：打开后只读，审核记录不可信；jixiao log --verify 查看差异"
            for line in LineBreaking.lines(why, width: max(8, b.width - 4)).prefix(max(0, room - 1)) {
                b.write(line, x: 3, y: top, style: Style(.error, bold: true), limit: b.width - 4)
                top += 1
                room -= 1
            }
        }
        if lines.isEmpty { lines = [(nil, change + "没有跨部门的问题；Enter 打开部门查看它自己的问题")] }
        if lines.count > room {
            lines = Array(lines.prefix(max(0, room - 1))) + [(nil, "（还有更多，Enter 打开部门查看）")]
        }
        for (k, line) in lines.enumerated() {
            let y = top + k
            if let f = line.0 { b.write(f.severity.marker, x: 1, y: y, style: Marks.style(f.severity)) }
            b.write(line.1, x: 3, y: y, style: line.0 == nil && across.isEmpty ? .dim : .normal, limit: b.width - 4)
        }
    }
}

/// Where the picker draws, and the rows of its list: computed once per state.
struct WorkspaceLayout {
    static let minimumPreviewHeight = 3

    var title: Rect
    var totals: Rect
    var sortLine: Rect
    var rule: Rect
    var columnTitles: Rect
    var list: Rect
    var previewRule: Rect
    var preview: Rect
    var rows: [DocumentSummary]
    /// Each shown column with where it starts and its width.
    var columns: [(DepartmentList.Column, x: Int, width: Int)]
    var hiddenColumns: Set<DepartmentList.Column>
    var sharedPrefixes: Set<String>

    init(_ s: AppState) {
        let list = s.workspace?.list ?? DepartmentList([])
        title = Rect(x: 0, y: 0, width: s.width, height: 1)
        totals = Rect(x: 0, y: title.bottom, width: s.width, height: 1)
        sortLine = Rect(x: 0, y: totals.bottom, width: s.width, height: 1)
        rule = Rect(x: 0, y: sortLine.bottom, width: s.width, height: 1)
        columnTitles = Rect(x: 0, y: rule.bottom, width: s.width, height: 1)
        rows = list.rows
        let room = max(1, s.height - 1 - columnTitles.bottom - 1 - Self.minimumPreviewHeight)
        self.list = Rect(x: 0, y: columnTitles.bottom, width: s.width, height: min(room, max(1, rows.count)))
        previewRule = Rect(x: 0, y: self.list.bottom, width: s.width, height: 1)
        preview = Rect(x: 0, y: previewRule.bottom, width: s.width, height: max(Self.minimumPreviewHeight, s.height - 1 - previewRule.bottom))
        var x = DepartmentList.tableX
        columns = list.columnWidths(width: s.width, utcOffset: s.utcOffset).map { c, w in
            defer { x += w + 1 }
            return (c, x, w)
        }
        hiddenColumns = Set(DepartmentList.Column.allCases).subtracting(columns.map(\.0))
        sharedPrefixes = list.sharedPlacePrefixes
    }

    func listViewport(offset: Int) -> Viewport { Viewport(offset: offset, height: list.height, length: rows.count) }
}
