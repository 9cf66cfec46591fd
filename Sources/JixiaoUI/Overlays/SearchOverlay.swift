import JixiaoTextLayout

/// `/`: a query typed at the bottom, the places it occurs listed above it; Enter goes to
/// the selected one.
public struct SearchOverlay: Hashable, Sendable, OverlayFeature {
    public var editor = LineEditor()
    /// The selected hit.
    public var selected = 0

    public init() {}

    public var query: String { editor.text }

    var overlay: Overlay { .search(self) }
    var takesText: Bool { true }

    static func opened(by action: Action, in s: AppState) -> SearchOverlay? { action == .startSearch ? SearchOverlay() : nil }

    /// The hits, and the list's area: as many rows as hits, up to half the screen, above
    /// the query line.
    struct Layout {
        var hits: [SearchHit]
        var list: Rect
        var input: Rect
        var textWidth: Int
    }

    static let mark = "/ "

    func layout(_ s: AppState) -> Layout {
        let hits = Search.hits(s.document, query)
        let input = s.inputLine
        let height = min(max(1, hits.count), max(1, s.height / 2))
        return Layout(hits: hits, list: Rect(x: 0, y: input.y - height, width: s.width, height: height), input: input,
                      textWidth: EditorView.textWidth(input, prefix: Self.mark))
    }

    func action(for key: Key) -> Action? {
        switch key {
        case .up: .up
        case .down: .down
        default: Keymap.textEditing(key)
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect] {
        let hits = layout.hits
        switch action {
        case .input(let c):
            editor.insert(String(c))
            selected = 0
        case .paste(let text):
            PromptOverlay.paste(text, into: &editor, &s)
            selected = 0
        case .editText(let edit):
            let before = editor.text
            editor.apply(edit, width: layout.textWidth)
            if editor.text != before { selected = 0 }
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, hits.count - 1), selected + 1)
        case .cancel, .back: s.overlay = nil
        case .submit, .open:
            s.overlay = nil
            guard hits.indices.contains(selected) else {
                s.message = query.isEmpty ? nil : "没有找到“\(query)”"
                return []
            }
            s.onlyWithFindings = false
            ProjectScreen.show(&s, project: hits[selected].project, at: hits[selected].item)
            s.message = "“\(query)”：第 \(selected + 1)/\(hits.count) 处"
        default: break
        }
        return []
    }

    mutating func settle(_ s: AppState) { editor.reveal(width: EditorView.textWidth(s.inputLine, prefix: Self.mark), height: 1) }

    func hints(_ s: AppState) -> [(String, String)] { [("输入", "搜索"), ("↑↓", "选择"), ("Enter", "跳转"), ("Esc", "取消")] }

    /// A rule with the count, the hits, the query line.
    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer) {
        let hits = layout.hits, list = layout.list, input = layout.input
        let top = list.y - 1
        b.fill(x: 0, y: top, width: list.width, height: list.height + 2)
        b.hline(y: top, glyph: s.glyphs.horizontal)
        b.write(query.isEmpty ? " 搜索项目名称和指标文字 " : " 找到 \(hits.count) 处 ", x: 2, y: top, style: Style(.header, bold: true))
        var view = Viewport(height: list.height, length: hits.count)
        view.reveal(line: selected)
        for k in view.visible {
            let y = list.y + k - view.offset
            let style: Style = k == selected ? Style.normal.selected : .normal
            if k == selected { b.fill(x: 0, y: y, width: list.width, height: 1, style: style) }
            b.write(hits[k].label, x: 2, y: y, style: style, limit: list.width - 3)
        }
        if hits.isEmpty && !query.isEmpty { b.write("没有找到", x: 2, y: list.y, style: .dim) }
        b.fill(x: input.x, y: input.y, width: input.width, height: 1, style: Style(.input))
        EditorView.draw(editor, in: input, prefix: Self.mark, style: Style(.input, bold: true), glyphs: s.glyphs, into: &b)
    }
}
