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
