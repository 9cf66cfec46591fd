import JixiaoModel

/// Answers by UTF-8 bytes for text that is plain (`PlainLabel`): each of its scalars is a
/// Character of its own and in NFC with no other spelling, so the String operations on
/// Characters give what the same operations on its bytes give. Other text is left to them.
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TextNormalization.allScalarValues($0, PlainLabel.isPlain) }
    }

    /// `text.contains(":") || text.contains("：")`, Foundation's search: a text without
    /// either colon's bytes has neither (no other spelling of them exists), a plain text
    /// with them has one.
    static func hasColon(_ text: String) -> Bool {
        var copy = text
        let bytes = copy.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x3A || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x9A) { return true }
                k += 1
            }
            return false
        }
        guard bytes else { return false }
        return isPlain(text) || text.contains(":") || text.contains("：")
    }

    /// `text.replacingAll("\t", with: " ")`: a tab is always a Character of its own (a
    /// control), so the split at tab Characters is the split at tab bytes.
    static func tabsToSpaces(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { b in
            guard b.contains(0x09) else { return text }
            return String(decoding: b.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// `text.hasSuffix(suffix)`, by UTF-8 bytes where that gives the same answer: when the
    /// suffix and the text from one scalar before where the suffix would begin are ASCII
    /// (but CR) and ideographs U+4000–U+9FFF, as in `TextNormalization.hasPrefix` — scalars
    /// with no other canonically equivalent spelling, each a Character of its own that no
    /// scalar before it joins. Anything else is asked of `String.hasSuffix`, which compares
    /// Characters (and was a seventieth of reading, asked of every goal label).
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        var text = text
        var suffix = suffix
        let answer: Bool? = suffix.withUTF8 { s in
            text.withUTF8 { t in
                // The length of the simple scalar beginning at `i` of `b`; nil for any other.
                func simple(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
                    let lead = b[i]
                    if lead < 0x80 { return lead == 0x0D ? nil : 1 }
                    return lead >= 0xE4 && lead <= 0xE9 ? 3 : nil
                }
                var i = 0
                while i < s.count {
                    guard let n = simple(s, i) else { return nil }
                    i += n
                }
                // From the scalar that begins one byte or more before where the suffix would
                // begin (the text's start at the latest) to the end, every scalar simple.
                var k = max(0, t.count - s.count - 1)
                while k > 0 && t[k] & 0xC0 == 0x80 { k -= 1 }
                while k < t.count {
                    guard let n = simple(t, k) else { return nil }
                    k += n
                }
                guard s.count <= t.count else { return false }
                let start = t.count - s.count
                for j in 0..<s.count where t[start + j] != s[j] { return false }
                return true
            }
        }
        return answer ?? text.hasSuffix(suffix)
    }

    /// `text.contains(word)` (Foundation's search) for a plain `word`: by bytes when the text
    /// is plain too, where each scalar is a Character with no other spelling.
    static func contains(_ text: String, _ word: String) -> Bool {
        isPlain(text) ? TextNormalization.contains(text, word) : text.contains(word)
    }
}
