/// Where text may break across lines, for reports and screens alike. Chinese breaks
/// between any two characters, but not everywhere:
///
/// - a Latin word, a number, a path or a rule id (`1,575.00`, `≥95%`,
///   `indicator.amount-vs-budget`) stays whole, as Western text wraps at spaces;
/// - a number keeps its unit (`1,575.00 元`, `57.66 万元`, `30 人次`);
/// - closing punctuation never starts a line and opening punctuation never ends one
///   (避头尾): the character before is carried down instead;
/// - `……` and `——` stay in one piece.
///
/// Spaces where a line breaks are dropped; a line break in the text is kept. Only a piece
/// wider than the whole line is cut, by columns.
public enum LineBreaking {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 1 else { return [text] }
        // A text is broken once per width: screens lay their text out again at every
        // key (a key on the 部门 part broke its paragraphs each time, a millisecond, which
        // text pasted as keys made minutes). Short texts cost less to break than to look up.
        guard text.utf8.count >= LineBreakMemo.shortest else { return broken(text, width: width) }
        let key = LineBreakMemo.Key(text: text, width: width, ascii: DisplayWidth.drawingASCII)
        if let known = LineBreakMemo.shared.lines(key) { return known }
        let lines = broken(text, width: width)
        LineBreakMemo.shared.keep(lines, for: key)
        return lines
    }

    /// `lines`, worked out.
    static func broken(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += lines(ofParagraph: String(paragraph), width: width)
        }
        return out
    }

    /// Closing punctuation: never at the start of a line.
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "…", "）", "》", "」", "』", "】", "〕", "”", "’",
                                          ",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "％", "‰"]
    /// Opening punctuation: never at the end of a line.
    static let opening: Set<Character> = ["（", "《", "「", "『", "【", "〔", "“", "‘", "(", "[", "{"]
    /// Units a number keeps on its line, longest first so `万元` wins over `万`.
    static let units: [String] = [
        "平方公里", "平方米", "立方米", "万人次", "人次", "万元", "亿元", "千元", "万人", "公里", "千米", "公顷", "公斤", "千克",
        "小时", "分钟", "个月", "元", "万", "亿", "人", "个", "次", "台", "套", "天", "年", "月", "日", "项", "户", "家", "场",
        "份", "册", "亩", "米", "吨", "辆", "所", "座", "处", "条", "篇", "期", "批", "件", "名", "本", "间", "张", "块", "头",
        "只", "株", "棵", "周", "倍", "%", "％", "‰",
    ]

    /// Breaks one paragraph (no line breaks in it).
    static func lines(ofParagraph text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for piece in pieces(text) {
            let w = DisplayWidth.of(piece)
            let isBlank = piece.allSatisfy { $0 == " " }
            if used + w <= width {
                // Blanks at the start of a line that the text did not start with go.
                if isBlank, line.isEmpty, !lines.isEmpty { continue }
                line += piece
                used += w
                continue
            }
            if isBlank {
                // A break here: the blank goes.
                lines.append(trimmedEnd(line))
                line = ""
                used = 0
                continue
            }
            if !line.isEmpty {
                lines.append(trimmedEnd(line))
                line = ""
                used = 0
            }
            // Only a piece wider than a whole line is cut, by columns, in one pass: measuring
            // the rest again after every cut took seconds for a 20,000-character value (a
            // paste saved into a cell), at every key, in every finding that quotes it.
            var rest = Substring(piece)
            var restWidth = w
            while restWidth > width {
                var end = rest.startIndex
                var head = 0
                while end < rest.endIndex {
                    let cw = DisplayWidth.of(rest[end])
                    if head + cw > width { break }
                    head += cw
                    end = rest.index(after: end)
                }
                guard end > rest.startIndex else { break }
                lines.append(String(rest[..<end]))
                rest = rest[end...]
                restWidth -= head
            }
            line = String(rest)
            used = restWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(trimmedEnd(line)) }
        return lines
    }

    static func trimmedEnd(_ s: String) -> String {
        var t = s
        while t.last == " " { t.removeLast() }
        return t
    }

    /// The text cut into the pieces a line may break between.
    static func pieces(_ text: String) -> [String] {
        // First the smallest pieces: a run of Latin (non-blank ASCII and the wide forms
        // of comparison signs), a run of blanks, or one other character.
        var atoms: [String] = []
        var current = ""
        var currentKind = 0  // 0 none, 1 Latin, 2 blank
        func flush() {
            if !current.isEmpty { atoms.append(current) }
            current = ""
            currentKind = 0
        }
        for c in text {
            let kind = c == " " ? 2 : isLatin(c) ? 1 : 3
            if kind == 3 {
                flush()
                atoms.append(String(c))
                continue
            }
            if kind != currentKind { flush() }
            current.append(c)
            currentKind = kind
        }
        flush()

        // Then glue what must not be parted.
        var pieces: [String] = []
        var i = 0
        while i < atoms.count {
            var piece = atoms[i]
            i += 1
            // Opening punctuation takes what follows.
            while let c = piece.last, opening.contains(c), i < atoms.count, atoms[i] != " " {
                piece += atoms[i]
                i += 1
            }
            // A number and its unit, with or without a space between.
            if let last = piece.last, last.isASCII, last.isNumber {
                var j = i
                if j < atoms.count, atoms[j] == " " { j += 1 }
                if let (unit, count) = unit(at: j, in: atoms) {
                    piece += atoms[i..<j].joined() + unit
                    i = j + count
                }
            }
            // …… and —— in one piece.
            while i < atoms.count, let c = piece.last, c == "…" || c == "—", atoms[i] == String(c) {
                piece += atoms[i]
                i += 1
            }
            pieces.append(piece)
            // Closing punctuation goes with what is before it.
            while i < atoms.count, let first = atoms[i].first, closing.contains(first), atoms[i].count == 1 || !isLatin(first) {
                pieces[pieces.count - 1] += atoms[i]
                i += 1
            }
        }
        return pieces
    }

    /// A unit starting at atom `j`: its text and how many atoms it takes.
    static func unit(at j: Int, in atoms: [String]) -> (String, Int)? {
        guard j < atoms.count else { return nil }
        for u in units {
            var text = ""
            var k = j
            while k < atoms.count, text.count < u.count {
                text += atoms[k]
                k += 1
            }
            if text == u { return (u, k - j) }
        }
        return nil
    }

    /// ASCII other than the blank, and the comparison signs written with numbers.
    static func isLatin(_ c: Character) -> Bool {
        (c.isASCII && c != " " && !opening.contains(c)) || "≥≤＞＜".contains(c)
    }
}
