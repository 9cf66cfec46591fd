import Foundation
import JixiaoModel

/// How the command line says what went wrong — the one place it turns an error into
/// text — like a compiler: `file:line: 错误：…`, then `  提示：…` on the next line.
enum ErrorOutput {
    static func text(_ error: any ReviewerFacingError) -> String {
        var s = ""
        switch (error.file, error.line) {
        case let (file?, line?): s = "\(file):\(line): "
        case let (file?, nil): s = "\(file): "
        case let (nil, line?): s = "第 \(line) 行："
        case (nil, nil): break
        }
        s += "错误：" + error.message
        // A hint of several lines stays under its first, aligned after 提示：.
        if !error.hint.isEmpty { s += "\n  提示：" + error.hint.replacingOccurrences(of: "\n", with: "\n        ") }
        return s
    }

    /// Writes the error to stderr.
    static func write(_ error: any ReviewerFacingError) {
        TerminalOutput.error(text(error) + "\n")
    }
}
