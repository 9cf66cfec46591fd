/// Normalisation shared by every parser: what PDF extraction and Chinese input methods
/// do to digits, comparators and spaces, undone in one place.
public enum TextNormalization {
    /// Full-width ASCII (U+FF01…U+FF5E) to half-width, and the ideographic space to a
    /// space. Chinese text keeps its own punctuation (，。：) untouched.
    public static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether a character is blank for the purpose of trimming cells: ASCII and
    /// ideographic spaces, no-break spaces.
    public static func isBlank(_ c: Character) -> Bool {
        c == " " || c == "\u{3000}" || c == "\u{00A0}" || c == "\t"
    }

    /// Trims blanks (including the ideographic space) at both ends.
    public static func trimmed(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        while let f = slice.first, isBlank(f) { slice.removeFirst() }
        while let l = slice.last, isBlank(l) { slice.removeLast() }
        return String(slice)
    }

    /// Removes every blank: for labels and codes, where extraction inserts spaces at
    /// wrap points (`预算规模 及资金用途`, `13030621UPK GK585NCUR Q`).
    public static func withoutBlanks(_ text: some StringProtocol) -> String {
        String(text.filter { !isBlank($0) })
    }

    /// Whether a character is a CJK ideograph (the unified block and extension A).
    public static func isHan(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}
