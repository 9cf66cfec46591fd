/// A change to text being typed, other than typing a character: the readline keys. What
/// each does is `LineEditor.apply(_:width:)`; which key asks for it is the prompt's and
/// the search line's `action(for:)`.
public enum TextEdit: Hashable, Sendable {
    /// ← and Ctrl-B, → and Ctrl-F: one character.
    case left, right
    /// Alt-B and Ctrl-←, Alt-F and Ctrl-→: to the start of this word, past the end of the next.
    case wordLeft, wordRight
    /// Home and Ctrl-A, End and Ctrl-E: the start and end of the line (the paragraph, when
    /// it wraps).
    case lineStart, lineEnd
    /// ↑ and ↓ in text that takes several rows: the row above or below, keeping the column.
    case up, down
    /// Backspace and Ctrl-H; Delete and Ctrl-D.
    case deleteBackward, deleteForward
    /// Ctrl-W; Alt-D.
    case deleteWordBackward, deleteWordForward
    /// Ctrl-U; Ctrl-K. What they delete can be put back with Ctrl-Y.
    case deleteToLineStart, deleteToLineEnd
    /// Ctrl-Y: the text Ctrl-U, Ctrl-K, Ctrl-W or Alt-D last deleted, at the cursor.
    case yank
    /// Ctrl-J or Alt-Enter: a line break, where the text may have several lines.
    case newline
}
