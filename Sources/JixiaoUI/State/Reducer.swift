import JixiaoModel
import JixiaoRules

/// The one place state changes: `reduce(state, action) -> (state, effects)`. Pure: it
/// reads nothing outside its arguments and does nothing but return.
public enum Reducer {
    public static func reduce(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        let effects = reduce(&s, action)
        return (s, effects)
    }

    public static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        if case .resize(let w, let h) = action {
            s.width = max(0, w)
            s.height = max(0, h)
            clamp(&s)
            return []
        }
        switch action {
        case .applied, .failed, .notice: return reduceEditing(&s, action)
        default: break
        }
        // A message stays until the next key.
        s.message = nil
        if action == .quit, !isTyping(s) { return [.quit] }
        if s.isTooSmall { return [] }
        if let overlay = s.overlay { return reduceOverlay(&s, overlay, action) }

        switch action {
        case .help: s.overlay = .help(scroll: 0)
        case .startSearch: s.overlay = .search(SearchState())
        case .toggleFilter:
            s.onlyWithFindings.toggle()
            s.overview = ListPosition()
            s.project.item = 0
            s.project.scroll = 0
            s.message = s.onlyWithFindings ? "只显示有问题的项目和行（再按 f 显示全部）" : "显示全部"
            clamp(&s)
        case .nextFinding: stepFinding(&s, by: 1)
        case .previousFinding: stepFinding(&s, by: -1)
        case .edit, .undo, .redo, .approve, .returnProject, .comment, .reopen, .exportText: return reduceEditing(&s, action)
        default:
            switch s.screen {
            case .overview: reduceOverview(&s, action)
            case .project, .department: reduceDetail(&s, action)
            }
        }
        return []
    }

    static func isTyping(_ s: AppState) -> Bool {
        switch s.overlay {
        case .search?, .prompt?: return true
        default: return false
        }
    }

    // MARK: - Overview

    static func reduceOverview(_ s: inout AppState, _ action: Action) {
        let rows = OverviewView.rows(s)
        let page = Geometry.overview(width: s.width, height: s.height).bodyHeight
        var sel = s.overview.selected
        switch action {
        case .up: sel -= 1
        case .down: sel += 1
        case .pageUp: sel -= page
        case .pageDown: sel += page
        case .first: sel = 0
        case .last: sel = rows.count - 1
        case .open:
            guard rows.indices.contains(sel) else { return }
            switch rows[sel] {
            case .department: s.screen = .department; s.department = ProjectPosition()
            case .project(let i): open(&s, project: i)
            }
            return
        case .back:
            s.message = "已在部门概况；按 q 退出"
            return
        default: return
        }
        s.overview.selected = max(0, min(rows.count - 1, sel))
        clamp(&s)
    }

    static func open(_ s: inout AppState, project i: Int) {
        if s.screen != .project(i) { s.project = ProjectPosition() }
        s.screen = .project(i)
        clamp(&s)
    }

    // MARK: - Project and department

    static func reduceDetail(_ s: inout AppState, _ action: Action) {
        let items = DetailView.items(s)
        let findings = DetailView.panelFindings(s, items: items)
        let g = Geometry.detail(width: s.width, height: s.height)
        let isDepartment = s.screen == .department
        var pos = isDepartment ? s.department : s.project
        defer {
            if isDepartment { s.department = pos } else { s.project = pos }
            clamp(&s)
        }
        if action == .nextPane {
            if pos.focus == .findings {
                pos.focus = .body
            } else if findings.isEmpty {
                s.message = isDepartment ? "部门部分没有问题" : "所选的这一行没有问题"
            } else {
                pos.focus = .findings
                pos.finding = min(pos.finding, findings.count - 1)
            }
            return
        }
        if action == .back {
            if pos.focus == .findings {
                pos.focus = .body
            } else {
                if case .project(let i) = s.screen {
                    s.overview.selected = OverviewView.rows(s).firstIndex(of: .project(i)) ?? s.overview.selected
                }
                s.screen = .overview
            }
            return
        }
        if pos.focus == .findings {
            switch action {
            case .up: pos.finding = max(0, pos.finding - 1)
            case .down: pos.finding = min(max(0, findings.count - 1), pos.finding + 1)
            case .first: pos.finding = 0
            case .last: pos.finding = max(0, findings.count - 1)
            case .open:
                if findings.indices.contains(pos.finding) { s.overlay = .ruleHelp(rule: findings[pos.finding].rule, scroll: 0) }
            default: break
            }
            return
        }
        if isDepartment {
            // The department part is read, not selected: keys scroll it.
            let total = items.reduce(0) { $0 + $1.height }
            switch action {
            case .up: pos.scroll -= 1
            case .down: pos.scroll += 1
            case .pageUp: pos.scroll -= g.bodyHeight - 1
            case .pageDown: pos.scroll += g.bodyHeight - 1
            case .first: pos.scroll = 0
            case .last: pos.scroll = total
            case .open: if !findings.isEmpty { pos.focus = .findings }
            default: break
            }
            pos.scroll = max(0, min(pos.scroll, max(0, total - g.bodyHeight)))
            return
        }
        var item = pos.item
        switch action {
        case .up: item -= 1
        case .down: item += 1
        case .pageUp: item -= max(1, g.bodyHeight / 2)
        case .pageDown: item += max(1, g.bodyHeight / 2)
        case .first: item = 0
        case .last: item = items.count - 1
        case .open:
            if !findings.isEmpty { pos.focus = .findings } else { s.message = "所选的这一行没有问题" }
            return
        default: return
        }
        item = max(0, min(items.count - 1, item))
        if item != pos.item {
            pos.item = item
            pos.finding = 0
            pos.panelScroll = 0
        }
    }

    // MARK: - Overlays

    static func reduceOverlay(_ s: inout AppState, _ overlay: Overlay, _ action: Action) -> [Effect] {
        switch overlay {
        case .prompt(let prompt):
            return reducePrompt(&s, prompt, action)
        case .help(let scroll):
            let limit = maxScroll(s, lines: Overlays.helpLines().count)
            switch action {
            case .back, .help, .open: s.overlay = nil
            case .up: s.overlay = .help(scroll: max(0, scroll - 1))
            case .down: s.overlay = .help(scroll: min(limit, scroll + 1))
            case .pageDown: s.overlay = .help(scroll: min(limit, scroll + 10))
            case .pageUp: s.overlay = .help(scroll: max(0, scroll - 10))
            default: break
            }
        case .ruleHelp(let rule, let scroll):
            let limit = maxScroll(s, lines: Overlays.ruleLines(rule, width: Overlays.box(s).width - 4).count)
            switch action {
            case .back, .open: s.overlay = nil
            case .up: s.overlay = .ruleHelp(rule: rule, scroll: max(0, scroll - 1))
            case .down: s.overlay = .ruleHelp(rule: rule, scroll: min(limit, scroll + 1))
            case .pageDown: s.overlay = .ruleHelp(rule: rule, scroll: min(limit, scroll + 10))
            case .pageUp: s.overlay = .ruleHelp(rule: rule, scroll: max(0, scroll - 10))
            default: break
            }
        case .search(var search):
            let hits = Search.hits(s.document, search.query)
            switch action {
            case .input(let c): search.query.append(c); search.selected = 0
            case .deleteBackward: if !search.query.isEmpty { search.query.removeLast() }; search.selected = 0
            case .up: search.selected = max(0, search.selected - 1)
            case .down: search.selected = min(max(0, hits.count - 1), search.selected + 1)
            case .cancel, .back: s.overlay = nil; return []
            case .submit, .open:
                s.overlay = nil
                guard hits.indices.contains(search.selected) else {
                    s.message = search.query.isEmpty ? nil : "没有找到“\(search.query)”"
                    return []
                }
                jump(&s, to: hits[search.selected])
                s.message = "“\(search.query)”：第 \(search.selected + 1)/\(hits.count) 处"
                return []
            default: break
            }
            s.overlay = .search(search)
        }
        return []
    }

    /// How far an overlay of `lines` lines can scroll.
    static func maxScroll(_ s: AppState, lines: Int) -> Int {
        max(0, lines - (Overlays.box(s, lines: lines).height - 2))
    }

    static func jump(_ s: inout AppState, to hit: SearchHit) {
        s.onlyWithFindings = false
        open(&s, project: hit.project)
        let items = DetailView.items(s)
        s.project.item = items.firstIndex { $0.kind == hit.item } ?? 0
        s.project.focus = .body
        s.project.finding = 0
        s.project.panelScroll = 0
        clamp(&s)
    }

    // MARK: - Findings across projects

    /// n / N: the next or previous finding in document order, opening its project.
    static func stepFinding(_ s: inout AppState, by step: Int) {
        let all = s.ordered
        guard !all.isEmpty else {
            s.message = "没有发现问题"
            return
        }
        var target: Int
        if let current = highlighted(s) {
            target = current + step
        } else {
            let after = firstAtOrAfterCursor(s)
            target = step > 0 ? after : after - 1
        }
        var wrapped = false
        if target >= all.count { target = 0; wrapped = true }
        if target < 0 { target = all.count - 1; wrapped = true }
        go(&s, to: target)
        let f = all[target]
        let rule = RuleCatalogue.rule(f.rule)?.title ?? f.rule
        s.message = (wrapped ? (step > 0 ? "已回到第一个问题。" : "已到最后一个问题。") : "") +
            "问题 \(target + 1)/\(all.count)（\(f.severity.chinese)）：\(rule)"
    }

    /// Shows finding `i` of `ordered`: its project (or the department part), its item, and
    /// the finding highlighted in the panel.
    static func go(_ s: inout AppState, to i: Int) {
        let f = s.ordered[i]
        s.overlay = nil
        s.currentFinding = i
        if let p = f.projectIndex {
            open(&s, project: p)
            let items = DetailView.items(s)
            let kind = ItemKind.of(f)
            s.project.item = items.firstIndex { $0.kind == kind } ?? 0
            let inItem = items.indices.contains(s.project.item) ? items[s.project.item].findings : []
            s.project.finding = inItem.firstIndex(of: f) ?? 0
            s.project.panelScroll = 0
        } else {
            s.screen = .department
            s.department.finding = s.departmentFindings.firstIndex(of: f) ?? 0
            s.department.panelScroll = 0
        }
        clamp(&s)
    }

    /// The index in `ordered` of the finding the panel highlights, if the cursor is on one.
    static func highlighted(_ s: AppState) -> Int? {
        switch s.screen {
        case .overview:
            return nil
        case .department:
            let f = s.departmentFindings
            guard f.indices.contains(s.department.finding), s.currentFinding != nil else { return nil }
            return s.ordered.firstIndex(of: f[s.department.finding])
        case .project:
            let items = DetailView.items(s)
            let f = DetailView.panelFindings(s, items: items)
            guard f.indices.contains(s.project.finding), s.currentFinding != nil || s.project.focus == .findings else { return nil }
            return s.ordered.firstIndex(of: f[s.project.finding])
        }
    }

    /// The first finding at or after where the cursor is.
    static func firstAtOrAfterCursor(_ s: AppState) -> Int {
        let all = s.ordered
        switch s.screen {
        case .overview:
            let rows = OverviewView.rows(s)
            guard rows.indices.contains(s.overview.selected) else { return 0 }
            switch rows[s.overview.selected] {
            case .department: return 0
            case .project(let p): return all.firstIndex { ($0.projectIndex ?? -1) >= p } ?? all.count
            }
        case .department:
            return 0
        case .project(let p):
            let items = DetailView.items(s)
            let order = Dictionary(items.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { a, _ in a })
            return all.firstIndex { f in
                guard let fp = f.projectIndex else { return false }
                if fp != p { return fp > p }
                return (order[ItemKind.of(f)] ?? 0) >= s.project.item
            } ?? all.count
        }
    }

    // MARK: - Keeping selections and scrolls in range

    static func clamp(_ s: inout AppState) {
        let rows = OverviewView.rows(s)
        let og = Geometry.overview(width: s.width, height: s.height)
        s.overview.selected = max(0, min(rows.count - 1, s.overview.selected))
        if s.overview.selected < s.overview.scroll { s.overview.scroll = s.overview.selected }
        if s.overview.selected >= s.overview.scroll + og.bodyHeight { s.overview.scroll = s.overview.selected - og.bodyHeight + 1 }
        s.overview.scroll = max(0, min(s.overview.scroll, max(0, rows.count - og.bodyHeight)))

        if case .project(let i) = s.screen, !s.document.projects.indices.contains(i) { s.screen = .overview }
        guard s.screen != .overview else { return }
        let items = DetailView.items(s)
        let g = Geometry.detail(width: s.width, height: s.height)
        let isDepartment = s.screen == .department
        var pos = isDepartment ? s.department : s.project
        pos.item = max(0, min(items.count - 1, pos.item))
        let starts = DetailView.starts(items)
        let total = items.reduce(0) { $0 + $1.height }
        if !isDepartment, items.indices.contains(pos.item) {
            let top = starts[pos.item], bottom = top + items[pos.item].height
            if top < pos.scroll { pos.scroll = top }
            // Below the view: scroll until its end shows, but never past its start.
            if bottom > pos.scroll + g.bodyHeight { pos.scroll = min(top, bottom - g.bodyHeight) }
        }
        pos.scroll = max(0, min(pos.scroll, max(0, total - g.bodyHeight)))
        let findings = DetailView.panelFindings(s, items: items, item: pos.item)
        pos.finding = max(0, min(pos.finding, findings.count - 1))
        if findings.isEmpty { pos.focus = .body }
        let panel = FindingsPanel.lines(findings, selected: pos.finding, focused: pos.focus == .findings, width: s.width)
        if panel.starts.indices.contains(pos.finding) {
            let top = panel.starts[pos.finding]
            let bottom = pos.finding + 1 < panel.starts.count ? panel.starts[pos.finding + 1] : panel.lines.count
            // Show the selected finding from its first line.
            if top < pos.panelScroll || bottom > pos.panelScroll + g.panelHeight { pos.panelScroll = top }
        }
        pos.panelScroll = max(0, min(pos.panelScroll, max(0, panel.lines.count - g.panelHeight)))
        if isDepartment { s.department = pos } else { s.project = pos }
    }
}
