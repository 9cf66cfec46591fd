import JixiaoRules

/// 部门整体绩效目标, the department part: prose to read, so the keys scroll it; the panel
/// lists the department-level findings.
public struct DepartmentScreen: Hashable, Sendable, ScreenFeature {
    public var cursor = DetailCursor()

    public init() {}

    var screen: Screen { .department(self) }

    func layout(_ s: AppState) -> DetailLayout {
        let body = DepartmentBody(s.document.overall, width: s.width, grade: DepartmentBody.gradeLines(s))
        return DetailLayout(width: s.width, height: s.height, items: BodyItem.stacked(body.parts), selected: cursor.item,
                            panelFindings: s.departmentFindings)
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: DetailLayout) -> [Effect] {
        if action == .edit {
            s.message = "部门部分在这里不能修改"
            return []
        }
        if action == .waive { return DetailScreen.waive(cursor, &s, layout) }
        if DetailScreen.reducePanel(&cursor, &s, action, layout, nothingToShow: "部门部分没有问题") { return [] }
        var view = layout.bodyViewport(offset: cursor.bodyOffset)
        switch action {
        case .back: s.screen = .overview
        case .up: view.scroll(by: -1)
        case .down: view.scroll(by: 1)
        case .pageUp: view.pageUp()
        case .pageDown: view.pageDown()
        case .first: view.scrollToTop()
        case .last: view.scrollToBottom()
        case .open: if !layout.panelFindings.isEmpty { cursor.focus = .findings }
        default: break
        }
        cursor.bodyOffset = view.offset
        return []
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
        let body = DepartmentBody(s.document.overall, width: s.width, grade: DepartmentBody.gradeLines(s))
        DetailScreen.render(s, layout, cursor, lines: body.lines, highlighted: nil, selection: nil, nothing: " 部门部分没有问题 ", into: &b)
    }

    /// Shows the department part with `finding` selected in the panel; opened afresh
    /// unless it is on show.
    static func show(_ s: inout AppState, finding: Finding) {
        var screen = if case .department(let d) = s.screen { d } else { DepartmentScreen() }
        screen.cursor.finding = s.departmentFindings.firstIndex(of: finding) ?? 0
        screen.cursor.panelOffset = 0
        s.screen = .department(screen)
    }
}
