import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// Where the reviewer is on a project or the department part: one cursor for both.
public struct DetailCursor: Hashable, Sendable {
    /// The selected body item. The project screen selects items; the department part is
    /// read, not selected, and only scrolls.
    public var item = 0
    /// First body line shown.
    public var bodyOffset = 0
    public var focus: Pane = .body
    /// Which of the panel's findings is selected.
    public var finding = 0
    /// First panel line shown.
    public var panelOffset = 0
    public init() {}
}

/// Where the keys go on a detail screen: the body, or the findings panel under it.
public enum Pane: Hashable, Sendable { case body, findings }

/// What the project and department screens share: a body over the findings panel, Tab
/// between them, the panel's own keys, and how both are drawn.
enum DetailScreen {
    /// Tab, and every key while the panel has the focus. False for an action the body
    /// takes.
    static func reducePanel(_ c: inout DetailCursor, _ s: inout AppState, _ action: Action, _ layout: DetailLayout,
                            nothingToShow: String) -> Bool {
        let findings = layout.panelFindings
        if action == .nextPane {
            if c.focus == .findings {
                c.focus = .body
            } else if findings.isEmpty {
                s.message = nothingToShow
            } else {
                c.focus = .findings
                c.finding = min(c.finding, findings.count - 1)
            }
            return true
        }
        guard c.focus == .findings else { return false }
        switch action {
        case .back: c.focus = .body
        case .up: c.finding = max(0, c.finding - 1)
        case .down: c.finding = min(max(0, findings.count - 1), c.finding + 1)
        case .first: c.finding = 0
        case .last: c.finding = max(0, findings.count - 1)
        case .open:
            if findings.indices.contains(c.finding) { s.overlay = .ruleHelp(RuleHelpOverlay(rule: findings[c.finding].rule)) }
        default: break
        }
        return true
    }

    /// The cursor back in range: the selection on an item (and in view, where items are
    /// selected), the panel's finding on one of its findings and shown from its first line.
    static func settle(_ c: inout DetailCursor, _ layout: DetailLayout, revealingTheSelection: Bool) {
        c.item = layout.selected
        var body = layout.bodyViewport(offset: c.bodyOffset)
        if revealingTheSelection, layout.items.indices.contains(c.item) { body.reveal(layout.items[c.item].lines) }
        c.bodyOffset = body.offset
        let findings = layout.panelFindings
        c.finding = max(0, min(c.finding, findings.count - 1))
        if findings.isEmpty { c.focus = .body }
        var panel = layout.panelViewport(offset: c.panelOffset)
        if let lines = layout.panelLines(of: c.finding) { panel.revealFromStart(lines) }
        c.panelOffset = panel.offset
    }

    /// `w` on the panel's selected finding (with the panel focused, or after n/N): a prompt
    /// for the reason it stands (核实无误 filled in), or — on a waived one — its waiver
    /// taken back.
    static func waive(_ c: DetailCursor, _ s: inout AppState, _ layout: DetailLayout) -> [Effect] {
        let findings = layout.panelFindings
        guard findings.indices.contains(c.finding), c.focus == .findings || s.currentFinding != nil else {
            s.message = findings.isEmpty ? "所选的这一行没有问题可以豁免" : "先按 Tab 进入问题面板，选择要豁免的问题"
            return []
        }
        let f = findings[c.finding]
        if let w = f.waiver { return [.unwaive(w)] }
        s.overlay = .prompt(PromptOverlay(purpose: .waive(f), text: Waiver.verified))
        return []
    }

    static func hints(_ c: DetailCursor) -> [(String, String)] {
        let (keys, title) = (StatusLine.keys, StatusLine.title)
        if c.focus == .findings {
            return [(keys(["move.up", "move.down"]), "选择问题"), (keys(["view.open"]), "规则说明"), (keys(["edit.value"]), "修改/采纳建议"),
                    (keys(["finding.waive"]), "豁免/取消"), ("Tab", "返回"), (keys(["finding.next", "finding.previous"]), "问题"), (keys(["app.help"]), title("app.help")),
                    (keys(["app.quit"]), title("app.quit"))]
        }
        return [(keys(["move.up", "move.down"]), "移动"), ("Tab", "问题面板"), (keys(["finding.next", "finding.previous"]), "问题"),
                (keys(["edit.value"]), title("edit.value")), (keys(["view.back"]), title("view.back")), (keys(["app.help"]), title("app.help")),
                (keys(["app.quit"]), title("app.quit")), (keys(["review.approve"]), title("review.approve")),
                (keys(["review.return"]), title("review.return")), (keys(["view.search"]), title("view.search"))]
    }

    /// The body (the items in view; the body lines `highlighted` shown as selected), the
    /// separator with the panel's count and `selection` (what is selected) — or `nothing`
    /// when the panel is empty —, and the panel.
    static func render(_ state: AppState, _ layout: DetailLayout, _ c: DetailCursor, lines: (BodyItem) -> [[Segment]],
                       highlighted: Range<Int>?, selection: String?, nothing: String, into b: inout Buffer) {
        let view = layout.bodyViewport(offset: c.bodyOffset)
        for item in layout.items where item.lines.overlaps(view.visible) {
            for (n, l) in zip(item.lines, lines(item)) where view.visible.contains(n) {
                let selected = highlighted?.contains(n) == true
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

        let findings = layout.panelFindings
        b.hline(y: layout.separator.y, glyph: state.glyphs.horizontal)
        var label = " 问题 "
        if findings.isEmpty {
            label = nothing
        } else {
            label = " 问题 \(min(c.finding, findings.count - 1) + 1)/\(findings.count)"
            if let selection { label += "，" + selection }
            label += c.focus == .findings ? "  (Enter 规则说明，Tab 返回) " : "  (Tab 进入) "
        }
        b.write(label, x: 2, y: layout.separator.y, style: Style(.header, bold: true), limit: b.width - 4)
        let panel = FindingsPanel.lines(layout.panelBlocks, findings, selected: min(c.finding, max(0, findings.count - 1)),
                                        focused: c.focus == .findings, width: b.width)
        let panelView = layout.panelViewport(offset: c.panelOffset)
        for n in panelView.visible {
            b.draw(panel[n], y: layout.panel.y + n - panelView.offset, ellipsis: state.glyphs.ellipsis)
        }
    }
}
