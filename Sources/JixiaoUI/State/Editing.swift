import JixiaoModel
import JixiaoRules

/// Editing and reviewing from the workstation: what `e`, `u`, Ctrl-R, `a`, `r`, `c` and
/// `o` do. The reducer only asks (effects); the handler saves and journals, and answers
/// with `.applied` or `.failed`.
extension Reducer {
    static func reduceEditing(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .applied(let doc, let project, let origin, let note):
            applied(&s, doc, project: project, origin: origin, note: note)
            return []
        case .failed(let message):
            s.message = "未能完成：" + message
            return []
        case .notice(let message):
            s.message = message
            return []
        case .exportText:
            // Exporting reads the document; it is allowed when read-only too.
            s.overlay = .prompt(PromptState(purpose: .export, text: s.exportPath))
            return []
        default:
            break
        }
        if let reason = s.readOnly {
            s.message = "只读，不能修改：" + reason
            return []
        }
        switch action {
        case .edit: startEdit(&s)
        case .undo:
            guard let r = s.undoStack.last else { s.message = "没有可以撤销的修改"; return [] }
            return [.edit(r.path, r.old, origin: .undo(r))]
        case .redo:
            guard let r = s.redoStack.last else { s.message = "没有可以重做的修改"; return [] }
            return [.edit(r.path, r.new, origin: .redo(r))]
        case .approve, .reopen:
            guard let p = selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            return [.review(action == .approve ? .approve : .reopen, project: p, comment: nil)]
        case .returnProject, .comment:
            guard let p = selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            s.overlay = .prompt(PromptState(purpose: action == .comment ? .comment(p) : .returnProject(p), text: ""))
        default:
            break
        }
        return []
    }

    /// The project the review keys act on: the open one, or the overview's selection.
    static func selectedProject(_ s: AppState) -> Int? {
        switch s.screen {
        case .project(let i): return i
        case .department: return nil
        case .overview:
            guard case .project(let i)? = OverviewLayout(s).row(s.overview.selected) else { return nil }
            return i
        }
    }

    /// `e`: a prompt for the selected item's value — or, in the findings panel on a
    /// finding with a suggested fix, the fix, for the reviewer to confirm.
    static func startEdit(_ s: inout AppState) {
        guard case .project(let p) = s.screen else {
            s.message = s.screen == .overview ? "先打开一个项目（Enter），再选择要修改的值" : "部门部分在这里不能修改"
            return
        }
        let items = DetailLayout(s).items
        guard items.indices.contains(s.project.item) else { return }
        let item = items[s.project.item]
        let fields = editableFields(item.kind, project: p, document: s.document)
        guard !fields.isEmpty else {
            s.message = "选择要修改的行（表头不能修改）"
            return
        }
        var path = fields[0]
        var text = s.document.value(at: path) ?? ""
        let findings = item.findings
        if findings.indices.contains(s.project.finding), s.project.focus == .findings || s.currentFinding != nil {
            let f = findings[s.project.finding]
            if let fix = f.fix {
                path = FieldPath(projectIndex: p, field: fix.field)
                text = fix.to
            } else if let field = f.location.field, case .indicator(let r) = item.kind {
                path = FieldPath(projectIndex: p, field: .indicator(row: r, field))
                text = s.document.value(at: path) ?? ""
            }
        }
        s.overlay = .prompt(PromptState(purpose: .edit(path, fields: fields.contains(path) ? fields : [path] + fields), text: text))
    }

    /// The fields of an item, the one `e` edits first.
    static func editableFields(_ kind: ItemKind, project p: Int, document: Document) -> [FieldPath] {
        let fields: [ProjectField]
        switch kind {
        case .header: fields = [.name, .heading, .code]
        case .budget: fields = ProjectField.BudgetPart.allCases.map { .budget($0) }
        case .usage: fields = [.usage]
        case .plan: fields = document.projects[p].spendingPlan.checkpoints.map { .plan(month: $0.month) }
        case .goals: fields = document.projects[p].goals.map { .goal($0.number) }
        case .indicator(let r): fields = [IndicatorField.value, .basis, .description, .name, .level2].map { .indicator(row: r, $0) }
        case .table, .paragraph: fields = []
        }
        return fields.map { FieldPath(projectIndex: p, field: $0) }
    }

    static func reducePrompt(_ s: inout AppState, _ prompt: PromptState, _ action: Action) -> [Effect] {
        var prompt = prompt
        switch action {
        case .input(let c): prompt.text.append(c)
        case .deleteBackward: if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .cancel, .back:
            s.overlay = nil
            return []
        case .nextPane:
            if case .edit(let path, let fields) = prompt.purpose, let k = fields.firstIndex(of: path) {
                let next = fields[(k + 1) % fields.count]
                prompt = PromptState(purpose: .edit(next, fields: fields), text: s.document.value(at: next) ?? "")
            }
        case .submit, .open:
            switch prompt.purpose {
            case .edit(let path, _):
                let old = s.document.value(at: path) ?? ""
                let new = TextNormalization.trimmed(prompt.text)
                s.overlay = nil
                if new == old {
                    s.message = "没有改变"
                    return []
                }
                return [.edit(path, new, origin: .user(EditRecord(path: path, old: old, new: new)))]
            case .returnProject(let p):
                guard !TextNormalization.trimmed(prompt.text).isEmpty else {
                    s.message = "退回须写明审核意见：单位需要知道改什么"
                    return []
                }
                s.overlay = nil
                return [.review(.return, project: p, comment: prompt.text)]
            case .comment(let p):
                s.overlay = nil
                guard !TextNormalization.trimmed(prompt.text).isEmpty else { return [] }
                return [.review(.comment, project: p, comment: prompt.text)]
            case .export:
                let path = TextNormalization.trimmed(prompt.text)
                guard !path.isEmpty else { s.message = "请写出导出文件的路径"; return [] }
                s.overlay = nil
                return [.export(path: path)]
            }
        default:
            break
        }
        s.overlay = .prompt(prompt)
        return []
    }

    /// The handler saved a change: take the new document, re-check what it touched, keep
    /// the undo and redo stacks, and say what changed.
    static func applied(_ s: inout AppState, _ doc: Document, project: Int, origin: EditOrigin, note: String) {
        let before = s.ordered
        let contentChanged = doc.content != s.document.content
        s.document = doc
        if contentChanged {
            s.setFindings(RuleEngine(settings: s.settings).recheck(s.findings, doc, changedProject: project))
        }
        switch origin {
        case .user(let r):
            s.undoStack.append(r)
            s.redoStack = []
        case .undo(let r):
            if s.undoStack.last == r { s.undoStack.removeLast() }
            s.redoStack.append(r)
        case .redo(let r):
            if s.redoStack.last == r { s.redoStack.removeLast() }
            s.undoStack.append(r)
        case .review:
            break
        }
        s.currentFinding = nil
        var message = note
        if contentChanged {
            // Only the counts that changed, short enough for an 80-column status line.
            let changes = Severity.allCases.compactMap { sev -> String? in
                let a = before.filter { $0.severity == sev }.count, b = s.ordered.filter { $0.severity == sev }.count
                return a == b ? nil : "\(sev.marker)\(a)→\(b)"
            }
            message += changes.isEmpty ? "。问题数不变" : "。问题 " + changes.joined(separator: " ")
        }
        s.message = message
        clamp(&s)
    }
}
