import JixiaoFormat
import JixiaoModel
import JixiaoRules

/// A project, or the department part: a scrolling body of items, a separator naming the
/// selection, and the panel with the selection's findings.
public enum DetailView {
    /// The items of the screen on show, filtered when only rows with findings are wanted.
    public static func items(_ state: AppState) -> [BodyItem] {
        switch state.screen {
        case .overview: return []
        case .department: return DepartmentBody.items(state)
        case .project(let i):
            let all = ProjectBody.items(state, project: i)
            return state.onlyWithFindings ? all.filter { !$0.findings.isEmpty } : all
        }
    }

    /// The findings the panel shows: the selected item's, or on the department screen all
    /// department-level findings.
    public static func panelFindings(_ state: AppState, items: [BodyItem], item: Int? = nil) -> [Finding] {
        if case .department = state.screen { return state.departmentFindings }
        let k = item ?? state.project.item
        return items.indices.contains(k) ? items[k].findings : []
    }

    public static func render(_ state: AppState, into b: inout Buffer) {
        let g = Geometry.detail(width: state.width, height: state.height)
        let items = items(state)
        let pos = state.screen == .department ? state.department : state.project

        // Title.
        switch state.screen {
        case .project(let i):
            let p = state.document.projects[i]
            var right: [(String, Style)] = [(state.document.review.status(ofProjectAt: i).chinese + "  ", .normal)]
            for (k, c) in Marks.counts(state.findings(ofProject: i)).enumerated() { right.append(((k == 0 ? "" : " ") + c.0, c.1)) }
            TitleBar.draw(&b, left: [("\(p.number)/\(state.document.projects.count)  ", .title), (p.name, .title),
                                     ("  \(p.code)", .dim)] + (state.onlyWithFindings ? [("  [只看有问题的]", .dim)] : []),
                          right: right, state: state)
        default:
            TitleBar.draw(&b, left: [("部门整体绩效目标  ", .title), (state.document.department.name, .dim)], state: state)
        }

        // Body.
        var line = 0
        for (k, item) in items.enumerated() {
            for l in item.lines {
                let y = g.bodyTop + line - pos.scroll
                if y >= g.bodyTop && y < g.bodyTop + g.bodyHeight {
                    let selected = k == pos.item && state.screen != .department
                    if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: Style.normal.selected) }
                    b.draw(l, y: y, selected: selected, ellipsis: state.glyphs.ellipsis)
                }
                line += 1
            }
        }
        if items.isEmpty {
            b.write("没有有问题的行（按 f 显示全部）", x: 2, y: g.bodyTop, style: .dim)
        }
        // A mark at the right edge when there is more above or below.
        if pos.scroll > 0 { b.write(state.glyphs.moreAbove, x: b.width - 1, y: g.bodyTop, style: .dim) }
        if line - pos.scroll > g.bodyHeight {
            b.write(state.glyphs.moreBelow, x: b.width - 1, y: g.bodyTop + g.bodyHeight - 1, style: .dim)
        }

        // Separator and panel.
        let findings = panelFindings(state, items: items)
        b.hline(y: g.panelTop - 1, glyph: state.glyphs.horizontal)
        var label = " 问题 "
        if findings.isEmpty {
            label = " 没有问题 "
        } else {
            label = " 问题 \(min(pos.finding, findings.count - 1) + 1)/\(findings.count)"
            if case .project = state.screen, items.indices.contains(pos.item) { label += "，" + describe(items[pos.item].kind, state) }
            label += pos.focus == .findings ? "  (Enter 规则说明，Tab 返回) " : "  (Tab 进入) "
        }
        b.write(label, x: 2, y: g.panelTop - 1, style: Style(.header, bold: true), limit: b.width - 4)
        let panel = FindingsPanel.lines(findings, selected: min(pos.finding, max(0, findings.count - 1)),
                                        focused: pos.focus == .findings, width: b.width)
        for (k, l) in panel.lines.dropFirst(pos.panelScroll).prefix(g.panelHeight).enumerated() {
            b.draw(l, y: g.panelTop + k, ellipsis: state.glyphs.ellipsis)
        }
    }

    /// `第 1 行 公共机构节能工作经费金额` — the selection, for the panel's heading.
    static func describe(_ kind: ItemKind, _ state: AppState) -> String {
        guard case .project(let i) = state.screen else { return "" }
        switch kind {
        case .header: return "表头"
        case .budget: return "预算"
        case .usage: return "资金用途"
        case .plan: return "资金支出计划"
        case .goals: return "绩效目标"
        case .table: return "绩效指标"
        case .indicator(let r): return "第 \(r) 行 " + state.document.projects[i].indicators[r - 1].name
        case .paragraph: return ""
        }
    }

    /// Line offsets of each item in the body.
    static func starts(_ items: [BodyItem]) -> [Int] {
        var out: [Int] = []
        var n = 0
        for i in items { out.append(n); n += i.height }
        return out
    }
}
