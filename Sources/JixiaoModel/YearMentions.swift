/// The years a text names: four digits 1990–2100 followed by 年 (`2021 年`, `2023年度`,
/// `２０２２年`), not part of a longer number. The reader finds a document's budget year with
/// it; the rules compare a 时效 time with that year.
public enum YearMentions {
    /// Each year with its character offset, in order.
    public static func find(in text: String) -> [(year: Int, at: Int)] {
        // Most cells name no 年 at all: nothing to break into Characters.
        guard mayHaveNian(text) else { return [] }
        return find(in: TextNormalization.characters(TextNormalization.halfWidth(text)))
    }

    /// Each year in `chars` (half-width already) with its character offset: `find`'s
    /// reading, once the text is in Characters.
    static func find(in chars: [Character]) -> [(year: Int, at: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i + 4 <= chars.count {
            if let y = year(chars, at: i) {
                var j = i + 4
                while j < chars.count, TextNormalization.isBlank(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == "年" { out.append((y, i)) }
                i += 4
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether `text` may have a Character equal to `年`: false only when its UTF-8 has
    /// neither U+5E74 (E5 B9 B4) nor U+F98E (EF A6 8E), the compatibility ideograph that is
    /// canonically 年 — the only scalars a Character equal to `年` can be
    /// (`YearMentionsTests`). The rules ask it of every 时效 cell.
    static func mayHaveNian(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for k in 0..<(b.count - 2) where b[k] == 0xE5 || b[k] == 0xEF {
                if b[k] == 0xE5 ? (b[k + 1] == 0xB9 && b[k + 2] == 0xB4) : (b[k + 1] == 0xA6 && b[k + 2] == 0x8E) { return true }
            }
            return false
        }
    }

    /// A year 1990–2100 written as four digits at `i`, not part of a longer number on the left.
    public static func year(_ chars: [Character], at i: Int) -> Int? {
        guard i + 4 <= chars.count, chars[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }),
              i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber),
              let y = Int(String(chars[i..<(i + 4)])), (1990...2100).contains(y) else { return nil }
        return y
    }
}
