import JixiaoModel
import JixiaoRules

/// A project: its table as items to select (header, budget, 资金用途, plan, goals, each
/// indicator row), the selected item's findings in the panel, and `e` to edit the
/// selection or accept a finding's suggested fix.
public struct ProjectScreen: Hashable, Sendable, ScreenFeature {
    /// The project's index in the document.
    public var index: Int
    public var cursor = DetailCursor()

    public init(index: Int) { self.index = index }

    var screen: Screen { .project(self) }

    func layout(_ s: AppState) -> DetailLayout {
        guard s.document.projects.indices.contains(index) else {
            return DetailLayout(width: s.width, height: s.height, items: [], selected: 0)
        }
        let body = ProjectBody(s.document.projects[index], width: s.width, record: ProjectRecord(s, project: index))
        var parts = body.parts(findings: s.findings(ofProject: index))
        if s.onlyWithFindings {
            // The rows with findings, under the table's header row when any is a row.
            let anyRow = parts.contains { if case .indicator = $0.kind { !$0.findings.isEmpty } else { false } }
            parts = parts.filter { !$0.findings.isEmpty || ($0.kind == .table && anyRow) }
        }
        // The selected part shows in full: its detail lines are part of it.
        let selected = max(0, min(parts.count - 1, cursor.item))
        if parts.indices.contains(selected) {
            parts[selected].height += body.detailLines(parts[selected].kind, findings: parts[selected].findings).count
        }
        return DetailLayout(width: s.width, height: s.height, items: BodyItem.stacked(parts), selected: selected)
    }

    // MARK: - Reduce

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: DetailLayout) -> [Effect] {
        switch action {
        case .edit:
            startEdit(&s, layout)
            return []
        case .waive:
            return waive(&s, layout)
        case .toggleFilter:
            // The rows change: start again from the top.
            cursor.item = 0
            cursor.bodyOffset = 0
            return []
        default:
            break
        }
        if DetailScreen.reducePanel(&cursor, &s, action, layout, nothingToShow: "本行没有问题") { return [] }
        // Items take one line or several: half the body's height in items is about a page.
        let page = max(1, layout.body.height / 2)
        var item = cursor.item
        switch action {
        case .back:
            s.overview.selected = OverviewLayout.rows(s).firstIndex(of: .project(index)) ?? s.overview.selected
            s.screen = .overview
            return []
        case .up: item -= 1
        case .down: item += 1
        case .pageUp: item -= page
        case .pageDown: item += page
        case .first: item = 0
        case .last: item = layout.items.count - 1
        case .open:
            if !layout.panelFindings.isEmpty { cursor.focus = .findings } else { s.message = "本行没有问题" }
            return []
        default:
            return []
        }
        item = max(0, min(layout.items.count - 1, item))
        if item != cursor.item {
            cursor.item = item
            cursor.finding = 0
            cursor.panelOffset = 0
        }
        return []
    }

    /// `e`: a prompt for the selected item's value — or, in the findings panel on a
    /// finding with a suggested fix, the fix, for the reviewer to confirm.
    func startEdit(_ s: inout AppState, _ layout: DetailLayout) {
        guard layout.items.indices.contains(cursor.item) else { return }
        let item = layout.items[cursor.item]
        let fields = Self.editableFields(item.kind, project: index, document: s.document)
        guard !fields.isEmpty else {
            s.message = "选择要修改的行（表头不能修改）"
            return
        }
        var path = fields[0]
        var text = s.document.value(at: path) ?? ""
        let findings = item.findings
        if findings.indices.contains(cursor.finding), cursor.focus == .findings || s.currentFinding != nil {
            let f = findings[cursor.finding]
            if let fix = f.fix {
                path = FieldPath(projectIndex: index, field: fix.field)
                text = fix.to
            } else if let field = f.location.field, case .indicator(let r) = item.kind {
                path = FieldPath(projectIndex: index, field: .indicator(row: r, field))
                text = s.document.value(at: path) ?? ""
            }
        }
        s.overlay = .prompt(PromptOverlay(purpose: .edit(path, fields: fields.contains(path) ? fields : [path] + fields), text: text))
    }

    /// `w`: waive the finding selected in the panel (or take its waiver back); on the
    /// review record, take back the waivers whose finding has gone.
    func waive(_ s: inout AppState, _ layout: DetailLayout) -> [Effect] {
        if cursor.focus == .body, layout.items.indices.contains(cursor.item), layout.items[cursor.item].kind == .record {
            let stale = s.findings.staleWaivers.filter { $0.project == index + 1 }
            guard !stale.isEmpty else { s.message = "本项目没有失效的豁免"; return [] }
            return stale.map { .unwaive($0) }
        }
        return DetailScreen.waive(cursor, &s, layout)
    }

    /// The indicator row selected on the project screen on show, if one is: what `c`
    /// attaches an opinion to.
    static func selectedRow(_ s: AppState) -> Int? {
        guard case .project(let screen) = s.screen else { return nil }
        let items = screen.layout(s).items
        guard items.indices.contains(screen.cursor.item), case .indicator(let r) = items[screen.cursor.item].kind else { return nil }
        return r
    }

    /// The fields of an item, the one `e` edits first.
    static func editableFields(_ kind: ItemKind, project p: Int, document: Document) -> [FieldPath] {
        let fields: [ProjectField]
        switch kind {
        case .header: fields = [.name, .heading, .code]
        case .budget: fields = ProjectField.BudgetPart.allCases.map { .budget($0) }
        case .usage: fields = [.usage]
        case .plan: fields = document.projects[p].spendingPlan.checkpoints.map { .plan(month: $0.month) }
        // By position, as `goal.N` is: the printed numbers may skip, repeat or start at 2.
        case .goals: fields = document.projects[p].goals.indices.map { .goal($0 + 1) }
        case .indicator(let r): fields = [IndicatorField.value, .basis, .description, .name, .level2].map { .indicator(row: r, $0) }
        case .record, .table, .notes, .paragraph: fields = []
        }
        return fields.map { FieldPath(projectIndex: p, field: $0) }
    }

    mutating func settle(_ s: inout AppState, _ layout: DetailLayout) {
        // The document no longer has this project: back to the overview.
        guard s.document.projects.indices.contains(index) else {
            s.screen = .overview
            return
        }
        DetailScreen.settle(&cursor, layout, revealingTheSelection: true)
    }

    func selectedProject(_ s: AppState, _ layout: DetailLayout) -> Int? { index }

    /// n and N go on from the finding highlighted in the panel, or else from the selected row.
    func findingCursor(_ s: AppState, _ layout: DetailLayout) -> FindingCursor {
        let findings = layout.panelFindings
        if findings.indices.contains(cursor.finding), s.currentFinding != nil || cursor.focus == .findings,
           let i = s.ordered.firstIndex(of: findings[cursor.finding]) {
            return .on(i)
        }
        let order = Dictionary(layout.items.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { a, _ in a })
        return .before(s.ordered.firstIndex { f in
            guard let fp = f.projectIndex else { return false }
            if fp != index { return fp > index }
            return (order[ItemKind.of(f)] ?? 0) >= cursor.item
        } ?? s.ordered.count)
    }

    func hints(_ s: AppState) -> [(String, String)] { DetailScreen.hints(cursor) }

    // MARK: - Render

    func render(_ s: AppState, _ layout: DetailLayout, into b: inout Buffer) {
        let p = s.document.projects[index]
        let status = s.document.review.status(ofProjectAt: index)
        var right: [(String, Style)] = [(status.chinese, ReviewMarks.style(status)), ("  ", .normal)]
        for (k, c) in Marks.counts(s.findings(ofProject: index)).enumerated() { right.append(((k == 0 ? "" : " ") + c.0, c.1)) }
        TitleBar.draw(&b, left: [("\(p.number)/\(s.document.projects.count)  ", .title), (p.name, .title),
                                 ("  \(p.code)", .dim)] + (s.onlyWithFindings ? [("  [只看有问题的]", .dim)] : []),
                      right: right, state: s)
        let body = ProjectBody(p, width: s.width, record: ProjectRecord(s, project: index))
        let selected = layout.items.indices.contains(cursor.item) ? layout.items[cursor.item] : nil
        let selection = selected.map { describe($0.kind, p) }
        // The selected part's own lines are highlighted; its detail lines under them are not.
        let highlighted = selected.map { item in
            item.lines.lowerBound..<item.lines.upperBound - body.detailLines(item.kind, findings: item.findings).count
        }
        let all = s.findings(ofProject: index)
        let nothing = !all.contains(where: \.isOpen) ? (all.isEmpty ? " 本项目没有发现问题 " : " 本项目的问题都已豁免 ")
            : " 本行没有问题（本项目 " + Marks.counts(all).map(\.0).joined(separator: " ") + "，n 到下一个问题） "
        DetailScreen.render(s, layout, cursor, lines: { body.lines(of: $0, glyphs: s.glyphs, expanded: $0.kind == selected?.kind) },
                            highlighted: highlighted, selection: selection, nothing: nothing, into: &b)
    }

    /// `第 1 行 公共机构节能工作经费金额` — the selection, for the panel's heading.
    func describe(_ kind: ItemKind, _ p: Project) -> String {
        switch kind {
        case .header: "表头"
        case .record: "审核意见"
        case .budget: "预算"
        case .usage: "资金用途"
        case .plan: "资金支出计划"
        case .goals: "绩效目标"
        case .table: "绩效指标"
        case .notes: "表下注记"
        case .indicator(let r): "第 \(r) 行 " + p.indicators[r - 1].name
        case .paragraph: ""
        }
    }

    // MARK: - Getting here

    /// Opens project `index`; the cursor stays where it is if that project is on show.
    /// A project opened afresh lands on its first finding's part, so the panel shows what
    /// to look at first; a project without findings, on its header.
    static func open(_ s: inout AppState, project index: Int) {
        guard s.screen.projectIndex != index else { return }
        var screen = ProjectScreen(index: index)
        if s.document.projects.indices.contains(index),
           let first = screen.layout(s).items.firstIndex(where: { !$0.findings.isEmpty }) {
            screen.cursor.item = first
        }
        s.screen = .project(screen)
    }

    /// Opens the project of `finding` at the item it is shown on, highlighted in the panel.
    static func show(_ s: inout AppState, finding: Finding, project index: Int) {
        open(&s, project: index)
        guard case .project(var screen) = s.screen else { return }
        let items = screen.layout(s).items
        let kind = ItemKind.of(finding)
        screen.cursor.item = items.firstIndex { $0.kind == kind } ?? 0
        let inItem = items.indices.contains(screen.cursor.item) ? items[screen.cursor.item].findings : []
        screen.cursor.finding = inItem.firstIndex(of: finding) ?? 0
        screen.cursor.panelOffset = 0
        s.screen = .project(screen)
    }

    /// The kind of the part selected on the project screen on show, if one is.
    static func selectedKind(_ s: AppState) -> ItemKind? {
        guard case .project(let screen) = s.screen else { return nil }
        let items = screen.layout(s).items
        return items.indices.contains(screen.cursor.item) ? items[screen.cursor.item].kind : nil
    }

    /// Selects the part of `kind` again after the parts changed around it: an opinion or a
    /// stale waiver adds the 审核意见 part above it, and the selection must not slip.
    static func reselect(_ s: inout AppState, _ kind: ItemKind) {
        guard case .project(var screen) = s.screen,
              let i = screen.layout(s).items.firstIndex(where: { $0.kind == kind }), i != screen.cursor.item else { return }
        screen.cursor.item = i
        s.screen = .project(screen)
    }

    /// Opens project `index` at the first item of `kind`, the body focused.
    static func show(_ s: inout AppState, project index: Int, at kind: ItemKind) {
        open(&s, project: index)
        guard case .project(var screen) = s.screen else { return }
        screen.cursor.item = screen.layout(s).items.firstIndex { $0.kind == kind } ?? 0
        screen.cursor.focus = .body
        screen.cursor.finding = 0
        screen.cursor.panelOffset = 0
        s.screen = .project(screen)
    }
}
