import JixiaoModel

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
    /// Export the document as text (asks where).
    case exportText
    /// Text typed into the search line or a prompt.
    case input(Character)
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
    /// An effect was carried out: the saved document, the project it changed, and what
    /// to tell the reviewer.
    case applied(Document, project: Int, origin: EditOrigin, note: String)
    /// An effect could not be carried out; nothing changed.
    case failed(String)
    /// An effect was carried out and changed nothing on screen: what to tell the reviewer.
    case notice(String)
}

/// What `reduce` asks the outside world to do.
public enum Effect: Hashable, Sendable {
    case quit
    /// Set a field (journaled and saved by the handler).
    case edit(FieldPath, String, origin: EditOrigin)
    /// Approve, return, reopen or comment on a project.
    case review(ReviewAction, project: Int, comment: String?)
    /// Write the document (a draft while projects are not approved) or, with `report`, the
    /// 审核意见书 to a file; the file name's extension says the format.
    case export(path: String, report: Bool)
}

/// Why an edit is made, so undo and redo can keep their stacks.
public enum EditOrigin: Hashable, Sendable {
    case user(EditRecord)
    case undo(EditRecord)
    case redo(EditRecord)
    case review
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
