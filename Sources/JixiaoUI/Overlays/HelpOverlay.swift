import JixiaoTextLayout

/// `?`: every command with its keys, by group, from the registry, and what the marks mean.
public struct HelpOverlay: Hashable, Sendable, OverlayFeature {
    /// First line shown.
    public var offset = 0

    public init(offset: Int = 0) { self.offset = offset }

    var overlay: Overlay { .help(self) }

    static func opened(by action: Action, in s: AppState) -> HelpOverlay? { action == .help ? HelpOverlay() : nil }

    func layout(_ s: AppState) -> PopupLayout { PopupLayout(s, lines: Self.lines(width: PopupLayout.textWidth(s))) }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: PopupLayout) -> [Effect] {
        switch action {
        case .back, .help, .open: s.overlay = nil
        default: PopupLayout.scroll(&offset, action, layout)
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        layout.draw(title: " 帮助 ", offset: offset, glyphs: s.glyphs, into: &b)
    }

    /// q and Esc close the pop-up first, as in less; they do not quit.
    func action(for key: Key) -> Action? { key == .char("q") ? .back : Commands.command(for: key)?.action }

    func hints(_ s: AppState) -> [(String, String)] { [("↑↓", "滚动"), ("g/G", "首/尾"), ("q/Esc", "关闭")] }

    /// Key labels are padded to this width, so the descriptions line up.
    static let keyColumnWidth = 18

    /// The help at `width` columns: a description too long for its line goes on under
    /// itself, never cut.
    public static func lines(width: Int = Int.max) -> [TextLine] {
        var out = [TextLine("按键", .heading), TextLine("")]
        for group in Command.Group.allCases {
            out.append(TextLine(group.rawValue, .heading))
            for c in Commands.all where c.group == group {
                let indent = 2 + keyColumnWidth
                let parts = width == Int.max ? [c.help] : LineBreaking.lines(c.help, width: max(8, width - indent))
                for (k, part) in parts.enumerated() {
                    let key = k == 0 ? DisplayWidth.padRight(c.keyLabel, to: keyColumnWidth) : String(repeating: " ", count: keyColumnWidth)
                    out.append(TextLine("  " + key + part))
                }
            }
            out.append(TextLine(""))
        }
        out += [
            TextLine("标记", .heading),
            TextLine("  E 错误：必须改正（结构、完整性、算术）", .mark(.error)),
            TextLine("  W 警告：审核意见，建议修改", .mark(.warning)),
            TextLine("  i 提示：供参考", .mark(.info)),
            TextLine("  标记显示在有问题的单元格上；下方的问题面板写明问题和改法。"),
            TextLine("  已豁免的问题（核实无误，或写明理由豁免）在问题面板中以暗色列出，"),
            TextLine("  不再计入 E/W/i，也不妨碍通过和导出定稿。"),
            TextLine("  ✎ 这一项改过（与导入时不同）；d 列出全部改动"),
            TextLine("  意 项目有审核意见（项目页的“审核意见”和指标行下列出）"),
            TextLine(""),
            TextLine("审核规则", .heading),
            TextLine("  有未改正也未豁免的错误，项目不能通过；已退回的项目，通过时须确认意见已落实。"),
            TextLine("  通过后再修改内容，项目回到待审。全部通过且没有未处理的错误，x 才导出定稿。"),
            TextLine("  u 按做的顺序撤销上一步（修改和审核都算），都记入日志。"),
        ]
        guard width != Int.max else { return out }
        // Notes wrap under their own start.
        return out.flatMap { line -> [TextLine] in
            guard DisplayWidth.of(line.text) > width else { return [line] }
            let lead = String(line.text.prefix { $0 == " " })
            return LineBreaking.lines(String(line.text.dropFirst(lead.count)), width: max(8, width - lead.count))
                .map { TextLine(lead + $0, line.kind) }
        }
    }
}
