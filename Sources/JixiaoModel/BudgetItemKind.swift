/// What a money label names. The vocabulary of real tables, in one place.
public enum BudgetItemKind: String, Hashable, Sendable, Codable {
    /// 预算数, 年度资金总额, 资金总额, 项目金额, 项目总预算, 部门预算, 绩效金额 …
    case total
    /// 财政资金, 财政拨款, 上级资金, 当年市级财政资金, 年度本级预算金额, 一般公共预算, 财政投款 …
    case fiscal
    /// 其他资金, 其它资金, 其他收入, 自有资金 …
    case other
    /// 中期资金总额, 长期 amounts: beside the 年度 ones, never one of the three.
    case mediumTerm

    static let notMoneyWords = ["目标", "指标", "代码", "编码", "科目", "分类", "率", "比例", "方式", "名称", "性质", "用途",
                                "时间", "期限",
                                // A count (`补贴申请数量`), not the 申请数 the budget is.
                                "数量"]
    static let labelPunctuation = Set(":：，,。；;%".unicodeScalars)
    static let mediumTermWords = ["中期", "长期", "累计", "总投资"]
    static let otherWords = ["其他资金", "其它资金", "其他收入", "其它收入", "自有资金", "自筹", "单位资金", "社会资金",
                             "事业收入", "经营收入", "经营性收入", "非财政", "银行贷款", "其他来源",
                             // 广西 2021's 未纳入财政专户管理的收入: the unit's own, though it says 财政.
                             "未纳入财政专户"]
    static let fiscalWords = ["财政", "上级资金", "上级补助", "一般公共预算", "政府性基金", "国有资本经营", "本级预算",
                              "专项资金", "转移支付", "中央资金", "省级资金", "市级资金", "县级资金", "区级资金", "投款",
                              "中央补助", "省级补助", "市级补助", "县级补助", "补助资金", "地方资金", "本级资金",
                              // 中央/省预算内投资: the government's budgetary investment, as a
                              // 发改 投资计划绩效目标表 prints its one amount (天津 2022's
                              // `下达中央预算内投资(万元)`).
                              "预算内投资",
                              // Last year's money carried over (上年结转资金, 广西 2021's 上年结余收入): a
                              // source beside this year's appropriation, never the 财政资金 line
                              // itself (`BudgetItemKind.isCarryOver`).
                              "上年结转", "上年结余", "结转资金", "结余资金"]
    static let totalWords = ["预算数", "总额", "总预算", "项目金额", "部门预算", "绩效金额", "预算金额", "年度预算",
                             "项目资金", "资金规模", "合计", "总计", "预算资金", "资金数", "年度资金", "当年资金",
                             "年度金额", "总金额", "资金金额", "项目预算",
                             // 本年预算: the year's budget, as 中央 and some provinces' tables print 预算数.
                             "本年预算",
                             // The amount the unit asks for: 甘肃's 省级 table prints 预算申报数
                             // where others print 预算数 (申请数, 申报金额 in other forms).
                             "申报数", "申报金额", "申请数", "申请金额"]

    /// Every character of the words `of` looks for (all in the BMP), as bits by scalar value.
    static let moneyWordScalarBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for s in (["其他", "其它"] + mediumTermWords + otherWords + fiscalWords + totalWords).flatMap(\.unicodeScalars) {
            precondition(s.value < 0x10000)
            bits[Int(s.value >> 6)] |= 1 << (s.value & 63)
        }
        return bits
    }()

    /// The kind a label names, or nil when it is not a money label. Numbering
    /// (`(一)`, `1、`), `其中`, colons and a unit in brackets are ignored.
    public static func of(_ label: String) -> BudgetItemKind? {
        // By bytes where that gives the same answer (`PlainLabel`): the reader asks this of
        // every cell, and the String operations below were an eighth of reading.
        var copy = label
        let fast: BudgetItemKind?? = copy.withUTF8 { b in
            // A label surely too long has 19 ideographs and more (57 bytes): a shorter one is
            // not asked, and a longer one (a sentence) is asked first, as it stops early.
            if b.count >= surelyTooLongBytes {
                guard !surelyTooLong(b), hasMoneyWordScalar(b) else { return .some(nil) }
            } else {
                guard hasMoneyWordScalar(b) else { return .some(nil) }
            }
            // A sentence (`…，…`) is no label: answered at its punctuation, not made bare.
            if surelyPunctuated(b) { return .some(nil) }
            return PlainLabel.bare(b) { (l: UnsafeBufferPointer<UInt8>?) -> BudgetItemKind?? in
                guard let l else { return nil }
                return .some(kind(ofBare: l))
            }
        }
        if let fast { return fast }
        return ofCharacters(label)
    }

    /// `of`, by Strings: for labels that are not plain text.
    static func ofCharacters(_ label: String) -> BudgetItemKind? {
        // Asked of every cell: one without any character of the money words cannot hold one
        // once bare (making it bare only drops characters), and is answered without a copy.
        guard label.unicodeScalars.contains(where: { $0.value < 0x10000 && moneyWordScalarBits[Int($0.value >> 6)] & (1 << ($0.value & 63)) != 0 })
        else { return nil }
        var l = bareCharacters(label)
        // A label is short and has no punctuation inside; goals, indicators, codes, rates
        // and classifications name no amount (资金来源 names none either: no money word) (`中期目标`, `财政资金科目代码`, `年度预算执行率`).
        // (Characters counted only past 16 scalars, and only up to 17: the reader asks this
        // of whole paragraphs too.)
        // (The length first: it looks at 17 scalars at most, the punctuation at every one of
        // a paragraph's.)
        guard !l.isEmpty, l.unicodeScalars.prefix(17).count <= 16 || l.prefix(17).count <= 16,
              !l.unicodeScalars.contains(where: { labelPunctuation.contains($0) }) else { return nil }
        // Words are looked for by UTF-8 bytes (as `TextNormalization.contains` does, a byte
        // match being a character match in UTF-8), in the label's bytes taken once: the
        // reader asks this of every cell of every row, and `String.contains` was half of reading.
        return l.withUTF8 { t -> BudgetItemKind? in
            func has(_ word: [UInt8]) -> Bool { containsBytes(t, word) }
            if notMoneyWordBytes.contains(where: has) { return nil }
            if t.elementsEqual("其他".utf8) || t.elementsEqual("其它".utf8) { return .other }
            if mediumTermWordBytes.contains(where: has) { return .mediumTerm }
            if otherWordBytes.contains(where: has) { return .other }
            if fiscalWordBytes.contains(where: has) { return .fiscal }
            if totalWordBytes.contains(where: has) { return .total }
            return nil
        }
    }

    static let notMoneyWordBytes = notMoneyWords.map { Array($0.utf8) }
    static let mediumTermWordBytes = mediumTermWords.map { Array($0.utf8) }
    static let otherWordBytes = otherWords.map { Array($0.utf8) }
    static let fiscalWordBytes = fiscalWords.map { Array($0.utf8) }
    static let totalWordBytes = totalWords.map { Array($0.utf8) }

    static func containsBytes(_ t: UnsafeBufferPointer<UInt8>, _ w: [UInt8]) -> Bool {
        guard !w.isEmpty else { return true }
        guard w.count <= t.count else { return false }
        let first = w[0]
        for i in 0...(t.count - w.count) where t[i] == first {
            var k = 1
            while k < w.count && t[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    /// Whether a label names money carried over from last year (`上年结转资金`, `上年结余收入`):
    /// a source beside this year's, never the 财政资金 line itself.
    public static func isCarryOver(_ label: String) -> Bool {
        TextNormalization.contains(label, "结转") || TextNormalization.contains(label, "结余")
    }

    /// 2 for a line numbered `1、` `1.` `(1)`; 1 for one numbered `(一)` or `一、` (a source
    /// with its subtotal); 0 for a line without a number (预算数, 财政资金, 其他资金).
    public static func level(of label: String) -> Int {
        let l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
        let numerals = levelNumerals
        if let c = l.first, c.isASCII && c.isNumber { return 2 }
        if l.hasPrefix("("), let c = l.dropFirst().first, c.isASCII && c.isNumber { return 2 }
        if l.hasPrefix("("), let c = l.dropFirst().first, numerals.contains(c) { return 1 }
        if let c = l.first, numerals.contains(c), l.dropFirst().first.map({ "、.".contains($0) }) == true { return 1 }
        return 0
    }

    /// Made once: a set of Characters built at every call was most of `level(of:)`.
    static let levelNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// A label without numbering, `其中`, colons, blanks and a bracketed unit. The reader
    /// asks this of every cell, so it looks at scalars, not Characters.
    public static func bare(_ label: String) -> String {
        var copy = label
        let fast: String? = copy.withUTF8 { b in
            PlainLabel.bare(b) { l in l.map { String(decoding: $0, as: UTF8.self) } }
        }
        return fast ?? bareCharacters(label)
    }

    /// `bare(label) == word`, without a String comparison where the bare label is plain text
    /// (`word` is one of the reader's own words, plain and in NFC).
    public static func isBare(_ label: String, _ word: String) -> Bool {
        var copy = label, word = word
        let fast: Bool? = copy.withUTF8 { b in
            PlainLabel.bare(b) { l in l.map { l in word.withUTF8 { l.elementsEqual($0) } } }
        }
        return fast ?? (bareCharacters(label) == word)
    }

    /// `bare`, by Strings: for labels that are not plain text.
    static func bareCharacters(_ label: String) -> String {
        var l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
        // Most labels have nothing more to take off — no bracket, no numbering, no 其中, no
        // punctuation at either end — and are returned as they are, without a copy: every
        // cell that has a money word's character is asked.
        if let first = l.unicodeScalars.first, let last = l.unicodeScalars.last, last != ":", last != "：",
           !(first.isASCII && ("0"..."9").contains(first)), !numeralScalars.contains(first), first != "其",
           !leadingPunctuation.contains(first), !l.utf8.contains(0x28), !TextNormalization.contains(l, "（") {
            return l
        }
        // A bracketed unit or note: `(万元)`, `(元)`.
        if l.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) {
            for unit in ["(万元)", "(元)", "(亿元)", "（万元）", "（元）"] { l = l.replacingAll(unit, with: "") }
        }
        // Numbering: (一) 一、 1、 1. (1) 1)
        var scalars = Substring(l).unicodeScalars
        if let first = scalars.first, first == "(" || first == "（",
           let close = scalars.firstIndex(where: { $0 == ")" || $0 == "）" }), scalars.distance(from: scalars.startIndex, to: close) <= 3 {
            scalars = scalars[scalars.index(after: close)...]
        } else {
            let num = scalars.prefix { ($0.isASCII && ("0"..."9").contains($0)) || numeralScalars.contains($0) }
            if !num.isEmpty, let sep = scalars.dropFirst(num.count).first, numberSeparators.contains(sep) {
                scalars = scalars.dropFirst(num.count + 1)
            }
        }
        if scalars.first == "其", scalars.starts(with: "其中".unicodeScalars) { scalars = scalars.dropFirst(2) }
        while let c = scalars.first, leadingPunctuation.contains(c) { scalars.removeFirst() }
        while let c = scalars.last, c == ":" || c == "：" { scalars.removeLast() }
        return String(scalars)
    }

    static let numeralScalars = Set("一二三四五六七八九十".unicodeScalars)
    static let numberSeparators = Set("、.．)）".unicodeScalars)
    static let leadingPunctuation = Set(":：,，".unicodeScalars)

    /// Whether the label has a scalar of the money words (`moneyWordScalarBits`), its
    /// scalar values read from its UTF-8 bytes.
    static func hasMoneyWordScalar(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // The table taken once, not at each scalar.
        moneyWordScalarBits.withUnsafeBufferPointer { moneyWordScalarBits in
            var i = 0
            while i < b.count {
                let lead = b[i]
                let v: UInt32
                switch lead {
                case 0..<0x80: i += 1; continue  // no money word has an ASCII character
                case 0xC0..<0xE0: v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                case 0xE0..<0xF0: v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                default: i += 4; continue  // beyond the BMP
                }
                if moneyWordScalarBits[Int(v >> 6)] & (1 << (v & 63)) != 0 { return true }
            }
            return false
        }
    }

    /// Whether the label, once bare, surely has more than 16 Characters, judged by its
    /// ideographs that `bare` never takes off (all but 万 元 亿 of a unit, 其 中, the
    /// numerals; numbering in brackets takes at most two more): each begins a Character of
    /// its own unless a scalar that is not plain (`PlainLabel`) comes before it. The reader
    /// asks `of` of whole paragraphs, which are answered here after their first few words.
    public static func surelyTooLong(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= surelyTooLongBytes else { return false }
        var sure = 0, other = 0
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 {
                if lead == 0x0D { other += 1 }
                i += 1
                continue
            }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if width == 3 {
                let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                if v >= 0x4000 && v <= 0x9FFF {
                    if !isRemovableIdeograph(v) { sure += 1 }
                } else if !PlainLabel.isPlain(v) {
                    other += 1
                }
            } else if width == 4 {
                other += 1
            } else if !PlainLabel.isPlain(UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)) {
                other += 1
            }
            if sure - 2 - other > 16 { return true }
            i += width
        }
        return false
    }

    /// Whether the label, once bare, surely has label punctuation inside (`, ; % 。` or the
    /// full-width `，；％`, which `of` says no to wherever they are, in bytes or Strings):
    /// one of them after three ideographs that `bare` never takes off (all of U+4000–U+9FFF
    /// but 万 元 亿 of a unit, 其 中, the numerals). Blanks, units, numbering, `其中` and
    /// colons or commas at either end are all `bare` takes off: numbering in brackets holds
    /// at most two scalars, so the third such ideograph stays, and the punctuation after it
    /// is neither at the start nor taken off. The reader asks `of` of whole sentences.
    public static func surelyPunctuated(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var sure = 0
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                if sure >= 3 && (lead == 0x2C || lead == 0x3B || lead == 0x25) { return true }  // , ; %
                i += 1
                continue
            }
            if lead >= 0xE4 && lead <= 0xE9 {
                // U+4000–U+9FFF (a String's UTF-8 is well-formed: two bytes follow).
                if sure < 3 {
                    let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    if !isRemovableIdeograph(v) { sure += 1 }
                }
                i += 3
                continue
            }
            if sure >= 3, i + 2 < n {
                // 。 E3 80 82; ， EF BC 8C, ； EF BC 9B, ％ EF BC 85.
                if lead == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x82 { return true }
                if lead == 0xEF && b[i + 1] == 0xBC && (b[i + 2] == 0x8C || b[i + 2] == 0x9B || b[i + 2] == 0x85) { return true }
            }
            i += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        }
        return false
    }

    /// The fewest bytes `surelyTooLong` can say true of: 19 ideographs of three bytes
    /// (`sure - 2 - other > 16`, `sure` counting three-byte ideographs only).
    static let surelyTooLongBytes = 57

    static let removableIdeographs = Set("万元亿其中一二三四五六七八九十".unicodeScalars.map(\.value))

    /// `removableIdeographs.contains(v)`, compared rather than hashed: asked of each
    /// ideograph of every label `of` is asked about (the set's lookups were most of it).
    @inline(__always)
    static func isRemovableIdeograph(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E07, 0x5143, 0x4EBF, 0x5176, 0x4E2D, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
        default: false
        }
    }

    /// `of` for a label made bare by `PlainLabel.bare`: plain text, so its Characters are its
    /// scalars and compare as its bytes do.
    static func kind(ofBare t: UnsafeBufferPointer<UInt8>) -> BudgetItemKind? {
        guard !t.isEmpty else { return nil }
        // One pass where there were three (every answer but the last is nil, so the order they
        // were asked in does not matter): at most 16 scalars (Characters, in plain text: the
        // continuation bytes not counted); no label punctuation (`: ： ， , 。 ； ; %`; UTF-8 is
        // self-synchronising); and which of the word lists have a word in the label, each word
        // looked for only where a scalar begins that begins one of them (the lists are asked
        // in order after). The tables are taken once, not at each scalar.
        let n = t.count
        var scalars = 0
        var found: UInt8 = 0
        let slots = wordInitialSlots, bySlot = wordsByInitialSlot
        let answer: Bool = slots.withUnsafeBufferPointer { slots in
            var i = 0
            while i < n {
                let lead = t[i]
                scalars += 1
                if scalars > 16 { return false }
                if lead < 0x80 {
                    if lead == 0x3A || lead == 0x2C || lead == 0x3B || lead == 0x25 { return false }
                    i += 1
                    continue
                }
                if lead < 0xE0 {
                    i += 2
                    continue
                }
                if lead >= 0xF0 {
                    i += 4
                    continue
                }
                // A three-byte scalar (a String's UTF-8 is well-formed; a cut one at the end
                // is neither punctuation nor a word's beginning, as before).
                guard i + 2 < n else { i += 3; continue }
                let b1 = t[i + 1], b2 = t[i + 2]
                if lead == 0xEF && b1 == 0xBC && (b2 == 0x9A || b2 == 0x8C || b2 == 0x9B) { return false }
                if lead == 0xE3 && b1 == 0x80 && b2 == 0x82 { return false }
                let v = Int(lead & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)
                let slot = slots[v]
                if slot != 0 {
                    bySlot[Int(slot) - 1].withUnsafeBufferPointer { words in
                        for w in words where found & (1 << w.list) == 0 && n - i >= w.word.count {
                            var k = 3
                            while k < w.word.count && t[i + k] == w.word[k] { k += 1 }
                            if k == w.word.count { found |= 1 << w.list }
                        }
                    }
                }
                i += 3
            }
            return true
        }
        guard answer else { return nil }
        if found & 1 != 0 { return nil }
        // 其他 and 其它 are six bytes.
        if n == 6, t.elementsEqual("其他".utf8) || t.elementsEqual("其它".utf8) { return .other }
        if found & 2 != 0 { return .mediumTerm }
        if found & 4 != 0 { return .other }
        if found & 8 != 0 { return .fiscal }
        if found & 16 != 0 { return .total }
        return nil
    }

    /// The words of the lists `kind(ofBare:)` asks (0 not money, 1 medium term, 2 other,
    /// 3 fiscal, 4 total) by the value of their first scalar (every one a three-byte
    /// ideograph).
    static let wordsByInitial: [UInt32: [(word: [UInt8], list: Int)]] = {
        var out: [UInt32: [(word: [UInt8], list: Int)]] = [:]
        for (list, words) in [notMoneyWords, mediumTermWords, otherWords, fiscalWords, totalWords].enumerated() {
            for w in words {
                let first = w.unicodeScalars.first!
                precondition(first.value >= 0x800 && first.value < 0x10000)
                out[first.value, default: []].append((Array(w.utf8), list))
            }
        }
        return out
    }()

    /// `wordsByInitial` without hashing (asked of every ideograph of every label): for each
    /// BMP scalar value, 1 + its words' place in `wordsByInitialSlot`, or 0.
    static let wordInitialSlots: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: 0x10000)
        precondition(wordsByInitial.count < 255)
        for (k, v) in wordsByInitial.keys.sorted().enumerated() { slots[Int(v)] = UInt8(k + 1) }
        return slots
    }()

    static let wordsByInitialSlot: [[(word: [UInt8], list: Int)]] = wordsByInitial.keys.sorted().map { wordsByInitial[$0]! }
}

/// `BudgetItemKind.bare` by UTF-8 bytes, for a label whose bare form is plain text: ASCII
/// but CR, Latin-1 but the soft hyphen, U+2010–U+2027, U+2100–U+22FF but the three letterlike
/// signs NFC replaces (Ω K Å), U+2460–U+25FF, CJK punctuation U+3000–U+303F but its tone
/// marks, ideographs U+4000–U+9FFF, full-width forms U+FF01–U+FF5E. Each such scalar is a
/// Character of its own and in NFC with no other spelling, so Characters are scalars and two
/// plain texts are equal (as Strings) exactly when their bytes are. Other labels are left to
/// the String operations (the answer is nil).
public enum PlainLabel {
    @inlinable @inline(__always)
    public static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x0D, 0x0E..<0x80, 0xA0..<0xAD, 0xAE...0xFF, 0x2010...0x2027, 0x2460...0x25FF,
             0x3000..<0x302A, 0x3030...0x303F, 0x4000...0x9FFF, 0xFF01...0xFF5E: true
        case 0x2100...0x22FF: v != 0x2126 && v != 0x212A && v != 0x212B
        default: false
        }
    }

    /// The bare label's bytes given to `body`, or nil to `body` when it is not plain text.
    ///
    /// Step 1 makes every full-width form ASCII, so the bytes it leaves hold no `（` `）`
    /// `：` `，` `．` (EF BC 88, 89, 9A, 8C, 8E): the later steps look for the ASCII forms only
    /// (the tests' `bareWithFullWidthSteps` is the definition that also looked for the full-width ones).
    static func bare<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            // 1. `withoutBlanks(halfWidth(label))`: full-width forms to ASCII, blanks
            //    (space, tab, U+00A0, U+3000) left out; every scalar kept must be plain.
            var n = 0
            var i = 0
            // Whether a `(` was kept (step 2 has a unit to look for only then).
            var open = false
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    if lead == 0x0D { return body(nil) }
                    if lead != 0x20 && lead != 0x09 { out[n] = lead; n += 1 }
                    if lead == 0x28 { open = true }
                    i += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if width == 4 { return body(nil) }
                if width == 2 {
                    let v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    if v != 0xA0 {
                        guard isPlain(v) else { return body(nil) }
                        out[n] = lead; out[n + 1] = b[i + 1]; n += 2
                    }
                    i += 2
                    continue
                }
                let b1 = b[i + 1], b2 = b[i + 2]
                if lead == 0xEF && b1 == 0xBC && b2 >= 0x81 {
                    out[n] = b2 - 0x60; n += 1
                    if b2 == 0x88 { open = true }
                } else if lead == 0xEF && b1 == 0xBD && b2 <= 0x9E {
                    out[n] = b2 - 0x20; n += 1
                } else if !(lead == 0xE3 && b1 == 0x80 && b2 == 0x80) {
                    let v = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                    guard isPlain(v) else { return body(nil) }
                    out[n] = lead; out[n + 1] = b1; out[n + 2] = b2; n += 3
                }
                i += 3
            }
            // 2. A bracketed unit, every one (as `replacingAll` takes them, left to right).
            if open {
                for unit in asciiUnits { n = removeAll(unit, from: out, n) }
            }
            var s = 0, e = n
            // 3. Numbering: `(一)` (closed within three scalars), or `1、` `一.` `1)` ….
            var handled = false
            if s < e, out[s] == 0x28 {
                var k = s, d = 0
                while k < e, out[k] != 0x29 { k += width(out[k]); d += 1 }
                if k < e, d <= 3 {
                    s = k + 1
                    handled = true
                }
            }
            if !handled {
                var k = s
                while k < e, (out[k] >= 0x30 && out[k] <= 0x39) || isNumeral(out, k, e) { k += width(out[k]) }
                // A separator: `.` `)` or `、` (E3 80 81).
                if k > s, k < e, out[k] == 0x2E || out[k] == 0x29 { s = k + 1 }
                else if k > s, k + 2 < e, out[k] == 0xE3, out[k + 1] == 0x80, out[k + 2] == 0x81 { s = k + 3 }
            }
            // 4. `其中`, leading punctuation, trailing colons.
            if e - s >= 6, out[s] == 0xE5, out[s + 1] == 0x85, out[s + 2] == 0xB6, out[s + 3] == 0xE4, out[s + 4] == 0xB8,
               out[s + 5] == 0xAD { s += 6 }
            while s < e, out[s] == 0x3A || out[s] == 0x2C { s += 1 }
            while e > s, out[e - 1] == 0x3A { e -= 1 }
            return body(UnsafeBufferPointer(rebasing: out[s..<e]))
        }
    }

    /// The width of the scalar a lead byte begins, in bytes that step 1 kept (no four-byte one).
    @inline(__always)
    static func width(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3 }

    /// Whether `out[k...]` begins with one of 一二三四五六七八九十, by value.
    @inline(__always)
    static func isNumeral(_ out: UnsafeMutableBufferPointer<UInt8>, _ k: Int, _ e: Int) -> Bool {
        guard k + 2 < e, out[k] == 0xE4 || out[k] == 0xE5 else { return false }
        let v = UInt32(out[k] & 0x0F) << 12 | UInt32(out[k + 1] & 0x3F) << 6 | UInt32(out[k + 2] & 0x3F)
        switch v {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// The units `bare` takes off once step 1 has made their brackets ASCII (the full-width
    /// `（万元）` `（元）` are `(万元)` `(元)` by then).
    static let asciiUnits = ["(万元)", "(元)", "(亿元)"].map { Array($0.utf8) }

    /// Removes every occurrence of `w` from the first `n` bytes of `out`, left to right;
    /// the new length.
    static func removeAll(_ w: [UInt8], from out: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int {
        var read = 0, write = 0
        while read < n {
            if read + w.count <= n, out[read] == w[0] {
                var k = 1
                while k < w.count && out[read + k] == w[k] { k += 1 }
                if k == w.count { read += w.count; continue }
            }
            out[write] = out[read]
            write += 1
            read += 1
        }
        return write
    }
}
