/// A Word document's automatic list numbers (`word/numbering.xml`): the number Word shows
/// before each numbered paragraph (`1.`, `（一）`, `①`), counted as Word counts them. A
/// goal list typed as a numbered list keeps its numbers, which the reader needs to tell
/// its items apart.
struct ListNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        /// `%1.`, `（%1）`: `%n` is level n's number.
        var text = ""
    }

    /// Levels of each abstract list, by `abstractNumId`.
    private var abstracts: [String: [Int: Level]] = [:]
    /// Each list instance (`numId`): its abstract list and the levels it restarts.
    private var instances: [String: (abstract: String, restarts: [Int: Int])] = [:]
    /// The current number at each level, by abstract list (instances of one list count on).
    private var counters: [String: [Int: Int]] = [:]
    private var restarted: Set<String> = []
    /// Paragraph styles that number their paragraphs: the list and level each sets, and the
    /// style each is based on (`styles.xml`).
    private var styles: [String: (id: String?, level: Int?, basedOn: String?)] = [:]
    /// The paragraph styles that set a tab stop with a leader (Word's `TOC 1`, `目录 1`), and
    /// the style a paragraph naming none has.
    private var leaderStyles: Set<String> = []
    private var defaultStyle: String?
    /// The level a list gives to paragraphs of a style (`<w:lvl><w:pStyle>`), by style.
    private var styleLevels: [String: Int] = [:]

    init() {}

    /// The lists of a Word 97–2003 document (`WordLists`): each list's levels by its id,
    /// each list instance (an LFO) with its list and the levels it restarts.
    init(lists: [String: [Int: Level]], instances: [String: (abstract: String, restarts: [Int: Int])]) {
        abstracts = lists
        self.instances = instances
    }

    /// Nil when the part is not XML.
    init?(_ xml: [UInt8]) {
        var abstract: String?, num: String?, level: Int?, override: Int?
        var abstracts: [String: [Int: Level]] = [:]
        var instances: [String: (abstract: String, restarts: [Int: Int])] = [:]
        var styleLevels: [String: Int] = [:]
        var events = XMLEvents()
        events.start = { name, a in
            let value = a.value("val")
            switch name {
            case "abstractNum": abstract = a.value("abstractNumId")
            case "num":
                num = a.value("numId")
                if let n = num { instances[n] = ("", [:]) }
            case "lvl" where abstract != nil:
                level = a.value("ilvl").flatMap { Int($0) }
                if let id = abstract, let l = level { abstracts[id, default: [:]][l] = Level() }
            case "start" where abstract != nil:
                if let id = abstract, let l = level, let v = value.flatMap({ Int($0) }) { abstracts[id]?[l]?.start = v }
            case "numFmt" where abstract != nil:
                if let id = abstract, let l = level, let v = value { abstracts[id]?[l]?.format = v }
            case "pStyle" where abstract != nil:
                if let l = level, let v = value { styleLevels[v] = l }
            case "lvlText" where abstract != nil:
                if let id = abstract, let l = level { abstracts[id]?[l]?.text = value ?? "" }
            case "abstractNumId" where num != nil:
                if let n = num, let v = value { instances[n]?.abstract = v }
            case "lvlOverride" where num != nil: override = a.value("ilvl").flatMap { Int($0) }
            case "startOverride" where num != nil:
                if let n = num, let l = override, let v = value.flatMap({ Int($0) }) { instances[n]?.restarts[l] = v }
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "abstractNum": abstract = nil; level = nil
            case "num": num = nil; override = nil
            case "lvl": level = nil
            case "lvlOverride": override = nil
            default: break
            }
        }
        guard events.parse(xml) else { return nil }
        self.abstracts = abstracts
        self.instances = instances
        self.styleLevels = styleLevels
    }

    /// Reads the paragraph styles that carry a list; false when the part is not XML.
    mutating func readStyles(_ xml: [UInt8]) -> Bool {
        var styles: [String: (id: String?, level: Int?, basedOn: String?)] = [:]
        var leaderStyles: Set<String> = []
        var defaultStyle: String?
        var current: String?
        var events = XMLEvents()
        events.start = { name, a in
            switch name {
            case "style":
                current = a.value("type") == "paragraph" ? a.value("styleId") : nil
                if let c = current { styles[c] = (nil, nil, nil) }
                if let c = current, ["1", "true", "on"].contains(a.value("default") ?? "") { defaultStyle = c }
            case "tab":
                // A style's own tab stop (`w:tabs`); a leader prints as dots up to it.
                if let c = current, let leader = a.value("leader"), leader != "none",
                   a.value("val") != "clear" { leaderStyles.insert(c) }
            case "basedOn": if let c = current { styles[c]?.basedOn = a.value("val") }
            case "numId": if let c = current { styles[c]?.id = a.value("val") }
            case "ilvl": if let c = current { styles[c]?.level = a.value("val").flatMap { Int($0) } }
            default: break
            }
        }
        events.end = { name in if name == "style" { current = nil } }
        guard events.parse(xml) else { return false }
        self.styles = styles
        self.leaderStyles = leaderStyles
        self.defaultStyle = defaultStyle
        return true
    }

    /// Whether a paragraph of `style` (nil: the default paragraph style) has a tab stop with a
    /// leader from its style or a style that one is based on.
    func leads(style: String?) -> Bool {
        var next = style ?? defaultStyle, seen: Set<String> = []
        while let s = next, !seen.contains(s) {
            if leaderStyles.contains(s) { return true }
            seen.insert(s)
            next = styles[s]?.basedOn
        }
        return false
    }

    /// The list and level of a paragraph: its own (`w:numPr`), else its style's, following
    /// the styles it is based on; nil when it is not numbered.
    func list(id: String?, level: Int?, style: String?) -> (String, Int)? {
        var id = id, level = level
        var next = style, seen: Set<String> = []
        while let s = next, !seen.contains(s), let entry = styles[s] {
            seen.insert(s)
            if id == nil { id = entry.id }
            if level == nil { level = entry.level ?? (entry.id != nil ? styleLevels[s] : nil) }
            next = entry.basedOn
        }
        guard let id, id != "0" else { return nil }
        return (id, level ?? style.flatMap { styleLevels[$0] } ?? 0)
    }

    /// The number shown before the next paragraph of list `id` at `level`, counted; nil for
    /// no list (`numId` 0, or one the part does not define) or a level shown without one.
    mutating func next(_ id: String, level: Int) -> String? {
        guard let instance = instances[id], let levels = abstracts[instance.abstract], let this = levels[level] else { return nil }
        var count = counters[instance.abstract] ?? [:]
        // An instance that restarts its numbering does so where it is first used.
        if !restarted.contains(id) {
            restarted.insert(id)
            for (l, start) in instance.restarts { count[l] = start - 1 }
        }
        count[level] = (count[level] ?? (this.start - 1)) + 1
        // A deeper level begins again under each new item.
        for l in count.keys where l > level { count[l] = nil }
        counters[instance.abstract] = count
        guard this.format != "none", this.format != "bullet" else { return nil }
        var label = ""
        var rest = Substring(this.text)
        while let percent = rest.firstIndex(of: "%") {
            label += rest[..<percent]
            let after = rest.index(after: percent)
            if after < rest.endIndex, let digit = rest[after].wholeNumberValue, (1...9).contains(digit) {
                let l = digit - 1
                let value = count[l] ?? (levels[l]?.start ?? 1)
                label += Self.formatted(value, levels[l]?.format ?? "decimal")
                rest = rest[rest.index(after: after)...]
            } else {
                label += "%"
                rest = rest[after...]
            }
        }
        label += rest
        return label.isEmpty ? nil : label
    }

    /// `n` in one of Word's number formats (those a Chinese form uses; others as decimals).
    static func formatted(_ n: Int, _ format: String) -> String {
        switch format {
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "ordinal":
            // 1st, 2nd, 3rd, 4th… 11th–13th, 21st.
            let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][abs(n) % 10]
            return "\(n)\(suffix)"
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand":
            return chinese(n, digits: Array("〇一二三四五六七八九"), ten: "十")
        case "chineseLegalSimplified": return chinese(n, digits: Array("零壹贰叁肆伍陆柒捌玖"), ten: "拾")
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return (1...stems.count).contains(n) ? String(stems[n - 1]) : "\(n)"
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!)) : "\(n)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "lowerLetter", "upperLetter":
            guard n >= 1 else { return "\(n)" }
            let letter = Character(Unicode.Scalar(UInt32((format == "lowerLetter" ? 0x61 : 0x41) + (n - 1) % 26))!)
            return String(repeating: letter, count: (n - 1) / 26 + 1)
        case "lowerRoman", "upperRoman":
            let roman = self.roman(n)
            return format == "lowerRoman" ? roman.lowercased() : roman
        default: return "\(n)"
        }
    }

    /// 1–99 as a Chinese numeral (`十一`, `二十`, `三十五`); others as decimals.
    private static func chinese(_ n: Int, digits: [Character], ten: Character) -> String {
        switch n {
        case 1...9: return String(digits[n])
        case 10...99:
            let tens = n / 10, ones = n % 10
            return (tens == 1 ? "" : String(digits[tens])) + String(ten) + (ones == 0 ? "" : String(digits[ones]))
        default: return "\(n)"
        }
    }

    private static func roman(_ n: Int) -> String {
        guard (1...3999).contains(n) else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
