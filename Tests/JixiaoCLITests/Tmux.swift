import Foundation
import Testing

/// A private tmux server running the real binary in a pane of fixed size: how the
/// end-to-end tests see what a reviewer sees. Waits are on screen content, with a
/// deadline, never bare sleeps.
final class Tmux {
    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Fails the test when tmux is missing: CI installs it, and a terminal test that
    /// cannot run must not pass.
    static func required(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(path != nil, "tmux is needed for the terminal tests (apt-get install tmux)", sourceLocation: sourceLocation)
    }

    let socket = "jixiao-test-\(UUID().uuidString.prefix(8))"
    let session = "t"

    /// Starts `command` (run by sh) in a new pane with a clean environment.
    init(width: Int, height: Int, command: String, environment: [String: String]) throws {
        // HISTFILE empty: an interactive bash in the pane keeps no history file.
        var env = ["TERM": "tmux-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HISTFILE": ""]
        env.merge(ChildProcess.passedThrough) { $1 }
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                 "env -i \(assignments) sh -c \(Tmux.quote(command)); sleep 60"])
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func run(_ arguments: [String], output: Bool = false) throws -> String {
        try spawn([Tmux.path!, "-L", socket, "-f", "/dev/null"] + arguments, output: output)
    }

    /// Keys by tmux name (`Enter`, `Escape`, `j`, `C-z`).
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Literal text, such as Chinese typed into the search line.
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    /// Pastes `text` as a terminal does: bracketed (`Esc [200~ … Esc [201~`) when the
    /// program turned bracketed paste on, plain otherwise; line breaks arrive as CR.
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "jixiao", text])
        try run(["paste-buffer", "-p", "-d", "-b", "jixiao", "-t", session])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The pane as text; with `escapes`, with the SGR sequences that carry attributes and colours.
    /// A tmux format about the pane, e.g. `#{alternate_on}` (1 while a full-screen program
    /// holds the alternate screen), `#{cursor_flag}` (0 while the cursor is hidden).
    func pane(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format], output: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []), output: true)
    }

    /// The process ids of the processes called `name` running in the pane, found
    /// through /proc from the pane's shell down.
    func pids(named name: String) throws -> [Int32] {
        try paneProcesses().filter { $0.value == name }.map(\.key)
    }

    /// Every process in the pane — its shell and all below it — by id, with its name.
    func paneProcesses() throws -> [Int32: String] {
        guard let root = Int32(try run(["display-message", "-p", "-t", session, "#{pane_pid}"], output: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)) else { return [:] }
        var parent: [Int32: Int32] = [:]
        var command: [Int32: String] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            command[pid] = String(stat[stat.index(after: open)..<close])
            let rest = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if rest.count > 1, let ppid = Int32(rest[1]) { parent[pid] = ppid }
        }
        func descends(_ pid: Int32) -> Bool {
            var p = pid
            for _ in 0..<16 {
                if p == root { return true }
                guard let next = parent[p] else { return false }
                p = next
            }
            return false
        }
        return command.filter { descends($0.key) }
    }

    /// Whether process `pid` has ended (gone, or a zombie nobody has reaped yet).
    static func hasEnded(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)...].hasPrefix("Z")
    }

    /// Waits until the pane shows `text`; returns the screen, or nil after the deadline.
    @discardableResult
    func wait(for text: String, seconds: Double = 15) throws -> String? {
        try wait(forAll: [text], seconds: seconds)
    }

    /// Waits until the pane shows every one of `texts` at once — the whole state a step
    /// should reach, not its first sign (a capture can catch a screen half drawn).
    @discardableResult
    func wait(forAll texts: [String], seconds: Double = 15) throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let s = try screen()
            if texts.allSatisfy(s.contains) { return s }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// Ends the pane's programs and waits (a few seconds at most) until they have gone:
    /// a shell saving its history or a workstation saving on hang-up after the test's
    /// folder was removed would make that folder again and leave it behind in /tmp.
    deinit {
        let processes = (try? paneProcesses()) ?? [:]
        _ = try? run(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !processes.keys.allSatisfy(Tmux.hasEnded) { usleep(20_000) }
    }
}

/// Runs a program and waits for it; returns its output when `output` is set.
/// (Foundation's Process left tmux's daemonising client a zombie and waited for ever.)
@discardableResult
func spawn(_ args: [String], output: Bool = false) throws -> String {
    String(decoding: try ChildProcess.run(args, capture: output).stdout, as: UTF8.self)
}
