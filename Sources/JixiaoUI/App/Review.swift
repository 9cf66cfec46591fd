import JixiaoModel
import JixiaoRules

/// Changing the document from the workstation: what `e`, `u`, Ctrl-R, `a`, `A`, `r`, `R`, `c`, `o`,
/// `w`, `p` and `x` ask for, and what comes back. The reducer only asks (effects); the
/// handler saves and journals, and answers with `.applied` or `.failed`.
///
/// One history: every change the reviewer makes — an edit, a decision, an opinion, a
/// waiver, a grade — is a journal line pushed on the undo stack in the order made; `u`
/// takes back the last one whatever it was (undoing past an approval reopens the project),
/// Ctrl-R does it again; both are journal lines of their own, and both go to what they
/// changed. 批量通过 and 批量退回 write a line a project and are one step: undone and redone whole.
enum Review {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .applied(let doc, let findings, let origin, let note, let line):
            applied(&s, doc, findings: findings, origin: origin, note: note, line: line)
            return []
        case .failed(let message):
            if var prompt = s.pendingPrompt {
                // Nothing typed is lost: the prompt opens again with the reason.
                let failed = switch prompt.purpose {
                case .revisionFile: "未能导入："
                case .export, .exportDepartments: "未能导出："
                default: "未能保存："
                }
                prompt.problem = failed + message
                s.overlay = .prompt(prompt)
                s.pendingPrompt = nil
            } else {
                s.message = "未能完成：" + message
            }
            return []
        case .notice(let message):
            s.message = message
            return []
        case .revised(let doc, let imported, let revision, let note):
            revised(&s, doc, imported: imported, revision: revision, note: note)
            return []
        case .exportExists(let typed, let purpose, let file):
            // Never over a file without asking: the prompt again, asking y/n.
            var prompt = PromptOverlay(purpose: purpose, text: typed)
            prompt.confirmsOverwrite = TextNormalization.trimmed(typed)
            prompt.problem = "已有文件 \(file)，覆盖吗？按 y 覆盖，按 n 改文件名"
            s.overlay = .prompt(prompt)
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
        if action == .importRevision {
            s.overlay = .prompt(PromptOverlay(purpose: .revisionFile, text: ""))
            return []
        }
        switch action {
        case .edit, .waive:
            // What to edit or waive depends on where the reviewer is.
            return Router.reduce(&s, action)
        case .undo:
            guard let item = s.undoStack.last else { s.message = "没有可以撤销的操作"; return [] }
            return [.undo(item)]
        case .redo:
            guard let item = s.redoStack.last else { s.message = "没有可以重做的操作"; return [] }
            return [.redo(item)]
        case .approve:
            return approve(&s)
        case .approveAll:
            approveAll(&s)
        case .returnAll:
            // Offered: the 待审 projects an open error keeps from approval; the list is the reviewer's to change.
            let blocked = s.document.projects.indices.filter {
                s.document.review.status(ofProjectAt: $0) == .pending && !ReviewGate.blocking(s.ordered, project: $0).isEmpty
            }
            s.overlay = .prompt(PromptOverlay(purpose: .returnWhich, text: s.document.projectList(blocked)))
        case .reopen:
            guard let p = Router.selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            if s.document.review.status(ofProjectAt: p) == .pending {
                s.message = "没有改变：\(name(s, p)) 已经是待审"
                return []
            }
            return [.review(.reopen, project: p, comment: nil)]
        case .returnProject, .comment:
            guard let p = Router.selectedProject(s) else { s.message = "先选择一个项目"; return [] }
            let purpose: PromptOverlay.Purpose = action == .comment ? .comment(p, row: ProjectScreen.selectedRow(s)) : .returnProject(p)
            s.overlay = .prompt(PromptOverlay(purpose: purpose, text: ""))
        case .grade:
            s.overlay = .grade(GradeOverlay(s))
        default:
            break
        }
        return []
    }

    static func name(_ s: AppState, _ p: Int) -> String { "\(s.document.projects[p].number).\(s.document.projects[p].shownName)" }

    /// `a`: approved at once when nothing stands in the way; an open error is shown with
    /// the way out, a 退回 project asks whether its opinion was answered, and an approved
    /// one is said to be so, nothing written.
    static func approve(_ s: inout AppState) -> [Effect] {
        guard let p = Router.selectedProject(s) else { s.message = "先选择一个项目"; return [] }
        switch s.document.review.status(ofProjectAt: p) {
        case .approved:
            s.message = "没有改变：\(name(s, p)) 已经是通过"
            return []
        case _ where !ReviewGate.blocking(s.ordered, project: p).isEmpty:
            s.overlay = .decision(DecisionOverlay(.openErrors(project: p)))
            return []
        case .returned:
            s.overlay = .decision(DecisionOverlay(.answered(project: p)))
            return []
        case .pending:
            return [.review(.approve, project: p, comment: nil)]
        }
    }

    /// `A` (批量通过): the 待审 projects nothing stands in the way of, listed for the
    /// reviewer to confirm — never approved unseen; those with an open error and the
    /// 退回 ones (each must be confirmed answered on its own) are left out and counted.
    static func approveAll(_ s: inout AppState) {
        let pending = s.document.projects.indices.filter { s.document.review.status(ofProjectAt: $0) == .pending }
        let ready = pending.filter { ReviewGate.blocking(s.ordered, project: $0).isEmpty }
        guard !ready.isEmpty else {
            s.message = pending.isEmpty ? "没有待审的项目" : "没有可以批量通过的项目：\(pending.count) 个待审的项目都有未改正的错误"
            return
        }
        s.overlay = .decision(DecisionOverlay(.approveAll(projects: ready)))
    }

    /// The handler saved a change: take the new document and its findings (as the session
    /// counted them, or re-checked here for what the change touched), keep the history,
    /// stamp the fields it set, say what changed — and, for an undo or a redo, go to what
    /// it changed.
    static func applied(_ s: inout AppState, _ doc: Document, findings: FindingSet?, origin: EditOrigin, note: String,
                        line: HistoryItem?) {
        let before = s.openFindings
        let staleBefore = s.findings.staleWaivers
        let selected = ProjectScreen.selectedKind(s)
        let previous = s.document
        let change = line?.wholeChange ?? RecordChange.between(previous, doc)
        // The workstation changes a document's content only by its fields (edits, undo, redo).
        let contentChanged = !change.fields.isEmpty
        s.document = doc
        if contentChanged || change.waivers != nil {
            s.setFindings(findings ?? RuleEngine(settings: s.settings).check(doc, changedFrom: previous, previous: s.findings))
        }
        if let line {
            for l in line.lines { l.change.stamping(&s.stamps, with: l.stamp) }
            switch origin {
            case .user, .review:
                s.undoStack.append(line)
                s.redoStack = []
            case .undo(let item):
                if s.undoStack.last == item { s.undoStack.removeLast() }
                s.redoStack.append(line)
            case .redo(let item):
                if s.redoStack.last == item { s.redoStack.removeLast() }
                s.undoStack.append(line)
            }
        }
        s.currentFinding = nil
        switch origin {
        case .undo, .redo: show(&s, change)
        default: if let selected { ProjectScreen.reselect(&s, selected) }
        }
        var message = note
        if contentChanged {
            // Only the counts that changed, short enough for an 80-column status line.
            let changes = Severity.allCases.compactMap { sev -> String? in
                let a = before.filter { $0.severity == sev }.count, b = s.openFindings.filter { $0.severity == sev }.count
                return a == b ? nil : "\(sev.marker)\(a)→\(b)"
            }
            message += changes.isEmpty ? "。问题数不变" : "。问题 " + changes.joined(separator: " ")
        }
        let stale = s.findings.staleWaivers.filter { !staleBefore.contains($0) }
        if !stale.isEmpty {
            message += "；\(stale.count) 条豁免已失效（问题已不存在）：" + stale.map(\.place).joined(separator: "、")
        }
        s.message = message
    }

    /// A revised text is now the document: its findings checked afresh, the history of
    /// the version before closed (undo does not reach back past a revision), and the
    /// comparison on show.
    static func revised(_ s: inout AppState, _ doc: Document, imported: Document, revision: RevisionRecord, note: String) {
        s.document = doc
        s.imported = imported
        s.stamps = [:]
        s.revision = revision
        s.undoStack = []
        s.redoStack = []
        s.currentFinding = nil
        s.searchMatch = nil
        s.setFindings(RuleEngine(settings: s.settings).check(doc))
        s.overlay = nil
        s.screen = .changes(ChangesScreen(project: nil, showsRevision: true))
        s.message = note
    }

    /// Goes to what a change touched: the field it set, the project whose review it
    /// changed, the finding it waived, or the department part for the grade.
    static func show(_ s: inout AppState, _ change: RecordChange) {
        s.overlay = nil
        if let f = change.fields.first, f.path.isDepartment {
            DepartmentScreen.show(&s, at: ItemKind.of(field: f.field))
        } else if let f = change.fields.first {
            s.onlyWithFindings = false
            ProjectScreen.show(&s, project: f.project - 1, at: ItemKind.of(field: f.field))
        } else if change.reviews.count > 1 {
            // Decisions on several projects (批量通过): the overview shows them all.
            s.screen = .overview
        } else if let r = change.reviews.first {
            if s.screen.projectIndex != r.project - 1 { ProjectScreen.show(&s, project: r.project - 1, at: .header) }
        } else if let w = change.waivers.flatMap({ ($0.added + $0.removed).first }) {
            if let p = w.project {
                s.onlyWithFindings = false
                ProjectScreen.show(&s, project: p - 1, at: ItemKind.of(w))
            } else {
                s.screen = .department(DepartmentScreen())
            }
        } else if change.grade != nil {
            s.screen = .department(DepartmentScreen())
        }
    }
}
