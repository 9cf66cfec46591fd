import JixiaoModel

/// Splits the 绩效目标 cell, `1. 提高… 2. 保证… 3. 搞好…` or `目标1：… 目标2：…`, into
/// numbered goals.
public enum GoalList {
    /// A marker is the next expected number followed by `.`, `．`, `、` or `）`, at the
    /// start or after a blank or sentence punctuation, and not followed by a digit
    /// (so `1.5 万元` is not a marker); in a text that begins `目标1：`, `目标2：` … (`splitLabelled`).
    ///
    /// A marker may also skip numbers (`1.…；3.…；4.…`: a goal deleted, the rest not
    /// renumbered), where it is plainly a list's: after a sentence's end (`。；;！？!?`, blanks
    /// between) or a line break, of the kind and end the marker before it has, with a larger
    /// number of at most two digits. Each goal keeps the number printed on it. A line break
    /// (`\n`, as a goal on a row of its own is joined, `GoalRows`) is otherwise a blank.
    public static func split(_ text: String) -> [Goal] {
        // Most cells have no line break: answered by their bytes (a generic search of the
        // String's UTF-8 view cost as much as splitting a plain text).
        if text.withBorrowedUTF8({ hasLineBreak($0) }) { return splitLines(text) }
        let t = TextNormalization.trimmed(text)
        if t.isEmpty { return [] }
        if let labelled = splitLabelled(t) { return labelled }
        if let enclosed = splitEnclosed(t) { return enclosed }
        // (Plain text is read by its bytes; `splitPlain` finds out whether it is as it reads.)
        return splitPlain(t) ?? splitCharacters(t)
    }

    /// Whether the bytes hold a line break (`\n`).
    static func hasLineBreak(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x == 0x0A { return true }
        return false
    }

    /// `split` of a text with line breaks: each a blank, as the text was before the break was
    /// kept, and a place a marker that skips numbers may begin.
    static func splitLines(_ text: String) -> [Goal] {
        var flat = String.UnicodeScalarView()
        var breaks: [Int] = []   // scalar offsets of the breaks in `flat`
        for (k, s) in text.unicodeScalars.enumerated() {
            if s == "\n" { breaks.append(k) }
            flat.append(s == "\n" ? " " : s)
        }
        let leading = flat.prefix { TextNormalization.isBlank(Character($0)) }.count
        let t = TextNormalization.trimmed(String(flat))
        if t.isEmpty { return [] }
        let offsets = Set(breaks.map { $0 - leading })
        /// The Characters of `chars` that were line breaks, by index.
        func lineBreaks(_ chars: [Character]) -> Set<Int> {
            var out: Set<Int> = [], scalar = 0
            for (k, c) in chars.enumerated() {
                if offsets.contains(scalar) { out.insert(k) }
                scalar += c.unicodeScalars.count
            }
            return out
        }
        let chars = Array(t)
        let breaksInChars = lineBreaks(chars)
        if let labelled = splitLabelled(t, chars: chars, lineBreaks: breaksInChars) { return labelled }
        if let enclosed = splitEnclosed(t, chars: chars, lineBreaks: breaksInChars) { return enclosed }
        let simple = TextNormalization.characters(t)
        return splitCharacters(t, chars: simple, lineBreaks: lineBreaks(simple))
    }

    /// The sentence ends after which (and blanks) a marker may skip numbers.
    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "？", "!", "?"]

    /// Whether what comes before `i` in `chars`, blanks aside, is the start, a line break (at
    /// an index of `lineBreaks`) or a sentence's end: where a marker may skip numbers.
    static func endsASentence(before i: Int, _ chars: [Character], lineBreaks: Set<Int>) -> Bool {
        var j = i - 1
        while j >= 0, !lineBreaks.contains(j), TextNormalization.isBlank(chars[j]) { j -= 1 }
        return j < 0 || lineBreaks.contains(j) || sentenceEnds.contains(chars[j])
    }

    /// A plain marker's end, as kinds: `.` and `．`, `、`, `）` and `)`. A marker that skips
    /// numbers ends as the one before it.
    static func endKind(_ c: Character) -> Int {
        switch c {
        case ".", "．": 0
        case "、": 1
        default: 2
        }
    }

    /// `目标1：… 目标2：…` (`目标一：`, `目标１:`): goals each after the word 目标 and its
    /// number, as the 一体化 systems print several goals in one cell. Only a text that
    /// begins so is a list of them (`…实现目标1：…` inside a sentence is not), and only with
    /// two goals or more: a lone `目标1：…` stays as printed. A marker is the next expected
    /// number, at the start or after a blank or sentence punctuation (as `1.` markers are),
    /// followed by `：`, `:`, `、` or `.` (not a decimal point); a plain `2.` marker goes on
    /// the list too (`目标1：… 2. …`, where a goal on a row of its own was numbered so).
    /// nil for any other text.
    static func splitLabelled(_ t: String, chars: [Character]? = nil, lineBreaks: Set<Int> = []) -> [Goal]? {
        // Most goals do not begin with 目标: answered by their first bytes.
        guard t.utf8.starts(with: labelWord.utf8) else { return nil }
        let chars = chars ?? Array(t)
        // Kinds: 0 `目标N`, then a plain marker's end kind + 1.
        return splitAtMarkers(chars, lineBreaks: lineBreaks, oneKind: false) { i, found in
            if let m = labelledMarker(chars, at: i) { return (m.number, m.textStart, 0) }
            guard found > 0, let m = numberedMarker(chars, at: i) else { return nil }
            return (m.number, m.textStart, 1 + endKind(chars[m.textStart - 1]))
        }
    }

    /// The goals of a text that is a list of them: at each place a marker may begin (the
    /// start, or after a blank or sentence punctuation), `marker` says whether one is there
    /// (given how many were found before): its number, which must be the next (or, after a
    /// sentence's end or a line break, a larger one of the kind of the marker before: `split`),
    /// where its text begins, and its kind (`oneKind`: all markers of the first's). nil unless
    /// the text begins with marker 1 and has two or more.
    static func splitAtMarkers(_ chars: [Character], lineBreaks: Set<Int> = [], oneKind: Bool,
                               _ marker: (_ at: Int, _ found: Int) -> (number: Int, textStart: Int, kind: Int)?) -> [Goal]? {
        var markers: [Marker] = []
        var kinds: [Int] = []
        var i = 0
        while i < chars.count {
            if i == 0 || TextNormalization.isBlank(chars[i - 1]) || "。；;，,".contains(chars[i - 1]),
               let m = marker(i, markers.count), !oneKind || kinds.first.map({ $0 == m.kind }) ?? true {
                let next = (markers.last?.number ?? 0) + 1
                if m.number == next
                    || (m.number > next && m.number < 100 && kinds.last == m.kind && endsASentence(before: i, chars, lineBreaks: lineBreaks)) {
                    markers.append((i, m.textStart, m.number))
                    kinds.append(m.kind)
                    i = m.textStart
                    continue
                }
            }
            i += 1
        }
        guard markers.count > 1, markers[0].start == 0 else { return nil }
        return markers.enumerated().map { k, m in
            let stop = k + 1 < markers.count ? markers[k + 1].start : chars.count
            return Goal(number: m.number, text: TextNormalization.trimmed(String(chars[m.textStart..<stop])))
        }
    }

    static let labelWord = "目标"

    /// `（1）… （2）…` (`(1)`, `（一）`) and `①… ②…`: goals each after a number in brackets or
    /// in a circle, as units number a cell's goals as often as `1.`. As for `目标N：`, only a
    /// text that begins with the first marker is a list, markers come in order at the start
    /// or after a blank or sentence punctuation, all of one kind (brackets or circles), and
    /// a lone `（1）…` stays as printed. nil for any other text. (Before, such a cell was one
    /// goal: a `1）` after `（` is no `1.`-kind marker.)
    static func splitEnclosed(_ t: String, chars: [Character]? = nil, lineBreaks: Set<Int> = []) -> [Goal]? {
        // Most goals begin with neither: answered by their first scalar.
        guard let head = t.unicodeScalars.first, head == "（" || head == "(" || Self.circled.contains(head.value) else { return nil }
        let chars = chars ?? Array(t)
        // Brackets or circles, as the first marker is.
        return splitAtMarkers(chars, lineBreaks: lineBreaks, oneKind: true) { i, _ in
            enclosedMarker(chars, at: i).map { ($0.number, $0.textStart, $0.circled ? 1 : 0) }
        }
    }

    /// ① to ⑳.
    static let circled: ClosedRange<UInt32> = 0x2460...0x2473

    /// The marker at `i`: `（2）`, `(2)`, `（二）` (digits or a Chinese numeral, not both, in
    /// full- or half-width brackets) or `②`; its number, where its text begins, and whether
    /// it is a circled number.
    static func enclosedMarker(_ chars: [Character], at i: Int) -> (number: Int, textStart: Int, circled: Bool)? {
        let c = chars[i]
        if c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, circled.contains(v) {
            return (Int(v - circled.lowerBound) + 1, i + 1, true)
        }
        guard c == "（" || c == "(", let (n, j) = markerNumber(chars, from: i + 1), j < chars.count, chars[j] == "）" || chars[j] == ")" else { return nil }
        return (n, j + 1, false)
    }

    /// The number of a marker beginning at `j`: ASCII or full-width digits, or a Chinese
    /// numeral (`十二`), not both, at most three; its value and where it ends.
    static func markerNumber(_ chars: [Character], from j: Int) -> (number: Int, end: Int)? {
        var j = j
        var digits = ""
        while j < chars.count, digits.count < 3 {
            if let d = digit(chars[j]), !digits.contains(where: { !$0.isASCII }) {
                digits.append(d)
            } else if chars[j] == "十" || TableStarts.chineseDigits[chars[j]] != nil, !digits.contains(where: \.isASCII) {
                digits.append(chars[j])
            } else {
                break
            }
            j += 1
        }
        guard !digits.isEmpty, let n = TableStarts.number(digits), n > 0 else { return nil }
        return (n, j)
    }

    /// Whether `text` begins with a `目标N：` marker (any number): a line that begins an item
    /// of such a list.
    static func beginsWithLabelledMarker(_ text: some StringProtocol) -> Bool {
        guard text.utf8.starts(with: labelWord.utf8) else { return false }
        return labelledMarker(Array(text.prefix(8)), at: 0) != nil
    }

    /// The `目标N` marker at `i` (`目标1：`, `目标一、`, `目标１:`): its number and where its
    /// text begins; nil when there is none.
    static func labelledMarker(_ chars: [Character], at i: Int) -> (number: Int, textStart: Int)? {
        guard i + 3 < chars.count, chars[i] == "目", chars[i + 1] == "标",
              let (n, j) = markerNumber(chars, from: i + 2), j < chars.count, "：:、.．".contains(chars[j]) else { return nil }
        // `目标1.5万…` is a figure, not a marker.
        if chars[j] == "." || chars[j] == "．", j + 1 < chars.count, digit(chars[j + 1]) != nil { return nil }
        return (n, j + 1)
    }

    /// A plain `2.` / `2、` / `2）` marker at `i`, as `splitCharacters` finds them.
    static func numberedMarker(_ chars: [Character], at i: Int) -> (number: Int, textStart: Int)? {
        var j = i
        while j < chars.count, j - i < 3, digit(chars[j]) != nil { j += 1 }
        guard j > i, j < chars.count, [".", "．", "、", "）", ")"].contains(chars[j]),
              j + 1 >= chars.count || digit(chars[j + 1]) == nil,
              let n = Int(String(chars[i..<j].compactMap(digit))) else { return nil }
        return (n, j + 1)
    }

    /// The ASCII digit `c` is or stands for (`１` full-width); nil for any other Character.
    static func digit(_ c: Character) -> Character? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return nil }
        if (0x30...0x39).contains(v) { return c }
        if (0xFF10...0xFF19).contains(v) { return Character(Unicode.Scalar(UInt8(v - 0xFF10 + 0x30))) }
        return nil
    }

    /// `split` of a trimmed, non-empty text, by its Characters (`TextNormalization.characters`
    /// of it, with the indices of its line breaks, when `splitLines` has made them).
    static func splitCharacters(_ t: String, chars: [Character]? = nil, lineBreaks: Set<Int> = []) -> [Goal] {
        let chars = chars ?? TextNormalization.characters(t)
        // Markers are found among the Characters with full-width digits as ASCII ones (`１．`,
        // as Word on Chinese Windows types them); the goals are cut from `chars`, as printed.
        let keys = chars.contains { c in digit(c).map { $0 != c } ?? false } ? chars.map { digit($0) ?? $0 } : chars
        // A Character that is not ASCII is no digit, and is passed by that cheap test.
        let markers = Self.markers(keys, digits: { Array(String($0)) }, isMarkerEnd: { [".", "．", "、", "）", ")"].contains($0) },
                                   mayPrecede: { TextNormalization.isBlank($0) || "。；;，,".contains($0) },
                                   isDigit: { $0.isASCII && $0.isNumber }, value: { Int(String($0)) }, endKind: endKind,
                                   skipMayBegin: { endsASentence(before: $0, chars, lineBreaks: lineBreaks) })
        return goals(t, markers, count: chars.count) { String(chars[$0]) }
    }

    /// `split` of a trimmed, non-empty plain text (`PlainText`), by its UTF-8 bytes: each
    /// scalar is a Character and compares as one, and each marker's digits, ends and the
    /// scalars that may precede it are each the one byte sequence of that scalar. (Making
    /// the scalars, their offsets and each goal's String by scalars was most of splitting.)
    /// nil when the text is not plain: every scalar is looked at on the way (a marker's are
    /// ASCII digits and plain ends), so no pass of its own asks it first.
    static func splitPlain(_ t: String) -> [Goal]? {
        var copy = t
        return copy.withUTF8 { b -> [Goal]? in
            // Markers as byte offsets: where each begins and where its text begins.
            var markers: [Marker] = []
            var expected = 1
            var digits = asciiDigits(expected)
            var lastKind = 0
            var i = 0, previous = -1
            while i < b.count {
                // The expected number's digits (ASCII: a byte each) from `i`, then a marker end.
                let end = i + digits.count
                if end < b.count, b[i] == digits[0], UnsafeBufferPointer(rebasing: b[i..<end]).elementsEqual(digits),
                   let endWidth = markerEndWidth(b, end),
                   previous < 0 || mayPrecede(b, previous),
                   end + endWidth >= b.count || !beginsADigit(b, end + endWidth) {
                    markers.append((i, end + endWidth, expected))
                    lastKind = endKind(b, end)
                    expected += 1
                    digits = asciiDigits(expected)
                    previous = end
                    i = end + endWidth
                    continue
                }
                // A marker that skips numbers (`split`), after a digit's place as the expected one's.
                if !markers.isEmpty, b[i] >= 0x30, b[i] <= 0x39, mayPrecede(b, previous),
                   let m = skippingMarker(b, at: i, beyond: expected, kind: lastKind) {
                    markers.append((i, m.textStart, m.number))
                    expected = m.number + 1
                    digits = asciiDigits(expected)
                    previous = m.end
                    i = m.textStart
                    continue
                }
                let (v, width) = UTF8Scalars.scalar(b, at: i)
                guard PlainLabel.isPlain(v) else { return nil }
                // A full-width digit where a marker may begin (`２．`): Characters read it.
                if v >= 0xFF10 && v <= 0xFF19, previous < 0 || mayPrecede(b, previous) { return nil }
                previous = i
                i += width
            }
            guard let first = markers.first, first.start == 0 else { return [Goal(number: 1, text: t)] }
            return markers.enumerated().map { k, m in
                // `TextNormalization.trimmed`, by bytes: the blanks (space, tab, U+00A0,
                // U+3000) off both ends before the goal's text is made, not after.
                var s = m.textStart, e = k + 1 < markers.count ? markers[k + 1].start : b.count
                while s < e {
                    if b[s] == 0x20 || b[s] == 0x09 { s += 1 } else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 }
                    else if b[s] == 0xE3, s + 2 < e, b[s + 1] == 0x80, b[s + 2] == 0x80 { s += 3 } else { break }
                }
                while e > s {
                    if b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 } else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
                    else if e - 3 >= s, b[e - 3] == 0xE3, b[e - 2] == 0x80, b[e - 1] == 0x80 { e -= 3 } else { break }
                }
                return Goal(number: m.number, text: ValidUTF8.string(UnsafeBufferPointer(rebasing: b[s..<e])))
            }
        }
    }

    /// `Array(String(n).utf8)` of a positive `n`.
    static func asciiDigits(_ n: Int) -> [UInt8] {
        var digits: [UInt8] = []
        var n = n
        repeat {
            digits.append(UInt8(0x30 + n % 10))
            n /= 10
        } while n > 0
        return digits.reversed()
    }

    /// The width of the marker end (`.`, `．`, `、`, `）`, `)`) beginning at byte `k`, or nil.
    static func markerEndWidth(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
        switch b[k] {
        case 0x2E, 0x29: return 1
        case 0xEF where k + 2 < b.count && b[k + 1] == 0xBC && (b[k + 2] == 0x8E || b[k + 2] == 0x89): return 3  // ． ）
        case 0xE3 where k + 2 < b.count && b[k + 1] == 0x80 && b[k + 2] == 0x81: return 3  // 、
        default: return nil
        }
    }

    /// The marker of one or two ASCII digits at byte `i` that skips numbers (`split`): a
    /// number larger than `expected`, an end of `kind` (`endKind`) not followed by a digit,
    /// after a sentence's end; its number, where its end begins and where its text does.
    static func skippingMarker(_ b: UnsafeBufferPointer<UInt8>, at i: Int, beyond expected: Int, kind: Int) -> (number: Int, end: Int, textStart: Int)? {
        func isDigit(_ k: Int) -> Bool { b[k] >= 0x30 && b[k] <= 0x39 }
        let end = i + 1 < b.count && isDigit(i + 1) ? i + 2 : i + 1
        guard end < b.count, let width = markerEndWidth(b, end), endKind(b, end) == kind,
              end + width >= b.count || !beginsADigit(b, end + width) else { return nil }
        let n = end - i == 2 ? Int(b[i] - 0x30) * 10 + Int(b[i + 1] - 0x30) : Int(b[i] - 0x30)
        guard n > expected, endsASentence(b, before: i) else { return nil }
        return (n, end, end + width)
    }

    /// Whether byte `k` begins an ASCII or a full-width digit (EF BC 90…99): after a marker's
    /// end, either makes it a figure (`1.５万`).
    static func beginsADigit(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        (b[k] >= 0x30 && b[k] <= 0x39) || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] >= 0x90 && b[k + 2] <= 0x99)
    }

    /// `endKind` of the marker end (`markerEndWidth`) at byte `k`.
    static func endKind(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        switch b[k] {
        case 0x2E: 0
        case 0x29: 2
        case 0xEF: b[k + 2] == 0x8E ? 0 : 2   // ． ）
        default: 1   // 、
        }
    }

    /// `endsASentence` by bytes, for a text with no line break: blanks (space, tab, U+00A0,
    /// U+3000) back from byte `i`, then the start or a sentence's end (`sentenceEnds`).
    static func endsASentence(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i
        while j > 0 {
            if b[j - 1] == 0x20 || b[j - 1] == 0x09 { j -= 1 }
            else if j >= 2, b[j - 2] == 0xC2, b[j - 1] == 0xA0 { j -= 2 }
            else if j >= 3, b[j - 3] == 0xE3, b[j - 2] == 0x80, b[j - 1] == 0x80 { j -= 3 }
            else { break }
        }
        guard j > 0 else { return true }
        switch b[j - 1] {
        case 0x3B, 0x21, 0x3F: return true   // ; ! ?
        case 0x82: return j >= 3 && b[j - 3] == 0xE3 && b[j - 2] == 0x80   // 。
        case 0x9B, 0x81, 0x9F: return j >= 3 && b[j - 3] == 0xEF && b[j - 2] == 0xBC   // ； ！ ？
        default: return false
        }
    }

    /// Whether the scalar beginning at byte `k` may precede a marker: a blank (space, tab,
    /// U+00A0, U+3000) or `。；;，,`.
    static func mayPrecede(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        switch b[k] {
        case 0x20, 0x09, 0x3B, 0x2C: return true
        case 0xC2: return k + 1 < b.count && b[k + 1] == 0xA0
        case 0xE3: return k + 2 < b.count && b[k + 1] == 0x80 && (b[k + 2] == 0x80 || b[k + 2] == 0x82)  // U+3000 。
        case 0xEF: return k + 2 < b.count && b[k + 1] == 0xBC && (b[k + 2] == 0x9B || b[k + 2] == 0x8C)  // ； ，
        default: return false
        }
    }

    typealias Marker = (start: Int, textStart: Int, number: Int)

    /// Where each goal's marker begins and its text after it, whether the text is read by
    /// Characters or (plain text) by scalars. The expected number's digits are made once
    /// per number rather than at every position.
    /// A marker that skips numbers (`split`) is asked for only where a digit follows a
    /// Character that may precede a marker: its number (`value`) of one or two digits, larger than the
    /// expected one, its end of the kind (`endKind`) of the marker before, and `skipMayBegin`
    /// of its index (after a sentence's end or a line break).
    private static func markers<C: Equatable>(_ chars: [C], digits: (Int) -> [C], isMarkerEnd: (C) -> Bool,
                                              mayPrecede: (C) -> Bool, isDigit: (C) -> Bool,
                                              value: (ArraySlice<C>) -> Int?, endKind: (C) -> Int, skipMayBegin: (Int) -> Bool) -> [Marker] {
        var markers: [Marker] = []
        var expected = 1
        var number = digits(expected)
        var lastKind = 0
        var i = 0
        while i < chars.count {
            let end = i + number.count
            if end < chars.count, chars[i] == number[0], chars[i..<end].elementsEqual(number), isMarkerEnd(chars[end]),
               i == 0 || mayPrecede(chars[i - 1]),
               end + 1 >= chars.count || !isDigit(chars[end + 1]) {
                markers.append((i, end + 1, expected))
                lastKind = endKind(chars[end])
                expected += 1
                number = digits(expected)
                i = end + 1
                continue
            }
            if !markers.isEmpty, isDigit(chars[i]), mayPrecede(chars[i - 1]) {
                let width = i + 1 < chars.count && isDigit(chars[i + 1]) ? 2 : 1
                let end = i + width
                if end < chars.count, isMarkerEnd(chars[end]), endKind(chars[end]) == lastKind,
                   end + 1 >= chars.count || !isDigit(chars[end + 1]),
                   let n = value(chars[i..<end]), n > expected, skipMayBegin(i) {
                    markers.append((i, end + 1, n))
                    expected = n + 1
                    number = digits(expected)
                    i = end + 1
                    continue
                }
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

}
