import JixiaoRules

/// A row of the overview list.
public enum OverviewRow: Hashable, Sendable {
    case department
    case project(Int)
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
