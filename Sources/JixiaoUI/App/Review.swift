import JixiaoModel
import JixiaoRules

/// Changing the document from the workstation: what `e`, `u`, Ctrl-R, `a`, `r`, `c`, `o`
/// and `x` ask for, and what comes back. The reducer only asks (effects); the handler
/// saves and journals, and answers with `.applied` or `.failed`.
enum Review {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .applied(let doc, let project, let origin, let note):
            applied(&s, doc, project: project, origin: origin, note: note)
            return []
        case .failed(let message):
            if var prompt = s.pendingPrompt {
                // Nothing typed is lost: the prompt opens again with the reason.
                prompt.problem = "未能保存：" + message
                s.overlay = .prompt(prompt)
                s.pendingPrompt = nil
            } else {
                s.message = "未能完成：" + message
            }
            return []
        case .notice(let message):
            s.message = message
            return []
        default:
            break
        }
        if let reason = s.readOnlyReason {
            // An export is journaled so it can be verified: a read-only session has no journal to write.
            s.message = (action == .exportText ? "只读，不能导出：" : "只读，不能修改：") + reason
            return []
        }
        if action == .exportText {
            s.overlay = .prompt(PromptOverlay(purpose: .export(report: false), text: s.exportPath))
            return []
        }
        switch action {
        case .edit:
            // What to edit depends on where the reviewer is.
            return Router.reduce(&s, action)
        case .undo:
            guard let r = s.undoStack.last else { s.message = "没有可以撤销的修改"; return [] }
            return [.edit(r.path, r.old, origin: .undo(r))]
        case .redo:
            guard let r = s.redoStack.last else { s.message = "没有可以重做的修改"; return [] }
            return [.edit(r.path, r.new, origin: .redo(r))]
        case .approve, .reopen:
            guard let p = Router.selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            return [.review(action == .approve ? .approve : .reopen, project: p, comment: nil)]
        case .returnProject, .comment:
            guard let p = Router.selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            s.overlay = .prompt(PromptOverlay(purpose: action == .comment ? .comment(p) : .returnProject(p), text: ""))
        default:
            break
        }
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
    }
}
