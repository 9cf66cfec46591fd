import CDisplayWidth

/// Terminal column widths, measured exactly as ncursesw places characters: libc
/// `wcwidth` of each Character's first scalar (combining scalars add nothing). A private
/// width table would disagree with the terminal library.
public enum DisplayWidth {
    /// `wcwidth` answers -1 for every Chinese character in the "C" locale, so the
    /// process switches LC_CTYPE to a UTF-8 locale once, before the first measurement.
    private static let localeReady: Bool = jixiao_use_utf8_ctype() == 1

    /// Set while the workstation draws with `--ascii` (`Renderer`, `Reducer`): a character
    /// that is not ASCII and one column wide then measures as the ASCII drawn for it
    /// (`ASCIIStandIns`: `≥` is `>=`, two columns). Task-local, so a test drawing in ASCII
    /// does not change how another, running beside it, measures.
    @TaskLocal public static var drawingASCII = false

    /// Columns one character takes: 0, 1 or 2 (with `drawingASCII`, the length of its
    /// stand-in). Control characters count as 0.
    public static func of(_ c: Character) -> Int {
        let w = wcwidthOf(c)
        // Only a one-column character beyond ASCII can have a stand-in: Chinese text and
        // plain ASCII never read the task-local.
        if w == 1, let scalar = c.unicodeScalars.first, scalar.value >= 0x80, drawingASCII,
           let stand = ASCIIStandIns.standIn(for: scalar, width: w) {
            return stand.utf8.count
        }
        return w
    }

    /// Columns as libc `wcwidth` (and ncurses) count them, whatever is being drawn.
    public static func wcwidthOf(_ c: Character) -> Int {
        _ = localeReady
        guard let scalar = c.unicodeScalars.first else { return 0 }
        if scalar.value < 0x80 {
            return scalar.value >= 0x20 && scalar.value != 0x7F ? 1 : 0
        }
        let w = Int(jixiao_wcwidth(scalar.value))
        return max(w, 0)
    }

    /// Columns a string takes.
    public static func of(_ s: some StringProtocol) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The longest prefix that fits in `columns`, never splitting a wide character.
    public static func prefix(_ s: String, fitting columns: Int) -> String {
        var used = 0
        var out = ""
        for c in s {
            let w = of(c)
            if used + w > columns { break }
            used += w
            out.append(c)
        }
        return out
    }

    /// Clips to `columns`, ending with `…` when something was cut.
    public static func clip(_ s: String, to columns: Int, ellipsis: String = "…") -> String {
        if of(s) <= columns { return s }
        let ew = of(ellipsis)
        guard columns > ew else { return prefix(s, fitting: columns) }
        return prefix(s, fitting: columns - ew) + ellipsis
    }

    /// Pads with spaces on the right (left-aligned) to exactly `columns`, clipping first.
    public static func padRight(_ s: String, to columns: Int) -> String {
        let c = clip(s, to: columns)
        return c + String(repeating: " ", count: max(0, columns - of(c)))
    }

    /// Pads with spaces on the left (right-aligned) to exactly `columns`, clipping first.
    public static func padLeft(_ s: String, to columns: Int) -> String {
        let c = clip(s, to: columns)
        return String(repeating: " ", count: max(0, columns - of(c))) + c
    }

    /// Breaks text into lines of at most `columns` by the one line-breaking rule reports
    /// and screens share (`LineBreaking`): Chinese between characters, never inside a
    /// number with its unit or a Latin word, no line starting with closing punctuation.
    public static func wrap(_ s: String, to columns: Int) -> [String] {
        LineBreaking.lines(s, width: columns)
    }
}
