import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// Text being typed at the bottom of the screen: new values for an item's fields, a
/// review opinion, or where to export. A `LineEditor` does the typing (the readline keys,
/// a cursor by character); Enter saves, Esc drops (asking first when much would be lost).
///
/// Editing an item, Tab and Shift-Tab go round its fields and keep what was typed in each;
/// Enter checks every changed field and saves them all, or keeps the prompt open on the
/// first one the document refuses, with the reason. 资金用途 and a 绩效目标 wrap over
/// several rows (a table cell has no line breaks); an opinion may have several lines,
/// started with Ctrl-J or Alt-Enter.
public struct PromptOverlay: Hashable, Sendable, OverlayFeature {
    public enum Purpose: Hashable, Sendable {
        /// New values; `fields` are the item's fields Tab goes round, the first shown first.
        case edit(FieldPath, fields: [FieldPath])
        case returnProject(Int)
        /// 批量退回, first: which projects (numbers and ranges, `全部`).
        case returnWhich
        /// 批量退回, then: the one opinion for these projects (0-based).
        case returnAll([Int])
        /// An opinion on a project, or on one of its indicator rows.
        case comment(Int, row: Int?)
        /// Why a finding stands: 核实无误, or 豁免： and the reason.
        case waive(Finding)
        /// The overall opinion with the 综合评定 chosen; `suggested` is what Jixiao
        /// suggests (another grade needs a reason).
        case grade(Grade, suggested: Grade)
        /// Where to write the document, or (Tab) the 审核意见书.
        case export(report: Bool)
        /// Where to write the department list as the bureau's review summary (the picker's `x`).
        case exportDepartments
        /// The reviewer's name for the journal, asked once and kept in the workspace.
        case reviewerName
        /// Part of a unit's name or code: the department picker shows the departments that
        /// have it as it is typed; Esc puts back the query it had `before`.
        case findDepartment(before: String)
        /// The file of a revised text (修改稿) to import as the document's next version.
        case revisionFile
    }

    public var purpose: Purpose
    public var editor: LineEditor
    /// What was typed in the item's other fields, by field: kept while Tab goes round them.
    public var drafts: [FieldPath: String] = [:]
    /// Why the last Enter was refused; shown until the next Enter or Tab.
    public var problem: String?
    /// Esc was pressed with much unsaved: a second Esc drops it, any other key goes on.
    public var confirmingDiscard = false
    /// The export's file is there already (its path as typed): `y` replaces it, any other
    /// key goes back to editing the name.
    public var confirmsOverwrite: String?

    /// Esc asks first when at least this many characters typed would be lost.
    static let askBeforeDropping = 10
    /// Wrapped text takes at most this many rows, and a quarter of the screen.
    static let maximumRows = 8

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        editor = LineEditor(text, shape: Self.shape(purpose))
    }

    /// The text in the field on show.
    public var text: String { editor.text }

    var overlay: Overlay { .prompt(self) }
    var takesText: Bool { true }

    static func shape(_ purpose: Purpose) -> LineEditor.Shape {
        switch purpose {
        case .edit(let path, _):
            switch path.field {
            case .usage, .goal, .overall: .paragraph
            default: .singleLine
            }
        case .returnProject, .returnAll, .comment: .lines
        case .grade: .paragraph
        case .waive, .export, .exportDepartments, .reviewerName, .findDepartment, .revisionFile, .returnWhich: .singleLine
        }
    }

    /// The field on show, when editing. Not inlined: inlined into `reduce`, Swift 6.3's
    /// optimizer crashes on it (an ownership error, release builds only).
    var field: FieldPath? {
        @inline(never) get { if case .edit(let path, _) = purpose { path } else { nil } }
    }

    // MARK: - Layout

    /// From the top: a rule with what the prompt is for, the value before (when editing),
    /// the reason the last Enter was refused, and the text being typed.
    struct Layout {
        var title: Rect
        var original: Rect
        var problem: Rect
        var input: Rect
        var textWidth: Int
        var originalLines: [String]
        var problemLines: [String]
    }

    static let mark = "> "

    func layout(_ s: AppState) -> Layout {
        let bottom = s.statusArea.y
        let width = s.width
        let textWidth = EditorView.textWidth(Rect(x: 0, y: 0, width: width, height: 1), prefix: Self.mark)
        var inputHeight = 1
        if editor.shape.wraps {
            let most = max(2, min(Self.maximumRows, s.height / 4))
            inputHeight = min(most, max(editor.shape == .lines ? 3 : 2, editor.rows(width: textWidth).count))
        }
        var originalLines: [String] = []
        if let path = field {
            let before = "原值：" + (s.document.value(at: path) ?? "")
            let wrapped = LineBreaking.lines(before, width: width - 3)
            let most = editor.shape.wraps ? 2 : 1
            originalLines = Array(wrapped.prefix(most))
            if wrapped.count > most, let last = originalLines.popLast() {
                originalLines.append(DisplayWidth.clip(last + "…", to: width - 3, ellipsis: s.glyphs.ellipsis))
            }
        }
        // Two lines of the reason are shown at most: not much more than that is wrapped (a
        // path in it still whole, to be shortened from the middle). A refusal
        // quotes what was typed, and a paste of 480,000 characters refused as an amount was
        // wrapped whole at every key (minutes of keys worked through, found by
        // scripts/fuzz-workstation).
        let problemText: String? = (confirmingDiscard
            ? "还有 \(unsavedCount(s)) 个字没有保存：再按 Esc 放弃，按其他键继续输入"
            : problem.map { s.glyphs.cross + " " + $0 }).map { String($0.prefix(max(2000, 8 * width))) }
        // A path in the reason (the file that is there already) is shortened from the middle.
        let problemLines = problemText.map {
            StatusLine.lines($0, width: width - 1, home: s.homeFolder, ellipsis: s.glyphs.ellipsis)
                ?? Array(LineBreaking.lines($0, width: width - 3).prefix(2))
        } ?? []
        let input = Rect(x: 0, y: bottom - inputHeight, width: width, height: inputHeight)
        let problemRect = Rect(x: 0, y: input.y - problemLines.count, width: width, height: problemLines.count)
        let original = Rect(x: 0, y: problemRect.y - originalLines.count, width: width, height: originalLines.count)
        return Layout(title: original.row(-1), original: original, problem: problemRect, input: input, textWidth: textWidth,
                      originalLines: originalLines, problemLines: problemLines)
    }

    // MARK: - Keys

    func action(for key: Key) -> Action? {
        switch key {
        case .tab: .nextField
        case .backTab: .previousField
        case .ctrl("j"), .alt("\n"): editor.shape == .singleLine ? .submit : .editText(.newline)
        default: Keymap.textEditing(key)
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect] {
        if let typed = confirmsOverwrite, let replacing = Self.replacing(purpose, path: typed) {
            confirmsOverwrite = nil
            if action == .input("y") || action == .input("Y") {
                close(&s)
                return [replacing]
            }
            problem = "没有覆盖：改一个文件名再按 Enter，或按 Esc 取消"
            // A key that answered the question (n, or any other letter) is not typed into the name.
            if case .input = action { return [] }
        }
        if confirmingDiscard {
            confirmingDiscard = false
            if action == .cancel || action == .back {
                s.overlay = nil
                s.message = "已放弃输入"
                return []
            }
        }
        switch action {
        case .input(let c):
            Self.type(String(c), into: &editor, &s)
        case .typed(let text):
            Self.type(text, into: &editor, &s)
        case .paste(let pasted):
            Self.paste(pasted, into: &editor, &s)
        case .editText(.newline) where editor.shape == .paragraph:
            s.message = (field.map { s.document.label(of: $0) } ?? "这一栏")
                + (field?.isDepartment == true ? "是一段文字，不能换行" : "是表格的一个单元格，不能换行") + "：文字会自动折行"
        case .editText(let edit):
            editor.apply(edit, width: layout.textWidth)
        case .cancel, .back:
            if unsavedCount(s) >= Self.askBeforeDropping {
                confirmingDiscard = true
            } else {
                s.overlay = nil
                if case .reviewerName = purpose { s.message = "没有记下审核人姓名：这次日志记登录名，下次启动时再问" }
            }
        case .nextField:
            switchField(by: 1, in: s)
        case .previousField:
            switchField(by: -1, in: s)
        case .submit, .open:
            return submit(&s)
        default:
            break
        }
        if let before = departmentQueryBefore {
            // The list follows what is typed; Esc puts back what it showed.
            s.workspace?.list.query = s.overlay == nil && (action == .cancel || action == .back) ? before : TextNormalization.trimmed(text)
            s.workspace?.cursor = ListCursor()
        }
        return []
    }

    /// Finding a department: the query the list had before.
    var departmentQueryBefore: String? {
        if case .findDepartment(let before) = purpose { before } else { nil }
    }

    mutating func settle(_ s: AppState) {
        let layout = layout(s)
        editor.reveal(width: layout.textWidth, height: layout.input.height)
    }

    /// Pasted text, fitted to the field: line breaks kept where an opinion may have them,
    /// lines joined where a cell cannot; control characters removed, and said so.
    static func paste(_ pasted: String, into editor: inout LineEditor, _ s: inout AppState) {
        let (text, removed, joined) = editor.cleaned(pasted)
        let refused = editor.insert(text)
        var notes: [String] = []
        if joined { notes.append("多行文字已接成一段（表格的一个单元格不能换行）") }
        if removed > 0 { notes.append("已去掉 \(removed) 个控制字符") }
        if refused > 0 { notes.append(refusedSaying(refused)) }
        if !notes.isEmpty { s.message = "已粘贴：" + notes.joined(separator: "；") }
    }

    /// Typed text (a key, or keys typed ahead); what does not fit in the field is said.
    static func type(_ text: String, into editor: inout LineEditor, _ s: inout AppState) {
        let refused = editor.insert(text)
        if refused > 0 { s.message = refusedSaying(refused) }
    }

    static func refusedSaying(_ refused: Int) -> String {
        "输入框最多容纳 \(TextLimit.said(LineEditor.capacity)) 个字，多出的 \(TextLimit.said(refused)) 个字没有接收"
    }

    /// The export of `purpose` to `path` over the file there, once the reviewer said so.
    static func replacing(_ purpose: Purpose, path: String) -> Effect? {
        switch purpose {
        case .export(let report): .export(path: path, report: report, replace: true)
        case .exportDepartments: .exportDepartments(path: path, replace: true)
        default: nil
        }
    }

    /// Tab and Shift-Tab: the item's next or previous field, what was typed here kept; on
    /// the export prompt, the document or the 审核意见书.
    mutating func switchField(by step: Int, in s: AppState) {
        if case .export(let report) = purpose {
            purpose = .export(report: !report)
            editor = LineEditor(report ? s.exportPath : s.reportPath, shape: Self.shape(purpose))
            problem = nil
            return
        }
        guard case .edit(let path, let fields) = purpose, fields.count > 1, let k = fields.firstIndex(of: path) else { return }
        drafts[path] = editor.text
        let next = fields[(k + step + fields.count) % fields.count]
        purpose = .edit(next, fields: fields)
        editor = LineEditor(drafts[next] ?? s.document.value(at: next) ?? "", shape: Self.shape(purpose))
        problem = nil
    }

    /// Every field typed in, with what it holds now and what was typed, in the item's order.
    func changes(_ s: AppState) -> [EditRecord] {
        guard case .edit(let path, let fields) = purpose else { return [] }
        var typed = drafts
        typed[path] = editor.text
        return fields.compactMap { f in
            guard let draft = typed[f] else { return nil }
            let old = s.document.value(at: f) ?? ""
            let new = TextNormalization.trimmed(draft)
            // `80,000.00` for 80000.00 is no change: the document would read the same.
            if new == old || (try? s.document.setting(f, to: new))?.value(at: f) == old { return nil }
            return EditRecord(path: f, old: old, new: new)
        }
    }

    /// How many characters typed would be lost: what was typed in changed fields, or the
    /// opinion. A path to export to is not worth asking about.
    func unsavedCount(_ s: AppState) -> Int {
        switch purpose {
        case .edit: changes(s).reduce(0) { $0 + $1.new.count }
        case .returnProject, .returnAll, .comment, .grade: TextNormalization.trimmed(editor.text).count
        case .waive, .export, .exportDepartments, .reviewerName, .findDepartment, .revisionFile, .returnWhich: 0
        }
    }

    /// Why the text to be saved is refused as too long (`TextLimit`); nil when it is not.
    func tooLong(_ s: AppState) -> String? {
        switch purpose {
        case .edit:
            for r in changes(s) {
                if let refusal = TextLimit.refusal(of: r.new, as: s.document.label(of: r.path)) { return refusal }
            }
            return nil
        case .comment, .returnProject, .returnAll, .waive, .grade:
            return TextLimit.refusal(of: editor.text, as: "这段文字")
        case .export, .exportDepartments, .revisionFile:
            // No file system takes a path this long (Linux's PATH_MAX): said at once, not
            // tried — and not quoted back whole at each Enter of a pasted list of them.
            let bytes = editor.utf8Count
            return bytes > Self.longestPath ? "文件路径有 \(TextLimit.said(bytes)) 字节，超过系统允许的 \(TextLimit.said(Self.longestPath)) 字节：请改短" : nil
        default:
            return nil
        }
    }

    /// The longest path the system takes, in bytes (PATH_MAX).
    static let longestPath = 4096

    /// Enter: the effects that carry the text out — or, when the document would refuse
    /// it, the prompt kept open on the field with the reason.
    mutating func submit(_ s: inout AppState) -> [Effect] {
        problem = nil
        // A text far beyond any table's cell or opinion (a paste gone wrong) is kept in the
        // prompt with why, never saved.
        if let refusal = tooLong(s) {
            problem = refusal
            return []
        }
        switch purpose {
        case .edit(let path, let fields):
            let records = changes(s)
            guard !records.isEmpty else {
                s.overlay = nil
                s.message = "没有改变"
                return []
            }
            // Checked here, against the document as it is, so a refused value is never lost.
            var doc = s.document
            for r in records {
                do {
                    doc = try doc.setting(r.path, to: r.new)
                } catch {
                    if r.path != path {
                        drafts[path] = editor.text
                        purpose = .edit(r.path, fields: fields)
                        editor = LineEditor(drafts[r.path] ?? r.new, shape: Self.shape(purpose))
                    }
                    problem = error.message
                    return []
                }
            }
            close(&s)
            return records.map { .edit($0.path, $0.new, origin: .user($0)) }
        case .returnProject(let p):
            guard !TextNormalization.trimmed(text).isEmpty else {
                problem = "退回须写明审核意见：单位需要知道改什么"
                return []
            }
            close(&s)
            return [.review(.return, project: p, comment: text)]
        case .returnWhich:
            switch s.document.projectIndices(listedIn: text) {
            case .failure(let e):
                problem = TextNormalization.trimmed(text).isEmpty ? "请写出要退回的项目编号，如 3,5-7，或“全部”"
                    : "“\(e.part)”不是本文档的项目：写项目编号（\(s.document.projects.first?.number ?? 1)–\(s.document.projects.last?.number ?? 1)）或编码，如 3,5-7，或“全部”"
            case .success(let projects):
                // The same prompt goes on to the opinion; Esc drops both.
                purpose = .returnAll(projects)
                editor = LineEditor("", shape: Self.shape(purpose))
            }
            return []
        case .returnAll(let projects):
            guard !TextNormalization.trimmed(text).isEmpty else {
                problem = "退回须写明审核意见：单位需要知道改什么"
                return []
            }
            close(&s)
            return [.returnAll(projects, comment: text)]
        case .comment(let p, let row):
            guard !TextNormalization.trimmed(text).isEmpty else {
                s.overlay = nil
                s.message = "意见是空的，没有记录"
                return []
            }
            close(&s)
            return [.review(.comment, project: p, comment: text, row: row)]
        case .waive(let finding):
            guard let reason = Waiver.validReason(text) else {
                problem = "豁免须写明理由：核实无误，或“豁免：”和理由"
                return []
            }
            close(&s)
            return [.waive(finding, reason: reason)]
        case .grade(let grade, let suggested):
            let comment = TextNormalization.trimmed(text)
            if grade != suggested && comment.isEmpty {
                problem = "评定为“\(grade.chinese)”与建议的“\(suggested.chinese)”不同，须写明理由"
                return []
            }
            close(&s)
            return [.grade(grade, comment: comment)]
        case .export, .exportDepartments:
            let path = TextNormalization.trimmed(text)
            guard !path.isEmpty else {
                problem = "请写出导出文件的路径"
                return []
            }
            close(&s)
            if case .export(let report) = purpose { return [.export(path: path, report: report)] }
            return [.exportDepartments(path: path)]
        case .findDepartment:
            s.overlay = nil
            let found = s.workspace?.list.rows.count ?? 0
            s.message = text.isEmpty ? "显示全部部门" : "找到 \(found) 个部门（Esc 显示全部）"
            return []
        case .revisionFile:
            let path = TextNormalization.trimmed(text)
            guard !path.isEmpty else {
                problem = "请写出修改稿文件的路径"
                return []
            }
            close(&s)
            return [.importRevision(path: path)]
        case .reviewerName:
            if let refusal = ReviewerName.refusal(of: text) {
                problem = refusal
                return []
            }
            close(&s)
            return [.keepReviewer(TextNormalization.trimmed(text))]
        }
    }

    /// Closes the prompt, keeping it to open again if saving fails.
    private func close(_ s: inout AppState) {
        s.overlay = nil
        s.pendingPrompt = self
    }

    // MARK: - Render

    func hints(_ s: AppState) -> [(String, String)] {
        if confirmsOverwrite != nil { return [("y", "覆盖"), ("n", "改文件名"), ("Esc", "取消")] }
        let enter = departmentQueryBefore != nil ? "确定" : purpose == .revisionFile ? "导入" : purpose == .returnWhich ? "下一步" : "保存"
        var hints: [(String, String)] = [("Enter", enter)]
        if editor.shape == .lines { hints.append(("Ctrl-J", "换行")) }
        if case .edit(_, let fields) = purpose, fields.count > 1 { hints.append(("Tab", "换字段")) }
        if case .export(let report) = purpose { hints.append(("Tab", report ? "改为文档" : "改为审核意见书")) }
        hints.append(("Esc", "取消"))
        hints.append(("←→ Home End", "移动"))
        if editor.shape.wraps { hints.append(("↑↓", "上下行")) }
        hints.append(("Ctrl-U/K", "删到行首/行尾"))
        hints.append(("Ctrl-W", "删词"))
        return hints
    }

    /// What the prompt is for, in the document's terms.
    func title(_ s: AppState) -> String {
        func name(_ i: Int) -> String {
            i == FieldPath.departmentIndex ? "部门" : "\(s.document.projects[i].number).\(s.document.projects[i].shownName)"
        }
        switch purpose {
        case .edit(let path, let fields):
            var title = "修改 \(name(path.projectIndex)) \(s.document.label(of: path))"
            if fields.count > 1, let k = fields.firstIndex(of: path) {
                let changed = changes(s).count
                title += "（\(k + 1)/\(fields.count)，Tab 换字段" + (changed > 0 ? "，已改 \(changed) 处" : "") + "）"
            }
            return title
        case .returnProject(let i): return "退回 \(name(i))：写明审核意见，单位据此修改（Ctrl-J 换行，Enter 保存）"
        case .returnWhich: return "批量退回：哪些项目（编号，如 3,5-7，或“全部”；已填上有未改正错误的待审项目）："
        case .returnAll(let projects):
            // What to do first: on a narrow screen the names are what is cut.
            return "退回 \(projects.count) 个项目，写明同一条审核意见：" + projects.map(name).joined(separator: "、")
        case .comment(let i, let row?):
            let rowName = s.document.projects[i].indicators.indices.contains(row - 1) ? s.document.projects[i].indicators[row - 1].name : ""
            return "审核意见 \(name(i)) 第 \(row) 行指标（\(rowName)）（Ctrl-J 换行，Enter 保存）"
        case .comment(let i, nil): return "审核意见 \(name(i))（Ctrl-J 换行，Enter 保存）"
        case .waive(let f):
            return "豁免 \(RuleCatalogue.rule(f.rule)?.title ?? f.rule)：核实无误，或写“豁免：”和理由"
        case .grade(let g, let suggested):
            return "综合评定“\(g.chinese)”（\(g.meaning)）的总体意见" + (g == suggested ? "" : "：与建议的“\(suggested.chinese)”不同，须写明理由")
        case .findDepartment:
            return "查找部门（单位名称或编码的一部分；边输入边筛选，Enter 确定，Esc 取消）："
        case .revisionFile:
            return "导入修改稿（第 \((s.revision?.version ?? 1) + 1) 版）：文件路径（相对于启动 Jixiao 的文件夹，~ 为主目录）："
        case .reviewerName:
            return "审核人姓名（记入日志；只问这一次，记在工作区的 jixiao.json）："
        case .exportDepartments:
            return "导出部门审核汇总到（.xlsx 或 .csv；相对路径在工作区的 exports/ 下）："
        case .export(let report):
            if report { return "导出审核意见书到（扩展名定格式：.txt .xlsx .html .md）：" }
            // A 定稿 needs every project approved and no error open; else the export is a draft.
            let blockers = ReviewGate.finalBlockers(s.document, findings: s.ordered)
            return (blockers.isEmpty ? "导出定稿" : "导出草稿（\(blockers.summary)）") + "到（扩展名定格式：.txt .xlsx .html .md .csv .json）："
        }
    }

    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer) {
        b.fill(x: 0, y: layout.title.y, width: b.width, height: layout.input.bottom - layout.title.y)
        b.hline(y: layout.title.y, glyph: s.glyphs.horizontal)
        b.write(" " + title(s) + " ", x: 2, y: layout.title.y, style: Style(.header, bold: true), limit: b.width - 4)
        for (k, line) in layout.originalLines.enumerated() {
            b.write(line, x: 2, y: layout.original.y + k, style: .dim, limit: b.width - 3)
        }
        for (k, line) in layout.problemLines.enumerated() {
            b.write(line, x: 2, y: layout.problem.y + k, style: Style(.error, bold: true), limit: b.width - 3)
        }
        let input = layout.input
        b.fill(x: input.x, y: input.y, width: input.width, height: input.height, style: Style(.input))
        EditorView.draw(editor, in: input, prefix: Self.mark, style: Style(.input, bold: true), glyphs: s.glyphs, into: &b)
    }
}
