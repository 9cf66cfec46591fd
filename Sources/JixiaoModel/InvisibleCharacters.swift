/// Characters that are not text a reviewer can see, in one place for every path text
/// comes in by and goes out by.
///
/// - Control characters (C0, DEL, C1): a terminal obeys them — ESC starts a sequence that
///   can retitle the window or clear the screen, BEL rings, BS moves back. Refused on every
///   input path (import, edits, opinions, the reviewer's name) with one message.
/// - Bidirectional controls (RLO, LRI …) reorder what is shown, so a cell can look like
///   something other than what it stores (a "Trojan Source" reordering); zero-width and
///   other format characters are invisible. Refused in edits; in an imported document they
///   are kept, as the source printed them, and reported by the rule
///   `text.invisible-characters`.
///
/// Every output path shows all of them as `<U+202E>`: never obeyed, never hidden.
public enum InvisibleCharacters {
    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    /// Embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
    /// U+200F, U+061C).
    public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
    }

    /// What a terminal does not show as itself: controls, format characters (bidi
    /// controls, zero-width space and joiners, the byte-order mark, soft hyphen …) and the
    /// line and paragraph separators.
    public static func isUnprintable(_ s: Unicode.Scalar) -> Bool {
        // Printable ASCII and CJK ideographs — nearly all of a document — are answered
        // without the general-category lookup, which was a tenth of `check --format json`.
        // So are CJK punctuation, full-width forms and dashes and quotes (none is a control,
        // a format character or a separator).
        if (0x20..<0x7F).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) { return false }
        if (0x3000...0x303F).contains(s.value) || (0xFF01...0xFF5E).contains(s.value) || (0x2010...0x2027).contains(s.value) {
            return false
        }
        return switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: isControl(s)
        }
    }

    /// The first control character in `text`; `allowingTab` for a line of an imported
    /// text, where tabs separate cells.
    public static func firstControl(in text: String, allowingTab: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { isControl($0) && !(allowingTab && $0 == "\t") }
    }

    /// The first character an edit must not bring in: a control or a bidi control
    /// (line breaks allowed where a text may have several lines: an opinion).
    public static func firstRefusedInEdits(in text: String, allowingLineBreaks: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { (isControl($0) || isBidiControl($0)) && !(allowingLineBreaks && $0 == "\n") }
    }

    /// Why `text` cannot be written as `what` (`审核意见`), nil when it can.
    public static func refusal(of text: String, as what: String, allowingLineBreaks: Bool = false) -> String? {
        firstRefusedInEdits(in: text, allowingLineBreaks: allowingLineBreaks).map {
            "\(what)\(message($0))：这类字符会让终端改变显示或隐藏文字，不能写入"
        }
    }

    /// `含有控制字符 ESC（U+001B）`: the words import, edits and opinions all use.
    public static func message(_ s: Unicode.Scalar) -> String {
        "含有控制字符 \(name(s))"
    }

    /// `ESC（U+001B）`, `RLO（U+202E，从右到左覆盖）`, `U+0085`.
    public static func name(_ s: Unicode.Scalar) -> String {
        let code = codePoint(s)
        if let n = names[s.value] { return "\(n)（\(code)）" }
        if let c = chinese[s.value] { return "\(code)（\(c)）" }
        return code
    }

    /// `U+202E`.
    public static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every unprintable character shown as `<U+202E>`; line ends kept when
    /// `keepingLineBreaks` (text printed line by line), and tabs kept when `keepingTabs`.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false, keepingTabs: Bool = false) -> String {
        var text = text
        let out = text.withUTF8 { utf8 in
            escaping(utf8, keepingLineBreaks: keepingLineBreaks, keepingTabs: keepingTabs) { s, out in appendCodePoint(s, to: &out) }
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// JSON text with every unprintable character but the line feed (JSON's own line
    /// breaks) written as `\u202e` — two escapes, the UTF-16 surrogates, above the BMP.
    /// They can only be inside strings, where the escape means the same character: the JSON
    /// reads back the same. Text that is not UTF-8 is read as `String(decoding:)` reads it
    /// when anything is escaped, and left as it is when nothing is.
    public static func jsonEscaped(_ json: [UInt8]) -> [UInt8] {
        let out = json.withUnsafeBufferPointer { utf8 in
            escaping(utf8, keepingLineBreaks: true, keepingTabs: false) { s, out in appendJSONEscape(s, to: &out) }
        }
        return out ?? json
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` appended to `out` as `escaped` writes it (`<U+202E>` for each unprintable
    /// character): a report written piece by piece, each piece escaped as it is appended,
    /// is the same bytes as the whole escaped afterwards — escaping is scalar by scalar.
    public static func append(_ text: String, escapedTo out: inout [UInt8], keepingLineBreaks: Bool, keepingTabs: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            if let escaped = escaping(utf8, keepingLineBreaks: keepingLineBreaks, keepingTabs: keepingTabs, {
                s, escaped in appendCodePoint(s, to: &escaped)
            }) {
                out.append(contentsOf: escaped)
            } else {
                out.append(contentsOf: utf8)
            }
        }
    }

    /// The same, appended to a `ByteWriter`: straight from the string's bytes into the
    /// writer, without the array `escaping` makes. A String's UTF-8 is well-formed, so a
    /// lead byte E4–E9 is a CJK ideograph (never unprintable) whose two continuation bytes
    /// need no checking, and any other lead byte begins a whole scalar.
    package static func append(_ text: String, escapedTo out: inout ByteWriter, keepingLineBreaks: Bool, keepingTabs: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            let n = utf8.count
            var run = 0
            var k = 0
            while k < n {
                let b = utf8[k]
                // Printable ASCII (0x20–0x7E): most of the rest of a document.
                if b &- 0x20 < 0x5F {
                    k = PlainASCIIRun.skip(utf8, from: k + 1, json: false)
                    continue
                }
                if b &- 0xE4 < 6 {
                    k += 3
                    continue
                }
                let s: Unicode.Scalar
                let length: Int
                if b < 0x80 {
                    if (b == 0x0A && keepingLineBreaks) || (b == 0x09 && keepingTabs) {
                        k += 1
                        continue
                    }
                    s = Unicode.Scalar(b)
                    length = 1
                } else {
                    (s, length) = wellFormedScalar(utf8, at: k)
                    guard isUnprintable(s) else {
                        k += length
                        continue
                    }
                }
                out.append(UnsafeBufferPointer(rebasing: utf8[run..<k]))
                out.append(0x3C)
                out.append(utf8Of: codePoint(s))
                out.append(0x3E)
                k += length
                run = k
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[run..<n]))
        }
    }

    /// The scalar a lead byte of two to four bytes begins at `k` in well-formed UTF-8 (a
    /// String's), and its length.
    @inline(__always)
    package static func wellFormedScalar(_ utf8: UnsafeBufferPointer<UInt8>, at k: Int) -> (Unicode.Scalar, Int) {
        let b = utf8[k]
        let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        var value = UInt32(length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07)
        for j in 1..<length { value = value << 6 | UInt32(utf8[k + j] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `<U+202E>`, as `escaped` writes an unprintable character.
    private static func appendCodePoint(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(0x3C)
        out.append(contentsOf: codePoint(s).utf8)
        out.append(0x3E)
    }

    /// `\u202e` (two, the UTF-16 surrogates, above the BMP), as `jsonEscaped` writes an
    /// unprintable character.
    public static func appendJSONEscape(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        for unit in String(s).utf16 {
            out.append(contentsOf: [0x5C, 0x75, hex[Int(unit >> 12)], hex[Int(unit >> 8 & 0xF)], hex[Int(unit >> 4 & 0xF)], hex[Int(unit & 0xF)]])
        }
    }

    /// `utf8` with each unprintable scalar (`isUnprintable`; line feeds and tabs kept when
    /// asked) replaced by what `escape` writes; nil when there is none. Works on the bytes:
    /// printable ASCII — most of a document — is passed over a byte at a time without
    /// decoding; only other bytes are decoded to the scalar `isUnprintable` is asked about.
    /// Bytes that are not UTF-8 are read as `String(decoding:)` reads them (U+FFFD for each
    /// maximal ill-formed part, a printable character) when anything is escaped.
    static func escaping(_ utf8: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool, keepingTabs: Bool,
                         _ escape: (Unicode.Scalar, inout [UInt8]) -> Void) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0
        var k = 0
        let n = utf8.count
        while k < n {
            let b = utf8[k]
            if b < 0x80 {
                if (b >= 0x20 && b != 0x7F) || (b == 0x0A && keepingLineBreaks) || (b == 0x09 && keepingTabs) {
                    k += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(n + n / 8) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<k]))
                escape(Unicode.Scalar(b), &out)
                k += 1
                copied = k
                continue
            }
            // E4–E9 and two continuation bytes: U+4000–U+9FFF, CJK ideographs (and the
            // Yijing symbols), none unprintable — most of a document's other bytes.
            if b >= 0xE4 && b <= 0xE9 && k + 2 < n && utf8[k + 1] & 0xC0 == 0x80 && utf8[k + 2] & 0xC0 == 0x80 {
                k += 3
                continue
            }
            guard let (s, length) = scalar(in: utf8, at: k) else {
                // Not UTF-8: escaped as its repaired text is, when anything is escaped.
                let repaired = Array(String(decoding: utf8, as: UTF8.self).utf8)
                return repaired.withUnsafeBufferPointer {
                    escaping($0, keepingLineBreaks: keepingLineBreaks, keepingTabs: keepingTabs, escape)
                }
            }
            if isUnprintable(s) {
                if out.isEmpty { out.reserveCapacity(n + n / 8) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<k]))
                escape(s, &out)
                copied = k + length
            }
            k += length
        }
        // Nothing escaped is nothing to copy; an escape writes at least one byte.
        guard !out.isEmpty else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<n]))
        return out
    }

    /// The scalar of the well-formed UTF-8 sequence of two to four bytes starting at `k`
    /// (a byte of 0x80 or more), and its length; nil when it is not one (a stray
    /// continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at k: Int) -> (Unicode.Scalar, Int)? {
        let b0 = utf8[k]
        let length: Int
        var value: UInt32
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0: length = 3; value = 0; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xED: length = 3; value = 0xD; high = 0x9F
        case 0xF0: length = 4; value = 0; low = 0x90
        case 0xF1...0xF3: length = 4; value = UInt32(b0 & 0x07)
        case 0xF4: length = 4; value = 4; high = 0x8F
        default: return nil
        }
        guard k + length <= utf8.count else { return nil }
        let b1 = utf8[k + 1]
        guard b1 >= low && b1 <= high else { return nil }
        value = value << 6 | UInt32(b1 & 0x3F)
        for j in 2..<length {
            let b = utf8[k + j]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let s = Unicode.Scalar(value) else { return nil }
        return (s, length)
    }

    static let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR",
        0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI", 0x9D: "OSC",
        0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
        0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI", 0x200E: "LRM", 0x200F: "RLM",
    ]

    static let chinese: [UInt32: String] = [
        0x200B: "零宽空格", 0x200C: "零宽不连字", 0x200D: "零宽连字", 0x2060: "零宽不折行空格", 0xFEFF: "字节顺序标记",
        0x00AD: "软连字符", 0x2028: "行分隔符", 0x2029: "段分隔符",
    ]
}
