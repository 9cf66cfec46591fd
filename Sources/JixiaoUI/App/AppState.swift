import JixiaoModel
import JixiaoRules

/// Everything the workstation shows, as a value: the document and its findings, where the
/// reviewer is, what is open. A frame is a function of it; only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var document: Document
    public private(set) var findings: FindingSet
    /// The other documents of the workspace, for the rules across documents (the same
    /// project in two departments, last year's document of the same unit); empty for a
    /// workspace of one document. Arranged once by what those rules relate documents by:
    /// an edit's findings across documents are worked out against only the related ones.
    public private(set) var neighbours: DocumentSetNeighbours
    public var alongside: [DocumentSetMember] { neighbours.members }
    /// This document's findings of those rules: re-run with every check, after an edit too.
    public private(set) var acrossDocuments: [Finding] = []
    /// `findings.all` and `acrossDocuments`, in document order: what n/N walk through.
    public private(set) var ordered: [Finding]
    /// `ordered` by project (and the department's own), grouped once per check: the
    /// overview asks for every project's findings on every frame.
    private var byProject: [[Finding]] = []
    private var ofDepartment: [Finding] = []
    public var settings: RuleSettings
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    /// The screen on show, carrying its own cursor.
    public var screen: Screen = .overview
    /// The overview's selection, kept while another screen is on show.
    public var overview = ListCursor()
    /// The department picker, when the workstation was opened on a workspace of several
    /// documents: kept while a department is open, to come back to with Esc.
    public var workspace: WorkspacePicker?
    public var onlyWithFindings = false
    public var overlay: Overlay?
    public var message: String?
    /// Why the document is read-only (another Jixiao has it open), when it is.
    public var readOnlyReason: String?
    /// The prompt whose text is being saved, to open again with the reason if saving fails.
    public var pendingPrompt: PromptOverlay?
    /// The finding n/N last went to, as an index into `ordered`.
    public var currentFinding: Int?
    /// The reviewer's actions in this session, edits and review decisions alike, in the
    /// order made, for undo; what was undone, for redo.
    public var undoStack: [HistoryItem] = []
    public var redoStack: [HistoryItem] = []
    /// The document as imported and, per field, the journal line that last set it: what
    /// the changes view lists and the project screen marks. Set by the program from the
    /// workspace; kept up to date as changes are saved.
    public var imported: Document?
    public var stamps: [FieldPath: ChangeStamp] = [:]
    /// The latest revision (修改稿) imported, when there is one: the `d` screen shows its
    /// comparison. Set by the program from the journal, and when one is imported.
    public var revision: RevisionRecord?
    /// Which findings n and N walk.
    public var walk: FindingWalk = .open
    /// The local time zone's offset from UTC, in seconds, for showing journal times.
    public var utcOffset = 0 { didSet { workspace?.list.utcOffset = utcOffset } }
    /// Where `x` suggests writing the export, and (Tab) the 审核意见书; set by the program
    /// from the workspace.
    public var exportPath = ""
    public var reportPath = ""
    /// The reviewer's home folder, written `~` in messages; set by the program.
    public var homeFolder = ""
    /// The last search's query: `/` offers it again.
    public var lastSearch: String?
    /// While set, n and N go through the last search's places (this one is on show)
    /// instead of the findings; Esc ends it.
    public var searchMatch: Int?
    /// Digits typed on a screen: Enter then opens the project with that number.
    public var typedNumber: String?

    public init(document: Document, settings: RuleSettings = .standard, width: Int = 80, height: Int = 24,
                glyphs: Glyphs = .unicode, readOnlyReason: String? = nil, alongside: [DocumentSetMember] = [],
                findings counted: FindingSet? = nil) {
        self.document = document
        self.settings = settings
        neighbours = DocumentSetNeighbours(alongside)
        let set = counted ?? RuleEngine(settings: settings).check(document)
        findings = set
        ordered = set.all
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.readOnlyReason = readOnlyReason
        message = readOnlyReason
        setFindings(set)
    }

    /// The workstation on a workspace of several documents: the department picker, no
    /// document open yet (an empty one stands for it until the reviewer opens one).
    public init(workspace listing: WorkspaceListing, settings: RuleSettings = .standard, width: Int = 80, height: Int = 24,
                glyphs: Glyphs = .unicode) {
        self.init(document: Self.noDocument, settings: settings, width: width, height: height, glyphs: glyphs)
        workspace = WorkspacePicker(listing)
        screen = .workspace
    }

    static let noDocument = Document(
        department: Department(code: "", unitName: "", name: "", year: 0, preparedBy: "", reviewedBy: "", isDraft: false,
                               currency: "元", lines: Department.Lines(title: 0)),
        overall: OverallTargets(), contents: [], projects: [])

    /// The workstation on a document the program opened.
    public init(opened: OpenedDocument, settings: RuleSettings = .standard, width: Int = 80, height: Int = 24,
                glyphs: Glyphs = .unicode) {
        self.init(document: opened.document, settings: settings, width: width, height: height, glyphs: glyphs,
                  readOnlyReason: opened.readOnlyReason, alongside: opened.alongside, findings: opened.findings)
        imported = opened.imported
        stamps = opened.stamps
        revision = opened.revision
        exportPath = opened.exportPath
        reportPath = opened.reportPath
        message = opened.notice ?? opened.readOnlyReason
    }

    /// The state with `opened` on show, from its overview: everything of the document
    /// before it (cursors, history, search) left behind; the terminal, the reviewer's
    /// settings and the picker kept.
    public func opening(_ opened: OpenedDocument) -> AppState {
        var s = AppState(opened: opened, settings: settings, width: width, height: height, glyphs: glyphs)
        s.workspace = workspace
        s.workspace?.opened = opened.id
        s.homeFolder = homeFolder
        s.utcOffset = utcOffset
        return s
    }

    /// Replaces the findings (after a full or incremental check).
    public mutating func setFindings(_ set: FindingSet) {
        findings = set
        acrossDocuments = []
        if !alongside.isEmpty {
            // The document's own folder name: what the findings across documents are filed under.
            let me = DocumentSetMember(id: Self.ownID, document: document)
            acrossDocuments = FindingSet.acrossDocuments(RuleEngine(settings: settings).checkSet(me, among: neighbours),
                                                         waivedBy: document.review.waivers).findings
        }
        ordered = acrossDocuments.isEmpty ? set.all : FindingSet.ordered(set.all + acrossDocuments)
        (byProject, ofDepartment) = Self.grouped(ordered, projects: document.projects.count)
    }

    /// Stands for the open document among those alongside (whose ids are folder names).
    static let ownID = "\u{0}open"

    static func grouped(_ findings: [Finding], projects: Int) -> ([[Finding]], [Finding]) {
        var byProject = Array(repeating: [Finding](), count: projects)
        var department: [Finding] = []
        for f in findings {
            if let i = f.projectIndex {
                if i >= byProject.count { byProject += Array(repeating: [], count: i + 1 - byProject.count) }
                byProject[i].append(f)
            } else {
                department.append(f)
            }
        }
        return (byProject, department)
    }

    /// Smallest size the layout works at; below it a message replaces the layout.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var isReadOnly: Bool { readOnlyReason != nil }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The last row: the keys that matter here.
    var statusLine: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
    /// The message's lines (none, one or two) over the bottom of the screen, and the last row.
    var statusArea: Rect {
        let lines = StatusLine.messageLines(self).count
        return Rect(x: 0, y: height - 1 - lines, width: width, height: lines + 1)
    }
    /// The row above the status area, where the search query or a prompt's text is typed.
    var inputLine: Rect { statusArea.row(-1) }

    /// Findings about one project (any rule), in order.
    public func findings(ofProject index: Int) -> [Finding] { byProject.indices.contains(index) ? byProject[index] : [] }

    /// Department-level findings (no project).
    public var departmentFindings: [Finding] { ofDepartment }

    /// Open findings (not waived), in order: what counts toward the marks and the gate.
    public var openFindings: [Finding] { ordered.filter(\.isOpen) }

    /// A journal time as the workstation shows it: `2026-11-25 20:05`, local.
    func time(_ iso: String) -> String { LocalTime.format(iso, offsetSeconds: utcOffset, withSeconds: false, withOffset: false) }

    /// Fields changed since import (of one project), with who and when.
    public func changedFields(project: Int? = nil) -> [ChangedField] {
        guard let imported else { return [] }
        return document.changedFields(since: imported, stamps: stamps, project: project)
    }

    /// Whether the field at `path` differs from what was imported.
    func isEdited(_ path: FieldPath) -> Bool { imported.map { document.isChanged(path, since: $0) } ?? false }
}
