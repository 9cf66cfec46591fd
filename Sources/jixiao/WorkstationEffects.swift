import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoStore
import JixiaoUI

/// Carries out what the workstation asks for — an edit, a review action, an export, the
/// reviewer's name, opening and closing a department — on the open document: journaled and
/// saved before the screen changes, so nothing is ever lost. A class: the reviewer's name,
/// once given, is used from then on, and the open document changes with the picker.
final class WorkstationEffects {
    /// The open document; none while the department picker is on show.
    private(set) var openSession: DocumentSession?
    private(set) var actor: String
    let settings: RuleSettings
    private var workspace: Workspace

    init(session: DocumentSession?, actor: String, settings: RuleSettings = .standard, workspace: Workspace) {
        openSession = session
        self.actor = actor
        self.settings = settings
        self.workspace = workspace
    }

    /// The open document, for an effect only a screen of it can ask for.
    var session: DocumentSession {
        get throws(StoreError) {
            guard let openSession else { throw StoreError("没有打开的文档", hint: "在部门列表中选一个部门，按 Enter 打开") }
            return openSession
        }
    }

    /// Opens document `id` for the workstation (read-only when another Jixiao has it) and
    /// reads what the workstation shows of it: the other documents for the rules across
    /// documents (from their summaries where those suffice), what changed since import,
    /// where exports go.
    static func open(_ id: String, in ws: Workspace, summaries: [DocumentSummary]? = nil) throws -> (DocumentSession, OpenedDocument) {
        let session = try ws.openDocument(id, access: .write)
        do {
            // From the summaries (the picker's, or read now): only the unit's other years are opened.
            let alongside = try ws.documentSetMembers(from: summaries ?? ws.summaries().summaries, excluding: id)
            var opened = OpenedDocument(id: id, document: session.document, readOnlyReason: session.readOnlyReason,
                                        notice: session.notices.first, alongside: alongside,
                                        exportPath: DocumentExport.suggestedPath(in: ws, document: id, format: TextFormat()),
                                        reportPath: DocumentExport.suggestedPath(in: ws, document: id, format: ReviewReportHTMLFormat()))
            if let history = try? ChangeHistory.of(session) { (opened.imported, opened.stamps) = history }
            opened.revision = try? ChangeHistory.latestRevision(session)
            // Checked once, for the screen and for the session: the first edit then re-checks
            // only the project it changed (a whole check was ~150 ms at 1,300 projects).
            let findings = RuleEngine(settings: ws.settings.review).check(session.document)
            session.adopt(findings, of: session.document, countedUnder: ws.settings.review)
            opened.findings = findings
            return (session, opened)
        } catch {
            session.close()
            throw error
        }
    }

    /// The workspace's documents as the department picker lists them.
    static func listing(_ ws: Workspace) -> (WorkspaceListing, [DocumentSummary]) {
        let (summaries, problems) = ws.summaries()
        var listing = WorkspaceListing(root: ws.root, summaries: summaries, problems: problems, nameOrder: UnitNameOrder.ranks(summaries))
        do {
            listing.acrossDocuments = try ws.openFindingsAcrossDocuments(summaries)
        } catch {
            listing.acrossProblem = error.message
        }
        return (listing, summaries)
    }

    /// The summaries the picker last read: the other documents the open one is checked against.
    private var summaries: [DocumentSummary]?

    func keep(_ summaries: [DocumentSummary]) { self.summaries = summaries }

    /// Closes the open document (the lock released).
    func close() {
        openSession?.close()
        openSession = nil
    }

    /// Said after a change that is in the journal (so done) when document.json could not
    /// be saved after it.
    var unsaved: String {
        openSession?.unsavedBecause.map { "。已记入日志，但未能保存 \(DocumentFiles.documentName)（\($0)），下次修改时补存" } ?? ""
    }

    /// The history step a journal line is: what it changed, for undo and the changes view.
    func line(_ entry: JournalEntry) -> HistoryItem {
        HistoryItem(seq: entry.seq, actor: entry.actor, time: entry.time, change: openSession?.lastChange ?? RecordChange())
    }

    /// 批量通过 and 批量退回: each project decided in a journal line of its own, as `a` or `r`
    /// decides one, all one step of the history. The store's own guard stands for each; when
    /// one is refused or cannot be written, those before it stay decided (journaled) and the
    /// note says where it stopped.
    func decideAll(_ action: ReviewAction, _ projects: [Int], comment: String? = nil, in session: DocumentSession) throws -> Action {
        let verb = action == .approve ? "通过" : "退回"
        var made: [HistoryItem] = []
        var stopped = ""
        for p in projects {
            do {
                if let entry = try session.review(action, projectAt: p, comment: comment, settings: settings, actor: actor,
                                                  time: JournalTime.now()) {
                    made.append(line(entry))
                }
            } catch where !made.isEmpty {
                // Those before are journaled: the workstation must show them, whatever stopped the rest.
                stopped = "；第 \(session.document.projects[p].number) 个项目起未\(verb)：" + Self.said(error)
                break
            }
        }
        guard let group = HistoryItem.group(made) else { return .notice("没有改变：这些项目都已\(verb)") }
        let seqs = made.count == 1 ? "第 \(group.seq) 条" : "第 \(made[0].seq)–\(group.seq) 条"
        return .applied(session.document, findings: session.findings(under: settings), origin: .review,
                        note: "已批量\(verb) \(made.count) 个项目（日志\(seqs)；u 全部撤销）" + stopped + unsaved, line: group)
    }

    static func said(_ error: any Error) -> String {
        (error as? any ReviewerFacingError).map { StatusLine.text(for: $0) } ?? "\(error)"
    }

    /// Undo (or redo) of an action of several lines: each line taken back, newest first.
    /// A line that cannot be written stops it; what was taken back is one step of the
    /// history, and the note says what was not.
    func takeBack(_ item: HistoryItem, undoing: Bool, in session: DocumentSession) throws -> Action {
        var made: [HistoryItem] = []
        var stopped = ""
        let lines = item.lines.reversed()
        for (k, l) in lines.enumerated() {
            do {
                let change = l.change.inverse
                let entry = undoing ? try session.undo(of: l.seq, change: change, actor: actor, time: JournalTime.now())
                    : try session.redo(of: l.seq, change: change, actor: actor, time: JournalTime.now())
                made.append(line(entry))
            } catch where !made.isEmpty {
                stopped = "；其余 \(lines.count - k) 条未能\(undoing ? "撤销" : "重做")（\(Self.said(error))），可在项目上按 o 取消审核"
                break
            }
        }
        guard let group = HistoryItem.group(made) else { return .failed("没有可撤销的记录") }
        let whole = group.wholeChange
        let what = undoing ? "已撤销第 \(item.earlier[0].seq)–\(item.seq) 条" : "已重做 \(made.count) 条"
        return .applied(session.document, findings: session.findings(under: settings), origin: undoing ? .undo(item) : .redo(item),
                        note: what + "：" + QuotedText.clipped(Self.briefly(whole.summary)) + "（日志第 \(made[0].seq)–\(group.seq) 条）" + stopped + unsaved,
                        line: group)
    }

    /// A change's summary short enough for the status line: `12 个项目 通过 → 待审` when
    /// every part says the same of another project (a count of opinions said of each:
    /// `3 个项目 退回 → 待审，各撤回审核意见 1 条`, `… 待审 → 退回，各有审核意见 1 条`), else
    /// the first three and how many.
    static func briefly(_ summary: [String]) -> String {
        let rests = summary.map { line -> Substring in
            guard line.hasPrefix("项目 "), let space = line.dropFirst(3).firstIndex(of: " ") else { return Substring(line) }
            return line[space...]
        }
        if summary.count > 1, Set(rests).count == 1, summary[0].hasPrefix("项目 ") {
            var each = String(rests[0])
            if let taken = each.range(of: "撤回审核意见") {
                each.insert("各", at: taken.lowerBound)
            } else if let added = each.range(of: "审核意见") {
                each.insert(contentsOf: "各有", at: added.lowerBound)
            }
            return "\(summary.count) 个项目" + each
        }
        return summary.prefix(3).joined(separator: "；") + (summary.count > 3 ? "等 \(summary.count) 处" : "")
    }

    /// `I`: the file the reviewer typed (`~` for the home folder, relative to where Jixiao
    /// was started) as the open document's next version.
    func importRevision(_ typed: String, into session: DocumentSession) throws -> Action {
        let path = HomeFolder.expanding(typed)
        let bytes = try Workspace.readInput(path)
        let outcome = try session.revise(with: bytes, fileName: (path as NSString).lastPathComponent, namedAs: typed,
                                         actor: actor, time: JournalTime.now())
        switch outcome {
        case .identical(let version):
            return .notice("\(typed) 与第 \(version) 版的原文完全相同：没有导入，没有改动")
        case .revised(let version, let seq, let comparison, let document):
            let (imported, _) = try ChangeHistory.of(session)
            guard let revision = try ChangeHistory.latestRevision(session) else { throw StoreError("日志里找不到刚导入的修改稿") }
            let notTaken = session.editsNotTaken(by: version, comparison: comparison)
            let notes = session.revisionNotes(version: version, comparison: comparison).map { "。注意：" + $0 }.joined()
            let warning = notes + (notTaken.isEmpty ? "" : "。注意：修改稿没有采用审核人的 \(notTaken.count) 处修改：" + notTaken.joined(separator: "；")
                + "（如仍需要请重新修改）")
            return .revised(document, imported: imported, revision: revision,
                            note: "已导入修改稿：第 \(version) 版（\(comparison.summary)；日志第 \(seq) 条）" + warning + unsaved)
        }
    }

    func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .quit:
                return nil
            case .openDocument(let id):
                close()
                let (session, opened) = try Self.open(id, in: workspace, summaries: summaries)
                openSession = session
                return .documentOpened(opened)
            case .closeDocument:
                close()
                let (listing, summaries) = Self.listing(workspace)
                keep(summaries)
                return .workspaceListed(listing)
            case .exportDepartments(let typed, let replace):
                // A relative path goes under the workspace's exports/, as a document's export.
                let path = DocumentExport.workstationPath(typed, workspaceRoot: workspace.root)
                if (path as NSString).deletingLastPathComponent == Workspace.exportsFolder(root: workspace.root) {
                    try? FileManager.default.createDirectory(atPath: Workspace.exportsFolder(root: workspace.root), withIntermediateDirectories: true)
                }
                do {
                    let (count, written) = try DepartmentsListing.writeFile(workspace, to: path, replace: replace, actor: actor)
                    return .notice("已导出 \(count) 个部门的审核汇总" + DepartmentsListing.recordNote(written) + "：\(path)")
                } catch ExportError.exists(let existing) {
                    return .exportExists(typed: typed, purpose: .exportDepartments, file: existing)
                }
            case .keepReviewer(let name):
                workspace = try workspace.keepingReviewer(name)
                actor = workspace.settings.reviewer ?? name
                return .notice("审核人：\(actor)。已记在 \(workspace.root)/\(Workspace.settingsFileName)，以后的修改都记这个名字")
            default:
                break
            }
            let session = try self.session
            switch effect {
            case .quit, .openDocument, .closeDocument, .keepReviewer, .exportDepartments:
                return nil
            case .importRevision(let typed):
                return try importRevision(typed, into: session)
            case .edit(let path, let text, let origin):
                guard let entry = try session.set(path, to: text, actor: actor, time: JournalTime.now()),
                      case .edited(let e) = entry.event else {
                    return .failed("\(session.document.label(of: path))没有改变")
                }
                let reopened = e.reopened == true ? "；项目原已通过，改动后回到待审" : ""
                return .applied(session.document, findings: session.findings(under: settings), origin: origin,
                                note: QuotedText.clipped("已修改\(session.document.label(of: path))：“\(e.old)” → “\(e.new)”") + "（日志第 \(entry.seq) 条）\(reopened)" + unsaved,
                                line: line(entry))
            case .undo(let item) where item.earlier.isEmpty:
                let change = item.change.inverse
                let entry = try session.undo(of: item.seq, change: change, actor: actor, time: JournalTime.now())
                return .applied(session.document, findings: session.findings(under: settings), origin: .undo(item),
                                note: "已撤销第 \(item.seq) 条：" + QuotedText.clipped(change.summary.joined(separator: "；")) + "（日志第 \(entry.seq) 条）" + unsaved,
                                line: line(entry))
            case .redo(let item) where item.earlier.isEmpty:
                let change = item.change.inverse
                let entry = try session.redo(of: item.seq, change: change, actor: actor, time: JournalTime.now())
                return .applied(session.document, findings: session.findings(under: settings), origin: .redo(item),
                                note: "已重做：" + QuotedText.clipped(change.summary.joined(separator: "；")) + "（日志第 \(entry.seq) 条）" + unsaved,
                                line: line(entry))
            case .undo(let item), .redo(let item):
                // An action of several lines (批量通过): each taken back, newest first, in a line of its own.
                let undoing: Bool = if case .undo = effect { true } else { false }
                return try takeBack(item, undoing: undoing, in: session)
            case .approveAll(let projects):
                return try decideAll(.approve, projects, in: session)
            case .returnAll(let projects, let comment):
                return try decideAll(.return, projects, comment: comment, in: session)
            case .waive(let finding, let reason):
                let time = JournalTime.now()
                let waiver = Waiver(finding, reason: reason, reviewer: actor, time: time)
                guard let entry = try session.waive([waiver], actor: actor, time: time) else {
                    return .notice("没有改变：这个问题已按“\(reason)”豁免")
                }
                return .applied(session.document, findings: session.findings(under: settings), origin: .review,
                                note: "已豁免 \(waiver.place)：\(reason)（日志第 \(entry.seq) 条）" + unsaved, line: line(entry))
            case .unwaive(let waiver):
                let entry = try session.unwaive([waiver], actor: actor, time: JournalTime.now())
                return .applied(session.document, findings: session.findings(under: settings), origin: .review,
                                note: "已取消豁免 \(waiver.place) [\(waiver.rule)]（日志第 \(entry.seq) 条）" + unsaved, line: line(entry))
            case .grade(let grade, let comment):
                let findings = session.findings(under: settings) ?? RuleEngine(settings: settings).check(session.document)
                let assessment = GradeAssessment.assess(session.document, findings: findings.all)
                let time = JournalTime.now()
                let given = DocumentGrade(grade: grade, comment: comment, suggested: assessment.suggested, score: assessment.total,
                                          reviewer: actor, time: time)
                guard let entry = try session.grade(given, actor: actor, time: time) else {
                    return .notice("没有改变：综合评定已经是“\(grade.chinese)”，意见相同")
                }
                return .applied(session.document, findings: session.findings(under: settings), origin: .review,
                                note: "综合评定：\(grade.chinese)（\(grade.meaning)）（日志第 \(entry.seq) 条）" + unsaved, line: line(entry))
            case .export(let typed, let report, let replace):
                // A relative path goes under the workspace's exports/; the extension names
                // the format. An existing file is replaced only when the reviewer said so
                // (asked by the prompt); otherwise the prompt asks.
                let path = DocumentExport.workstationPath(typed, workspaceRoot: session.workspaceRoot)
                let kind: ExportKind = report ? .report : .document
                guard let format = ExportFormats.inferred(from: path, kind: kind) else {
                    // The prompt takes no --format: its hint says the extensions.
                    throw ExportError.unknownExtension(path, known: ExportFormats.of(kind).map(\.fileExtension), typed: true)
                }
                // The workstation always may export a draft; the export says it is one.
                let outcome: DocumentExport.Outcome
                do {
                    outcome = try DocumentExport.write(format, of: session, to: path, allowDraft: true, replace: replace,
                                                       settings: settings, actor: actor, time: JournalTime.now())
                } catch ExportError.exists(let existing) {
                    return .exportExists(typed: typed, purpose: .export(report: report), file: existing)
                }
                return .notice(outcome.summary + unsaved)
            case .review(let action, let index, let comment, let row, let answered):
                let p = session.document.projects[index]
                guard let entry = try session.review(action, projectAt: index, comment: comment, row: row, answered: answered,
                                                     settings: settings, actor: actor, time: JournalTime.now()) else {
                    return .notice("没有改变：\(p.number).\(p.shownName) 已经是\(session.document.review.status(ofProjectAt: index).chinese)")
                }
                let what = action == .comment ? "已记审核意见" + (row.map { "（第 \($0) 行指标）" } ?? "")
                    : session.document.review.status(ofProjectAt: index).chinese + (answered ? "（确认退回意见已落实）" : "")
                return .applied(session.document, findings: session.findings(under: settings), origin: .review,
                                note: "\(p.number).\(p.shownName)：\(what)（日志第 \(entry.seq) 条）" + unsaved, line: line(entry))
            }
        } catch let error as any ReviewerFacingError {
            return .failed(StatusLine.text(for: error))
        } catch {
            return .failed("\(error)")
        }
    }
}
