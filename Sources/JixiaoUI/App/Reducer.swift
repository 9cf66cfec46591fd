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
        let effects = reduceApp(&s, action)
        Router.settle(&s)
        return effects
    }

    static func reduceApp(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            return []
        case .applied, .failed, .notice:
            return Review.reduce(&s, action)
        default:
            break
        }
        // A message stays until the next key; so does a prompt kept to reopen if saving fails.
        s.message = nil
        s.pendingPrompt = nil
        if action == .quit, !Router.takesText(s) { return [.quit] }
        if s.isTooSmall { return [] }
        if case .paste = action, !Router.takesText(s) {
            // Pasted text is never taken as keys: `意见⏎ja` must not approve anything.
            s.message = "没有打开输入框，粘贴的文字未使用（e 修改、c 写意见、/ 搜索时可以粘贴）"
            return []
        }
        if s.overlay != nil { return Router.reduce(&s, action) }
        if Router.open(&s, by: action) { return [] }

        switch action {
        case .toggleFilter:
            s.onlyWithFindings.toggle()
            s.overview = ListCursor()
            s.message = s.onlyWithFindings ? "只显示有问题的项目和行（再按 f 显示全部）" : "显示全部"
            // The screen on show has other rows now.
            return Router.reduce(&s, action)
        case .nextFinding:
            FindingNavigation.step(&s, by: 1)
        case .previousFinding:
            FindingNavigation.step(&s, by: -1)
        case .edit, .undo, .redo, .approve, .returnProject, .comment, .reopen, .exportText:
            return Review.reduce(&s, action)
        default:
            return Router.reduce(&s, action)
        }
        return []
    }
}
