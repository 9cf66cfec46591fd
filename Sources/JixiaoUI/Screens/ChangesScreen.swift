import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// `d`: what the reviewer changed since import — every field whose text is not what was
/// imported, with the imported value, the current one, who set it, when, and which
/// journal line. Of the project on show, or (from the overview or the department part) of
/// the whole document. Enter goes to the field; Esc back. The selected change is shown in
/// full under the list, so a column cut at 80×24 can still be read.
///
/// After a revised text (修改稿) was imported it opens on what the unit changed in it
/// instead (`showsRevision`, `RevisionRecord.lines`): per project the changes with the
/// 退回 opinions beside them and the decision before → after; Tab switches between the two.
public struct ChangesScreen: Hashable, Sendable, ScreenFeature {
    /// The project whose changes are listed; nil for every project.
    public var project: Int?
    public var cursor = ListCursor()
    /// The revision's comparison on show, rather than the edits since import.
    public var showsRevision = false

    public init(project: Int?, showsRevision: Bool = false) {
        self.project = project
        self.showsRevision = showsRevision
    }

    var screen: Screen { .changes(self) }

    static func opened(by action: Action, in s: AppState) -> ChangesScreen? {
        action == .showChanges ? ChangesScreen(project: s.screen.projectIndex, showsRevision: s.revision != nil) : nil
    }

    struct Layout {
        var title: Rect
        var columnTitles: Rect
        var list: Rect
        var rows: [ChangedField]
        /// The rule over the selected change's detail, and its lines.
        var detailRule: Rect
        var detail: [[Segment]]
        /// The selected line's detail did not fit: its last line shown is marked.
        var detailIsCut = false
        /// The revision's comparison, line by line, when it is on show.
        var revision: [RevisionLine]? = nil

        var count: Int { revision?.count ?? rows.count }
        func viewport(offset: Int) -> Viewport { Viewport(offset: offset, height: list.height, length: count) }
    }

    /// Rows the list keeps however long the selected line's detail is: the selection and
    /// one line either side.
    static let minimumListHeight = 3

    func layout(_ s: AppState) -> Layout {
        let title = Rect(x: 0, y: 0, width: s.width, height: 1)
        let columnTitles = title.row(1)
        let bottom = s.statusArea.y
        let revision = showsRevision ? s.revision.map { $0.lines(in: s.document, project: project, time: s.time) } : nil
        let rows = revision == nil ? s.changedFields(project: project) : []
        let selected = max(0, min((revision?.count ?? rows.count) - 1, cursor.selected))
        // The detail takes what the selected line needs and the list leaves: a rewritten
        // 资金用途, old and new, runs to a dozen lines and was cut at half the room. The
        // list keeps `minimumListHeight` rows, so the selection stays in view.
        let room = max(1, bottom - columnTitles.bottom)
        let full: [[Segment]] = if let revision {
            revision.indices.contains(selected) ? Self.detail(revision[selected], s) : []
        } else {
            rows.indices.contains(selected) ? Self.detail(rows[selected], s) : []
        }
        let detail = Array(full.prefix(max(0, room - min(room, Self.minimumListHeight) - 1)))
        let listHeight = detail.isEmpty ? room : max(1, room - detail.count - 1)
        let list = Rect(x: 0, y: columnTitles.bottom, width: s.width, height: listHeight)
        return Layout(title: title, columnTitles: columnTitles, list: list, rows: rows,
                      detailRule: Rect(x: 0, y: list.bottom, width: s.width, height: detail.isEmpty ? 0 : 1), detail: detail,
                      detailIsCut: detail.count < full.count, revision: revision)
    }

    /// Every column of one change, labelled, wrapped to the screen's width.
    static func detail(_ c: ChangedField, _ s: AppState) -> [[Segment]] {
        let whose = c.path.isDepartment ? "部门整体绩效目标"
            : "\(s.document.projects[c.path.projectIndex].number).\(s.document.projects[c.path.projectIndex].shownName)"
        var pairs = [DetailLines.Pair(label: "项目", value: whose),
                     DetailLines.Pair(label: "字段", value: s.document.label(of: c.path)),
                     DetailLines.Pair(label: "导入时", value: c.imported.isEmpty ? "（空）" : c.imported),
                     DetailLines.Pair(label: "现在", value: c.current.isEmpty ? "（空）" : c.current, style: ProjectBody.editedStyle)]
        if let stamp = c.stamp {
            pairs.append(DetailLines.Pair(label: "修改", value: "\(stamp.actor) \(s.time(stamp.time))，日志第 \(stamp.seq) 条"))
        }
        return DetailLines.lines(pairs, x: 2, width: s.width - 3)
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect] {
        let selected = cursor.selected
        if let target = ListCursor.target(of: action, from: selected, count: layout.count, page: layout.list.height) {
            cursor.selected = target
            return []
        }
        if action == .nextPane {
            guard s.revision != nil else { s.message = "还没有导入修改稿：这里只有自导入以来的修改记录"; return [] }
            showsRevision.toggle()
            cursor = ListCursor()
            return []
        }
        if let lines = layout.revision, action == .open {
            guard lines.indices.contains(selected), let p = lines[selected].project else { return [] }
            s.onlyWithFindings = false
            if p == FieldPath.departmentIndex {
                // The department part's lines: its screen, at the field changed.
                if let field = lines[selected].field { DepartmentScreen.show(&s, at: ItemKind.of(field: field)) } else { s.screen = .department(DepartmentScreen()) }
            } else if let field = lines[selected].field {
                ProjectScreen.show(&s, project: p, at: ItemKind.of(field: field))
            } else {
                ProjectScreen.open(&s, project: p)
            }
            return []
        }
        switch action {
        case .open:
            guard layout.rows.indices.contains(selected) else { return [] }
            let c = layout.rows[selected]
            s.onlyWithFindings = false
            if c.path.isDepartment {
                DepartmentScreen.show(&s, at: ItemKind.of(field: c.path.field))
            } else {
                ProjectScreen.show(&s, project: c.path.projectIndex, at: ItemKind.of(field: c.path.field))
            }
            s.message = "\(s.document.label(of: c.path))：导入时“\(c.imported)”，现在“\(c.current)”"
            return []
        case .back:
            if let project { ProjectScreen.open(&s, project: project) } else { s.screen = .overview }
            return []
        case .edit:
            s.message = "在这里不能修改：Enter 转到这个字段，再按 e"
            return []
        default:
            return []
        }
    }

    mutating func settle(_ s: inout AppState, _ layout: Layout) {
        if showsRevision && s.revision == nil { showsRevision = false }
        cursor.selected = max(0, min(layout.count - 1, cursor.selected))
        var view = layout.viewport(offset: cursor.offset)
        view.reveal(line: cursor.selected)
        cursor.offset = view.offset
    }

    func selectedProject(_ s: AppState, _ layout: Layout) -> Int? {
        if let lines = layout.revision {
            // The department part's lines are about no project, as its changes since import are.
            guard lines.indices.contains(cursor.selected), let p = lines[cursor.selected].project, p != FieldPath.departmentIndex else { return project }
            return p
        }
        guard layout.rows.indices.contains(cursor.selected) else { return project }
        let path = layout.rows[cursor.selected].path
        return path.isDepartment ? project : path.projectIndex
    }

    func hints(_ s: AppState) -> [(String, String)] {
        let (keys, title) = (StatusLine.keys, StatusLine.title)
        var hints = [(keys(["move.up", "move.down"]), "选择"), (keys(["view.open"]), "转到这个字段"), (keys(["view.back"]), title("view.back"))]
        if s.revision != nil { hints.append(("Tab", showsRevision ? "修改记录" : "修改稿对比")) }
        hints += [(keys(["edit.undo"]), title("edit.undo")), (keys(["app.help"]), title("app.help")), (keys(["app.quit"]), title("app.quit"))]
        return hints
    }

    // MARK: - Render

    static let titles = ["项目", "字段", "导入时", "现在", "修改人", "时间", "日志"]

    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer) {
        if let lines = layout.revision {
            renderRevision(lines, s, layout, into: &b)
            return
        }
        let rows = layout.rows
        let whose = project.map { "\(s.document.projects[$0].number).\(s.document.projects[$0].shownName)" } ?? "全部项目"
        let since = s.revision.map { "自第 \($0.version) 版导入以来" } ?? "自导入以来"
        TitleBar.draw(&b, left: [("修改记录  ", .title), ("\(whose)：\(since)改过 \(rows.count) 个字段", Style(.title, bold: true))],
                      state: s)
        let cells = rows.map { c -> [String] in
            [c.path.isDepartment ? "部门" : String(s.document.projects[c.path.projectIndex].number), s.document.label(of: c.path),
             c.imported.isEmpty ? "（空）" : c.imported, c.current.isEmpty ? "（空）" : c.current,
             c.stamp?.actor ?? "—", c.stamp.map { s.time($0.time) } ?? "—", c.stamp.map { "第 \($0.seq) 条" } ?? "—"]
        }
        let specs = Self.titles.indices.map { k in
            ColumnSpec.fitting(cells.map { $0[k] }, title: Self.titles[k], minimum: k == 2 || k == 3 ? 6 : 2,
                               maximum: k == 2 || k == 3 ? 30 : 24)
        }
        let widths = ColumnSpec.widths(specs, fitting: s.width - 2, gap: 1)
        Self.drawRow(&b, y: layout.columnTitles.y, cells: Self.titles, widths: widths, style: Style(.header, bold: true), s.glyphs)
        if rows.isEmpty {
            b.write("\(since)没有修改任何字段" + (s.revision == nil ? "" : "（Tab 看修改稿对比）"), x: 2, y: layout.list.y, style: .dim)
            return
        }
        let view = layout.viewport(offset: cursor.offset)
        for k in view.visible {
            let y = layout.list.y + k - view.offset
            let selected = k == cursor.selected
            if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: Style.normal.selected) }
            Self.drawRow(&b, y: y, cells: cells[k], widths: widths, style: selected ? Style.normal.selected : .normal, s.glyphs)
            // The new value stands out: the edited colour, as on the project screen.
            let x = 1 + widths[0...2].reduce(0, +) + 3
            b.write(DisplayWidth.clip(cells[k][3], to: widths[3], ellipsis: s.glyphs.ellipsis), x: x, y: y,
                    style: selected ? ProjectBody.editedStyle.selected : ProjectBody.editedStyle, limit: widths[3])
        }
        if view.hasMoreBelow { b.write(s.glyphs.moreBelow, x: b.width - 1, y: layout.list.bottom - 1, style: .dim) }
        Self.drawDetail(layout, s, into: &b)
    }

    /// The selected line in full under the list; when it is longer than the room, the last
    /// line shown says there is more (Enter goes to the field itself).
    static func drawDetail(_ layout: Layout, _ s: AppState, into b: inout Buffer) {
        guard !layout.detail.isEmpty else { return }
        b.hline(y: layout.detailRule.y, glyph: s.glyphs.horizontal)
        for (k, line) in layout.detail.enumerated() {
            b.draw(line, y: layout.detailRule.bottom + k, ellipsis: s.glyphs.ellipsis)
        }
        if layout.detailIsCut {
            b.write(s.glyphs.moreBelow, x: b.width - 1, y: layout.detailRule.bottom + layout.detail.count - 1, style: .dim)
        }
    }

    static func drawRow(_ b: inout Buffer, y: Int, cells: [String], widths: [Int], style: Style, _ glyphs: Glyphs) {
        var x = 1
        for (k, w) in widths.enumerated() {
            let text = DisplayWidth.clip(cells[k], to: w, ellipsis: glyphs.ellipsis)
            // The project's number right-aligned.
            let tx = k == 0 ? x + w - DisplayWidth.of(text) : x
            b.write(text, x: tx, y: y, style: style, limit: w)
            x += w + 1
        }
    }
}
