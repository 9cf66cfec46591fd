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
        // A Character that is not ASCII is no digit, and is passed by that cheap test.
        let markers = Self.markers(chars, digits: { Array(String($0)) }, isMarkerEnd: { [".", "．", "、", "）", ")"].contains($0) },
                                   mayPrecede: { TextNormalization.isBlank($0) || "。；;，,".contains($0) },
                                   isDigit: { $0.isASCII && $0.isNumber })
        return goals(t, markers, count: chars.count) { String(chars[$0]) }
    }

    /// `split` of a trimmed, non-empty plain text (`PlainText`), by its scalars: each is a
    /// Character, and compares as one. (Making the Characters was a third of splitting.)
    static func splitPlain(_ t: String) -> [Goal] {
        let chars = Array(t.unicodeScalars)
        let markers = Self.markers(chars, digits: { Array(String($0).unicodeScalars) }, isMarkerEnd: { markerEnds.contains($0) },
                                   mayPrecede: { isBlank($0) || markerAfter.contains($0) },
                                   isDigit: { ("0"..."9").contains($0) })
        return goals(t, markers, count: chars.count) { String(String.UnicodeScalarView(chars[$0])) }
    }

    typealias Marker = (start: Int, textStart: Int, number: Int)

    /// Where each goal's marker begins and its text after it, whether the text is read by
    /// Characters or (plain text) by scalars. The expected number's digits are made once
    /// per number rather than at every position.
    private static func markers<C: Equatable>(_ chars: [C], digits: (Int) -> [C], isMarkerEnd: (C) -> Bool,
                                              mayPrecede: (C) -> Bool, isDigit: (C) -> Bool) -> [Marker] {
        var markers: [Marker] = []
        var expected = 1
        var number = digits(expected)
        var i = 0
        while i < chars.count {
            let end = i + number.count
            if end < chars.count, chars[i] == number[0], chars[i..<end].elementsEqual(number), isMarkerEnd(chars[end]),
               i == 0 || mayPrecede(chars[i - 1]),
               end + 1 >= chars.count || !isDigit(chars[end + 1]) {
                markers.append((i, end + 1, expected))
                expected += 1
                number = digits(expected)
                i = end + 1
                continue
            }
            i += 1
        }
        return markers
    }

    /// The goals between the markers of `t` (`count` Characters or scalars); the whole text
    /// as goal 1 when it does not begin with `1.`. Each goal's text is cut from the UTF-8
    /// when every element is one scalar (most text): a String made of Characters one by one
    /// cost more than finding the markers. `elements` makes it otherwise.
    private static func goals(_ t: String, _ markers: [Marker], count: Int, elements: (Range<Int>) -> String) -> [Goal] {
        guard let first = markers.first, first.start == 0 else {
            return [Goal(number: 1, text: t)]
        }
        let bytes = Array(t.utf8)
        var offsets: [Int] = [0]   // where each scalar begins in `bytes`, and the end
        offsets.reserveCapacity(count + 1)
        for s in t.unicodeScalars { offsets.append(offsets[offsets.count - 1] + UTF8.width(s)) }
        let oneEach = offsets.count == count + 1
        return markers.enumerated().map { k, m in
            let stop = k + 1 < markers.count ? markers[k + 1].start : count
            let text = oneEach ? String(decoding: bytes[offsets[m.textStart]..<offsets[stop]], as: UTF8.self)
                : elements(m.textStart..<stop)
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
