/// Which byte values a text's UTF-8 has. A word with a byte the text lacks cannot be in
/// it: rules look for dozens of words in each text, and most are ruled out by this alone,
/// before any search (`Vocabulary.firstMention`, `SubjectDomains`).
struct ByteSet: Sendable {
    private var bits = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))

    init(_ text: String) {
        // From the contiguous bytes, into four words kept in registers: the per-byte way
        // through `String.UTF8View` cost as much as the searches it saves.
        bits = text.withBorrowedUTF8(Self.bits)
    }

    /// The bits of `b`, a String's UTF-8 (well-formed). A Chinese character is three bytes,
    /// a lead of E0–EF (in the fourth word) and two of 80–BF (in the third): taken three at
    /// a time without asking which word each byte is in (most texts are mostly such).
    private static func bits(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64, UInt64) {
        var w0 = UInt64(0), w1 = UInt64(0), w2 = UInt64(0), w3 = UInt64(0)
        let n = b.count
        var k = 0
        while k < n {
            let x = b[k]
            if x & 0xF0 == 0xE0 {
                w3 |= UInt64(1) << UInt64(x & 63)
                w2 |= UInt64(1) << UInt64(b[k + 1] & 63) | UInt64(1) << UInt64(b[k + 2] & 63)
                k += 3
                continue
            }
            let bit = UInt64(1) << UInt64(x & 63)
            switch x >> 6 {
            case 0: w0 |= bit
            case 1: w1 |= bit
            case 2: w2 |= bit
            default: w3 |= bit
            }
            k += 1
        }
        return (w0, w1, w2, w3)
    }

    /// Whether the set is `ByteSet(bytes:)` of the text's bytes: for the test that the
    /// three-at-a-time reading agrees.
    func equals(bytesOf text: String) -> Bool {
        let other = ByteSet(bytes: Array(text.utf8))
        return bits == other.bits
    }

    private init(bits: (UInt64, UInt64, UInt64, UInt64)) { self.bits = bits }

    /// The set of the given byte values.
    init(bytes: some Sequence<UInt8>) {
        for x in bytes {
            let bit = UInt64(1) << UInt64(x & 63)
            switch x >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    /// Whether the sets share a byte: false means the text has none of `other`'s bytes.
    func intersects(_ other: ByteSet) -> Bool {
        bits.0 & other.bits.0 | bits.1 & other.bits.1 | bits.2 & other.bits.2 | bits.3 & other.bits.3 != 0
    }

    /// The bytes of either set: those of two texts joined.
    func union(_ other: ByteSet) -> ByteSet {
        ByteSet(bits: (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3))
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

    /// Whether every byte of `other` is in this set.
    func contains(_ other: ByteSet) -> Bool {
        bits.0 & other.bits.0 == other.bits.0 && bits.1 & other.bits.1 == other.bits.1
            && bits.2 & other.bits.2 == other.bits.2 && bits.3 & other.bits.3 == other.bits.3
    }

    /// Whether every byte of `word` is in the text: false means `word` is not in it.
    func mayContain(_ word: String) -> Bool {
        word.utf8.allSatisfy(contains)
    }
}
