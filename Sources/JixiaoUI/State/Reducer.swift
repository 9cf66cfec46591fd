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
        let layout = OverviewLayout(s)
        let rows = layout.rows
        var sel = s.overview.selected
        switch action {
        case .up: sel -= 1
        case .down: sel += 1
        case .pageUp: sel -= layout.list.height
        case .pageDown: sel += layout.list.height
        case .first: sel = 0
        case .last: sel = rows.count - 1
        case .open:
            guard let row = layout.row(sel) else { return }
            switch row {
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
        let layout = DetailLayout(s)
        let items = layout.items
        let findings = layout.panelFindings
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
                    s.overview.selected = OverviewLayout.rows(s).firstIndex(of: .project(i)) ?? s.overview.selected
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
            var view = layout.bodyViewport(offset: pos.scroll)
            switch action {
            case .up: view.scroll(by: -1)
            case .down: view.scroll(by: 1)
            case .pageUp: view.pageUp()
            case .pageDown: view.pageDown()
            case .first: view.scrollToTop()
            case .last: view.scrollToBottom()
            case .open: if !findings.isEmpty { pos.focus = .findings }
            default: break
            }
            pos.scroll = view.offset
            return
        }
        // Items take one line or several: half the body's height in items is about a page.
        let page = max(1, layout.body.height / 2)
        var item = pos.item
        switch action {
        case .up: item -= 1
        case .down: item += 1
        case .pageUp: item -= page
        case .pageDown: item += page
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
            var view = Overlays.helpLayout(s).viewport(offset: scroll)
            switch action {
            case .back, .help, .open: s.overlay = nil; return []
            default: scrollPopup(&view, action)
            }
            s.overlay = .help(scroll: view.offset)
        case .ruleHelp(let rule, let scroll):
            var view = Overlays.ruleHelpLayout(s, rule: rule).viewport(offset: scroll)
            switch action {
            case .back, .open: s.overlay = nil; return []
            default: scrollPopup(&view, action)
            }
            s.overlay = .ruleHelp(rule: rule, scroll: view.offset)
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

    static func scrollPopup(_ view: inout Viewport, _ action: Action) {
        switch action {
        case .up: view.scroll(by: -1)
        case .down: view.scroll(by: 1)
        case .pageDown: view.pageDown()
        case .pageUp: view.pageUp()
        default: break
        }
    }

    static func jump(_ s: inout AppState, to hit: SearchHit) {
        s.onlyWithFindings = false
        open(&s, project: hit.project)
        s.project.item = DetailLayout(s).items.firstIndex { $0.kind == hit.item } ?? 0
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
            let items = DetailLayout(s).items
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
            let f = DetailLayout(s).panelFindings
            guard f.indices.contains(s.project.finding), s.currentFinding != nil || s.project.focus == .findings else { return nil }
            return s.ordered.firstIndex(of: f[s.project.finding])
        }
    }

    /// The first finding at or after where the cursor is.
    static func firstAtOrAfterCursor(_ s: AppState) -> Int {
        let all = s.ordered
        switch s.screen {
        case .overview:
            guard let row = OverviewLayout(s).row(s.overview.selected) else { return 0 }
            switch row {
            case .department: return 0
            case .project(let p): return all.firstIndex { ($0.projectIndex ?? -1) >= p } ?? all.count
            }
        case .department:
            return 0
        case .project(let p):
            let items = DetailLayout(s).items
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
        let overview = OverviewLayout(s)
        s.overview.selected = max(0, min(overview.rows.count - 1, s.overview.selected))
        var list = overview.listViewport(offset: s.overview.scroll)
        list.reveal(line: s.overview.selected)
        s.overview.scroll = list.offset

        if case .project(let i) = s.screen, !s.document.projects.indices.contains(i) { s.screen = .overview }
        guard s.screen != .overview else { return }
        let layout = DetailLayout(s)
        let isDepartment = s.screen == .department
        var pos = isDepartment ? s.department : s.project
        pos.item = layout.selected
        var body = layout.bodyViewport(offset: pos.scroll)
        if !isDepartment, layout.items.indices.contains(pos.item) { body.reveal(layout.items[pos.item].lines) }
        pos.scroll = body.offset
        let findings = layout.panelFindings
        pos.finding = max(0, min(pos.finding, findings.count - 1))
        if findings.isEmpty { pos.focus = .body }
        var panel = layout.panelViewport(offset: pos.panelScroll)
        // Show the selected finding from its first line.
        if let lines = layout.panelLines(of: pos.finding) { panel.revealFromStart(lines) }
        pos.panelScroll = panel.offset
        if isDepartment { s.department = pos } else { s.project = pos }
    }
}
