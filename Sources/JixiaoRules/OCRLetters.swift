import JixiaoModel

/// Latin capitals wedged inside a Chinese word, as OCR reads a character's strokes
/// (`就业LJUI,冈位` for 就业岗位, `卫生Z口` for 卫生窗口, `完成H期` for 完成日期), and a
/// leading `二` read for `=` in a 指标值 (`二100%`).
///
/// What is damage: a run of capitals made only of letters that look like strokes (E F H I J
/// K L N T U V X Y Z), with a Chinese character right before it and right after it (or after
/// one stray ASCII mark, `LJUI,冈`). What a table legitimately holds is left: abbreviations
/// with other letters (`GDP`, `COD`, `APP`, `LED`, `PM2.5`), anything next to a digit, a blank
/// or another Latin letter (`5G`, `km`, model numbers, URLs), Roman numerals (`III类水质`)
/// and the template's `XX`, a letter naming a grade, zone or shape (`E级`, `T型`, `X光`,
/// `U盘`, `T细胞`), and the few stroke-letter words in use (`IT`, `UI`, `HIV`, `Z世代`).
enum OCRLetters {
    /// The places where capitals sit inside a Chinese word, each with the character either
    /// side (`生Z口`, `业LJUI,冈`); empty when there are none. By scalars; `mayHave` is its
    /// byte filter.
    static func places(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [String] = []
        var k = 1
        while k < s.count {
            guard capital(s[k]) != nil, PlainScalars.isHan(s[k - 1].value) else { k += 1; continue }
            var j = k
            var letters = ""
            while j < s.count, let c = capital(s[j]) { letters.unicodeScalars.append(c); j += 1 }
            let end = j < s.count && strayMarks.contains(s[j]) ? j + 1 : j
            if end < s.count, PlainScalars.isHan(s[end].value), suspicious(letters, before: s[end]) {
                var place = String.UnicodeScalarView()
                place.append(contentsOf: s[(k - 1)...end])
                out.append(String(place))
            }
            k = j
        }
        return out
    }

    /// Whether `text` may have a place `places` finds: a capital (41–5A, or EF BC A1–BA
    /// full-width) right after a three-byte scalar whose lead byte (E3–E9) may begin a
    /// Chinese character. Most cells have no capital at all and are not decoded.
    static func mayHave(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard b.count >= 7 else { return false }
            // Eight bytes at a time (every cell of every row is asked): a word with no capital
            // byte and no EF is passed over whole; only a word with one is read byte by byte.
            @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool {
                (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
            }
            @inline(__always) func hasCapital(_ x: UInt64) -> Bool {
                // Per byte, without carries between bytes: at least 41 and below 5B, high bit clear.
                let low = x & 0x7F7F_7F7F_7F7F_7F7F
                return (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~x & 0x8080_8080_8080_8080 != 0
            }
            var i = 0
            if b.count >= 8 {
                let raw = UnsafeRawBufferPointer(b)
                while i + 8 <= b.count {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if hasCapital(w) || hasZeroByte(w ^ 0xEFEF_EFEF_EFEF_EFEF) {
                        for k in i..<i + 8 where capitalAfterChinese(b, at: k) { return true }
                    }
                    i += 8
                }
            }
            while i < b.count {
                if capitalAfterChinese(b, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether a capital (41–5A, or EF BC A1–BA full-width) begins at byte `k`, right after
    /// a three-byte scalar whose lead byte (E3–E9) may begin a Chinese character.
    @inline(__always)
    static func capitalAfterChinese(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard k >= 3, (0xE3...0xE9).contains(b[k - 3]) else { return false }
        let x = b[k]
        return (0x41...0x5A).contains(x) || (x == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && (0xA1...0xBA).contains(b[k + 2]))
    }

    /// A percentage above 100% whose leading `2` may be a `≥` the scan read as a digit
    /// (`290%` → `≥90%`, `292%` → `≥92%`): the value so read when its rest is a share of 1%
    /// to 100%; nil otherwise (`200%`, `≥290%`, `29万元`).
    static func atLeastReadAsTwo(_ value: String) -> String? {
        let t = Substring(TextNormalization.withoutBlanks(TextNormalization.halfWidth(value)))
        guard t.first == "2", let second = t.dropFirst().first, second.isASCII, second.isNumber, second != "0" else { return nil }
        let read = "≥" + t.dropFirst()
        guard let q = TargetValue(read).quantity, q.unitKind == .percent, q.upper == nil,
              q.number.doubleValue >= 1, q.number.doubleValue <= 100 else { return nil }
        return read
    }

    /// The value with a leading `二` read as `=` (`二100%` → `=100%`), when the rest then
    /// reads as a quantity; nil otherwise (`二0二三年底前` is a year written half in digits).
    static func comparatorReadAsTwo(_ value: String) -> String? {
        guard mayBeginWithTwoAndDigit(value) else { return nil }
        let blanks = value.unicodeScalars.prefix { $0 == " " || $0 == "\u{3000}" }.count
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: value.unicodeScalars.dropFirst(blanks + 1))
        let read = "=" + String(rest)
        guard TargetValue(read).quantity != nil else { return nil }
        return read
    }

    /// Whether the value's bytes begin, after blanks, with 二 (E4 BA 8C) and an ASCII digit.
    static func mayBeginWithTwoAndDigit(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x20 { k += 1; continue }
                if k + 2 < b.count, b[k] == 0xE3, b[k + 1] == 0x80, b[k + 2] == 0x80 { k += 3; continue }
                break
            }
            return k + 3 < b.count && b[k] == 0xE4 && b[k + 1] == 0xBA && b[k + 2] == 0x8C && (0x30...0x39).contains(b[k + 3])
        }
    }

    /// An ASCII capital, or a full-width one as its ASCII letter; nil for anything else.
    private static func capital(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if (0x41...0x5A).contains(s.value) { return s }
        if (0xFF21...0xFF3A).contains(s.value) { return Unicode.Scalar(s.value - 0xFEE0) }
        return nil
    }

    private static func suspicious(_ letters: String, before next: Unicode.Scalar) -> Bool {
        guard letters.unicodeScalars.allSatisfy({ strokeLetters.contains($0) }),
              !letters.unicodeScalars.allSatisfy({ romanLetters.contains($0) }),
              !words.contains(letters) else { return false }
        if letters.unicodeScalars.count == 1 {
            return !labelled.contains(next) && !pairs.contains(letters + String(next))
        }
        return true
    }

    /// Capitals that look like a character's strokes, as OCR reads them.
    private static let strokeLetters = Set("EFHIJKLNTUVXYZ".unicodeScalars)
    /// Roman numerals (`III类`, `IV级`) and the template's `XX`.
    private static let romanLetters = Set("IVX".unicodeScalars)
    /// Words of stroke letters that Chinese text uses.
    private static let words: Set<String> = ["IT", "UI", "VI", "TV", "UV", "HIV", "KTV", "ETF", "LTE", "NFT", "TNT", "IVF", "TIF", "EHS", "HE", "NK", "TT"]
    /// What a single letter names right before it: a grade, class, zone, shape or thing
    /// (`E级`, `T型`, `H座`, `X光`, `U盘`, `T细胞`).
    private static let labelled = Set("级类型区座栋号字形光线射恤盘档段楼门卡证族股超站点台细".unicodeScalars)
    /// A single letter and the word it begins.
    private static let pairs: Set<String> = ["Z世", "K歌", "N次", "Y染", "X染"]
    /// ASCII marks OCR leaves after its letters (`LJUI,冈位`).
    private static let strayMarks = Set(",.'`".unicodeScalars)
}
