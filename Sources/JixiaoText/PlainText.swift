import JixiaoModel

/// Answers by UTF-8 bytes for text that is plain (`PlainLabel`): each of its scalars is a
/// Character of its own and in NFC with no other spelling, so the String operations on
/// Characters give what the same operations on its bytes give. Other text is left to them.
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TextNormalization.allScalarValues($0, PlainLabel.isPlain) }
    }

    /// `text == word` for a plain `word` (as the reader's labels are), by bytes where they
    /// answer: the word's bytes are the word; a plain text of other bytes is another String
    /// (two plain texts are equal exactly when their bytes are); and a text of more than
    /// four bytes per byte of the word is another String (one equal to the word has no more
    /// scalars than the word's canonical decomposition, which has no more scalars than the
    /// word has bytes, and a scalar has at most four bytes). Any other text is asked of `==`.
    /// (`==` compares canonically: most of a label comparison that fails.)
    static func isWord(_ text: String, _ word: String) -> Bool {
        var t = text, w = word
        let answer: Bool? = t.withUTF8 { a in
            w.withUTF8 { b in
                if SameBytes.equal(a, b) { return true }
                if a.count > 4 * b.count { return false }
                return TextNormalization.allScalarValues(a, PlainLabel.isPlain) ? false : nil
            }
        }
        return answer ?? (text == word)
    }

    /// Whether `text` begins with one of `words` (`TextNormalization.hasPrefix`, each a
    /// plain word's bytes), by bytes when the text's scalars that begin at or before the
    /// longest word's end are plain: each is then a Character of its own with no other
    /// spelling, so a Character prefix is a byte prefix. Other texts ask `hasPrefix`.
    static func hasPrefix(_ text: String, anyOf words: [[UInt8]]) -> Bool {
        var t = text
        let answer: Bool? = t.withUTF8 { b in
            let longest = words.reduce(0) { max($0, $1.count) }
            var i = 0
            while i < b.count && i <= longest {
                let (v, w) = UTF8Scalars.scalar(b, at: i)
                guard PlainLabel.isPlain(v) else { return nil }
                i += w
            }
            return words.contains { w in
                w.withUnsafeBufferPointer { SameBytes.hasPrefix(b, $0) }
            }
        }
        return answer ?? words.contains { TextNormalization.hasPrefix(text, String(decoding: $0, as: UTF8.self)) }
    }

    /// `text.contains(":") || text.contains("：")`, Foundation's search: a text without
    /// either colon's bytes has neither (no other spelling of them exists), a plain text
    /// with them has one.
    static func hasColon(_ text: String) -> Bool {
        guard hasColonBytes(text) else { return false }
        return isPlain(text) || text.contains(":") || text.contains("：")
    }

    /// The values of the first `n` scalars of `text` (all of them when it has fewer), each
    /// with the byte offset where it ends, when these and the scalar after them are plain
    /// (`PlainLabel`): each of the `n` is then a Character of its own, with no other spelling.
    /// nil when they are not (the caller asks Characters).
    static func leadingScalars(_ text: String, _ n: Int) -> [(value: UInt32, end: Int)]? {
        var copy = text
        return copy.withUTF8 { b in
            var out: [(value: UInt32, end: Int)] = []
            out.reserveCapacity(n)
            var i = 0
            while i < b.count {
                let (v, w) = UTF8Scalars.scalar(b, at: i)
                guard PlainLabel.isPlain(v) else { return nil }
                if out.count == n { break }
                i += w
                out.append((v, i))
            }
            return out
        }
    }

    /// Whether `text` holds the bytes of `:` or `：` (3A, EF BC 9A): a text without them has
    /// no colon Character.
    static func hasColonBytes(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x3A || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x9A) { return true }
                k += 1
            }
            return false
        }
    }

    /// `text.replacingAll("\t", with: " ")`: a tab is always a Character of its own (a
    /// control), so the split at tab Characters is the split at tab bytes.
    static func tabsToSpaces(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { b in
            guard b.contains(0x09) else { return text }
            return b.map { $0 == 0x09 ? 0x20 : $0 }.withUnsafeBufferPointer(ValidUTF8.string)
        }
    }

    /// `text.hasSuffix(suffix)`, by bytes where exact (`TextNormalization.hasSuffix`):
    /// asked of every goal label and fact ending.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        TextNormalization.hasSuffix(text, suffix)
    }

    /// `text.contains(word)` (Foundation's search) for a plain `word`: by bytes when the text
    /// is plain too, where each scalar is a Character with no other spelling.
    static func contains(_ text: String, _ word: String) -> Bool {
        isPlain(text) ? TextNormalization.contains(text, word) : text.contains(word)
    }
}
