import Foundation

/// How Excel shows a number stored in a cell (`<v>0.95</v>`) under the cell's number
/// format: `95%`, `3,309,840.00`, `16`, `2021年12月31日`, `08:30`. Only what a performance
/// table uses is rendered — General, fixed decimals with or without grouping, percentages,
/// dates and times, and quoted text around the number (`0"人"`); anything else is shown as
/// General.
struct NumberFormat: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case general
        case fixed(decimals: Int, grouped: Bool)
        case percent(decimals: Int)
        /// Tokens of a date or time format: `yyyy`, `m`, `dd`, `hh`, `mm`, `ss`, literal text …
        case date([DateToken])
        case text
    }

    enum DateToken: Equatable, Sendable { case year(Int), month(Int), day(Int), hour(Int), minute(Int), second(Int), literal(String) }

    var kind: Kind
    /// Quoted text before and after the number (`"约"0"人"`).
    var prefix = ""
    var suffix = ""

    static let general = NumberFormat(kind: .general)

    /// Excel's built-in formats by id, as a Chinese-locale Excel shows them.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 1: NumberFormat(kind: .fixed(decimals: 0, grouped: false))
        case 2: NumberFormat(kind: .fixed(decimals: 2, grouped: false))
        case 3, 37, 38: NumberFormat(kind: .fixed(decimals: 0, grouped: true))
        case 4, 39, 40: NumberFormat(kind: .fixed(decimals: 2, grouped: true))
        case 9: NumberFormat(kind: .percent(decimals: 0))
        case 10: NumberFormat(kind: .percent(decimals: 2))
        case 14, 22: NumberFormat(kind: .date([.year(4), .literal("/"), .month(1), .literal("/"), .day(1)]))
        case 31: NumberFormat(kind: .date([.year(4), .literal("年"), .month(1), .literal("月"), .day(1), .literal("日")]))
        case 57: NumberFormat(kind: .date([.year(4), .literal("年"), .month(1), .literal("月")]))
        case 58: NumberFormat(kind: .date([.month(1), .literal("月"), .day(1), .literal("日")]))
        case 49: NumberFormat(kind: .text)
        default: .general
        }
    }

    /// A custom format code (`0.00%`, `#,##0.00_ `, `yyyy"年"m"月"d"日"`, `[$-804]…`):
    /// its first section, the one for positive numbers.
    init(code: String) {
        var section = Substring(code)
        // The first section, up to a `;` outside quotes.
        var quoted = false
        for i in code.indices {
            if code[i] == "\"" { quoted.toggle() }
            if code[i] == ";", !quoted { section = code[..<i]; break }
        }
        var literal = "", before = "", after = ""
        var placeholders = "", sawNumber = false
        var dateTokens: [DateToken] = []
        var isDate = false, percent = false
        // General by name — `General`, or `G/通用格式` as Chinese Excel and WPS write it — with
        // text around it (`G/通用格式"人"`): one placeholder for the number as General shows it.
        let generalMark: Character = "\u{E000}"
        var chars = Array(Self.markingGeneral(section, with: generalMark))
        var general = false
        var i = 0
        func flushLiteral() {
            guard !literal.isEmpty else { return }
            if isDate { dateTokens.append(.literal(literal)) } else if sawNumber { after += literal } else { before += literal }
            literal = ""
        }
        // Dates and times are told by their letters, outside quotes and brackets.
        isDate = {
            var q = false, b = false
            for c in chars {
                if c == "\"" { q.toggle() } else if c == "[" { b = true } else if c == "]" { b = false }
                else if !q, !b, "yYdDhHsS".contains(c) { return true }
            }
            return false
        }()
        if section.isEmpty || chars == [generalMark] { self.init(kind: .general); return }
        if section == "@" { self.init(kind: .text); return }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { literal.append(chars[j]); j += 1 }
                i = j + 1
                continue
            case "\\":
                if i + 1 < chars.count { literal.append(chars[i + 1]) }
                i += 2
                continue
            case "[":
                // A colour, a condition or a locale (`[$-804]`, `[$¥-804]`): a currency sign inside is shown.
                var j = i + 1, inner = ""
                while j < chars.count, chars[j] != "]" { inner.append(chars[j]); j += 1 }
                if inner.hasPrefix("$"), let sign = inner.dropFirst().split(separator: "-", omittingEmptySubsequences: false).first, !sign.isEmpty { literal += sign }
                i = j + 1
                continue
            case "_", "*":
                // A space as wide as the next character, a fill: nothing a reader needs.
                i += 2
                continue
            default:
                break
            }
            if c == generalMark {
                flushLiteral()
                sawNumber = true
                general = true
                i += 1
                continue
            }
            if isDate {
                let lower = Character(c.lowercased())
                if "ymdhs".contains(lower) {
                    flushLiteral()
                    var n = 0
                    while i < chars.count, Character(chars[i].lowercased()) == lower { n += 1; i += 1 }
                    switch lower {
                    case "y": dateTokens.append(.year(n <= 2 ? 2 : 4))
                    case "m":
                        // Minutes after an hour or before seconds, as Excel reads `m`; else the month.
                        let afterHour = dateTokens.last { if case .literal = $0 { false } else { true } }.map { if case .hour = $0 { true } else { false } } ?? false
                        let beforeSecond = chars[i...].first { "ymdhsYMDHS".contains($0) }.map { "sS".contains($0) } ?? false
                        dateTokens.append(afterHour || beforeSecond ? .minute(n) : .month(n))
                    case "d": dateTokens.append(.day(n))
                    case "h": dateTokens.append(.hour(n))
                    default: dateTokens.append(.second(n))
                    }
                    continue
                }
                // AM/PM: shown as the 24-hour clock a Chinese reader expects.
                if c == "A" || c == "a", String(chars[i...].prefix(5)).uppercased() == "AM/PM" { i += 5; continue }
                literal.append(c)
            } else if "0#?".contains(c) || (c == "." && !placeholders.isEmpty) || (c == "," && !placeholders.isEmpty) {
                flushLiteral()
                sawNumber = true
                placeholders.append(c)
            } else if c == "%" {
                percent = true
                literal.append(c)
            } else if c == "." && i + 1 < chars.count && "0#?".contains(chars[i + 1]) {
                flushLiteral()
                sawNumber = true
                placeholders.append(c)
            } else {
                literal.append(c)
            }
            i += 1
        }
        flushLiteral()
        chars = []
        if isDate {
            self.init(kind: .date(dateTokens))
            return
        }
        let decimals = placeholders.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first
            .map { $0.filter { "0#?".contains($0) }.count } ?? 0
        let grouped = placeholders.split(separator: ".", omittingEmptySubsequences: false).first?.contains(",") ?? false
        let kind: Kind = general ? .general : percent ? .percent(decimals: decimals) : (sawNumber ? .fixed(decimals: decimals, grouped: grouped) : .general)
        // The `%` is written by the percent rendering; the other text stays around the number.
        self.init(kind: kind, prefix: before.replacingOccurrences(of: "%", with: ""),
                  suffix: after.replacingOccurrences(of: "%", with: ""))
    }

    /// `section` with the word for General, outside quotes, replaced by `mark`.
    static func markingGeneral(_ section: Substring, with mark: Character) -> String {
        var out = "", quoted = false, rest = section[...]
        while let c = rest.first {
            if c == "\"" { quoted.toggle() }
            if !quoted {
                if rest.hasPrefix("G/通用格式") { out.append(mark); rest = rest.dropFirst(6); continue }
                if rest.prefix(7).lowercased() == "general" { out.append(mark); rest = rest.dropFirst(7); continue }
            }
            out.append(c)
            rest = rest.dropFirst()
        }
        return out
    }

    init(kind: Kind, prefix: String = "", suffix: String = "") {
        self.kind = kind
        self.prefix = prefix
        self.suffix = suffix
    }

    /// `value` as Excel shows it; `raw` is the stored text, shown as it is when it is not a number.
    func display(_ raw: String, date1904: Bool = false) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return raw }
        switch kind {
        case .general, .text:
            return prefix + Self.general(value) + suffix
        case .fixed(let decimals, let grouped):
            return prefix + Self.fixed(value, decimals: decimals, grouped: grouped) + suffix
        case .percent(let decimals):
            return prefix + Self.fixed(value * 100, decimals: decimals, grouped: false) + "%" + suffix
        case .date(let tokens):
            // A time alone (`hh:mm`) is the fraction of a day; a date needs a day number.
            let hasDate = tokens.contains { switch $0 { case .year, .month, .day: true; default: false } }
            let date = Self.civilDate(serial: value, date1904: date1904)
            guard value >= 0, value < 2_958_466, !hasDate || date != nil else { return Self.general(value) }
            let (y, m, d) = date ?? (0, 0, 0)
            let seconds = Int(((value - value.rounded(.down)) * 86_400).rounded()) % 86_400
            func two(_ v: Int, _ n: Int) -> String { n >= 2 ? String(format: "%02d", v) : String(v) }
            var out = ""
            for t in tokens {
                switch t {
                case .year(let n): out += n == 2 ? String(format: "%02d", y % 100) : String(y)
                case .month(let n): out += two(m, n)
                case .day(let n): out += two(d, n)
                case .hour(let n): out += two(seconds / 3600, n)
                case .minute(let n): out += two(seconds / 60 % 60, n)
                case .second(let n): out += two(seconds % 60, n)
                case .literal(let s): out += s
                }
            }
            return out
        }
    }

    /// Excel's General: an integer as it is, else at most 15 significant digits without
    /// trailing zeros — the binary fraction `2279.0479999999998` shows as `2279.048`.
    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var s = String(format: "%.15g", value)
        if s.contains("e") { return s }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    static func fixed(_ value: Double, decimals: Int, grouped: Bool) -> String {
        let s = rounded(value, decimals: decimals)
        guard grouped else { return s }
        let negative = s.hasPrefix("-")
        let body = negative ? String(s.dropFirst()) : s
        let parts = body.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), out = ""
        while whole.count > 3 {
            out = "," + whole.suffix(3) + out
            whole.removeLast(3)
        }
        out = whole + out
        if parts.count > 1 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }

    /// `value` with `decimals` decimals as Excel rounds it for display: the number as its
    /// 15 significant digits write it, rounded half away from zero — 1.235 (stored as
    /// 1.23499999…) shows as 1.24 and 0.125 as 0.13, where C's `%.2f` gives 1.23 and 0.12.
    static func rounded(_ value: Double, decimals: Int) -> String {
        let printed = String(format: "%.15g", value)
        guard !printed.contains("e"), !printed.contains("n"), !printed.contains("i"),
              var decimal = Decimal(string: printed, locale: Locale(identifier: "en_US_POSIX")) else {
            return String(format: "%.\(decimals)f", value)
        }
        var out = Decimal()
        NSDecimalRound(&out, &decimal, decimals, .plain)
        var text = NSDecimalNumber(decimal: out).stringValue
        // A negative number that rounds to zero keeps its sign, as Excel shows it (`-0.00`).
        if value < 0, !text.hasPrefix("-") { text = "-" + text }
        // Decimal drops trailing zeros: they are written back to the format's places.
        guard decimals > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, decimals - fraction.count))
    }

    /// The calendar date of an Excel serial day number (1900 system: 1 is 1900-01-01, and
    /// Excel counts a 29 February 1900 that never was).
    static func civilDate(serial: Double, date1904: Bool) -> (Int, Int, Int)? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 { days += 1461 } else if days >= 60 { days -= 1 }
        // Days since 1899-12-31 to a civil date (Howard Hinnant's algorithm, from 1970-01-01).
        let z = days - 25_568 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
