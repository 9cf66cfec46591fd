import JixiaoTextLayout

/// `render(state) -> Buffer`: the whole screen, a pure function of the state — the screen
/// on show, the overlay over it, the status line.
public enum Renderer {
    public static func render(_ state: AppState) -> Buffer {
        // With `--ascii` every width is measured as drawn (`DisplayWidth.drawingASCII`).
        DisplayWidth.$drawingASCII.withValue(state.glyphs.onlyASCII) { drawn(state) }
    }

    private static func drawn(_ state: AppState) -> Buffer {
        var b = Buffer(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            TooSmall.render(state, into: &b)
            return b
        }
        Router.render(state, into: &b)
        // After a search, where its query occurs on the screen, between title and keys.
        if state.overlay == nil, state.searchMatch != nil, let query = state.lastSearch {
            b.highlight(query, rows: 1..<state.height - 1)
        }
        StatusLine.render(state, into: &b)
        return b
    }
}

/// Below the minimum size: a message instead of a broken layout.
enum TooSmall {
    static func render(_ state: AppState, into b: inout Buffer) {
        let lines = [
            "窗口太小",
            "至少需要 \(AppState.minimumWidth) 列 × \(AppState.minimumHeight) 行，",
            "现在是 \(state.width) × \(state.height)。",
            "请放大窗口；按 q 退出。",
        ].flatMap { DisplayWidth.wrap($0, to: max(1, state.width - 2)) }
        let top = max(0, (state.height - lines.count) / 2)
        for (k, l) in lines.enumerated() where top + k < state.height {
            let x = max(0, (state.width - DisplayWidth.of(l)) / 2)
            b.write(l, x: x, y: top + k, style: k == 0 ? Style(.title, bold: true) : .normal)
        }
    }
}
