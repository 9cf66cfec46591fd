import JixiaoModel

/// A text without blanks (`TextNormalization.withoutBlanks`) and the bytes it has: what
/// `Vocabulary.firstMention` works out of a text before it looks for words. A project's
/// `ProjectReading` keeps one for each of a row's texts that several rules search.
struct BareText: Sendable {
    let text: String
    let bytes: ByteSet

    init(_ text: String) {
        // The bytes first: a text with none of the bytes a blank begins with (20, 09, C2 of
        // U+00A0, E3 of U+3000) has no blank and is its own `withoutBlanks`, without a second
        // pass over it to look for blanks (most cells).
        let all = ByteSet(text)
        guard all.intersects(Self.blankLeads) else {
            self.init(text: text, bytes: all)
            return
        }
        let bare = TextNormalization.withoutBlanks(text)
        // As long: no blank was taken out, and the bytes are the text's.
        self.init(text: bare, bytes: bare.utf8.count == text.utf8.count ? all : ByteSet(bare))
    }

    /// The bytes a blank's UTF-8 begins with.
    private static let blankLeads = ByteSet(bytes: [0x20, 0x09, 0xC2, 0xE3])

    private init(bare: String) {
        text = bare
        bytes = ByteSet(bare)
    }

    private init(text: String, bytes: ByteSet) {
        self.text = text
        self.bytes = bytes
    }

    /// `BareText(a + b)`: blanks are whole scalars, so leaving them out of the joined text
    /// leaves them out of each part.
    static func + (a: BareText, b: BareText) -> BareText {
        BareText(text: a.text + b.text, bytes: a.bytes.union(b.bytes))
    }

    /// `Vocabulary.firstMention(text, words)`.
    func firstMention(_ words: WordList) -> String? {
        for k in words.words.indices where bytes.contains(words.bytes[k]) && TextNormalization.contains(text, words.words[k]) {
            return words.words[k]
        }
        return nil
    }

    /// `Vocabulary.mentions(text, words)`.
    func mentions(_ words: WordList) -> Bool { firstMention(words) != nil }

    /// Whether the text is empty: the original was only blanks.
    var isEmpty: Bool { text.isEmpty }

    /// Appends `text`'s UTF-8 without its blanks to `bytes`, the runs between blanks each
    /// whole: parts appended one after another are `withoutBlanks` of the parts joined by
    /// blanks (or by nothing), without making the joined String or copying byte by byte.
    static func appendWithoutBlanks(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { b in
            // The blanks' byte sequences are left out, as `withoutBlanks` does. A blank is
            // found by the byte it ends with (20, 09, A0 of C2 A0, the last 80 of E3 80 80:
            // each sequence is that scalar's alone in UTF-8), eight bytes at a time: a word
            // with none of those bytes is passed over whole, and most texts are one run.
            @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool {
                (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
            }
            let n = b.count
            var run = 0
            /// The width of the blank that ends at `k`, or 0.
            @inline(__always) func blankEnding(at k: Int) -> Int {
                switch b[k] {
                case 0x20, 0x09: return 1
                case 0xA0: return k >= 1 && b[k - 1] == 0xC2 ? 2 : 0
                case 0x80: return k >= 2 && b[k - 1] == 0x80 && b[k - 2] == 0xE3 ? 3 : 0
                default: return 0
                }
            }
            @inline(__always) func take(_ k: Int) {
                let w = blankEnding(at: k)
                guard w > 0 else { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<k + 1 - w]))
                run = k + 1
            }
            var i = 0
            if n >= 8 {
                let raw = UnsafeRawBufferPointer(b)
                while i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if hasZeroByte(w ^ 0x2020_2020_2020_2020) || hasZeroByte(w ^ 0x0909_0909_0909_0909)
                        || hasZeroByte(w ^ 0xA0A0_A0A0_A0A0_A0A0) || hasZeroByte(w ^ 0x8080_8080_8080_8080) {
                        for k in i..<i + 8 { take(k) }
                    }
                    i += 8
                }
            }
            while i < n {
                take(i)
                i += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
        }
    }

    /// `TextNormalization.withoutBlanks(text).isEmpty`: whether the text is only blanks
    /// (U+0020, U+0009, U+00A0, U+3000) or nothing, by its bytes, answered at the first
    /// byte that begins no blank (most texts: their first) without making the bare text.
    static func isOnlyBlanks(_ text: String) -> Bool { firstByteAfterBlanks(text) == nil }

    /// The first byte of `text` that begins no blank (U+0020, U+0009, U+00A0, U+3000, which
    /// `TextNormalization.trimmed` trims); nil when the text is only blanks or nothing.
    static func firstByteAfterBlanks(_ text: String) -> UInt8? {
        text.withBorrowedUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                switch b[i] {
                case 0x20, 0x09: i += 1
                case 0xC2 where i + 1 < n && b[i + 1] == 0xA0: i += 2
                case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80: i += 3
                default: return b[i]
                }
            }
            return nil
        }
    }

    /// `TextNormalization.withoutBlanks(parts.joined(separator: " "))`.
    static func withoutBlanks(joining parts: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { appendWithoutBlanks(part, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Words to look for in `BareText`s, each with its bytes worked out once.
struct WordList: Sendable {
    let words: [String]
    let bytes: [ByteSet]

    init(_ words: [String]) {
        self.words = words
        bytes = words.map(ByteSet.init)
    }

    /// `words.contains { TextNormalization.contains(text, $0) }`, `bytes` being `ByteSet(text)`:
    /// a word with a byte the text lacks is not searched for.
    func mentioned(in text: String, bytes textBytes: ByteSet) -> Bool {
        words.indices.contains { textBytes.contains(bytes[$0]) && TextNormalization.contains(text, words[$0]) }
    }
}
