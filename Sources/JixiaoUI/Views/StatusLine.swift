import JixiaoTextLayout

/// The last line: a message when there is one, otherwise the keys that matter here,
/// taken from the command registry.
public enum StatusLine {
    /// (keys, what they do) for the current context.
    public static func hints(_ state: AppState) -> [(String, String)] {
        func keys(_ ids: String...) -> String {
            ids.compactMap { Commands.command($0)?.keys.first?.label }.joined(separator: ids.count == 2 && ids[0].hasPrefix("move") ? "" : "/")
        }
        func title(_ id: String) -> String { Commands.command(id)?.title ?? id }
        if state.isTooSmall { return [(keys("app.quit"), title("app.quit"))] }
        switch state.overlay {
        case .help?: return [("↑↓", "滚动"), (keys("view.back"), "关闭")]
        case .ruleHelp?: return [("↑↓", "滚动"), (keys("view.back"), "关闭")]
        case .search?: return [("输入", "搜索"), ("↑↓", "选择"), ("Enter", "跳转"), ("Esc", "取消")]
        case .prompt(let p)?:
            if case .edit = p.purpose { return [("Enter", "保存"), ("Tab", "换字段"), ("Backspace", "删除"), ("Esc", "取消")] }
            return [("Enter", "确定"), ("Backspace", "删除"), ("Esc", "取消")]
        case nil: break
        }
        switch state.screen {
        case .overview:
            return [(keys("move.up", "move.down"), "选择"), (keys("view.open"), title("view.open")),
                    (keys("finding.next", "finding.previous"), "问题"), (keys("app.help"), title("app.help")), (keys("app.quit"), title("app.quit")),
                    (keys("view.search"), title("view.search")), (keys("review.approve"), title("review.approve")),
                    (keys("view.filter"), title("view.filter"))]
        case .project, .department:
            if state.project.focus == .findings || (state.screen == .department && state.department.focus == .findings) {
                return [(keys("move.up", "move.down"), "选择问题"), (keys("view.open"), "规则说明"), (keys("edit.value"), "修改/采纳建议"),
                        ("Tab", "返回"), (keys("finding.next", "finding.previous"), "问题"), (keys("app.help"), title("app.help")),
                        (keys("app.quit"), title("app.quit"))]
            }
            return [(keys("move.up", "move.down"), "移动"), ("Tab", "问题面板"), (keys("finding.next", "finding.previous"), "问题"),
                    (keys("edit.value"), title("edit.value")), (keys("view.back"), title("view.back")), (keys("app.help"), title("app.help")),
                    (keys("app.quit"), title("app.quit")), (keys("review.approve"), title("review.approve")),
                    (keys("review.return"), title("review.return")), (keys("view.search"), title("view.search"))]
        }
    }

    public static func render(_ state: AppState, into b: inout Buffer) {
        let y = b.height - 1
        guard y >= 0 else { return }
        b.fill(x: 0, y: y, width: b.width, height: 1, style: .statusBar)
        if let message = state.message {
            b.write(" " + message, x: 0, y: y, style: Style(.message, bold: true, reverse: true))
            return
        }
        var x = 1
        for (k, h) in hints(state) {
            let need = DisplayWidth.of(k) + 1 + DisplayWidth.of(h) + 2
            if x + need > b.width { break }
            x = b.write(k, x: x, y: y, style: .statusKey)
            x = b.write(" " + h + "  ", x: x, y: y, style: .statusBar)
        }
    }
}
