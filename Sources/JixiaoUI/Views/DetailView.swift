import JixiaoTextLayout
import JixiaoModel
import JixiaoRules

/// A project, or the department part: a scrolling body of items, a separator naming the
/// selection, and the panel with the selection's findings.
enum DetailView {
    static func render(_ state: AppState, _ layout: DetailLayout, into b: inout Buffer) {
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

        // Body: only the items in view are drawn.
        let view = layout.bodyViewport(offset: pos.scroll)
        let lines: (BodyItem) -> [[Segment]]
        switch state.screen {
        case .project(let i):
            let body = ProjectBody(state.document.projects[i], width: state.width)
            lines = { body.lines(of: $0, glyphs: state.glyphs) }
        default:
            let body = DepartmentBody(state.document.overall, width: state.width)
            lines = body.lines
        }
        for (k, item) in layout.items.enumerated() where item.lines.overlaps(view.visible) {
            let selected = k == pos.item && state.screen != .department
            for (n, l) in zip(item.lines, lines(item)) where view.visible.contains(n) {
                let y = layout.body.y + n - view.offset
                if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: Style.normal.selected) }
                b.draw(l, y: y, selected: selected, ellipsis: state.glyphs.ellipsis)
            }
        }
        if layout.items.isEmpty {
            b.write("没有有问题的行（按 f 显示全部）", x: 2, y: layout.body.y, style: .dim)
        }
        // A mark at the right edge when there is more above or below.
        if view.hasMoreAbove { b.write(state.glyphs.moreAbove, x: b.width - 1, y: layout.body.y, style: .dim) }
        if view.hasMoreBelow { b.write(state.glyphs.moreBelow, x: b.width - 1, y: layout.body.bottom - 1, style: .dim) }

        // Separator and panel.
        let findings = layout.panelFindings
        b.hline(y: layout.separator.y, glyph: state.glyphs.horizontal)
        var label = " 问题 "
        if findings.isEmpty {
            label = " 没有问题 "
        } else {
            label = " 问题 \(min(pos.finding, findings.count - 1) + 1)/\(findings.count)"
            if case .project = state.screen, layout.items.indices.contains(pos.item) { label += "，" + describe(layout.items[pos.item].kind, state) }
            label += pos.focus == .findings ? "  (Enter 规则说明，Tab 返回) " : "  (Tab 进入) "
        }
        b.write(label, x: 2, y: layout.separator.y, style: Style(.header, bold: true), limit: b.width - 4)
        let panel = FindingsPanel.lines(layout.panelBlocks, findings, selected: min(pos.finding, max(0, findings.count - 1)),
                                        focused: pos.focus == .findings, width: b.width)
        let panelView = layout.panelViewport(offset: pos.panelScroll)
        for n in panelView.visible {
            b.draw(panel[n], y: layout.panel.y + n - panelView.offset, ellipsis: state.glyphs.ellipsis)
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
}
