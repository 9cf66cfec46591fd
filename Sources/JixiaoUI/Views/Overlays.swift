import JixiaoFormat
import JixiaoRules

/// What opens on top of a screen: help, a rule's help, the search line.
public enum Overlays {
    /// The `?` help: every command with its keys, by group, from the registry.
    public static func helpLines() -> [(String, Style)] {
        var out: [(String, Style)] = [("按键", Style(.header, bold: true)), ("", .normal)]
        for group in Command.Group.allCases {
            out.append((group.rawValue, Style(.header, bold: true)))
            for c in Commands.all where c.group == group {
                out.append(("  " + DisplayWidth.padRight(c.keyLabel, to: 18) + c.help, .normal))
            }
            out.append(("", .normal))
        }
        out += [
            ("标记", Style(.header, bold: true)),
            ("  E 错误：必须改正（结构、完整性、算术）", Marks.style(.error)),
            ("  W 警告：审核意见，建议修改", Marks.style(.warning)),
            ("  i 提示：供参考", Marks.style(.info)),
            ("  标记显示在有问题的单元格上；下方的问题面板写明问题和改法。", .normal),
        ]
        return out
    }

    public static func ruleLines(_ id: String, width: Int) -> [(String, Style)] {
        guard let r = RuleCatalogue.rule(id) else { return [("没有这条规则：\(id)", .normal)] }
        var out: [(String, Style)] = [(r.title, Style(.header, bold: true)), (r.id, .dim),
                                      ("类别：\(r.category.rawValue)  默认级别：\(r.severity.chinese)  依据：\(r.basis.chinese)", .normal), ("", .normal)]
        out += DisplayWidth.wrap(r.help, to: width).map { ($0, Style.normal) }
        out.append(("", .normal))
        out.append(("会提示的写法：", Style(.header, bold: true)))
        for e in r.failing { out += DisplayWidth.wrap("✗ " + e.title, to: width).map { ("  " + $0, Style.normal) } }
        out.append(("不会提示的写法：", Style(.header, bold: true)))
        for e in r.passing { out += DisplayWidth.wrap("✓ " + e.title, to: width).map { ("  " + $0, Style.normal) } }
        return out
    }

    /// The box overlays are drawn in: centred, at most 84 columns, above the status line.
    public static func box(_ state: AppState, lines: Int = .max) -> (x: Int, y: Int, width: Int, height: Int) {
        let w = min(state.width, 84)
        let h = max(3, min(state.height - 2, lines == .max ? .max : lines + 2))
        return ((state.width - w) / 2, 1, w, h)
    }

    public static func render(_ state: AppState, into b: inout Buffer) {
        switch state.overlay {
        case .help(let scroll)?:
            drawBox(&b, state, title: " 帮助 ", lines: helpLines(), scroll: scroll)
        case .ruleHelp(let id, let scroll)?:
            drawBox(&b, state, title: " 规则说明 ", lines: ruleLines(id, width: box(state).width - 4), scroll: scroll)
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
            let pending = state.document.projects.indices.filter { state.document.review.status(ofProjectAt: $0) != .approved }.count
            return pending == 0 ? "导出定稿（原绩效文本版式）到：" : "导出草稿（\(pending) 个项目未通过审核）到："
        }
    }

    static func drawPrompt(_ b: inout Buffer, _ state: AppState, _ p: PromptState) {
        let top = state.height - 4
        b.fill(x: 0, y: top, width: b.width, height: 3)
        b.hline(y: top, glyph: state.glyphs.horizontal)
        b.write(" " + promptTitle(p, state) + " ", x: 2, y: top, style: Style(.header, bold: true), limit: b.width - 4)
        if case .edit(let path, _) = p.purpose {
            b.write("原值：" + (state.document.value(at: path) ?? ""), x: 2, y: top + 1, style: .dim, limit: b.width - 3)
        }
        let y = state.height - 2
        b.fill(x: 0, y: y, width: b.width, height: 1, style: Style(.input))
        // Show the end of a long text: that is where typing happens.
        let room = b.width - 4
        var text = p.text
        while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
        let end = b.write("> " + text, x: 0, y: y, style: Style(.input, bold: true))
        b.write("_", x: end, y: y, style: Style(.input, bold: true, underline: true))
    }

    static func drawBox(_ b: inout Buffer, _ state: AppState, title: String, lines: [(String, Style)], scroll: Int) {
        let box = box(state, lines: lines.count)
        let line = String(repeating: state.glyphs.horizontal, count: box.width)
        b.fill(x: box.x, y: box.y, width: box.width, height: box.height)
        b.write(line, x: box.x, y: box.y, style: .frame)
        b.write(title, x: box.x + 2, y: box.y, style: Style(.title, bold: true))
        b.write(line, x: box.x, y: box.y + box.height - 1, style: .frame)
        for (k, l) in lines.dropFirst(scroll).prefix(box.height - 2).enumerated() {
            b.write(l.0, x: box.x + 2, y: box.y + 1 + k, style: l.1, limit: box.width - 4)
        }
        if lines.count - scroll > box.height - 2 {
            b.write(" 还有更多 ", x: box.x + box.width - 12, y: box.y + box.height - 1, style: .dim)
        }
    }

    static func drawSearch(_ b: inout Buffer, _ state: AppState, _ s: SearchState) {
        let hits = Search.hits(state.document, s.query)
        let listHeight = min(max(1, hits.count), max(1, state.height / 2))
        let top = state.height - 2 - listHeight - 1
        b.fill(x: 0, y: top, width: b.width, height: listHeight + 2)
        b.hline(y: top, glyph: state.glyphs.horizontal)
        b.write(s.query.isEmpty ? " 搜索项目名称和指标文字 " : " 找到 \(hits.count) 处 ", x: 2, y: top, style: Style(.header, bold: true))
        let first = max(0, min(s.selected - listHeight + 1, hits.count - listHeight))
        for (k, hit) in hits.enumerated().dropFirst(first).prefix(listHeight) {
            let y = top + 1 + k - first
            let style: Style = k == s.selected ? Style.normal.selected : .normal
            if k == s.selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: style) }
            b.write(hit.label, x: 2, y: y, style: style, limit: b.width - 3)
        }
        if hits.isEmpty && !s.query.isEmpty { b.write("没有找到", x: 2, y: top + 1, style: .dim) }
        let y = state.height - 2
        b.fill(x: 0, y: y, width: b.width, height: 1, style: Style(.input))
        let end = b.write("/ " + s.query, x: 0, y: y, style: Style(.input, bold: true))
        b.write("_", x: end, y: y, style: Style(.input, bold: true, underline: true))
    }
}
