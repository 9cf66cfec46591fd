import JixiaoModel
import JixiaoTextLayout

/// A line of text being typed at the bottom of the screen: a new value for a field, a
/// review opinion, or where to export. Enter confirms it, Esc drops it.
public struct PromptOverlay: Hashable, Sendable, OverlayFeature {
    public enum Purpose: Hashable, Sendable {
        /// A new value; `fields` are the item's fields Tab cycles through.
        case edit(FieldPath, fields: [FieldPath])
        case returnProject(Int)
        case comment(Int)
        case export
    }

    public var purpose: Purpose
    public var text: String

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        self.text = text
    }

    var overlay: Overlay { .prompt(self) }
    var takesText: Bool { true }

    /// A rule with what the prompt is for, the value before (when editing), the input line.
    struct Layout {
        var title: Rect
        var original: Rect
        var input: Rect
    }

    func layout(_ s: AppState) -> Layout {
        let input = s.inputLine
        return Layout(title: input.row(-2), original: input.row(-1), input: input)
    }

    func action(for key: Key) -> Action? {
        switch key {
        case .tab, .backTab: .nextField
        default: Keymap.textEntry(key)
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect] {
        switch action {
        case .input(let c): text.append(c)
        case .deleteBackward: if !text.isEmpty { text.removeLast() }
        case .cancel, .back: s.overlay = nil
        case .nextField:
            if case .edit(let path, let fields) = purpose, let k = fields.firstIndex(of: path) {
                let next = fields[(k + 1) % fields.count]
                self = PromptOverlay(purpose: .edit(next, fields: fields), text: s.document.value(at: next) ?? "")
            }
        case .submit, .open:
            return submit(&s)
        default:
            break
        }
        return []
    }

    /// Enter: the effect that carries the text out, or a message saying what is missing.
    func submit(_ s: inout AppState) -> [Effect] {
        switch purpose {
        case .edit(let path, _):
            let old = s.document.value(at: path) ?? ""
            let new = TextNormalization.trimmed(text)
            s.overlay = nil
            if new == old {
                s.message = "没有改变"
                return []
            }
            return [.edit(path, new, origin: .user(EditRecord(path: path, old: old, new: new)))]
        case .returnProject(let p):
            guard !TextNormalization.trimmed(text).isEmpty else {
                s.message = "退回须写明审核意见：单位需要知道改什么"
                return []
            }
            s.overlay = nil
            return [.review(.return, project: p, comment: text)]
        case .comment(let p):
            s.overlay = nil
            guard !TextNormalization.trimmed(text).isEmpty else { return [] }
            return [.review(.comment, project: p, comment: text)]
        case .export:
            let path = TextNormalization.trimmed(text)
            guard !path.isEmpty else {
                s.message = "请写出导出文件的路径"
                return []
            }
            s.overlay = nil
            return [.export(path: path)]
        }
    }

    func hints(_ s: AppState) -> [(String, String)] {
        if case .edit = purpose { return [("Enter", "保存"), ("Tab", "换字段"), ("Backspace", "删除"), ("Esc", "取消")] }
        return [("Enter", "确定"), ("Backspace", "删除"), ("Esc", "取消")]
    }

    /// What the prompt is for, in the document's terms.
    func title(_ s: AppState) -> String {
        func name(_ i: Int) -> String { "\(s.document.projects[i].number).\(s.document.projects[i].name)" }
        switch purpose {
        case .edit(let path, let fields):
            return "修改 \(name(path.projectIndex)) \(path.field.chinese)" + (fields.count > 1 ? "（Tab 换字段）" : "")
        case .returnProject(let i): return "退回 \(name(i))：写明审核意见，单位据此修改"
        case .comment(let i): return "审核意见 \(name(i))"
        case .export:
            let pending = s.document.unapprovedProjectIndices.count
            return pending == 0 ? "导出定稿（原绩效文本版式）到：" : "导出草稿（\(pending) 个项目未通过审核）到："
        }
    }

    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer) {
        b.fill(x: 0, y: layout.title.y, width: b.width, height: layout.input.bottom - layout.title.y)
        b.hline(y: layout.title.y, glyph: s.glyphs.horizontal)
        b.write(" " + title(s) + " ", x: 2, y: layout.title.y, style: Style(.header, bold: true), limit: b.width - 4)
        if case .edit(let path, _) = purpose {
            b.write("原值：" + (s.document.value(at: path) ?? ""), x: 2, y: layout.original.y, style: .dim, limit: b.width - 3)
        }
        let input = layout.input
        b.fill(x: input.x, y: input.y, width: input.width, height: 1, style: Style(.input))
        // Show the end of a long text: that is where typing happens.
        let room = input.width - 4
        var shown = text
        while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        let end = b.write("> " + shown, x: 0, y: input.y, style: Style(.input, bold: true))
        b.write("_", x: end, y: input.y, style: Style(.input, bold: true, underline: true))
    }
}
