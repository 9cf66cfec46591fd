import JixiaoModel

extension StringProtocol {
    /// `count <= n` without walking a long text's graphemes: a Character has at least
    /// one scalar, so n scalars or fewer answer yes; otherwise Characters are counted only
    /// up to n + 1. The reader asks this of labels and of whole paragraphs alike.
    func hasAtMostCharacters(_ n: Int) -> Bool {
        // The same questions by UTF-8 bytes where they lie together (a String or a slice of
        // one): the first n + 1 scalars counted and judged plain without a scalar iterator.
        let byBytes: Bool?? = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var i = 0, count = 0, plain = true
            while i < b.count && count <= n {
                let lead = b[i]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if plain {
                    let v: UInt32 = switch width {
                    case 1: UInt32(lead)
                    case 2: UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    case 3: UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    default: UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    }
                    plain = PlainLabel.isPlain(v)
                }
                count += 1
                i += width
            }
            if count <= n { return true }
            return plain ? false : nil
        }
        if let known = byBytes ?? nil { return known }
        if byBytes != nil { return prefix(n + 1).count <= n }
        let scalars = unicodeScalars.prefix(n + 1)
        if scalars.count <= n { return true }
        // n + 1 plain scalars (`PlainLabel`) begin n + 1 Characters: no grapheme breaking.
        if scalars.allSatisfy({ PlainLabel.isPlain($0.value) }) { return false }
        return prefix(n + 1).count <= n
    }
}
