import JixiaoModel
import JixiaoRules

/// Everything the workstation shows, as a value: the document and its findings, where the
/// reviewer is, what is open. Views are functions of it; only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var document: Document
    public private(set) var findings: FindingSet
    /// `findings.all`, in document order: what n/N walk through.
    public private(set) var ordered: [Finding]
    public var settings: RuleSettings
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var screen: Screen = .overview
    public var overview = ListPosition()
    public var project = ProjectPosition()
    public var department = ProjectPosition()
    public var onlyWithFindings = false
    public var overlay: Overlay?
    public var message: String?
    /// Why the document is read-only, when it is.
    public var readOnly: String?
    /// The finding n/N last went to, as an index into `ordered`.
    public var currentFinding: Int?
    /// Edits made in this session, for undo; undone edits, for redo.
    public var undoStack: [EditRecord] = []
    /// Where `x` suggests writing the export; set by the program from the workspace.
    public var exportPath = ""
    public var redoStack: [EditRecord] = []

    public init(document: Document, settings: RuleSettings = .standard, width: Int = 80, height: Int = 24,
                glyphs: Glyphs = .unicode, readOnly: String? = nil) {
        self.document = document
        self.settings = settings
        let set = RuleEngine(settings: settings).check(document)
        findings = set
        ordered = set.all
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.readOnly = readOnly
        message = readOnly
    }

    /// Replaces the findings (after a full or incremental check).
    public mutating func setFindings(_ set: FindingSet) {
        findings = set
        ordered = set.all
    }

    /// Smallest size the layout works at; below it a message replaces the layout.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Findings about one project (any rule), in order.
    public func findings(ofProject index: Int) -> [Finding] { ordered.filter { $0.projectIndex == index } }

    /// Department-level findings (no project).
    public var departmentFindings: [Finding] { ordered.filter { $0.projectIndex == nil } }
}

public enum Screen: Hashable, Sendable {
    case overview
    /// 部门整体绩效目标: the prose part.
    case department
    case project(Int)
}

/// A selection in a list, and how far it is scrolled.
public struct ListPosition: Hashable, Sendable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// Where the reviewer is on a project (or the department) screen.
public struct ProjectPosition: Hashable, Sendable {
    /// Index into the screen's selectable items.
    public var item = 0
    /// First body line shown.
    public var scroll = 0
    public var focus: Pane = .body
    /// Which of the selected item's findings the panel highlights.
    public var finding = 0
    public var panelScroll = 0
    public init() {}
}

public enum Pane: Hashable, Sendable { case body, findings }

/// What is open on top of the screen.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case ruleHelp(rule: String, scroll: Int)
    case search(SearchState)
    case prompt(PromptState)
}

/// A line of text being typed: a new value for a field, or a review opinion.
public struct PromptState: Hashable, Sendable {
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
}

public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var selected = 0
    public init() {}
}
