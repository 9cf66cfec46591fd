import Foundation
import JixiaoModel

/// What the command line writes to a terminal, in one place: document text, names and
/// values can hold characters a terminal obeys (an ESC sequence that retitles the window
/// or clears the screen) or hides (bidi overrides, zero-width spaces). Every one of them is
/// written as its code point (`<U+001B>`); line ends and tabs stay. JSON keeps its
/// content and escapes them the JSON way (`\u202e`).
enum TerminalOutput {
    static func safe(_ text: String) -> String {
        InvisibleCharacters.escaped(text, keepingLineBreaks: true, keepingTabs: true)
    }

    /// Writes to stderr, escaped.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(safe(text).utf8))
    }

    /// Text already made safe (`safe`, when it was cached) written as it is, through the
    /// buffer `print` writes to.
    static func write(_ safeBytes: [UInt8]) {
        Swift.print(String(decoding: safeBytes, as: UTF8.self), terminator: "")
    }

    /// JSON text with every unprintable character that is not JSON's own whitespace
    /// written as a `\uXXXX` escape. They can only be inside strings, where the escape
    /// means the same character: the JSON reads back the same.
    static func json(_ bytes: [UInt8]) -> [UInt8] {
        InvisibleCharacters.jsonEscaped(bytes)
    }
}

/// `print` in this module: the standard library's, through `TerminalOutput.safe`. It
/// shadows `Swift.print`, so no command can print raw document text by accident.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(TerminalOutput.safe(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}
