/// What `--ascii` draws for a character that is not ASCII and one column wide in glibc
/// (and so in ncurses). Such characters — quotes, dashes, box drawing, but also `≥` `≤`
/// `℃` `①`, which every indicator table has — are East Asian Ambiguous: a CJK terminal
/// font draws them two columns wide, the terminal and ncurses then disagree about where
/// the row continues, and the rest of the row is pushed right. With `--ascii` none of
/// them is sent: each is drawn as ASCII, measured as the ASCII it is drawn as
/// (`DisplayWidth.drawingASCII`), so the layout still adds up.
public enum ASCIIStandIns {
    /// One ASCII character for one column: the glyphs Jixiao draws and the punctuation
    /// of Chinese text.
    static let oneColumn: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "′": "'", "″": "\"",
        "—": "-", "–": "-", "―": "-", "─": "-", "━": "-", "│": "|", "┃": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "…": "~", "‥": "~", "·": ".", "•": "*", "●": "*", "○": "o", "◎": "o", "■": "#", "□": "#", "★": "*", "☆": "*",
        "×": "x", "÷": "/", "→": ">", "←": "<", "↑": "^", "↓": "v", "‹": "<", "›": ">", "«": "<", "»": ">",
        "✗": "x", "✓": "+", "✎": "+", "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "#", "▎": "#", "▏": "#",
        "°": "o", "§": "S", "¨": "\"", "´": "'",
    ]

    /// Two ASCII characters where one would change the meaning: `≥95%` is not `>95%`.
    static let twoColumns: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [
            "≥": ">=", "≧": ">=", "⩾": ">=", "≤": "<=", "≦": "<=", "⩽": "<=", "≠": "!=", "±": "+-",
            "℃": "oC", "‰": "%o", "²": "^2", "³": "^3", "¹": "^1", "√": "V~", "∶": ": ",
        ]
        // ①…⑨ as 1) … 9), ⑩…⑳ as 10 … 20; ⑴…⑼ the same.
        for n in 1...20 {
            let circled = Unicode.Scalar(0x2460 + UInt32(n - 1))!
            map[circled] = n < 10 ? "\(n))" : "\(n)"
            let parenthesized = Unicode.Scalar(0x2474 + UInt32(n - 1))!
            map[parenthesized] = n < 10 ? "\(n))" : "\(n)"
        }
        return map
    }()

    /// The ASCII `--ascii` draws for `scalar`, nil when the scalar is drawn as it is (ASCII,
    /// or a wide character: two columns everywhere). One that has no stand-in of its own is
    /// drawn as its code point, `<U+2116>` — shown, never dropped.
    public static func standIn(for scalar: Unicode.Scalar, width: Int) -> String? {
        guard scalar.value >= 0x80, width == 1 else { return nil }
        if let one = oneColumn[scalar] { return String(Character(one)) }
        if let two = twoColumns[scalar] { return two }
        return "<U+" + hex(scalar.value) + ">"
    }

    /// `text` as `--ascii` draws it (a search for `≥90%` finds the `>=90%` on screen).
    public static func drawn(_ text: String) -> String {
        var out = ""
        for c in text {
            let w = DisplayWidth.wcwidthOf(c)
            if let s = c.unicodeScalars.first, let stand = standIn(for: s, width: w) { out += stand } else { out.append(c) }
        }
        return out
    }

    private static func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
