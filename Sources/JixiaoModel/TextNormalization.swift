/// Normalisation shared by every parser: what PDF extraction and Chinese input methods
/// do to digits, comparators and spaces, undone in one place.
public enum TextNormalization {
    /// Full-width ASCII (U+FF01…U+FF5E) to half-width, and the ideographic space to a
    /// space. Chinese text keeps its own punctuation (，。：) untouched.
    public static func halfWidth(_ text: String) -> String {
        // By UTF-8 bytes: U+FF01…U+FF3F are EF BC 81…BF, U+FF40…U+FF5E are EF BD 80…9E,
        // U+3000 is E3 80 80 (UTF-8 is self-synchronising: a lead byte begins its scalar).
        // Decoding scalars to look for them was a twentieth of reading and checking, as
        // full-width commas and colons are in most Chinese text.
        var text = text
        let folded: String? = text.withUTF8 { b in
            let n = b.count
            func ascii(at i: Int) -> UInt8? {
                guard i + 2 < n else { return nil }
                switch (b[i], b[i + 1], b[i + 2]) {
                case (0xEF, 0xBC, 0x81...0xBF): return b[i + 2] - 0x60
                case (0xEF, 0xBD, 0x80...0x9E): return b[i + 2] - 0x20
                case (0xE3, 0x80, 0x80): return 0x20
                default: return nil
                }
            }
            // The first place from `i` where a scalar to fold begins, or `n`: eight bytes at a
            // time, a word without EF or E3 passed over whole (most of a Chinese text).
            func next(_ from: Int) -> Int {
                var i = from
                while i < n {
                    #if _endian(little)
                    if i + 8 <= n {
                        let w = UnsafeRawBufferPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if zeroBytes(w ^ 0xEFEF_EFEF_EFEF_EFEF) | zeroBytes(w ^ 0xE3E3_E3E3_E3E3_E3E3) == 0 {
                            i += 8
                            continue
                        }
                    }
                    #endif
                    let stop = min(i + 8, n)
                    while i < stop {
                        if b[i] == 0xEF || b[i] == 0xE3, ascii(at: i) != nil { return i }
                        i += 1
                    }
                }
                return n
            }
            // Most text has nothing to change: returned as it is, without building a copy.
            var i = next(0)
            guard i < n else { return nil }
            // Written into the String's own storage: the runs between folded scalars whole.
            return String(unsafeUninitializedCapacity: n) { out in
                var o = 0, run = 0
                while i < n {
                    if i > run {
                        UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: b.baseAddress! + run, byteCount: i - run)
                        o += i - run
                    }
                    out[o] = ascii(at: i)!
                    o += 1
                    i += 3
                    run = i
                    i = next(i)
                }
                if n > run {
                    UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: b.baseAddress! + run, byteCount: n - run)
                    o += n - run
                }
                return o
            }
        }
        return folded ?? text
    }

    /// Whether a character is blank for the purpose of trimming cells: ASCII and
    /// ideographic spaces, no-break spaces, tabs.
    public static func isBlank(_ c: Character) -> Bool {
        c == " " || c == "\u{3000}" || c == "\u{00A0}" || c == "\t"
    }

    @usableFromInline
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{00A0}" || s == "\t"
    }

    /// How many bytes of well-formed UTF-8 `b` are blanks (space, tab, U+00A0, U+3000) before
    /// its first other scalar: where a cell's text begins, by its bytes.
    @inlinable
    public static func leadingBlankBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < b.count {
            if b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            else if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2 }
            else if b[i] == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { i += 3 }
            else { break }
        }
        return i
    }

    /// Trims blanks (including the ideographic space) at both ends. Inlinable, as is
    /// `withoutBlanks`: a generic function called across modules is otherwise run
    /// unspecialised, through its protocol's witnesses, for every scalar.
    @inlinable
    public static func trimmed(_ text: some StringProtocol) -> String {
        let whole = String(text)
        let scalars = whole.unicodeScalars
        // Most cells have nothing to trim: no second copy.
        if let f = scalars.first, let l = scalars.last, !isBlank(f), !isBlank(l) { return whole }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// Removes every blank: for labels and codes, where extraction inserts spaces at
    /// wrap points (`预算规模 及资金用途`, `13030621UPK GK585NCUR Q`). Works on scalars:
    /// the rules call it for every cell, and grapheme breaking is slow.
    @inlinable
    public static func withoutBlanks(_ text: some StringProtocol) -> String {
        var whole = String(text)
        if !hasBlank(whole) { return whole }
        // The blanks' byte sequences left out (each is that scalar's and nothing else's),
        // written into the String's own storage.
        return whole.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var o = 0, run = 0
                forEachBlank(bytes) { start, end in
                    if start > run {
                        UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: bytes.baseAddress! + run, byteCount: start - run)
                        o += start - run
                    }
                    run = end
                }
                if bytes.count > run {
                    UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: bytes.baseAddress! + run, byteCount: bytes.count - run)
                    o += bytes.count - run
                }
                return o
            }
        }
    }

    /// Each blank of `bytes` (U+0020, U+0009, U+00A0, U+3000), left to right, as the range
    /// of its bytes: found by the byte its UTF-8 ends with (20, 09, A0 of C2 A0, the last 80
    /// of E3 80 80; each sequence is that scalar's and nothing else's), eight bytes at a
    /// time — a word with none of those bytes is passed over whole.
    @inlinable
    static func forEachBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
        let n = bytes.count
        var i = 0
        #if _endian(little)
        if n >= 8 {
            let raw = UnsafeRawBufferPointer(bytes)
            while i + 8 <= n {
                // The marked bytes in order, lowest first: the blanks left to right.
                var marked = blankEnds(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                while marked != 0 {
                    let k = i + marked.trailingZeroBitCount >> 3
                    let width = blankWidth(endingAt: k, bytes)
                    if width > 0 { body(k + 1 - width, k + 1) }
                    marked &= marked &- 1
                }
                i += 8
            }
        }
        #endif
        while i < n {
            let width = blankWidth(endingAt: i, bytes)
            if width > 0 { body(i + 1 - width, i + 1) }
            i += 1
        }
    }

    /// The width of the blank whose UTF-8 ends at byte `k`, or 0.
    @inlinable @inline(__always)
    static func blankWidth(endingAt k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[k] {
        case 0x20, 0x09: return 1
        case 0xA0: return k >= 1 && bytes[k - 1] == 0xC2 ? 2 : 0
        case 0x80: return k >= 2 && bytes[k - 1] == 0x80 && bytes[k - 2] == 0xE3 ? 3 : 0
        default: return 0
        }
    }

    /// Whether `text` has a blank (`isBlank`), by its UTF-8 bytes — faster than decoding
    /// scalars. Each byte sequence tested is that scalar's and nothing else's in UTF-8.
    public static func hasBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Eight bytes at a time: a word with none of the bytes a blank ends with (20, 09,
            // A0, 80) is passed over whole; in a word with one, only those bytes are looked
            // at. The rules ask this of every cell, and most have no blank.
            var i = 0
            #if _endian(little)
            if bytes.count >= 8 {
                let raw = UnsafeRawBufferPointer(bytes)
                while i + 8 <= bytes.count {
                    var marked = blankEnds(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    while marked != 0 {
                        if endsBlank(bytes, at: i + marked.trailingZeroBitCount >> 3) { return true }
                        marked &= marked &- 1
                    }
                    i += 8
                }
            }
            #endif
            while i < bytes.count {
                if endsBlank(bytes, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// The high bit of each byte of the little-endian word `w` that may end a blank: every
    /// byte 20, 09, A0 or 80 (and maybe a 00, or a byte `zeroBytes` marks in vain). 20 and
    /// A0 are 00 and 80 once bit 5 is cleared: three tests, not four.
    @inlinable @inline(__always)
    static func blankEnds(_ w: UInt64) -> UInt64 {
        let y = w & 0xDFDF_DFDF_DFDF_DFDF
        return zeroBytes(y) | zeroBytes(y ^ 0x8080_8080_8080_8080) | zeroBytes(w ^ 0x0909_0909_0909_0909)
    }

    /// Whether a blank's UTF-8 ends at byte `k`. Each byte sequence tested is that
    /// scalar's and nothing else's in UTF-8.
    @inline(__always)
    static func endsBlank(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let b = bytes[k]
        if b == 0x20 || b == 0x09 { return true }  // space, tab
        if b == 0xA0 { return k >= 1 && bytes[k - 1] == 0xC2 }  // U+00A0
        if b == 0x80 { return k >= 2 && bytes[k - 1] == 0x80 && bytes[k - 2] == 0xE3 }  // U+3000
        return false
    }

    /// `Array(text)`, its Characters, made from its scalars one each when every scalar is one
    /// a grapheme always begins and ends with — ASCII but CR; Latin-1 letters and signs
    /// (· × ÷) but the soft hyphen; dashes, quotes and the ellipsis U+2010–U+2027; letterlike
    /// symbols, number forms, arrows and operators U+2100–U+22FF (℃ Ⅱ ≥); circled numbers
    /// U+2460–U+24FF; box drawing and shapes U+2500–U+25FF; CJK punctuation U+3000–U+303F but
    /// its tone marks; ideographs U+4000–U+9FFF; full-width forms U+FF01–U+FF5E — which is
    /// most Chinese text, without the grapheme breaking `Array(text)` does. Other text (a
    /// combining mark, an emoji, CR LF) is broken into Characters as `Array` does.
    public static func characters(_ text: String) -> [Character] {
        var copy = text
        let simple = copy.withUTF8 { b in
            allScalarValues(b) { v in
                switch v {
                case 0..<0x0D, 0x0E..<0x80, 0xA0..<0xAD, 0xAE...0xFF, 0x2010...0x2027, 0x2100...0x22FF, 0x2460...0x25FF,
                     0x3000..<0x302A, 0x3030...0x303F, 0x4000...0x9FFF, 0xFF01...0xFF5E: true
                default: false
                }
            }
        }
        return simple ? text.unicodeScalars.map(Character.init) : Array(text)
    }

    /// Whether `test` holds for every scalar of the valid UTF-8 `b`, each value read from
    /// its bytes: cheaper than the standard library's scalar decoding where every line or
    /// cell is asked.
    @inlinable
    public static func allScalarValues(_ b: UnsafeBufferPointer<UInt8>, _ test: (UInt32) -> Bool) -> Bool {
        var i = 0
        while i < b.count {
            let (value, width) = UTF8Scalars.scalar(b, at: i)
            i += width
            if !test(value) { return false }
        }
        return true
    }

    /// The length of the scalar beginning at `i` of `b` when it is simple — ASCII (but CR)
    /// or an ideograph U+4000–U+9FFF: a scalar with no other canonically equivalent
    /// spelling, a Character of its own that nothing before or after joins — else nil.
    static func simpleScalarLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let lead = b[i]
        if lead < 0x80 { return lead == 0x0D ? nil : 1 }
        return lead >= 0xE4 && lead <= 0xE9 ? 3 : nil
    }

    /// Whether every scalar of `b` from `i` to `end` (or from the scalar `i` falls in) is simple.
    static func allSimple(_ b: UnsafeBufferPointer<UInt8>, from i: Int, through end: Int) -> Bool {
        var k = i
        while k > 0 && k < b.count && b[k] & 0xC0 == 0x80 { k -= 1 }
        while k <= end && k < b.count {
            guard let n = simpleScalarLength(b, k) else { return false }
            k += n
        }
        return true
    }

    /// `text.hasPrefix(prefix)`, by UTF-8 bytes where that gives the same answer: when the
    /// prefix and the text up to one scalar past it are simple (`simpleScalarLength`),
    /// Characters match exactly when the bytes do. Anything else (a combining mark, a
    /// compatibility ideograph, full-width forms) is asked of `String.hasPrefix`, which
    /// compares Characters (and was a fourteenth of reading).
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var text = text
        var prefix = prefix
        let answer: Bool? = prefix.withUTF8 { p in
            text.withUTF8 { t in
                // The prefix, and the text's scalars that begin at or before the prefix's end.
                guard allSimple(p, from: 0, through: p.count - 1), allSimple(t, from: 0, through: p.count) else { return nil }
                guard t.count >= p.count else { return false }
                for k in 0..<p.count where t[k] != p[k] { return false }
                return true
            }
        }
        return answer ?? text.hasPrefix(prefix)
    }

    /// `text.hasSuffix(suffix)` the same way: the suffix, and the text from the scalar one
    /// byte or more before where the suffix would begin to its end, simple.
    public static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        var text = text
        var suffix = suffix
        let answer: Bool? = suffix.withUTF8 { s in
            text.withUTF8 { t in
                guard allSimple(s, from: 0, through: s.count - 1),
                      allSimple(t, from: max(0, t.count - s.count - 1), through: t.count - 1) else { return nil }
                guard s.count <= t.count else { return false }
                let start = t.count - s.count
                for j in 0..<s.count where t[start + j] != s[j] { return false }
                return true
            }
        }
        return answer ?? text.hasSuffix(suffix)
    }

    /// Whether `text` contains `word`, by UTF-8 bytes. UTF-8 is self-synchronising, so a
    /// byte match is a character match; much faster than `String.contains`.
    public static func contains(_ text: String, _ word: String) -> Bool {
        text.withBorrowedUTF8 { contains($0, word) }
    }

    /// `contains(String(decoding: text, as: UTF8.self), word)`, of well-formed UTF-8.
    public static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        let t = text
        return word.withBorrowedUTF8 { w in
            guard !w.isEmpty else { return true }
            guard w.count <= t.count else { return false }
            let first = w[0], final = w[w.count - 1], end = w.count - 1
            let last = t.count - w.count
            var i = 0
            // A long text (a 资金用途, a project's whole text) is searched Horspool's
            // way: the window moves on by where its last byte is in the word, past it
            // when it is not there. Short cells are cheaper to search byte by byte.
            if t.count >= 64 && w.count >= 3 && w.count < 256 {
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { shift in
                    shift.initialize(repeating: UInt8(w.count))
                    for k in 0..<end { shift[Int(w[k])] = UInt8(end - k) }
                    while i <= last {
                        let b = t[i + end]
                        if b == final && t[i] == first {
                            var k = 1
                            while k < end && t[i + k] == w[k] { k += 1 }
                            if k >= end { return true }
                        }
                        i += Int(shift[Int(b)])
                    }
                    return false
                }
            }
            // The last and the first byte are tested before the rest: the first bytes of
            // Chinese characters (E4…E9) are shared by thousands of them.
            while i <= last {
                if t[i + end] == final && t[i] == first {
                    var k = 1
                    while k < end && t[i + k] == w[k] { k += 1 }
                    if k >= end { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// The high bit of each byte of `x` that is zero, and maybe of some bytes just above a
    /// zero byte (a borrow carried into them): every zero byte is marked, a marked byte that
    /// is not zero is a place compared in vain.
    @inlinable @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// `text` without each `*` that sits between two Chinese characters (a speck a scan
    /// read as a star: `二*级指标`, `服务对象满*意度`); nil when it has none. A `*` at a
    /// word's start or end (`*数量指标`, a template's mark of a required indicator) is the
    /// document's own. The reader reads headers past it; `text.extraction-damage` notes it.
    public static func strayStarsRemoved(_ text: String) -> String? {
        // `*` is 2A, `＊` EF BC 8A: looked for in the bytes (every column header of every
        // project is asked, and decoding its scalars cost more than the rest).
        specksRemoved(text, ascii: 0x2A, fullWidthLastByte: 0x8A, "*", "＊")
    }

    /// `text` without each `.` or `．` that sits between two Chinese characters (a speck a
    /// scan read as a full stop: `项.目名称`, `预．算数`); nil when it has none. Unlike a `*`,
    /// a dot is read past only in a table's own row labels (`TableReading.labelsReadPastSpecks`):
    /// in a name (`重.要`) it is the document's text, which `text.extraction-damage` notes.
    public static func strayDotsRemoved(_ text: String) -> String? {
        // `.` is 2E, `．` EF BC 8E: most cells have neither.
        specksRemoved(text, ascii: 0x2E, fullWidthLastByte: 0x8E, ".", "．")
    }

    /// `text` without each speck (`half` or `full`, whose UTF-8 is `ascii` or EF BC
    /// `fullWidthLastByte`) between two Chinese characters; nil when it has none.
    private static func specksRemoved(_ text: String, ascii: UInt8, fullWidthLastByte: UInt8,
                                      _ half: Character, _ full: Character) -> String? {
        // Only a speck between two Chinese characters is taken out: the byte before it ends
        // a scalar of more than one byte (a Han Character's last scalar is never ASCII) and
        // the byte after it is a Han scalar's lead (U+3400…U+9FFF: E3…E9). Text without
        // such a speck (a figure's `16.00`) is answered by its bytes, before any Character.
        var bytes = text
        let mayHave = bytes.withUTF8 { b in
            var k = 0
            while k < b.count {
                let after: Int
                if b[k] == ascii { after = k + 1 }
                else if b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == fullWidthLastByte { after = k + 3 }
                else { k += 1; continue }
                if k > 0, b[k - 1] >= 0x80, after < b.count, b[after] >= 0xE3, b[after] <= 0xE9 { return true }
                k += 1
            }
            return false
        }
        guard mayHave else { return nil }
        let chars = Array(text)
        var out: [Character] = []
        var changed = false
        for (k, c) in chars.enumerated() {
            if c == half || c == full, k > 0, k + 1 < chars.count, isHan(chars[k - 1]), isHan(chars[k + 1]) {
                changed = true
                continue
            }
            out.append(c)
        }
        return changed ? String(out) : nil
    }

    /// Whether a character is a CJK ideograph (the unified block and extension A).
    public static func isHan(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}
