import JixiaoModel

/// Splits the 绩效目标 cell, `1. 提高… 2. 保证… 3. 搞好…`, into numbered goals.
public enum GoalList {
    /// A marker is the next expected number followed by `.`, `．`, `、` or `）`, at the
    /// start or after a blank or sentence punctuation, and not followed by a digit
    /// (so `1.5 万元` is not a marker).
    public static func split(_ text: String) -> [Goal] {
        let t = TextNormalization.trimmed(text)
        if t.isEmpty { return [] }
        if PlainText.isPlain(t) { return splitPlain(t) }
        return splitCharacters(t)
    }

    /// `split` of a trimmed, non-empty text, by its Characters.
    static func splitCharacters(_ t: String) -> [Goal] {
        let chars = TextNormalization.characters(t)
        var markers: [(start: Int, textStart: Int, number: Int)] = []
        var expected = 1
        // The expected number's digits, made once per number rather than at every position;
        // a Character that is not ASCII is no digit, and is passed by that cheap test.
        var digits = Array(String(expected))
        var i = 0
        while i < chars.count {
            let end = i + digits.count
            if end < chars.count, chars[i].isASCII, chars[i] == digits[0], chars[i..<end].elementsEqual(digits),
               [".", "．", "、", "）", ")"].contains(chars[end]),
               i == 0 || TextNormalization.isBlank(chars[i - 1]) || "。；;，,".contains(chars[i - 1]),
               end + 1 >= chars.count || !(chars[end + 1].isASCII && chars[end + 1].isNumber) {
                markers.append((i, end + 1, expected))
                expected += 1
                digits = Array(String(expected))
                i = end + 1
                continue
            }
            i += 1
        }
        guard let first = markers.first, first.start == 0 else {
            return [Goal(number: 1, text: t)]
        }
        // Each goal's text from its scalars when every Character is one scalar (most text):
        // a String made of Characters one by one cost more than finding the markers.
        let bytes = Array(t.utf8)
        var offsets: [Int] = [0]   // where each scalar begins in `bytes`, and the end
        offsets.reserveCapacity(chars.count + 1)
        for s in t.unicodeScalars { offsets.append(offsets[offsets.count - 1] + UTF8.width(s)) }
        let oneEach = offsets.count == chars.count + 1
        return markers.enumerated().map { k, m in
            let stop = k + 1 < markers.count ? markers[k + 1].start : chars.count
            let text = oneEach ? String(decoding: bytes[offsets[m.textStart]..<offsets[stop]], as: UTF8.self)
                : String(chars[m.textStart..<stop])
            return Goal(number: m.number, text: TextNormalization.trimmed(text))
        }
    }

    /// `split` of a trimmed, non-empty plain text (`PlainText`), by its scalars: each is a
    /// Character, and compares as one. (Making the Characters was a third of splitting.)
    static func splitPlain(_ t: String) -> [Goal] {
        let chars = Array(t.unicodeScalars)
        var markers: [(start: Int, textStart: Int, number: Int)] = []
        var expected = 1
        var digits = Array(String(expected).unicodeScalars)
        var i = 0
        while i < chars.count {
            let end = i + digits.count
            if end < chars.count, chars[i] == digits[0], chars[i..<end].elementsEqual(digits), markerEnds.contains(chars[end]),
               i == 0 || isBlank(chars[i - 1]) || markerAfter.contains(chars[i - 1]),
               end + 1 >= chars.count || !("0"..."9").contains(chars[end + 1]) {
                markers.append((i, end + 1, expected))
                expected += 1
                digits = Array(String(expected).unicodeScalars)
                i = end + 1
                continue
            }
            i += 1
        }
        guard let first = markers.first, first.start == 0 else {
            return [Goal(number: 1, text: t)]
        }
        let bytes = Array(t.utf8)
        var offsets: [Int] = [0]   // where each scalar begins in `bytes`, and the end
        offsets.reserveCapacity(chars.count + 1)
        for s in chars { offsets.append(offsets[offsets.count - 1] + UTF8.width(s)) }
        return markers.enumerated().map { k, m in
            let stop = k + 1 < markers.count ? markers[k + 1].start : chars.count
            let text = String(decoding: bytes[offsets[m.textStart]..<offsets[stop]], as: UTF8.self)
            return Goal(number: m.number, text: TextNormalization.trimmed(text))
        }
    }

    static let markerEnds = Set(".．、）)".unicodeScalars)
    static let markerAfter = Set("。；;，,".unicodeScalars)

    /// `TextNormalization.isBlank` of a scalar.
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{00A0}" || s == "\t"
    }
}
