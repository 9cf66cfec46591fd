import JixiaoTextLayout

/// The one place state changes: `reduce(state, action) -> (state, effects)`. Pure: it
/// reads nothing outside its arguments and does nothing but return. What concerns the
/// whole workstation is handled here; the rest goes through `Router` to the screen or
/// overlay on show. Afterwards every cursor and scroll is settled back in range.
public enum Reducer {
    public static func reduce(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        let effects = reduce(&s, action)
        return (s, effects)
    }

    public static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        // Scrolling and wrapping measure text as the renderer will draw it.
        DisplayWidth.$drawingASCII.withValue(s.glyphs.onlyASCII) {
            let unrecognized = if case .unrecognized = action { true } else { false }
            let messageLines = unrecognized ? StatusLine.messageLines(s).count : 0
            let effects = reduceApp(&s, action)
            // A key that does nothing here changes only the message: when it takes as many
            // lines as the one before (the same message, key after key), nothing moved and
            // nothing is laid out again to settle it. (Text pasted where the terminal does not
            // mark pastes arrives as keys — a million of them on the 部门 part, each laying out
            // its text again, took minutes; found by scripts/fuzz-workstation.)
            if unrecognized, effects.isEmpty, StatusLine.messageLines(s).count == messageLines {
                settleMessage(&s)
            } else {
                settle(&s)
            }
            return effects
        }
    }

    /// Every cursor and scroll back in range; a message too long for the status area
    /// opened in a pop-up, so nothing of it is cut (over a screen only: an open prompt
    /// keeps what is typed, and the message shows its start).
    public static func settle(_ s: inout AppState) {
        settleMessage(&s)
        Router.settle(&s)
    }

    /// A message too long for the status area opened in a pop-up.
    static func settleMessage(_ s: inout AppState) {
        if s.overlay == nil, !s.isTooSmall, let message = s.message, !message.isEmpty,
           StatusLine.lines(message, width: s.width, home: s.homeFolder, ellipsis: s.glyphs.ellipsis) == nil {
            s.overlay = .message(MessageOverlay(text: message))
            s.message = nil
        }
    }

    static func reduceApp(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            return []
        case .applied, .failed, .notice, .exportExists, .revised:
            return Review.reduce(&s, action)
        case .documentOpened(let opened):
            s = s.opening(opened)
            return []
        case .workspaceListed(let listing):
            if s.workspace == nil {
                s.workspace = WorkspacePicker(listing)
                s.workspace?.list.utcOffset = s.utcOffset
            } else {
                s.workspace?.refresh(listing)
            }
            s.screen = .workspace
            s.overlay = nil
            s.message = listing.message
            return []
        default:
            break
        }
        // A message stays until the next key; so does a prompt kept to reopen if saving
        // fails, and a number being typed.
        s.message = nil
        s.pendingPrompt = nil
        let number = s.typedNumber
        s.typedNumber = nil
        if action == .quit, !Router.takesText(s) { return [.quit] }
        if s.isTooSmall { return [] }
        if case .paste = action, !Router.takesText(s) {
            // Pasted text is never taken as keys: `意见⏎ja` must not approve anything.
            s.message = "没有打开输入框，粘贴的文字未使用（e 修改、c 写意见、/ 搜索时可以粘贴）"
            return []
        }
        if case .unrecognized(let key) = action {
            let name = if case .unknown(let sequence) = key { "未知按键（\(sequence)）" } else { "“\(key.label)”" }
            s.message = name + "在这里没有用；按 ? 查看全部按键"
            return []
        }
        if s.overlay != nil { return Router.reduce(&s, action) }
        // The department picker has no document open: only help opens over it, the rest is its own.
        if s.screen == .workspace {
            if action == .help, Router.open(&s, by: action) { return [] }
            return Router.reduce(&s, action)
        }
        if case .digit(let d) = action {
            typeNumber(&s, (number ?? "") + String(d))
            return []
        }
        if let number, action == .open || action == .back {
            if action == .open { openProject(&s, numbered: number) }
            return []
        }
        if s.searchMatch != nil, action == .back {
            SearchNavigation.end(&s)
            return []
        }
        if Router.open(&s, by: action) { return [] }

        switch action {
        case .toggleFilter:
            s.onlyWithFindings.toggle()
            s.overview = ListCursor()
            s.message = s.onlyWithFindings ? "只显示有问题的项目和行（再按 f 显示全部）" : "显示全部"
            // The screen on show has other rows now.
            return Router.reduce(&s, action)
        case .nextFinding, .previousFinding:
            let step = action == .nextFinding ? 1 : -1
            if s.searchMatch != nil { SearchNavigation.step(&s, by: step) } else { FindingNavigation.step(&s, by: step) }
        case .walkMode:
            FindingNavigation.changeWalk(&s)
        case .edit, .undo, .redo, .approve, .approveAll, .returnAll, .returnProject, .comment, .reopen, .exportText, .waive, .grade, .importRevision:
            return Review.reduce(&s, action)
        default:
            return Router.reduce(&s, action)
        }
        return []
    }

    /// Digits typed on a screen: a project's number, shown until Enter opens it.
    static let longestNumber = 4

    static func typeNumber(_ s: inout AppState, _ digits: String) {
        let digits = String(digits.suffix(longestNumber))
        s.typedNumber = digits
        s.message = "打开第 \(digits) 个项目：按 Enter（Esc 取消）"
    }

    /// Enter after a number: that project, as its number is printed (1-based).
    static func openProject(_ s: inout AppState, numbered digits: String) {
        guard let n = Int(digits), let i = s.document.projects.firstIndex(where: { $0.number == n }) else {
            s.message = "没有第 \(digits) 个项目（共 \(s.document.projects.count) 个）"
            return
        }
        s.onlyWithFindings = s.onlyWithFindings && !s.findings(ofProject: i).isEmpty
        s.overview.selected = OverviewLayout.rows(s).firstIndex(of: .project(i)) ?? s.overview.selected
        ProjectScreen.open(&s, project: i)
    }
}
