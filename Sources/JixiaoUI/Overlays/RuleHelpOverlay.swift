import JixiaoRules
import JixiaoTextLayout

/// Enter on a finding: what its rule catches, why, and what does and does not trip it.
public struct RuleHelpOverlay: Hashable, Sendable, OverlayFeature {
    public var rule: String
    /// First line shown.
    public var offset = 0

    public init(rule: String, offset: Int = 0) {
        self.rule = rule
        self.offset = offset
    }

    var overlay: Overlay { .ruleHelp(self) }

    func layout(_ s: AppState) -> PopupLayout { PopupLayout(s, lines: Self.lines(rule, width: PopupLayout.textWidth(s), glyphs: s.glyphs)) }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: PopupLayout) -> [Effect] {
        switch action {
        case .back, .open: s.overlay = nil
        default: PopupLayout.scroll(&offset, action, layout)
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        layout.draw(title: " 规则说明 ", offset: offset, glyphs: s.glyphs, into: &b)
    }

    /// q and Esc close the pop-up first, as in less; they do not quit.
    func action(for key: Key) -> Action? { key == .char("q") ? .back : Commands.command(for: key)?.action }

    func hints(_ s: AppState) -> [(String, String)] { [("↑↓", "滚动"), ("g/G", "首/尾"), ("q/Esc", "关闭")] }

    public static func lines(_ id: String, width: Int, glyphs: Glyphs = .unicode) -> [TextLine] {
        guard let r = RuleCatalogue.rule(id) else { return [TextLine("没有这条规则：\(id)")] }
        var out = [TextLine(r.title, .heading), TextLine(r.id, .dim),
                   TextLine("类别：\(r.category.rawValue)  默认级别：\(r.severity.chinese)  依据：\(r.basis.chinese)"), TextLine("")]
        out += DisplayWidth.wrap(r.help, to: width).map { TextLine($0) }
        out.append(TextLine(""))
        out.append(TextLine("会提示的写法：", .heading))
        for e in r.failing { out += DisplayWidth.wrap(glyphs.cross + " " + e.title, to: width).map { TextLine("  " + $0) } }
        out.append(TextLine("不会提示的写法：", .heading))
        for e in r.passing { out += DisplayWidth.wrap(glyphs.check + " " + e.title, to: width).map { TextLine("  " + $0) } }
        return out
    }
}
