import JixiaoModel

/// A rule as a value: what it catches and why, how serious it is by default, its basis,
/// examples of documents it fires on and stays quiet on, and the check itself — a pure
/// function of the document.
public struct Rule: Sendable {
    /// Stable dotted id: `budget.fiscal-sum`.
    public let id: String
    /// Short Chinese title.
    public let title: String
    /// What it catches, why it matters, what to do.
    public let help: String
    public let category: RuleCategory
    public let severity: Severity
    public let basis: RuleBasis
    public let check: Check
    /// Documents the rule must fire on.
    public let failing: [RuleExample]
    /// Documents the rule must stay quiet on.
    public let passing: [RuleExample]

    /// Per-project checks can re-run for one project after an edit; document checks
    /// (duplicates, contents, copied text) look at all projects at once; document-set
    /// checks look across the documents of a workspace (departments, years) and report
    /// in each document they concern, naming the others.
    public enum Check: Sendable {
        case project(@Sendable (ProjectContext) -> [Finding])
        case document(@Sendable (DocumentContext) -> [Finding])
        case documentSet(@Sendable (DocumentSetContext) -> [Finding])
    }

    public var isPerProject: Bool {
        if case .project = check { return true }
        return false
    }

    /// Whether the rule looks across documents (`RuleEngine.checkSet`).
    public var isDocumentSet: Bool {
        if case .documentSet = check { return true }
        return false
    }

    public init(id: String, title: String, help: String, category: RuleCategory, severity: Severity, basis: RuleBasis,
                check: Check, failing: [RuleExample], passing: [RuleExample]) {
        self.id = id
        self.title = title
        self.help = help
        self.category = category
        self.severity = severity
        self.basis = basis
        self.check = check
        self.failing = failing
        self.passing = passing
    }
}

/// An example document for a rule: the clean example document with one change. A
/// failing example also says where the rule's findings must land.
public struct RuleExample: Sendable {
    /// What the example shows, in Chinese, for the rule reference.
    public let title: String
    /// Where the rule's findings on this document land, every one of them; empty for a
    /// passing example.
    public let places: [FindingPlace]
    public let change: @Sendable (inout Document) -> Void
    /// For a document-set rule: the other documents of the workspace beside the changed
    /// one (`ExampleDocument.otherDepartment`, `.previousYear`, each perhaps changed). The
    /// places are where findings land in the changed document.
    public let alongside: [Document]

    /// A passing example: the rule stays quiet on the changed document.
    public init(_ title: String, alongside: [Document] = [], _ change: @escaping @Sendable (inout Document) -> Void) {
        self.title = title
        self.places = []
        self.change = change
        self.alongside = alongside
    }

    /// A failing example: the rule fires on the changed document, at exactly `places`.
    public init(_ title: String, at places: FindingPlace..., alongside: [Document] = [],
                change: @escaping @Sendable (inout Document) -> Void) {
        self.title = title
        self.places = places
        self.change = change
        self.alongside = alongside
    }

    /// The clean example document with this example's change.
    public var document: Document {
        var d = ExampleDocument.clean
        change(&d)
        return d
    }
}
