/// The years a text names: four digits 1990–2100 followed by 年 (`2021 年`, `2023年度`,
/// `２０２２年`), not part of a longer number. The reader finds a document's budget year with
/// it; the rules compare a 时效 time with that year.
public enum YearMentions {
    /// Each year with its character offset, in order.
    public static func find(in text: String) -> [(year: Int, at: Int)] {
        let chars = Array(TextNormalization.halfWidth(text))
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

    /// A year 1990–2100 written as four digits at `i`, not part of a longer number on the left.
    public static func year(_ chars: [Character], at i: Int) -> Int? {
        guard i + 4 <= chars.count, chars[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }),
              i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber),
              let y = Int(String(chars[i..<(i + 4)])), (1990...2100).contains(y) else { return nil }
        return y
    }
}
