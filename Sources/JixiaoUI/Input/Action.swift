import JixiaoModel
import JixiaoRules

/// What the reviewer asked for, or what happened: the only input to `reduce`.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
    case open, back
    /// Tab on a project or the department part: between the body and the findings panel.
    case nextPane
    /// Tab in the edit prompt: the selected item's next field.
    case nextField
    /// Shift-Tab in the edit prompt: the previous field.
    case previousField
    case nextFinding, previousFinding
    case toggleFilter, help, quit, startSearch
    /// Edit the selected value (or accept the selected finding's suggested fix).
    case edit
    case undo, redo
    case approve, returnProject, comment, reopen
    /// 批量通过: every 待审 project with no open error, after the reviewer confirms the list.
    case approveAll
    /// 批量退回: the projects chosen (those with open errors offered), one opinion for all.
    case returnAll
    /// Waive the selected finding (核实无误 / 豁免：理由), or take back its waiver.
    case waive
    /// Which findings n and N walk: the open ones, errors only, or all.
    case walkMode
    /// 综合评定: the score table and a grade to choose.
    case grade
    /// What changed since import (of the project on show, or of the whole document).
    case showChanges
    /// Yes to a question a pop-up asks (`y`).
    case confirm
    /// Export the document as text (asks where).
    case exportText
    /// Import the unit's revised text (修改稿) as the document's next version (asks where).
    case importRevision
    /// Text typed into the search line or a prompt.
    case input(Character)
    /// Characters typed ahead into the search line or a prompt — keys that came faster than
    /// they were taken, as text pasted where the terminal does not mark pastes does — taken
    /// at once, as each `.input` in turn would be: laying the text out after every one made
    /// such a paste take each key longer than the last.
    case typed(String)
    /// Text pasted (bracketed paste): typed into a prompt, refused where none is open.
    case paste(String)
    /// A readline key in the search line or a prompt.
    case editText(TextEdit)
    case submit, cancel
    /// A digit typed on a screen: part of a project's number, for Enter to open.
    case digit(Int)
    /// A key that means nothing here: the status line says so.
    case unrecognized(Key)
    case resize(width: Int, height: Int)
    /// An effect was carried out: the saved document, its findings when the session
    /// counted them with the change under the workstation's rule settings (nil: the
    /// reducer works them out from the findings before), and what to tell the reviewer.
    case applied(Document, findings: FindingSet? = nil, origin: EditOrigin, note: String, line: HistoryItem? = nil)
    /// An effect could not be carried out; nothing changed.
    case failed(String)
    /// An effect was carried out and changed nothing on screen: what to tell the reviewer.
    case notice(String)
    /// An export found `file` there already (`typed` as the reviewer wrote it in the prompt
    /// of `purpose`): ask.
    case exportExists(typed: String, purpose: PromptOverlay.Purpose, file: String)
    /// A revised text became the document's next version: the document with the review
    /// carried over, the revised text as imported (what later edits are compared with),
    /// the revision, and what to tell the reviewer.
    case revised(Document, imported: Document, revision: RevisionRecord, note: String)
    /// The department picker's sort: the next column (`s`), or the other way round (`S`).
    case sort, reverseSort
    /// The department picker read again from the workspace (another program changed it).
    case refresh
    /// A document of the workspace was opened from the department picker.
    case documentOpened(OpenedDocument)
    /// The open document was closed, and the workspace's documents read again for the picker.
    case workspaceListed(WorkspaceListing)
}

/// What `reduce` asks the outside world to do.
public enum Effect: Hashable, Sendable {
    case quit
    /// Set a field (journaled and saved by the handler).
    case edit(FieldPath, String, origin: EditOrigin)
    /// Approve, return, reopen or comment on a project; an opinion may be about one
    /// indicator `row`; `answered` confirms a 退回 project's opinion was answered.
    case review(ReviewAction, project: Int, comment: String?, row: Int? = nil, answered: Bool = false)
    /// Approve each of these projects (批量通过), one journal line each, taken back by one undo.
    case approveAll([Int])
    /// Return each of these projects with the same opinion (批量退回), one journal line
    /// each, taken back by one undo.
    case returnAll([Int], comment: String)
    /// Waive a finding for a reason (核实无误 / 豁免：理由), or take a waiver back.
    case waive(Finding, reason: String)
    case unwaive(Waiver)
    /// Give the document its 综合评定 with the overall opinion.
    case grade(Grade, comment: String)
    /// Take back the line `HistoryItem` names (undo), or take back that undo (redo).
    case undo(HistoryItem)
    case redo(HistoryItem)
    /// Write the document (a draft while projects are not approved) or, with `report`, the
    /// 审核意见书 to a file; the file name's extension says the format. An existing file
    /// is replaced only with `replace`, which the reviewer confirmed.
    case export(path: String, report: Bool, replace: Bool = false)
    /// Write the department list (the picker's) as the bureau's review summary, a workbook
    /// or CSV by the extension; an existing file replaced only with `replace`.
    case exportDepartments(path: String, replace: Bool = false)
    /// Keep the reviewer's name in the workspace's settings and journal under it.
    case keepReviewer(String)
    /// Import the file at `path` (as typed) as the open document's next version.
    case importRevision(path: String)
    /// Open the workspace's document `id` (the department picker's Enter).
    case openDocument(String)
    /// Close the open document and go back to the department picker (Esc on the overview).
    case closeDocument
}

/// Why a change is made, so undo and redo can keep their stacks: the reviewer's own edit
/// or review action, or undoing or redoing one.
public enum EditOrigin: Hashable, Sendable {
    case user(EditRecord)
    case undo(HistoryItem)
    case redo(HistoryItem)
    /// A review action: a decision, an opinion, a waiver, a grade.
    case review
}

/// A journal line the workstation wrote, and exactly what it changed: one step of the
/// reviewer's history, in the order made — edits and review decisions alike — for undo
/// and redo, and to stamp the fields it set for the changes view.
public struct HistoryItem: Hashable, Sendable {
    public var seq: Int
    public var actor: String
    /// ISO 8601, UTC.
    public var time: String
    public var change: RecordChange
    /// The lines written before this one by the same action (批量通过: one line a project),
    /// oldest first; empty for an action of one line. Undo takes them all back.
    public var earlier: [HistoryItem]

    public init(seq: Int, actor: String, time: String, change: RecordChange, earlier: [HistoryItem] = []) {
        self.seq = seq
        self.actor = actor
        self.time = time
        self.change = change
        self.earlier = earlier
    }

    /// The action's lines, oldest first, each on its own.
    public var lines: [HistoryItem] {
        var last = self
        last.earlier = []
        return earlier + [last]
    }

    /// One action of several lines as its last line carrying the others.
    public static func group(_ lines: [HistoryItem]) -> HistoryItem? {
        guard var last = lines.last else { return nil }
        last.earlier = Array(lines.dropLast())
        return last
    }

    /// What all the action's lines changed together.
    public var wholeChange: RecordChange {
        guard !earlier.isEmpty else { return change }
        var whole = RecordChange()
        for line in lines {
            whole.fields += line.change.fields
            whole.reviews += line.change.reviews
            whole.waivers = line.change.waivers ?? whole.waivers
            whole.grade = line.change.grade ?? whole.grade
        }
        return whole
    }

    var stamp: ChangeStamp { ChangeStamp(seq: seq, actor: actor, time: time) }
}

/// One edit: the field, and its text before and after.
public struct EditRecord: Hashable, Sendable {
    public var path: FieldPath
    public var old: String
    public var new: String

    public init(path: FieldPath, old: String, new: String) {
        self.path = path
        self.old = old
        self.new = new
    }
}
