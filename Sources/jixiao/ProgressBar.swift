import Foundation
import JixiaoTextLayout

/// A one-line progress bar on stderr, redrawn in place (`\r`), for a terminal only: on a
/// pipe or in a file it writes nothing, so logs get the summary and nothing else.
struct ProgressBar {
    let label: String
    let enabled: Bool
    private var drawn = false

    init(label: String, enabled: Bool = isatty(2) == 1) {
        self.label = label
        self.enabled = enabled
    }

    /// The line for `done` of `total`, working on `current`, in `columns` display columns.
    static func line(label: String, done: Int, total: Int, current: String?, columns: Int) -> String {
        let barWidth = 20
        let filled = total == 0 ? barWidth : done * barWidth / total
        let bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: barWidth - filled) + "]"
        let head = "\(label) \(bar) \(done)/\(total)"
        guard let current, columns > DisplayWidth.of(head) + 4 else { return DisplayWidth.clip(head, to: max(columns - 1, 1)) }
        let name = (current as NSString).lastPathComponent
        // One column short of the width: a line that fills the last column wraps on some terminals.
        return head + " " + DisplayWidth.clip(TerminalOutput.safe(name), to: columns - 2 - DisplayWidth.of(head))
    }

    mutating func update(done: Int, total: Int, current: String?) {
        guard enabled else { return }
        let text = Self.line(label: label, done: done, total: total, current: current, columns: Self.terminalColumns(of: 2))
        // \r and erase-to-end-of-line: the bar replaces itself, never a new line per file.
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        drawn = true
    }

    /// Removes the bar, so what follows starts on a clean line.
    mutating func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    /// The width of the terminal on file descriptor `fd`; 80 when it says none.
    static func terminalColumns(of fd: Int32) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
