import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoStore
import JixiaoUI

/// Carries out what the workstation asks for — an edit, a review action, an export — on the open
/// document: journaled and saved before the screen changes, so nothing is ever lost.
struct WorkstationEffects {
    let session: DocumentSession
    let actor: String
    var settings: RuleSettings = .standard

    /// Said after a change that is in the journal (so done) when document.json could not
    /// be saved after it.
    var unsaved: String {
        session.unsavedBecause.map { "。已记入日志，但未能保存 \(DocumentFiles.documentName)（\($0)），下次修改时补存" } ?? ""
    }

    func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .quit:
                return nil
            case .edit(let path, let text, let origin):
                guard let entry = try session.set(path, to: text, actor: actor, time: JournalTime.now()),
                      case .edited(let e) = entry.event else {
                    return .failed("\(path.field.chinese)没有改变")
                }
                let verb: String = switch origin {
                case .undo: "已撤销"
                case .redo: "已重做"
                default: "已修改"
                }
                let reopened = e.reopened == true ? "；项目原已通过，改动后回到待审" : ""
                return .applied(session.document, project: path.projectIndex, origin: origin,
                                note: "\(verb)\(path.field.chinese)：“\(e.old)” → “\(e.new)”（日志第 \(entry.seq) 条）\(reopened)" + unsaved)
            case .export(let typed, let report):
                // A relative path goes under the workspace's exports/; the extension names
                // the format. An existing file is never replaced from here: the reviewer
                // picks another name (or removes the file) instead.
                let path = DocumentExport.workstationPath(typed, workspaceRoot: session.workspaceRoot)
                let kind: ExportKind = report ? .report : .document
                guard let format = ExportFormats.inferred(from: path, kind: kind) else {
                    throw ExportError.unknownExtension(path, known: ExportFormats.of(kind).map(\.fileExtension))
                }
                // The workstation always may export a draft; the export says it is one.
                let outcome: DocumentExport.Outcome
                do {
                    outcome = try DocumentExport.write(format, of: session, to: path, allowDraft: true, replace: false,
                                                       settings: settings, actor: actor, time: JournalTime.now())
                } catch ExportError.exists(let existing) {
                    // There is no --force here: the reviewer names another file.
                    return .failed("文件已经存在，没有覆盖（请换一个文件名）：\(existing)")
                }
                return .notice(outcome.summary + unsaved)
            case .review(let action, let index, let comment):
                let p = session.document.projects[index]
                guard let entry = try session.review(action, projectAt: index, comment: comment, settings: settings, actor: actor,
                                                     time: JournalTime.now()) else {
                    return .notice("没有改变：\(p.number).\(p.name) 已经是\(session.document.review.status(ofProjectAt: index).chinese)")
                }
                let what = action == .comment ? "已记审核意见" : session.document.review.status(ofProjectAt: index).chinese
                return .applied(session.document, project: index, origin: .review,
                                note: "\(p.number).\(p.name)：\(what)（日志第 \(entry.seq) 条）" + unsaved)
            }
        } catch let error as any ReviewerFacingError {
            return .failed(StatusLine.text(for: error))
        } catch {
            return .failed("\(error)")
        }
    }
}
