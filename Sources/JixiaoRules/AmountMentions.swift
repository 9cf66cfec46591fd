import JixiaoModel

/// Amounts of money a prose text states (资金用途), with what the words before each say
/// it is. Amounts in brackets (unit prices such as `每平方米 30 元`) are left out.
struct AmountMention: Sendable {
    let amount: WrittenAmount
    /// The words between the previous punctuation and the amount: `共需资金`, `电费`.
    let label: String
    /// After `其中` in the same sentence: an item of the total before it.
    let isItem: Bool
    /// Where it is in the text, in Characters.
    let offset: Int
    /// Whether the label states a total need (`totalWords`), not as an item.
    let isTotal: Bool
    /// `其中财政拨款 40 万元`: a split by source of funds, not an item of spending.
    let isFundingSource: Bool

    /// The mention, with what its label says worked out once: rules ask `isTotal` and
    /// `isFundingSource` of each mention several times, each a search for a dozen words.
    init(amount: WrittenAmount, label: String, isItem: Bool, offset: Int) {
        self.amount = amount
        self.label = label
        self.isItem = isItem
        self.offset = offset
        // A word with a byte the label lacks is not in it: most are ruled out so, unsearched.
        let bytes = ByteSet(label)
        isTotal = !isItem && Self.totalWordList.mentioned(in: label, bytes: bytes)
        isFundingSource = Self.fundingSourceWordList.mentioned(in: label, bytes: bytes)
    }

    static func find(in text: String) -> [AmountMention] {
        // Plain text is read by scalars, which are then its characters (`PlainScalars`):
        // the scalars of `halfWidth(text)`, decoded from the UTF-8 with the full-width forms
        // folded as they are read (no folded String, no array of `Unicode.Scalar`), and read
        // by `find(scalars:)`, a loop on integers (the generic reading, through its closures
        // and the literals' witnesses, was most of the rule).
        var text = text
        let scalars: [UInt32]? = text.withUTF8 { b in
            var out: [UInt32] = []
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let (v, width) = UTF8Scalars.scalar(b, at: i)
                i += width
                // `halfWidth`: U+FF01…U+FF5E are ASCII 21…7E, U+3000 a space; all are plain.
                guard PlainScalars.isPlain(v) else { return nil }
                out.append(v >= 0xFF01 && v <= 0xFF5E ? v - 0xFEE0 : v == 0x3000 ? 0x20 : v)
            }
            return out
        }
        guard let scalars else { return findByCharacters(in: text) }
        return find(scalars: scalars)
    }

    /// `find(in:)` of plain text, by the scalar values of its `halfWidth`: as the generic
    /// `find` reads `Unicode.Scalar`s (`PlainScalarsTests` holds both paths to agree).
    private static func find(scalars c: [UInt32]) -> [AmountMention] {
        @inline(__always) func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
        var out: [AmountMention] = []
        var depth = 0
        var inItems = false
        var labelStart = 0
        var i = 0
        let n = c.count
        while i < n {
            let v = c[i]
            if v == 0xFF08 || v == 0x28 { depth += 1; i += 1; continue }   // （ (
            if v == 0xFF09 || v == 0x29 { depth = max(0, depth - 1); i += 1; continue }   // ） )
            if v == 0x3002 { inItems = false }   // 。
            if isSeparator(Unicode.Scalar(v)!) { labelStart = i + 1; i += 1; continue }
            if v == 0x5176, i + 1 < n, c[i + 1] == 0x4E2D { inItems = true }   // 其中
            guard isDigit(v), i == 0 || !(isDigit(c[i - 1]) || c[i - 1] == 0x2E) else {
                i += 1
                continue
            }
            var j = i
            while j < n, isDigit(c[j]) || c[j] == 0x2E { j += 1 }
            var k = j
            while k < n, c[k] == 0x20 { k += 1 }
            // `Money.Unit` in the order tried: 万元, 亿元, 元.
            var unit: Money.Unit?
            if k + 1 < n, c[k] == 0x4E07, c[k + 1] == 0x5143 { unit = .wan; k += 2 }
            else if k + 1 < n, c[k] == 0x4EBF, c[k + 1] == 0x5143 { unit = .yi; k += 2 }
            else if k < n, c[k] == 0x5143 { unit = .yuan; k += 1 }
            if let unit, depth == 0,
               let amount = WrittenAmount.plainFigure(asciiString(c[i..<j]), unit: unit) {
                let label = stringWithoutBlanks(c[labelStart..<i])
                // The label is plain text (`PlainScalars`), each scalar a Character: it begins
                // with the Characters 其中 exactly when its bytes begin with theirs.
                out.append(AmountMention(amount: amount, label: label,
                                         isItem: inItems && !TextNormalization.contains(label, "其中") || label.utf8.starts(with: "其中".utf8),
                                         offset: i))
            }
            i = max(k, j)
        }
        return out
    }

    /// The String of ASCII `scalars` (a number's digits and points).
    private static func asciiString(_ scalars: ArraySlice<UInt32>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { out in
            var k = 0
            for v in scalars {
                out[k] = UInt8(truncatingIfNeeded: v)
                k += 1
            }
            return k
        }
    }

    /// `TextNormalization.withoutBlanks` of the String of `scalars`: their UTF-8 without
    /// the blanks (U+0020, U+0009, U+00A0, U+3000).
    private static func stringWithoutBlanks(_ scalars: ArraySlice<UInt32>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for v in scalars where v != 0x20 && v != 0x09 && v != 0xA0 && v != 0x3000 {
            UTF8.encode(Unicode.Scalar(v)!) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The String of `scalars`, from their UTF-8: appending scalars to a
    /// `String.UnicodeScalarView` one by one cost several thousand instructions a number.
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `find(in:)` by Characters, whatever the text; internal for the test that both paths agree.
    static func findByCharacters(in text: String) -> [AmountMention] {
        find(Array(TextNormalization.halfWidth(text)), isDigit: { $0.isASCII && $0.isNumber },
             isSeparator: { separators.contains($0) }, elements: { Array($0) }, string: { String($0) })
    }

    /// The punctuation that ends an amount's label.
    private static let separators: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！", "？"]

    /// `separators` as scalars, by a switch: every scalar of a 资金用途 is asked, and
    /// hashing each into a set was most of the reading.
    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0x2C, 0x3B, 0x3A, 0xFF01, 0xFF1F: true
        default: false
        }
    }

    private static func find<C: Hashable & ExpressibleByUnicodeScalarLiteral>(
        _ chars: [C], isDigit: (C) -> Bool, isSeparator: (C) -> Bool, elements: (String) -> [C],
        string: (ArraySlice<C>) -> String
    ) -> [AmountMention] {
        let units = [Money.Unit.wan, .yi, .yuan].map { ($0, elements($0.rawValue)) }
        var out: [AmountMention] = []
        var depth = 0
        var inItems = false
        var labelStart = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "（" || c == "(" { depth += 1; i += 1; continue }
            if c == "）" || c == ")" { depth = max(0, depth - 1); i += 1; continue }
            if c == "。" { inItems = false }
            if isSeparator(c) { labelStart = i + 1; i += 1; continue }
            if c == "其", i + 1 < chars.count, chars[i + 1] == "中" { inItems = true }
            guard isDigit(c), i == 0 || !(isDigit(chars[i - 1]) || chars[i - 1] == ".") else {
                i += 1
                continue
            }
            var j = i
            while j < chars.count, isDigit(chars[j]) || chars[j] == "." { j += 1 }
            let number = string(chars[i..<j])
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            var unit: Money.Unit?
            for (u, uc) in units {
                if k + uc.count <= chars.count, chars[k..<k + uc.count].elementsEqual(uc) { unit = u; k += uc.count; break }
            }
            // `number` is ASCII digits and points: `plainFigure` is `try? parse(number + unit)`
            // without the general case's trimming, unit and blank handling.
            if let unit, depth == 0, let amount = WrittenAmount.plainFigure(number, unit: unit) {
                let label = TextNormalization.withoutBlanks(string(chars[labelStart..<i]))
                out.append(AmountMention(amount: amount, label: label, isItem: inItems && !TextNormalization.contains(label, "其中") || label.hasPrefix("其中"),
                                         offset: i))
            }
            i = max(k, j)
        }
        return out
    }

    /// Words before an amount that state a total need.
    static let totalWords = ["共需资金", "需资金", "共需", "需要经费", "需经费", "需要资金", "总费用", "共安排", "合计", "总计",
                             "预算为", "经费", "共计", "总额", "安排资金", "共申请", "申请资金", "申请预算资金"]

    /// Words of a label that name a source of funds (`isFundingSource`).
    static let fundingSourceWords = ["财政拨款", "财政资金", "自有资金", "其他资金", "上级补助", "自筹"]

    private static let totalWordList = WordList(totalWords)
    private static let fundingSourceWordList = WordList(fundingSourceWords)
}
