import JixiaoModel

/// A text without blanks (`TextNormalization.withoutBlanks`) and the bytes it has: what
/// `Vocabulary.firstMention` works out of a text before it looks for words. A project's
/// `ProjectReading` keeps one for each of a row's texts that several rules search.
struct BareText: Sendable {
    let text: String
    let bytes: ByteSet

    init(_ text: String) {
        self.init(bare: TextNormalization.withoutBlanks(text))
    }

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
            // The blanks' byte sequences are left out, as `withoutBlanks` does.
            var i = 0, run = 0
            while i < b.count {
                let x = b[i]
                let blank = x == 0x20 || x == 0x09 ? 1
                    : x == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 ? 2
                    : x == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
                guard blank > 0 else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                i += blank
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
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
}
