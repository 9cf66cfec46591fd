import JixiaoTextLayout
import JixiaoRules

/// A line of text in a pop-up, by what it is; the view gives it its style.
public struct TextLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case plain, heading, dim, mark(Severity) }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .plain) {
        self.text = text
        self.kind = kind
    }

    var style: Style {
        switch kind {
        case .plain: .normal
        case .heading: Style(.header, bold: true)
        case .dim: .dim
        case .mark(let severity): Marks.style(severity)
        }
    }
}

/// Where a pop-up of text draws (a box centred above the status line) and what it holds.
struct PopupLayout {
    /// Pop-ups are no wider than this: lines of help stay readable on a wide terminal.
    static let maximumWidth = 84
    /// Text keeps this far from the box's sides.
    static let margin = 2

    var box: Rect
    var lines: [TextLine]

    /// The box for `lines` (wrapped to `textWidth(state)`): as tall as they need, within the screen.
    init(_ state: AppState, lines: [TextLine]) {
        let width = Self.width(state)
        let height = max(3, min(state.height - 2, lines.count + 2))
        box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        self.lines = lines
    }

    static func width(_ state: AppState) -> Int { min(state.width, maximumWidth) }
    /// Width of the text inside the box.
    static func textWidth(_ state: AppState) -> Int { width(state) - 2 * margin }

    /// The text area: inside the top and bottom rules.
    var text: Rect { Rect(x: box.x + Self.margin, y: box.y + 1, width: box.width - 2 * Self.margin, height: box.height - 2) }

    func viewport(offset: Int) -> Viewport { Viewport(offset: offset, height: text.height, length: lines.count) }
}

/// What opens on top of a screen: help, a rule's help, the search line.
public enum Overlays {
    /// The `?` help: every command with its keys, by group, from the registry.
    public static func helpLines() -> [TextLine] {
        var out = [TextLine("按键", .heading), TextLine("")]
        for group in Command.Group.allCases {
            out.append(TextLine(group.rawValue, .heading))
            for c in Commands.all where c.group == group {
                out.append(TextLine("  " + DisplayWidth.padRight(c.keyLabel, to: 18) + c.help))
            }
            out.append(TextLine(""))
        }
        out += [
            TextLine("标记", .heading),
            TextLine("  E 错误：必须改正（结构、完整性、算术）", .mark(.error)),
            TextLine("  W 警告：审核意见，建议修改", .mark(.warning)),
            TextLine("  i 提示：供参考", .mark(.info)),
            TextLine("  标记显示在有问题的单元格上；下方的问题面板写明问题和改法。"),
        ]
        return out
    }

    public static func ruleLines(_ id: String, width: Int) -> [TextLine] {
        guard let r = RuleCatalogue.rule(id) else { return [TextLine("没有这条规则：\(id)")] }
        var out = [TextLine(r.title, .heading), TextLine(r.id, .dim),
                   TextLine("类别：\(r.category.rawValue)  默认级别：\(r.severity.chinese)  依据：\(r.basis.chinese)"), TextLine("")]
        out += DisplayWidth.wrap(r.help, to: width).map { TextLine($0) }
        out.append(TextLine(""))
        out.append(TextLine("会提示的写法：", .heading))
        for e in r.failing { out += DisplayWidth.wrap("✗ " + e.title, to: width).map { TextLine("  " + $0) } }
        out.append(TextLine("不会提示的写法：", .heading))
        for e in r.passing { out += DisplayWidth.wrap("✓ " + e.title, to: width).map { TextLine("  " + $0) } }
        return out
    }

    static func helpLayout(_ state: AppState) -> PopupLayout { PopupLayout(state, lines: helpLines()) }

    static func ruleHelpLayout(_ state: AppState, rule: String) -> PopupLayout {
        PopupLayout(state, lines: ruleLines(rule, width: PopupLayout.textWidth(state)))
    }

    public static func render(_ state: AppState, into b: inout Buffer) {
        switch state.overlay {
        case .help(let scroll)?:
            drawBox(&b, state, title: " 帮助 ", helpLayout(state), scroll: scroll)
        case .ruleHelp(let id, let scroll)?:
            drawBox(&b, state, title: " 规则说明 ", ruleHelpLayout(state, rule: id), scroll: scroll)
        case .search(let s)?:
            drawSearch(&b, state, s)
        case .prompt(let p)?:
            drawPrompt(&b, state, p)
        case nil:
            break
        }
    }

    /// What the prompt is for, in the document's terms.
    public static func promptTitle(_ p: PromptState, _ state: AppState) -> String {
        func name(_ i: Int) -> String { "\(state.document.projects[i].number).\(state.document.projects[i].name)" }
        switch p.purpose {
        case .edit(let path, let fields):
            return "修改 \(name(path.projectIndex)) \(path.field.chinese)" + (fields.count > 1 ? "（Tab 换字段）" : "")
        case .returnProject(let i): return "退回 \(name(i))：写明审核意见，单位据此修改"
        case .comment(let i): return "审核意见 \(name(i))"
        case .export:
            let pending = state.document.unapprovedProjectIndices.count
            return pending == 0 ? "导出定稿（原绩效文本版式）到：" : "导出草稿（\(pending) 个项目未通过审核）到："
        }
    }

    /// The row above the status line where the search query or a prompt's text is typed.
    static func inputRow(_ state: AppState) -> Rect { Rect(x: 0, y: state.height - 2, width: state.width, height: 1) }

    static func drawPrompt(_ b: inout Buffer, _ state: AppState, _ p: PromptState) {
        // A rule with what the prompt is for, the value before, the input line.
        let input = inputRow(state)
        let area = Rect(x: 0, y: input.y - 2, width: state.width, height: 3)
        b.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        b.hline(y: area.y, glyph: state.glyphs.horizontal)
        b.write(" " + promptTitle(p, state) + " ", x: 2, y: area.y, style: Style(.header, bold: true), limit: area.width - 4)
        if case .edit(let path, _) = p.purpose {
            b.write("原值：" + (state.document.value(at: path) ?? ""), x: 2, y: area.y + 1, style: .dim, limit: area.width - 3)
        }
        b.fill(x: input.x, y: input.y, width: input.width, height: 1, style: Style(.input))
        // Show the end of a long text: that is where typing happens.
        let room = input.width - 4
        var text = p.text
        while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
        let end = b.write("> " + text, x: 0, y: input.y, style: Style(.input, bold: true))
        b.write("_", x: end, y: input.y, style: Style(.input, bold: true, underline: true))
    }

    static func drawBox(_ b: inout Buffer, _ state: AppState, title: String, _ layout: PopupLayout, scroll: Int) {
        let box = layout.box, text = layout.text
        let rule = String(repeating: state.glyphs.horizontal, count: box.width)
        b.fill(x: box.x, y: box.y, width: box.width, height: box.height)
        b.write(rule, x: box.x, y: box.y, style: .frame)
        b.write(title, x: text.x, y: box.y, style: Style(.title, bold: true))
        b.write(rule, x: box.x, y: box.bottom - 1, style: .frame)
        let view = layout.viewport(offset: scroll)
        for n in view.visible {
            let line = layout.lines[n]
            b.write(line.text, x: text.x, y: text.y + n - view.offset, style: line.style, limit: text.width)
        }
        if view.hasMoreBelow {
            let more = " 还有更多 "
            b.write(more, x: box.right - DisplayWidth.of(more) - PopupLayout.margin, y: box.bottom - 1, style: .dim)
        }
    }

    static func drawSearch(_ b: inout Buffer, _ state: AppState, _ s: SearchState) {
        // A rule with the count, the hits (at most half the screen), the query line.
        let hits = Search.hits(state.document, s.query)
        let input = inputRow(state)
        let listHeight = min(max(1, hits.count), max(1, state.height / 2))
        let list = Rect(x: 0, y: input.y - listHeight, width: state.width, height: listHeight)
        let top = list.y - 1
        b.fill(x: 0, y: top, width: list.width, height: listHeight + 2)
        b.hline(y: top, glyph: state.glyphs.horizontal)
        b.write(s.query.isEmpty ? " 搜索项目名称和指标文字 " : " 找到 \(hits.count) 处 ", x: 2, y: top, style: Style(.header, bold: true))
        var view = Viewport(height: list.height, length: hits.count)
        view.reveal(line: s.selected)
        for k in view.visible {
            let y = list.y + k - view.offset
            let style: Style = k == s.selected ? Style.normal.selected : .normal
            if k == s.selected { b.fill(x: 0, y: y, width: list.width, height: 1, style: style) }
            b.write(hits[k].label, x: 2, y: y, style: style, limit: list.width - 3)
        }
        if hits.isEmpty && !s.query.isEmpty { b.write("没有找到", x: 2, y: list.y, style: .dim) }
        b.fill(x: input.x, y: input.y, width: input.width, height: 1, style: Style(.input))
        let end = b.write("/ " + s.query, x: 0, y: input.y, style: Style(.input, bold: true))
        b.write("_", x: end, y: input.y, style: Style(.input, bold: true, underline: true))
    }
}
