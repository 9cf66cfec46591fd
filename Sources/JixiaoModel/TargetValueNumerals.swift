/// Numbers as 指标值 write them: arabic digits with a point and thousands separators
/// (`3,309,840.00`), and Chinese numerals, ordinary and 大写 (`五十七万`, `伍拾柒万陆仟陆佰`).
extension TargetValue {
    /// A number read from the start of a text.
    struct LeadingNumber {
        let number: DecimalText
        /// `万` or `亿` when the number is given in that magnitude (`五十七万` is 57 万), else "".
        let magnitude: String
        /// Characters the number took.
        let length: Int
        let chinese: Bool
    }

    /// Arabic digits at the start of `text`: `12`, `57.66`, `576,600`, `3,309,840.00`.
    /// Separators must group by three, else the number ends before the first one.
    static func arabicNumber(at text: Substring) -> LeadingNumber? {
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        var i = text.startIndex
        var digits = ""
        while i < text.endIndex, isDigit(text[i]) {
            digits.append(text[i])
            i = text.index(after: i)
        }
        guard !digits.isEmpty else { return nil }
        if digits.count <= 3 {
            // `3,309,840`: each separator followed by exactly three digits.
            while i < text.endIndex, text[i] == "," {
                let group = text[text.index(after: i)...].prefix(4)
                guard group.prefix(3).count == 3, group.prefix(3).allSatisfy(isDigit),
                      group.count == 3 || !isDigit(group.last!) else { break }
                digits += group.prefix(3)
                i = text.index(i, offsetBy: 4)
            }
        }
        if i < text.endIndex, text[i] == "." {
            let after = text.index(after: i)
            let fraction = text[after...].prefix(while: isDigit)
            if !fraction.isEmpty {
                digits += "." + fraction
                i = fraction.endIndex
            }
        }
        guard let number = DecimalText(digits) else { return nil }
        return LeadingNumber(number: number, magnitude: "", length: text.distance(from: text.startIndex, to: i), chinese: false)
    }

    static let chineseDigits: [Character: Int64] = [
        "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4,
        "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let chineseZeros: Set<Character> = ["零", "〇"]
    static let chinesePlaces: [Character: Int64] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let chineseMagnitudes: [Character: Int64] = ["万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000]

    /// Chinese numerals at the start of `text`: `十五`, `二十`, `一百零五`, `三万五`, `五十七万`,
    /// `伍拾柒万陆仟陆佰`, `三点五万`. A number with a 万 or 亿 section is given in that magnitude,
    /// to the precision of its smallest written digit: `伍拾柒万陆仟陆佰` is 57.66 万.
    static func chineseNumber(at text: Substring) -> LeadingNumber? {
        var total: Int64 = 0          // closed 万 and 亿 sections
        var section: Int64 = 0        // the part below 万 being written
        var digit: Int64?             // a digit not yet given its place
        var smallest = Int64.max      // place of the smallest written digit, in units
        var sectionSmallest = Int64.max
        var lastPlace: Int64 = 1      // place of the last place word, for 三万五 = 35000
        var zeroSince = false
        var sawNumber = false
        var top: Int64 = 1            // the largest magnitude written: 1, 万 or 亿
        var length = 0
        var fraction: String?
        for c in text {
            if fraction != nil {
                if let d = chineseDigits[c] { fraction! += String(d); length += 1; continue }
                if chineseZeros.contains(c) { fraction! += "0"; length += 1; continue }
                break
            }
            if let d = chineseDigits[c] {
                if digit != nil { break }   // 一二: not how a number is written
                digit = d
                sawNumber = true
            } else if chineseZeros.contains(c) {
                if digit != nil { break }
                zeroSince = true
            } else if let place = chinesePlaces[c] {
                guard let d = digit ?? (place == 10 && section == 0 && total == 0 && !sawNumber ? 1 : nil) else { break }
                section += d * place
                sectionSmallest = min(sectionSmallest, place)
                digit = nil
                lastPlace = place
                zeroSince = false
                sawNumber = true
            } else if let m = chineseMagnitudes[c] {
                guard sawNumber, m >= lastPlace || digit != nil || section > 0 else { break }
                if let d = digit {
                    section += d
                    sectionSmallest = min(sectionSmallest, 1)
                }
                guard section > 0 || total > 0 else { break }
                if m == 10_000 {
                    total += section * m
                    if sectionSmallest != .max { smallest = min(smallest, sectionSmallest * m) }
                } else {
                    total = (total + section) * m
                    if smallest != .max { smallest *= m }
                    if sectionSmallest != .max { smallest = min(smallest, sectionSmallest * m) }
                }
                top = max(top, m)
                section = 0
                sectionSmallest = .max
                digit = nil
                lastPlace = m
                zeroSince = false
            } else if c == "点" || c == "點" {
                // 三点五: the decimal point; only for a number with no place words yet.
                guard let d = digit, section == 0, total == 0 else { break }
                section = d
                sectionSmallest = 1
                digit = nil
                fraction = ""
            } else {
                break
            }
            length += 1
            if total > 1_000_000_000_000_000 || section > 1_000_000_000_000_000 { return nil }
        }
        guard sawNumber else { return nil }
        if let fraction {
            // `三点五万`: the magnitude comes after the fraction.
            guard !fraction.isEmpty else { return nil }
            var magnitude = ""
            let after = text.dropFirst(length)
            if let m = after.first, let value = chineseMagnitudes[m] {
                magnitude = value == 10_000 ? "万" : "亿"
                length += 1
            }
            guard let number = DecimalText(String(section) + "." + fraction) else { return nil }
            return LeadingNumber(number: number, magnitude: magnitude, length: length, chinese: true)
        }
        if let d = digit {
            // A trailing digit takes the place below the last place word (三万五, 一千五), or
            // the units after a 零 (一百零五).
            let place = zeroSince || lastPlace < 10 ? 1 : lastPlace / 10
            section += d * place
            sectionSmallest = min(sectionSmallest, place)
        }
        let value = total + section
        smallest = min(smallest, sectionSmallest)
        guard value > 0 else { return nil }
        let magnitude = top == 100_000_000 ? "亿" : top == 10_000 ? "万" : ""
        // Express in the magnitude, with as many decimals as the smallest written place needs.
        var decimals = 0
        var p = top
        while p > smallest && p > 1 { p /= 10; decimals += 1 }
        let whole = value / top
        var text = String(whole)
        if decimals > 0 {
            var rest = String(value % top)
            rest = String(repeating: "0", count: max(0, String(top).count - 1 - rest.count)) + rest
            text += "." + String(rest.prefix(decimals))
        }
        guard let number = DecimalText(text) else { return nil }
        return LeadingNumber(number: number, magnitude: magnitude, length: length, chinese: true)
    }
}

extension TargetValue {
    /// A number in Chinese numerals at the start of `text`, without a 万 or 亿 magnitude
    /// (`九十`, `九十五`, `三`, `一百零五`): its value and the Characters it took. For rules
    /// that read figures in prose (a 描述's `九十%`, `百分之九十`, `三项`).
    public static func leadingChineseNumeral(_ text: Substring) -> (number: DecimalText, length: Int)? {
        guard let n = chineseNumber(at: text), n.magnitude.isEmpty else { return nil }
        return (n.number, n.length)
    }

    /// Whether `c` can be part of a number in Chinese numerals: a digit (ordinary or 大写),
    /// a zero, a place (十百千), a magnitude (万亿) or the point (点).
    /// By the Character's one scalar: a prose scan asks it of every Character, and hashing
    /// Characters four times each was most of the scan. (A compatibility ideograph, one
    /// scalar canonically equal to a numeral, is not taken for it.)
    public static func isChineseNumeralCharacter(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let v = scalars.first?.value, v >= 0x3007, numeralScalars.contains(v) else { return false }
        return scalars.index(after: scalars.startIndex) == scalars.endIndex
    }

    static let numeralScalars: Set<UInt32> = Set(
        (Array(chineseDigits.keys) + Array(chineseZeros) + Array(chinesePlaces.keys) + Array(chineseMagnitudes.keys) + ["点", "點"])
            .flatMap { $0.unicodeScalars.map(\.value) })
}
