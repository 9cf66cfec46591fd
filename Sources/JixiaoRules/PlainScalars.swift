import JixiaoModel

/// Text the rules may handle scalar by scalar instead of by `Character`: every scalar is a
/// character of its own (no combining marks, joiners, CR LF, Hangul jamo, emoji) and is
/// left alone by canonical normalisation. For such text, `String` comparison, `split`,
/// `replacing` and `contains` (which work on Characters, canonically) give exactly what
/// the same work on scalars gives — and that is many times faster. Text with any other
/// scalar takes the Character path, so findings never depend on which path ran.
enum PlainScalars {
    /// Whether every scalar of `text` is plain (see the type).
    static func all(_ text: String) -> Bool {
        // By the UTF-8 bytes, ASCII without decoding: the rules ask it of most cells, and
        // the scalar view's decoding was a fiftieth of a check.
        text.utf8.withContiguousStorageIfAvailable { b in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x < 0x80 {
                    guard (0x20...0x7E).contains(x) || x == 0x09 || x == 0x0A else { return false }
                    i += 1
                    continue
                }
                // E5…E9 lead U+5000…U+9FFF, ideographs all: most of a Chinese text.
                if x >= 0xE5 && x <= 0xE9 {
                    i += 3
                    continue
                }
                let (v, width) = UTF8Scalars.scalar(b, at: i)
                guard isPlain(v) else { return false }
                i += width
            }
            return true
        } ?? text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// The blocks documents are written in: ASCII but CR, Latin-1, general punctuation
    /// (without the joiners and directional marks), letterlike and number forms, arrows,
    /// mathematical operators, enclosed numbers, box drawing and shapes, CJK symbols and
    /// punctuation (without the tone marks), enclosed CJK, CJK ideographs (the unified
    /// block and extension A), CJK compatibility forms and full-width ASCII.
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0x09, 0x0A: return true
        case 0xA0...0xFF: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2150...0x218B, 0x2190...0x22FF, 0x2460...0x24FF, 0x2500...0x25FF: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x32FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFE30...0xFE4F, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// `text.hasSuffix(suffix)`: by UTF-8 bytes when both are plain (then their Characters
    /// are their scalars, and equal ones have equal bytes), by Characters otherwise. Rules
    /// ask it of every row's name with several endings, and String's way is many times slower.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        hasSuffix(text, textIsPlain: all(text), suffix)
    }

    /// `hasSuffix(text, suffix)` for a text whose `all` is known: asked with many endings.
    static func hasSuffix(_ text: String, textIsPlain: Bool, _ suffix: String) -> Bool {
        guard textIsPlain, all(suffix) else { return text.hasSuffix(suffix) }
        guard text.utf8.count >= suffix.utf8.count else { return false }
        var text = text, suffix = suffix
        return text.withUTF8 { t in
            suffix.withUTF8 { s in SameBytes.equal(UnsafeBufferPointer(rebasing: t[(t.count - s.count)...]), s) }
        }
    }

    /// `endings.words.contains { hasSuffix(text, textIsPlain: textIsPlain, $0) }`: by the
    /// endings' bytes worked out once, the text's bytes taken once, when both are plain.
    static func hasAnySuffix(_ text: String, textIsPlain: Bool, _ endings: Endings) -> Bool {
        guard textIsPlain, endings.allPlain else { return endings.words.contains { hasSuffix(text, textIsPlain: textIsPlain, $0) } }
        var text = text
        return text.withUTF8 { t in
            for s in endings.bytes where s.count <= t.count {
                let start = t.count - s.count
                var k = 0
                while k < s.count && t[start + k] == s[k] { k += 1 }
                if k == s.count { return true }
            }
            return false
        }
    }

    /// Whether a scalar is a CJK ideograph, as `TextNormalization.isHan` judges a Character.
    static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }
}

/// Endings asked of many names (`PlainScalars.hasAnySuffix`): each one's UTF-8, and whether
/// all are plain, worked out once.
struct Endings: Sendable {
    let words: [String]
    let bytes: [[UInt8]]
    let allPlain: Bool

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        allPlain = words.allSatisfy(PlainScalars.all)
    }
}

/// A String hashed and compared by its UTF-8 bytes. For plain text (and plain text joined
/// by controls such as NUL) that is String's own equality — canonical equivalence — without
/// normalising the text at every hash.
struct PlainKey: Hashable {
    let text: String

    static func == (a: PlainKey, b: PlainKey) -> Bool { SameBytes.equal(a.text, b.text) }

    /// The bytes folded eight at a time into one word, and that word hashed: feeding every
    /// byte to `Hasher` cost several instructions a byte for every key looked up. (Equal
    /// bytes give equal words; the order of a dictionary of keys is the `Hasher`'s, seeded
    /// per process, either way.)
    func hash(into hasher: inout Hasher) {
        var t = text
        hasher.combine(t.withUTF8 { b -> UInt64 in
            let raw = UnsafeRawBufferPointer(b)
            let n = b.count
            var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
            var i = 0
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            var last = UInt64(0)
            var shift = UInt64(0)
            while i < n {
                last |= UInt64(b[i]) << shift
                shift += 8
                i += 1
            }
            return (h ^ last) &* 0x0100_0000_01B3 ^ h >> 31
        })
    }
}
