/// The screen on show. A screen's own state (its cursor) travels in its case: opening a
/// screen starts it afresh, and nothing of the last one is left to go stale.
public enum Screen: Hashable, Sendable {
    /// The root; its selection is `AppState.overview`, kept while a project is open.
    case overview
    /// 部门整体绩效目标: the prose part.
    case department(DepartmentScreen)
    case project(ProjectScreen)
    /// What changed since import, of one project or of all.
    case changes(ChangesScreen)
    /// The department picker: every document of the workspace (`AppState.workspace`).
    case workspace

    /// The project on show, if a project screen is.
    public var projectIndex: Int? {
        if case .project(let p) = self { p.index } else { nil }
    }

    /// The cursor of the department or project screen on show.
    public var detailCursor: DetailCursor? {
        switch self {
        case .department(let d): d.cursor
        case .project(let p): p.cursor
        default: nil
        }
    }
}

/// What is open on top of the screen, with its own state.
public enum Overlay: Hashable, Sendable {
    case help(HelpOverlay)
    case ruleHelp(RuleHelpOverlay)
    case search(SearchOverlay)
    case prompt(PromptOverlay)
    case message(MessageOverlay)
    /// Why a project cannot simply be approved, and the way out.
    case decision(DecisionOverlay)
    /// 综合评定: the grades and the score table.
    case grade(GradeOverlay)
}

/// A screen of the workstation: how it is laid out, how it answers an action, how it
/// draws. Its value is its state; the router hands it the layout of the current state.
protocol ScreenFeature {
    associatedtype Layout
    /// The screen's areas and content lengths for this state, computed once and read by
    /// `reduce`, `settle` and `render` alike.
    func layout(_ s: AppState) -> Layout
    /// An action for this screen. To go elsewhere it sets `s.screen` (or `s.overlay`);
    /// what it does to `self` is kept while it stays on show.
    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect]
    /// After any change: the cursor and scrolls back in range, the selection in view.
    mutating func settle(_ s: inout AppState, _ layout: Layout)
    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer)
    /// The keys that matter here, for the status line.
    func hints(_ s: AppState) -> [(String, String)]
    /// The project `a`, `r`, `c` and `o` act on.
    func selectedProject(_ s: AppState, _ layout: Layout) -> Int?
    /// Where n and N start from.
    func findingCursor(_ s: AppState, _ layout: Layout) -> FindingCursor
    /// The screen with this state, to put back into `AppState.screen`.
    var screen: Screen { get }
    /// The screen `action` opens from wherever the reviewer is, when it is this screen's
    /// command.
    static func opened(by action: Action, in s: AppState) -> Self?
}

extension ScreenFeature {
    static func opened(by action: Action, in s: AppState) -> Self? { nil }
    func selectedProject(_ s: AppState, _ layout: Layout) -> Int? { nil }
    func findingCursor(_ s: AppState, _ layout: Layout) -> FindingCursor { .before(0) }
}

/// Where n and N start on a screen: on a finding (its index in `AppState.ordered`), or
/// before the first finding at or after the cursor.
enum FindingCursor: Equatable {
    case on(Int)
    case before(Int)
}

/// A pop-up over the screen: help, a rule's explanation, the search line, a prompt.
protocol OverlayFeature {
    associatedtype Layout
    func layout(_ s: AppState) -> Layout
    /// An action while this is open. It closes by setting `s.overlay` to nil; what it
    /// does to `self` is kept while it stays open.
    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: Layout) -> [Effect]
    /// After any change (a resize too): its scroll back in range.
    mutating func settle(_ s: AppState)
    func render(_ s: AppState, _ layout: Layout, into b: inout Buffer)
    func hints(_ s: AppState) -> [(String, String)]
    /// What a key means while this is open.
    func action(for key: Key) -> Action?
    /// Keys are typed text here, so `q` is a letter, not quit.
    var takesText: Bool { get }
    var overlay: Overlay { get }
    /// The overlay `action` opens over any screen, when it is this overlay's command.
    static func opened(by action: Action, in s: AppState) -> Self?
}

extension OverlayFeature {
    static func opened(by action: Action, in s: AppState) -> Self? { nil }
    mutating func settle(_ s: AppState) {}
    func action(for key: Key) -> Action? { Commands.command(for: key)?.action }
    var takesText: Bool { false }
}

/// Hands an action, a frame or a question to the screen or overlay on show — the one
/// place that knows them all, as TCA's `Scope` composes child features. A new screen is
/// a case of `Screen`, a line in `screenFeature(_:)` and one in `screens`; a new overlay
/// likewise.
enum Router {
    static var screens: [any ScreenFeature.Type] { [OverviewScreen.self, DepartmentScreen.self, ProjectScreen.self, ChangesScreen.self, WorkspaceScreen.self] }
    static var overlays: [any OverlayFeature.Type] {
        [HelpOverlay.self, RuleHelpOverlay.self, SearchOverlay.self, PromptOverlay.self, MessageOverlay.self, DecisionOverlay.self,
         GradeOverlay.self]
    }

    static func screenFeature(_ screen: Screen) -> any ScreenFeature {
        switch screen {
        case .overview: OverviewScreen()
        case .department(let d): d
        case .project(let p): p
        case .changes(let c): c
        case .workspace: WorkspaceScreen()
        }
    }

    static func overlayFeature(_ overlay: Overlay) -> any OverlayFeature {
        switch overlay {
        case .help(let o): o
        case .ruleHelp(let o): o
        case .search(let o): o
        case .prompt(let o): o
        case .message(let o): o
        case .decision(let o): o
        case .grade(let o): o
        }
    }

    /// Opens the screen or overlay whose command `action` is; false when it is none's.
    static func open(_ s: inout AppState, by action: Action) -> Bool {
        for type in overlays {
            if let overlay = type.opened(by: action, in: s)?.overlay {
                s.overlay = overlay
                return true
            }
        }
        for type in screens {
            if let screen = type.opened(by: action, in: s)?.screen {
                s.screen = screen
                return true
            }
        }
        return false
    }

    /// The open overlay takes the action, or else the screen.
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        if let overlay = s.overlay { return reduce(overlayFeature(overlay), &s, action) }
        return reduce(screenFeature(s.screen), &s, action)
    }

    /// Keeps every cursor and scroll in range. The overview is settled even under another
    /// screen, so Esc always returns to a valid row.
    static func settle(_ s: inout AppState) {
        let overview = OverviewScreen()
        overview.settle(&s, overview.layout(s))
        if s.screen != .overview { settle(screenFeature(s.screen), &s) }
        if let overlay = s.overlay {
            var f = overlayFeature(overlay)
            f.settle(s)
            s.overlay = f.overlay
        }
    }

    static func render(_ s: AppState, into b: inout Buffer) {
        render(screenFeature(s.screen), s, &b)
        if let overlay = s.overlay { render(overlayFeature(overlay), s, &b) }
    }

    static func hints(_ s: AppState) -> [(String, String)] {
        s.overlay.map { overlayFeature($0).hints(s) } ?? screenFeature(s.screen).hints(s)
    }

    static func action(for key: Key, in s: AppState) -> Action? {
        if let overlay = s.overlay { return overlayFeature(overlay).action(for: key) }
        // Digits on a screen: a project's number, opened with Enter.
        if case .char(let c) = key, c.isASCII, let d = c.wholeNumberValue { return .digit(d) }
        return Commands.command(for: key)?.action
    }

    static func takesText(_ s: AppState) -> Bool { s.overlay.map { overlayFeature($0).takesText } ?? false }

    /// Whether characters typed ahead may be taken at once (`.typed`) rather than one key at a
    /// time: only where each is simply typed in — not while a prompt asks whether to replace
    /// a file (`y`) or to drop what was typed (any key goes on), where the first key answers.
    static func takesTypedRun(_ s: AppState) -> Bool {
        switch s.overlay {
        case .search: true
        case .prompt(let p): p.confirmsOverwrite == nil && !p.confirmingDiscard
        default: false
        }
    }

    static func selectedProject(_ s: AppState) -> Int? { selectedProject(screenFeature(s.screen), s) }

    static func findingCursor(_ s: AppState) -> FindingCursor { findingCursor(screenFeature(s.screen), s) }

    // Each of these opens the feature's type, so its layout can be passed back to it.

    private static func reduce<F: ScreenFeature>(_ feature: F, _ s: inout AppState, _ action: Action) -> [Effect] {
        var f = feature
        let shown = s.screen
        let effects = f.reduce(&s, action, f.layout(s))
        if s.screen == shown { s.screen = f.screen }
        return effects
    }

    private static func reduce<F: OverlayFeature>(_ feature: F, _ s: inout AppState, _ action: Action) -> [Effect] {
        var f = feature
        let shown = s.overlay
        let effects = f.reduce(&s, action, f.layout(s))
        if s.overlay == shown { s.overlay = f.overlay }
        return effects
    }

    private static func settle<F: ScreenFeature>(_ feature: F, _ s: inout AppState) {
        var f = feature
        let shown = s.screen
        f.settle(&s, f.layout(s))
        if s.screen == shown { s.screen = f.screen }
    }

    private static func render<F: ScreenFeature>(_ feature: F, _ s: AppState, _ b: inout Buffer) {
        feature.render(s, feature.layout(s), into: &b)
    }

    private static func render<F: OverlayFeature>(_ feature: F, _ s: AppState, _ b: inout Buffer) {
        feature.render(s, feature.layout(s), into: &b)
    }

    private static func selectedProject<F: ScreenFeature>(_ feature: F, _ s: AppState) -> Int? {
        feature.selectedProject(s, feature.layout(s))
    }

    private static func findingCursor<F: ScreenFeature>(_ feature: F, _ s: AppState) -> FindingCursor {
        feature.findingCursor(s, feature.layout(s))
    }
}
