import JixiaoTextLayout

/// The bottom of the screen: the keys that matter here on the last line — each screen and
/// overlay says which, with their keys and names from the command registry — and above
/// it, while there is one, the message, in up to two lines over the bottom of the screen.
/// A message is broken by the one line-breaking rule (no number parted from its unit, no
/// word cut), a path in it shortened from the middle when that makes it fit; a message
/// longer still opens in a pop-up (`MessageOverlay`).
public enum StatusLine {
    /// A message takes at most this many lines above the keys.
    static let messageLines = 2
    /// Paths in a message that does not fit are shortened to these widths, in turn.
    static let pathWidths = [48, 36, 24]

    /// (keys, what they do) for the current context.
    public static func hints(_ state: AppState) -> [(String, String)] {
        if state.isTooSmall { return [(keys(["app.quit"]), title("app.quit"))] }
        var hints = Router.hints(state)
        if state.overlay == nil, state.searchMatch != nil {
            hints.insert(contentsOf: [(keys(["finding.next", "finding.previous"]), "下一处/上一处"), ("Esc", "结束搜索")], at: 0)
        }
        return hints
    }

    /// The first key of each command: `n/N`; an up-down pair is written together, `↑↓`.
    static func keys(_ ids: [String]) -> String {
        ids.compactMap { Commands.command($0)?.keys.first?.label }.joined(separator: ids.count == 2 && ids[0].hasPrefix("move") ? "" : "/")
    }

    static func title(_ id: String) -> String { Commands.command(id)?.title ?? id }

    /// `message` as shown at `width`: its lines, the home folder written `~`, paths
    /// shortened from the middle only as far as it takes; nil when it needs more than
    /// `messageLines` even so.
    public static func lines(_ message: String, width: Int, home: String = "", ellipsis: String = "…") -> [String]? {
        let room = max(2, width - 2)
        let text = withTilde(message, home: home)
        var lines = LineBreaking.lines(text, width: room)
        if lines.count <= messageLines { return lines }
        for w in pathWidths where w < room {
            lines = LineBreaking.lines(PathShortening.shorteningPaths(in: text, to: w, ellipsis: ellipsis), width: room)
            if lines.count <= messageLines { return lines }
        }
        return nil
    }

    /// Paths in the reviewer's home folder written as the shell writes them: `~/…`.
    static func withTilde(_ text: String, home: String) -> String {
        home.count > 1 ? text.replacing(home + "/", with: "~/") : text
    }

    /// The message's lines at this state's width: a message too long for them shows its
    /// first lines (it opens in a pop-up when nothing else is open).
    static func messageLines(_ state: AppState) -> [String] {
        guard let message = state.message, !message.isEmpty else { return [] }
        if let lines = lines(message, width: state.width, home: state.homeFolder, ellipsis: state.glyphs.ellipsis) { return lines }
        var first = Array(LineBreaking.lines(message, width: max(2, state.width - 2)).prefix(messageLines))
        if let last = first.popLast() {
            first.append(DisplayWidth.clip(last + state.glyphs.ellipsis + state.glyphs.ellipsis, to: max(2, state.width - 2),
                                           ellipsis: state.glyphs.ellipsis))
        }
        return first
    }

    public static func render(_ state: AppState, into b: inout Buffer) {
        let area = state.statusArea
        guard area.y >= 0 else { return }
        for (k, line) in messageLines(state).enumerated() {
            let y = area.y + k
            b.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.message, bold: true, reverse: true))
            b.write(" " + line, x: 0, y: y, style: Style(.message, bold: true, reverse: true))
        }
        let line = state.statusLine
        b.fill(x: line.x, y: line.y, width: line.width, height: 1, style: .statusBar)
        var x = line.x + 1
        for (k, h) in hints(state) {
            let need = DisplayWidth.of(k) + 1 + DisplayWidth.of(h) + 2
            if x + need > line.right { break }
            x = b.write(k, x: x, y: line.y, style: .statusKey)
            x = b.write(" " + h + "  ", x: x, y: line.y, style: .statusBar)
        }
    }
}
