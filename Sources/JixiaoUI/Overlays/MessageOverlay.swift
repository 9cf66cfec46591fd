import JixiaoTextLayout

/// A message too long for the two lines above the keys, in a pop-up, so nothing of it is
/// cut: read it (↑↓ scroll a long one), then any other key closes it and does nothing else.
public struct MessageOverlay: Hashable, Sendable, OverlayFeature {
    public var text: String
    /// First line shown.
    public var offset = 0

    public init(text: String) { self.text = text }

    var overlay: Overlay { .message(self) }

    func layout(_ s: AppState) -> PopupLayout {
        let lines = LineBreaking.lines(StatusLine.withTilde(text, home: s.homeFolder), width: PopupLayout.textWidth(s)).map { TextLine($0) }
        return PopupLayout(s, lines: lines + [TextLine(""), TextLine("按任意键关闭", .dim)])
    }

    func action(for key: Key) -> Action? {
        switch key {
        case .up: .up
        case .down: .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        default: .back
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: PopupLayout) -> [Effect] {
        switch action {
        case .up, .down, .pageUp, .pageDown: PopupLayout.scroll(&offset, action, layout)
        default: s.overlay = nil
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        layout.draw(title: " 消息 ", offset: offset, glyphs: s.glyphs, into: &b)
    }

    func hints(_ s: AppState) -> [(String, String)] { [("任意键", "关闭"), ("↑↓", "滚动")] }
}
