import JixiaoModel
import JixiaoRules

/// 部门整体绩效目标, the department part: prose to read, a paragraph at a time — ↑↓ go
/// through a paragraph taller than the screen line by line, then on to the next — and `e`
/// to edit the selected one (a 分项绩效目标: its goal, Tab its indicators). The panel lists
/// the department-level findings.
public struct DepartmentScreen: Hashable, Sendable, ScreenFeature {
    public var cursor = DetailCursor()

    public init() {}

    var screen: Screen { .department(self) }

    func layout(_ s: AppState) -> DetailLayout {
        let body = DepartmentBody(s.document.overall, width: s.width, grade: DepartmentBody.gradeLines(s), findings: s.departmentFindings)
        return DetailLayout(width: s.width, height: s.height, items: BodyItem.stacked(body.parts), selected: cursor.item,
                            panelFindings: s.departmentFindings)
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: DetailLayout) -> [Effect] {
        if action == .edit {
            startEdit(&s, layout)
            return []
        }
        if action == .waive { return DetailScreen.waive(cursor, &s, layout) }
        if DetailScreen.reducePanel(&cursor, &s, action, layout, nothingToShow: "部门部分没有问题") { return [] }
        var view = layout.bodyViewport(offset: cursor.bodyOffset)
        let items = layout.items
        let current = items.indices.contains(cursor.item) ? items[cursor.item].lines : 0..<0
        var item = cursor.item
        switch action {
        case .back: s.screen = .overview
        // A paragraph taller than the body is read line by line before the selection moves on.
        case .up:
            if current.lowerBound < view.offset { view.scroll(by: -1) } else if item > 0 { item -= 1 }
        case .down:
            if current.upperBound > view.offset + view.height { view.scroll(by: 1) } else if item < items.count - 1 { item += 1 }
        case .pageUp:
            view.pageUp()
            item = Self.item(at: view.offset, in: items)
        case .pageDown:
            view.pageDown()
            item = Self.item(at: view.offset, in: items)
        case .first:
            view.scrollToTop()
            item = 0
        case .last:
            view.scrollToBottom()
            item = max(0, items.count - 1)
        case .open: if !layout.panelFindings.isEmpty { cursor.focus = .findings }
        default: break
        }
        if item != cursor.item, items.indices.contains(item) {
            cursor.item = item
            // The panel lists every department-level finding: on a paragraph with findings of
            // its own, the panel goes to its first (settling shows it).
            if let first = items[item].findings.first, let k = layout.panelFindings.firstIndex(of: first) { cursor.finding = k }
            // Going up onto a paragraph taller than the body shows its end: reading goes on upward.
            let lines = items[item].lines
            if action == .up && lines.count > view.height {
                view.scroll(to: lines.upperBound - view.height)
            } else if action == .up || action == .down {
                view.reveal(lines)
            }
        }
        cursor.bodyOffset = view.offset
        return []
    }

    /// The paragraph at body line `line`: the one a page up or down lands on.
    static func item(at line: Int, in items: [BodyItem]) -> Int {
        items.firstIndex { $0.lines.contains(line) } ?? max(0, items.count - 1)
    }

    /// `e`: a prompt for the selected paragraph — or, in the panel on a finding with a
    /// suggested fix to the department part, the fix, for the reviewer to confirm.
    func startEdit(_ s: inout AppState, _ layout: DetailLayout) {
        let kind = layout.items.indices.contains(cursor.item) ? layout.items[cursor.item].kind : nil
        let fields = if case .paragraph(let p)? = kind { p.fields.map { FieldPath.department($0) } } else { [FieldPath]() }
        let findings = layout.panelFindings
        if findings.indices.contains(cursor.finding), cursor.focus == .findings || s.currentFinding != nil,
           let fix = findings[cursor.finding].fix, case .overall(let f) = fix.field {
            let path = FieldPath.department(f)
            s.overlay = .prompt(PromptOverlay(purpose: .edit(path, fields: fields.contains(path) ? fields : [path] + fields), text: fix.to))
            return
        }
        guard let first = fields.first else {
            s.message = kind == .paragraph(.grade) ? "综合评定按 p 修改；选择要修改的段落（↑↓）" : "选择要修改的段落（↑↓）"
            return
        }
        s.overlay = .prompt(PromptOverlay(purpose: .edit(first, fields: fields), text: s.document.value(at: first) ?? ""))
    }

    mutating func settle(_ s: inout AppState, _ layout: DetailLayout) {
        DetailScreen.settle(&cursor, layout, revealingTheSelection: false)
    }

    /// n and N go on from the finding n last showed.
    func findingCursor(_ s: AppState, _ layout: DetailLayout) -> FindingCursor {
        let findings = layout.panelFindings
        guard s.currentFinding != nil, findings.indices.contains(cursor.finding),
              let i = s.ordered.firstIndex(of: findings[cursor.finding]) else { return .before(0) }
        return .on(i)
    }

    func hints(_ s: AppState) -> [(String, String)] { DetailScreen.hints(cursor) }

    func render(_ s: AppState, _ layout: DetailLayout, into b: inout Buffer) {
        TitleBar.draw(&b, left: [("部门整体绩效目标  ", .title), (s.document.department.name, .dim)], state: s)
        let body = DepartmentBody(s.document.overall, width: s.width, grade: DepartmentBody.gradeLines(s), findings: s.departmentFindings)
        // A paragraph that can be edited shows as selected (not its section's heading); the
        // 综合评定 has its own key and stays as it is.
        let selected = layout.items.indices.contains(cursor.item) ? layout.items[cursor.item] : nil
        var highlighted: Range<Int>?
        if let selected, case .paragraph(let p) = selected.kind, !p.fields.isEmpty {
            highlighted = selected.lines.lowerBound + body.headingLines(p)..<selected.lines.upperBound
        }
        DetailScreen.render(s, layout, cursor, lines: { body.lines(of: $0, edited: s.isEdited) }, highlighted: highlighted,
                            selection: nil, nothing: " 部门部分没有问题 ", into: &b)
    }

    /// Shows the department part with the paragraph of `kind` selected and in view, the
    /// body focused: where an undo of a department edit goes.
    static func show(_ s: inout AppState, at kind: ItemKind) {
        var screen = if case .department(let d) = s.screen { d } else { DepartmentScreen() }
        screen.cursor.focus = .body
        s.screen = .department(screen)
        let layout = screen.layout(s)
        guard let k = layout.items.firstIndex(where: { $0.kind == kind }) else { return }
        screen.cursor.item = k
        var view = layout.bodyViewport(offset: screen.cursor.bodyOffset)
        view.reveal(layout.items[k].lines)
        screen.cursor.bodyOffset = view.offset
        s.screen = .department(screen)
    }

    /// Shows the department part with `finding` selected in the panel, and the paragraph
    /// it is on (if any) selected and in view; opened afresh unless it is on show.
    static func show(_ s: inout AppState, finding: Finding) {
        var screen = if case .department(let d) = s.screen { d } else { DepartmentScreen() }
        screen.cursor.finding = s.departmentFindings.firstIndex(of: finding) ?? 0
        screen.cursor.panelOffset = 0
        s.screen = .department(screen)
        let layout = screen.layout(s)
        if let k = layout.items.firstIndex(where: { $0.findings.contains(finding) }) {
            screen.cursor.item = k
            var view = layout.bodyViewport(offset: screen.cursor.bodyOffset)
            view.reveal(layout.items[k].lines)
            screen.cursor.bodyOffset = view.offset
            s.screen = .department(screen)
        }
    }
}
