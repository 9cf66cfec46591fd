import CNcursesw
import CSignals
import JixiaoUI

/// Why the terminal cannot be used.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// The ncurses backend: starts the terminal (UTF-8 locale, newterm, cbreak, Esc delay of
/// 25 ms), draws `Buffer`s row by row, reads keys with `get_wch`, reports resizes, and
/// restores the terminal on quit, on SIGINT/SIGTERM/SIGHUP (taken by the loop within a
/// tick; if it is busy, `CSignals`' watchdog restores the terminal and ends the process
/// after 100 ms), on a crash (`CrashSignals`) and when the terminal goes away (a read at
/// end of input ends the session as a hang-up would, instead of spinning). Ctrl-Z is
/// handled by ncurses: it restores the terminal, stops, and redraws on `fg`.
public final class Terminal: TerminalBackend {
    private var screen: OpaquePointer?
    private let colors: Bool
    private var stopped = false
    private var decoder = InputDecoder()
    /// Events decoded but not yet handed out (an Esc and the key after it).
    private var queued: [InputEvent] = []
    /// How long a read waits, so a signal noted by the handler is seen promptly (well
    /// within the watchdog's grace).
    static let tick: Int32 = 50
    /// How long a quit signal may wait for the loop before the watchdog ends the process.
    static let quitGraceMilliseconds: Int32 = 100
    /// The signal that ended the session, 0 when the user quit.
    public private(set) var signal: Int32 = 0

    public enum ColorMode: Sendable { case auto, never }

    /// Why the workstation cannot be drawn on this terminal though TERM names one it
    /// knows: it cannot place the cursor (TERM=dumb, a printing terminal). Nil when it can,
    /// or when TERM is unknown (`init` says so).
    public static func cannotDrawScreens() -> String? {
        jx_setup_locale()
        guard jx_cursor_addressing() == 0 else { return nil }
        let term = getenv("TERM").map { String(cString: $0) } ?? "（未设置）"
        return "这个终端（TERM=\(term)）不能定位光标，无法显示审核界面"
    }

    public init(colors mode: ColorMode) throws {
        jx_setup_locale()
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "不是在终端中运行，无法打开审核界面")
        }
        jx_terminal_save_modes()
        guard let screen = jx_newterm() else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "（未设置）"
            throw TerminalError(description: "无法使用这个终端（TERM=\(term)）：终端类型未知。请设置 TERM，例如 TERM=xterm-256color")
        }
        self.screen = screen
        jx_restore_at_exit()
        cbreak()
        noecho()
        nonl()
        intrflush(jx_stdscr(), false)
        keypad(jx_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        leaveok(jx_stdscr(), false)
        wtimeout(jx_stdscr(), Self.tick)
        decoder.functionKey = Self.functionKey
        decoder.keyName = Self.keyName
        for (cap, key) in [("kLFT5", Key.ctrlLeft), ("kRIT5", .ctrlRight), ("kLFT3", .ctrlLeft), ("kRIT3", .ctrlRight)] {
            let code = jx_key_code(cap)
            if code > 0 { decoder.extendedKeys[Int32(code)] = key }
        }
        var useColors = mode == .auto && has_colors()
        if useColors {
            start_color()
            use_default_colors()
            useColors = jx_color_pairs() > Role.allCases.count
        }
        colors = useColors
        if colors {
            for (k, role) in Role.allCases.enumerated() {
                init_pair(Int16(k + 1), Self.foreground(role), -1)
            }
        }
        // What a crash or an overdue quit writes to leave curses mode, without curses.
        jx_terminal_set_leave(["rmkx", "cnorm", "sgr0", "rmcup"].map(Self.capability).joined())
        jx_terminal_active(1)
        jx_quit_install(Self.quitGraceMilliseconds)
        jx_install_tstp_handler()
        jx_bracketed_paste(1)
    }

    /// The foreground colour of each role; the rest is attributes.
    static func foreground(_ role: Role) -> Int16 {
        switch role {
        case .error, .readOnly: Int16(COLOR_RED)
        case .warning: Int16(COLOR_YELLOW)
        case .info: Int16(COLOR_CYAN)
        case .barFilled, .approved: Int16(COLOR_GREEN)
        case .match, .returned: Int16(COLOR_MAGENTA)
        // Titles and headers are bold in the terminal's own colour: blue on a dark
        // background could hardly be read.
        default: -1
        }
    }

    public var size: (width: Int, height: Int) { (Int(jx_cols()), Int(jx_lines())) }

    /// Draws every row in full, in runs of one style; ncurses sends only what changed.
    public func draw(_ buffer: Buffer) {
        guard !stopped else { return }
        let window = jx_stdscr()
        for y in 0..<min(buffer.height, Int(jx_lines())) {
            for run in buffer.styleRuns(row: y) where run.x < Int(jx_cols()) {
                var chars: [wchar_t] = []
                for x in run.x..<min(run.x + run.width, Int(jx_cols())) {
                    let cell = buffer[x, y]
                    if cell.width == 0 { continue }
                    for scalar in cell.symbol.unicodeScalars { chars.append(wchar_t(bitPattern: scalar.value)) }
                }
                chars.append(0)
                wattr_set(window, attributes(run.style), colors ? pair(run.style.role) : 0, nil)
                _ = chars.withUnsafeBufferPointer { mvwaddnwstr(window, Int32(y), Int32(run.x), $0.baseAddress, Int32($0.count - 1)) }
            }
        }
        wattr_set(window, jx_a_normal(), 0, nil)
        // The cursor where text is typed (an input method places its window there), or none.
        if let c = buffer.cursor, c.x >= 0, c.x < Int(jx_cols()), c.y >= 0, c.y < Int(jx_lines()) {
            wmove(window, Int32(c.y), Int32(c.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    func attributes(_ s: Style) -> attr_t {
        var a = jx_a_normal()
        if s.bold { a |= jx_a_bold() }
        if s.reverse { a |= jx_a_reverse() }
        if s.underline { a |= jx_a_underline() }
        if s.dim { a |= jx_a_dim() }
        return a
    }

    func pair(_ role: Role) -> Int16 {
        Int16((Role.allCases.firstIndex(of: role) ?? 0) + 1)
    }

    /// Set when `hasPendingInput` said yes (the driver put off drawing): if what waited
    /// turns out to be no key, `nextEvent` says `.redraw` when the input runs dry.
    private var owesRedraw = false

    /// Keys already read and not handed out, or bytes waiting on the terminal. (ncurses reads
    /// a byte at a time, so what it has buffered is at most part of one key's sequence.)
    public var hasPendingInput: Bool {
        let waiting = !queued.isEmpty || jx_input_waiting() != 0
        if waiting { owesRedraw = true }
        return waiting
    }

    /// The next key, paste or resize. Returns nil when a signal asked the program to end.
    public func nextEvent() -> InputEvent? {
        while !stopped {
            if !queued.isEmpty {
                owesRedraw = false
                return queued.removeFirst()
            }
            let sig = jx_quit_take()
            if sig != 0 {
                signal = sig
                return nil
            }
            wtimeout(jx_stdscr(), decoder.timeoutMilliseconds(idle: Self.tick))
            var ch: wint_t = 0
            let r = wget_wch(jx_stdscr(), &ch)
            let raw: RawInput
            if r == ERR {
                // A read that ends at once, again and again, at end of input: the terminal
                // went away. End as a hang-up does, not spin holding the lock.
                if jx_input_gone(0) != 0 {
                    signal = SIGHUP
                    return nil
                }
                raw = .timeout
            } else if r == KEY_CODE_YES {
                if Int32(ch) == KEY_RESIZE {
                    // An Esc waiting for more is Esc; a paste goes on.
                    if case .paste = decoder.state {} else { queued += decoder.feed(.timeout) }
                    queued.append(.resize(width: Int(jx_cols()), height: Int(jx_lines())))
                    continue
                }
                raw = .keyCode(Int32(ch))
            } else {
                raw = .character(UInt32(ch))
            }
            queued += decoder.feed(raw)
            if queued.isEmpty, raw == .timeout, owesRedraw {
                owesRedraw = false
                return .redraw
            }
        }
        return nil
    }

    /// A terminfo string capability (`rmcup`), empty when the terminal has none.
    static func capability(_ name: String) -> String {
        guard let s = tigetstr(name), Int(bitPattern: s) != -1 else { return "" }
        return String(cString: s)
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case jx_key_f0() + 1...jx_key_f0() + 12: .function(Int(code - jx_key_f0()))
        default: nil
        }
    }

    /// How the status line names a key ncurses knows and nothing here uses: by the name
    /// on the key where it has one, else as ncurses names it (`KEY_F(13)`).
    static func keyName(_ code: Int32) -> String {
        switch code {
        case KEY_IC: return "Insert"
        case KEY_MOUSE: return "鼠标"
        default: return keyname(code).map { String(cString: $0) } ?? "键码 \(code)"
        }
    }

    static func characterKey(_ c: UInt32) -> Key? {
        switch c {
        case 0x1B: return .escape
        case 0x0D: return .enter
        // Ctrl-J: Enter everywhere but where an opinion takes a new line.
        case 0x0A: return .ctrl("j")
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(UnicodeScalar(c + 0x60)!))
        default:
            guard let scalar = UnicodeScalar(c), c >= 0x20 else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        jx_terminal_active(0)
        jx_bracketed_paste(0)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { stop() }
}
