import JixiaoModel
import JixiaoTextLayout

/// `/`: a query typed at the bottom, the places it occurs listed above it, the query
/// marked in each; Enter goes to the selected one, and n/N then go on through them. `/`
/// again offers the last query, ready to be replaced by typing or kept with a move.
public struct SearchOverlay: Hashable, Sendable, OverlayFeature {
    public var editor = LineEditor()
    /// The selected hit.
    public var selected = 0

    public init() {}

    /// The search line offering `last`: typing replaces it, ←/→ keep it.
    public init(offering last: String?) {
        editor = LineEditor(last ?? "", replacesOnTyping: true)
    }

    public var query: String { editor.text }

    var overlay: Overlay { .search(self) }
    var takesText: Bool { true }

    static func opened(by action: Action, in s: AppState) -> SearchOverlay? { action == .startSearch ? SearchOverlay(offering: s.lastSearch) : nil }

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
            PromptOverlay.type(String(c), into: &editor, &s)
            selected = 0
        case .typed(let text):
            PromptOverlay.type(text, into: &editor, &s)
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
                s.message = query.isEmpty ? nil
                    : Search.isTooLong(query) ? "搜索的文字超过 \(TextLimit.said(TextLimit.characters)) 字的上限，没有搜索" : "没有找到“\(query)”"
                return []
            }
            SearchNavigation.go(&s, query: query, hits: hits, to: selected)
            s.message = (s.message ?? "") + "（n/N 下一处/上一处，Esc 结束搜索）"
        default: break
        }
        return []
    }

    mutating func settle(_ s: AppState) { editor.reveal(width: EditorView.textWidth(s.inputLine, prefix: Self.mark), height: 1) }

    func hints(_ s: AppState) -> [(String, String)] { [("输入", "搜索"), ("↑↓", "选择"), ("Enter", "跳转"), ("Esc", "取消")] }

    /// A hit's label in `width`: where it is too long, the project and row are shortened
    /// before the text that matched, which is what the reviewer looks for.
    static func shown(_ label: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(label) > width, let cut = label.ranges(of: " › ").last else { return label }
        let head = String(label[..<cut.lowerBound]), tail = String(label[cut.lowerBound...])
        let room = width - DisplayWidth.of(tail)
        guard room >= 8 else { return DisplayWidth.clip(label, to: width, ellipsis: ellipsis) }
        return DisplayWidth.clip(head, to: room, ellipsis: ellipsis) + tail
    }

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
            b.write(Self.shown(hits[k].label, width: list.width - 3, ellipsis: s.glyphs.ellipsis), x: 2, y: y, style: style,
                    limit: list.width - 3)
        }
        if hits.isEmpty && !query.isEmpty {
            let said = Search.isTooLong(query)
                ? "搜索的文字有 \(TextLimit.said(query.count)) 个字，超过 \(TextLimit.said(TextLimit.characters)) 字的上限：像是粘贴错了，没有搜索"
                : "没有找到"
            b.write(said, x: 2, y: list.y, style: .dim, limit: list.width - 3)
        }
        b.highlight(query, rows: list.rows)
        b.fill(x: input.x, y: input.y, width: input.width, height: 1, style: Style(.input))
        EditorView.draw(editor, in: input, prefix: Self.mark, style: Style(.input, bold: true), glyphs: s.glyphs, into: &b)
    }
}
