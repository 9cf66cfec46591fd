import JixiaoTextLayout

/// The last line: a message when there is one, otherwise the keys that matter here —
/// each screen and overlay says which, with their keys and names from the command registry.
public enum StatusLine {
    /// (keys, what they do) for the current context.
    public static func hints(_ state: AppState) -> [(String, String)] {
        if state.isTooSmall { return [(keys(["app.quit"]), title("app.quit"))] }
        return Router.hints(state)
    }

    /// The first key of each command: `n/N`; an up-down pair is written together, `↑↓`.
    static func keys(_ ids: [String]) -> String {
        ids.compactMap { Commands.command($0)?.keys.first?.label }.joined(separator: ids.count == 2 && ids[0].hasPrefix("move") ? "" : "/")
    }

    static func title(_ id: String) -> String { Commands.command(id)?.title ?? id }

    public static func render(_ state: AppState, into b: inout Buffer) {
        let line = state.statusLine
        guard line.y >= 0 else { return }
        b.fill(x: line.x, y: line.y, width: line.width, height: 1, style: .statusBar)
        if let message = state.message {
            b.write(" " + message, x: line.x, y: line.y, style: Style(.message, bold: true, reverse: true))
            return
        }
        var x = line.x + 1
        for (k, h) in hints(state) {
            let need = DisplayWidth.of(k) + 1 + DisplayWidth.of(h) + 2
            if x + need > line.right { break }
            x = b.write(k, x: x, y: line.y, style: .statusKey)
            x = b.write(" " + h + "  ", x: x, y: line.y, style: .statusBar)
        }
    }
}
