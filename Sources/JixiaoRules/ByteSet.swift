/// Which byte values a text's UTF-8 has. A word with a byte the text lacks cannot be in
/// it: rules look for dozens of words in each text, and most are ruled out by this alone,
/// before any search (`Vocabulary.firstMention`, `SubjectDomains`).
struct ByteSet {
    private var bits = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))

    init(_ text: String) {
        for b in text.utf8 { insert(b) }
    }

    private mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    /// Whether every byte of `word` is in the text: false means `word` is not in it.
    func mayContain(_ word: String) -> Bool {
        word.utf8.allSatisfy(contains)
    }
}
