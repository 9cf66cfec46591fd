/// A terminal the app runs on: real (ncurses) or in memory (tests).
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Puts a frame on the screen.
    func draw(_ buffer: Buffer)
    /// The next key or resize; nil when the app must stop (a signal, end of input).
    func nextEvent() -> InputEvent?
    /// Whether more input is already waiting: the frame for this key can wait for it. A
    /// backend that answers yes delivers `.redraw` when what waited turned out to be no key.
    var hasPendingInput: Bool { get }
}

extension TerminalBackend {
    public var hasPendingInput: Bool { false }
}

/// Runs the loop: event → action → reduce → effects → draw. Side effects are the
/// handler's; everything else is `Reducer` and `Renderer`.
public final class AppDriver {
    public private(set) var state: AppState
    public private(set) var frame: Buffer
    public private(set) var finished = false
    let backend: any TerminalBackend
    /// Carries out an effect (saving an edit, a review action) and answers with the
    /// action that reports it; nil when there is nothing to report.
    let perform: (Effect) -> Action?

    public init(state: AppState, backend: any TerminalBackend, perform: @escaping (Effect) -> Action? = { _ in nil }) {
        self.perform = perform
        var s = state
        let size = backend.size
        s.width = size.width
        s.height = size.height
        Reducer.settle(&s)
        self.state = s
        self.backend = backend
        frame = Renderer.render(s)
        backend.draw(frame)
    }

    /// Whether `state` has changed since `frame` was drawn.
    private var frameIsStale = false

    /// Until quit, or until the backend has no more events. Keys that arrive together (typed
    /// ahead, pasted where the terminal does not mark pastes) are all taken before the frame
    /// is drawn: drawing after each one made 3,000 typed characters take 5–25 s.
    public func run() {
        var waiting: InputEvent?
        while !finished, let event = waiting ?? backend.nextEvent() {
            waiting = nil
            guard backend.hasPendingInput, case .key(.char(let c)) = event, typesIn(c) else {
                handle(event, drawing: !backend.hasPendingInput)
                continue
            }
            // Characters typed ahead into a prompt are taken as one run: each key laid the
            // whole text out again, and a long paste the terminal did not mark took minutes.
            var run = String(c)
            var ended = false
            while waiting == nil, backend.hasPendingInput {
                guard let next = backend.nextEvent() else { ended = true; break }
                if case .key(.char(let d)) = next, typesIn(d) { run.append(d) } else { waiting = next }
            }
            send(run.count == 1 ? .input(c) : .typed(run), drawing: waiting == nil && !backend.hasPendingInput)
            if ended { break }
        }
    }

    /// Whether the character key `c` is simply typed in where the reviewer is.
    private func typesIn(_ c: Character) -> Bool {
        Router.takesTypedRun(state) && Keymap.action(for: .char(c), in: state) == .input(c)
    }

    public func handle(_ event: InputEvent) { handle(event, drawing: true) }

    func handle(_ event: InputEvent, drawing: Bool) {
        // A terminal sends Alt-J as Esc and J; Esc and then J pressed while Jixiao was busy
        // arrive just as close together. Alt with a key bound to nothing here is read as
        // what was pressed, Esc and then the key, as vim and readline read it — before, both
        // keys were lost to "Alt-J 在这里没有用". Not where text is typed: there Esc may drop
        // what was typed, and an Alt pressed by mistake must not (Alt-B/F/D are word keys).
        if case .key(.alt(let c)) = event, !Router.takesText(state), Keymap.action(for: .alt(c), in: state) == nil {
            handle(.key(.escape), drawing: false)
            if !finished { handle(.key(c == "\n" ? .enter : .char(c)), drawing: drawing) }
            return
        }
        let action: Action?
        switch event {
        case .key(let key): action = Keymap.action(for: key, in: state)
        case .paste(let text): action = .paste(text)
        case .resize(let w, let h): action = .resize(width: w, height: h)
        case .redraw:
            if drawing && frameIsStale { draw() }
            return
        }
        if action == nil, case .key(let key) = event {
            send(.unrecognized(key), drawing: drawing)
            return
        }
        guard let action else { return }
        send(action, drawing: drawing)
    }

    public func send(_ action: Action) { send(action, drawing: true) }

    func send(_ action: Action, drawing: Bool) {
        var pending = [action]
        while !pending.isEmpty {
            let (next, effects) = Reducer.reduce(state, pending.removeFirst())
            state = next
            for e in effects {
                if e == .quit {
                    finished = true
                } else if let result = perform(e) {
                    pending.append(result)
                }
            }
        }
        guard !finished else { return }
        if drawing { draw() } else { frameIsStale = true }
    }

    private func draw() {
        frame = Renderer.render(state)
        backend.draw(frame)
        frameIsStale = false
    }

    /// Presses the first key of a registered command: how tests script the app.
    public func press(_ commandID: String) {
        guard let key = Commands.command(commandID)?.keys.first else {
            preconditionFailure("no command \(commandID)")
        }
        handle(.key(key))
    }

    /// Types text into the search line or a prompt.
    public func type(_ text: String) {
        for c in text { handle(.key(.char(c))) }
    }

    /// Pastes text, as a terminal with bracketed paste delivers it.
    public func paste(_ text: String) { handle(.paste(text)) }
}

/// A terminal in memory: a fixed size, scripted events, every frame kept.
public final class TestBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public private(set) var frames: [Buffer] = []
    public var events: [InputEvent]
    /// Whether the events queued count as typed ahead: the driver then draws only when the
    /// queue runs out, as on a terminal with keys waiting.
    public var typedAhead = false

    public init(width: Int, height: Int, events: [InputEvent] = []) {
        size = (width, height)
        self.events = events
    }

    public var hasPendingInput: Bool { typedAhead && !events.isEmpty }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }

    public func nextEvent() -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }
}
