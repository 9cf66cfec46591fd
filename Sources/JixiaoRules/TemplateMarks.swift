import JixiaoModel

/// What a template prints for the unit to replace: a bracketed placeholder with the unit
/// to use (`(≥**株)`, `(≤XX元/株)`), and the marks of its core indicators (`★`, `★★★`).
enum TemplateMarks {
    static let stars: Set<Character> = ["★", "☆"]
    /// What stands before a template's slot: `≥**人`, `>=**%`.
    static let comparators: Set<Character> = ["≥", "≤", "≧", "≦", ">", "<", "=", "＞", "＜", "＝"]
    /// Characters without which a text holds no template mark.
    static let markScalars: Set<Unicode.Scalar> = ["★", "☆", "*", "＊", "X", "x", "Ｘ", "×", "□", "?", "？", "_", "…"]

    /// `text.unicodeScalars.contains(where: isMarkScalar)`, by the UTF-8 bytes: each mark's
    /// bytes are its scalar's alone (UTF-8 is self-synchronising), and decoding the scalars
    /// of every name and value was most of `indicator.template-placeholder`.
    static func mayHaveMark(_ text: String) -> Bool {
        text.withBorrowedUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                switch b[i] {
                case 0x2A, 0x58, 0x78, 0x3F, 0x5F: return true  // * X x ? _
                case 0xC3 where i + 1 < n && b[i + 1] == 0x97: return true  // ×
                case 0xE2 where i + 2 < n && (b[i + 1] == 0x98 && (b[i + 2] == 0x85 || b[i + 2] == 0x86)  // ★ ☆
                                              || b[i + 1] == 0x96 && b[i + 2] == 0xA1  // □
                                              || b[i + 1] == 0x80 && b[i + 2] == 0xA6):  // …
                    return true
                case 0xEF where i + 2 < n && b[i + 1] == 0xBC && (b[i + 2] == 0x8A || b[i + 2] == 0xB8 || b[i + 2] == 0x9F):  // ＊ Ｘ ？
                    return true
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// Whether a text whose bytes are `bytes` (`ByteSet`) may have a mark: each mark needs
    /// all of its scalar's bytes. False means `mayHaveMark` is false, without reading the
    /// text: a row's texts have their bytes noted already (`RowTexts`; leaving blanks out
    /// leaves every mark in).
    static func mayHaveMark(bytes: ByteSet) -> Bool {
        markByteSets.contains { bytes.contains($0) }
    }

    /// Each mark's bytes.
    static let markByteSets = markScalars.map { ByteSet(String($0)) }

    /// `markScalars.contains`, by a switch: every scalar of every cell is asked, and hashing
    /// each was most of the time spent on cells without marks.
    static func isMarkScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2605, 0x2606, 0x2A, 0xFF0A, 0x58, 0x78, 0xFF38, 0xD7, 0x25A1, 0x3F, 0xFF1F, 0x5F, 0x2026: true
        default: false
        }
    }

    /// A mark `cleaned` found that marks a core indicator (`★`, `★★★`, a lone `*` before the name),
    /// not a slot to fill.
    static func isCoreMark(_ mark: String) -> Bool {
        !mark.isEmpty && (mark.allSatisfy(stars.contains) || mark == "*" || mark == "＊")
    }

    /// The core mark a text begins with (`★★★` of `★★★受益户数(≥**户)`), or "".
    static func leadingCoreMark(_ text: String) -> String {
        let t = text.drop(while: TextNormalization.isBlank)
        let run = t.prefix(while: stars.contains)
        if !run.isEmpty { return String(run) }
        if let c = t.first, c == "*" || c == "＊", t.dropFirst().first.map({ $0 != "*" && $0 != "＊" && TextNormalization.isHan($0) }) == true {
            return String(c)
        }
        return ""
    }

    /// Whether a piece of text is a template placeholder: `**`, `XX`, `××`, `＊＊` with
    /// perhaps a comparator and a unit around them.
    static func isPlaceholder(_ inside: Substring) -> Bool {
        let t = TextNormalization.halfWidth(String(inside))
        let run = t.filter { "*×□?？_…".contains($0) }
        if run.count >= 2 || t.contains("**") { return true }
        // `XX%`, `≥XX万元`: two Latin X where the number goes.
        return t.contains("XX") || t.contains("xx")
    }

    /// The text without its template marks, the marks removed, and the unit the template's
    /// placeholder named (`株` in `(≥**株)`); nil when there are none.
    static func cleaned(_ text: String) -> (clean: String, marks: [String], unit: String?)? {
        // Most cells have none of the marks: say so without walking the text.
        guard mayHaveMark(text) else { return nil }
        var out = ""
        var marks: [String] = []
        var unit: String?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if stars.contains(c) {
                let run = text[i...].prefix { stars.contains($0) }
                marks.append(String(run))
                i = run.endIndex
                continue
            }
            if c == "(" || c == "（",
               let close = text[i...].firstIndex(where: { $0 == ")" || $0 == "）" }) {
                let inside = text[text.index(after: i)..<close]
                if isPlaceholder(inside) {
                    marks.append(String(text[i...close]))
                    unit = unit ?? slotUnit(inside)
                    i = text.index(after: close)
                    continue
                }
            }
            // A lone star before the name (`*贫困地区…质量达标率`) is the template's core mark, as `★` is;
            // one inside a word (`项*目`) is a speck, `text.extraction-damage`'s.
            if c == "*" || c == "＊", out.allSatisfy(TextNormalization.isBlank),
               text[text.index(after: i)...].first.map({ $0 != "*" && $0 != "＊" && TextNormalization.isHan($0) }) == true {
                marks.append(String(c))
                i = text.index(after: i)
                continue
            }
            if c == "*" || c == "＊", text[i...].prefix(2).allSatisfy({ $0 == "*" || $0 == "＊" }) {
                let run = text[i...].prefix { $0 == "*" || $0 == "＊" }
                // `受益人口数≥**人`: an unbracketed slot at the name's end, its comparator
                // before and its unit after, goes whole (without them the name would end
                // in `≥人`).
                let rest = text[run.endIndex...]
                if let op = out.last, comparators.contains(op), rest.count <= 4,
                   !rest.contains(where: { $0.isNumber || comparators.contains($0) || "(（)）,，。;；、".contains($0) }) {
                    var slot = String(out.removeLast())
                    if let op2 = out.last, comparators.contains(op2) { slot = String(out.removeLast()) + slot }
                    marks.append(slot + text[i...])
                    unit = unit ?? (rest.isEmpty ? nil : TextNormalization.trimmed(rest))
                    break
                }
                marks.append(String(run))
                i = run.endIndex
                continue
            }
            out.append(c)
            i = text.index(after: i)
        }
        guard !marks.isEmpty else { return nil }
        return (TextNormalization.trimmed(out), marks, unit)
    }

    /// `元/株` in `≤**元/株`: what follows the placeholder.
    static func slotUnit(_ inside: Substring) -> String? {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(String(inside)))
        guard let last = t.lastIndex(where: { "*×□?？_…Xx".contains($0) }) else { return nil }
        let unit = String(t[t.index(after: last)...])
        return unit.isEmpty ? nil : unit
    }
}
