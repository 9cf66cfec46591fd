import JixiaoModel

/// What a PDF page break leaves inside a table's text: the page number (`- 12 -`,
/// `第 3 页`, `第 3 页 共 20 页`, `3/20`), the next page's running head (the department's
/// name, the document's title) and a `续表` / `（续）` mark above the repeated indicator
/// header. None of it is content: the rows are skipped, and the row after them is read
/// knowing that a page broke before it (an indicator row may continue there).
///
/// A running head is recognised only beside a page mark (a page number, a `续表` mark or a
/// repeated indicator header) and only when it reads as one: it names a 预算/绩效 document
/// or table, holds the unit's name, or is printed more than once in the document. A line
/// beside a page mark under the indicator header that is none of these is refused
/// (`ReadError`), not read as an indicator.
struct PageFurniture {
    /// Rows to skip.
    var skipped: Set<Int> = []
    /// Rows a page break comes before.
    var breaks: Set<Int> = []

    /// The furniture of one table's rows `from..<to`; `unitName` is the table's unit (its
    /// running head often prints it); `document` is every row (to see whether a line repeats).
    static func find(_ rows: [Row], from: Int, to: Int, unitName: String,
                     repeats: inout RepeatedLines) throws(ReadError) -> PageFurniture {
        var found = PageFurniture()
        guard from < to else { return found }
        let firstHeader = (from..<to).first { IndicatorHeader.isHeader(rows[$0]) }
        func isMark(_ i: Int) -> Bool {
            RowLabels.isPageNumber(rows[i]) || isContinuationMark(rows[i])
                || (firstHeader.map { i > $0 } == true && IndicatorHeader.isHeader(rows[i]))
        }
        // Under the header, a document's or table's title beside a mark is a running head
        // too, though it reads as a heading or a goal label (`2024 年项目支出绩效目标`).
        func inCluster(_ j: Int) -> Bool {
            rows[j].isBlank || isMark(j) || isCandidate(rows[j])
                || (firstHeader.map { j > $0 } == true && isTitleHead(rows[j]))
        }
        var i = from
        while i < to {
            guard isMark(i) else { i += 1; continue }
            // The cluster around the mark: blank rows, marks and single-line candidates.
            var lo = i, hi = i
            while lo - 1 >= from, inCluster(lo - 1) { lo -= 1 }
            while hi + 1 < to, inCluster(hi + 1) { hi += 1 }
            for j in lo...hi where !rows[j].isBlank {
                let row = rows[j]
                if RowLabels.isPageNumber(row) || isContinuationMark(row) {
                    found.skipped.insert(j)
                } else if isMark(j) {
                    // A repeated header: the table's reading compares it with its own.
                    found.breaks.insert(j)
                } else if isRunningHead(row.firstNonEmpty!, unitName: unitName, rows: rows, repeats: &repeats) {
                    found.skipped.insert(j)
                } else if let h = firstHeader, j > h {
                    let mark = (lo...hi).first { isMark($0) && !rows[$0].isBlank }!
                    throw ReadError(line: row.number,
                                    "第 \(row.number) 行“\(row.firstNonEmpty!)”在分页处（第 \(rows[mark].number) 行“\(rows[mark].nonEmpty.joined(separator: " "))”）：它既不是指标行，也不像页眉（单位名称或文件标题），无法确定它属于哪里",
                                    hint: "若它是页眉或页脚，请删去这一行；若它是上一行指标的一部分，请把它并入那一行，再导入")
                }
            }
            // The first row after the cluster is read as following a page break.
            if hi + 1 < to { found.breaks.insert(hi + 1) }
            i = hi + 1
        }
        // A web page's own lines under the table (`扫一扫在手机打开当前页`, `【打印本页】【关闭窗口】`),
        // copied with it: after the table's last row, nothing of the table can follow them.
        // A line of marks alone among them (`- /` between `- 全部留言` and `- 评论`) goes with
        // them when a line of controls stands above it, and stays otherwise.
        var j = to - 1
        var marks: [Int] = []
        while j >= from {
            if isPageControls(rows[j]) {
                found.skipped.formUnion(marks)
                marks = []
                found.skipped.insert(j)
            } else if isMarksOnly(rows[j]) {
                marks.append(j)
            } else if !rows[j].isBlank {
                break
            }
            j -= 1
        }
        return found
    }

    /// A line made only of a web page's controls (`扫一扫在手机打开当前页`, `【打印本页】 【关闭窗口】`,
    /// `【字体：大 中 小】`) and the marks around them: no text of a table. A line with any
    /// other word (`打印后盖章报送`) is not one.
    static func isPageControls(_ row: Row) -> Bool {
        guard !row.first.isEmpty, row.nonEmptyCount <= 4 else { return false }
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(row.nonEmpty.joined()))
        // Asked of the last rows of every table: searched by bytes when the line is plain
        // (`PlainText.contains`, Foundation's answer), not by Foundation 29 times over.
        guard t.hasAtMostCharacters(40), hasPageControl(t) else { return false }
        for control in pageControls { t = t.replacingAll(control, with: "") }
        // A page's count in brackets beside a control (`有用(3)`, `评论(12)`) is no value.
        var inBrackets = false
        for c in t {
            if c == "(" { inBrackets = true } else if c == ")" { inBrackets = false }
            else if c.isLetter || (c.isNumber && !(inBrackets && c.isASCII)) { return false }
        }
        return true
    }

    /// A web page's line about the article it prints, copied with the table above it: who
    /// published it, when, how often it was read (`信息来源:某小学 发布时间:2025-12-25`,
    /// `时间:2024-01-10 11:53 浏览量:`, `【发布时间：2020-12-02】【字体：大 中 小】`). Every field on
    /// it is labelled, the first at the line's start; one label at least is the page's own
    /// (`publicationLabels`), or two are, or a `来源`/`时间` field holds a date. It is no title
    /// of the table: a title line, or a line between a heading and the table, that is one is
    /// left out of the table's title (the imported text keeps it).
    static func isPublicationLine(_ row: Row) -> Bool {
        // (A row whose first cell holds something is not blank.)
        guard !row.first.isEmpty, row.nonEmptyCount <= 6 else { return false }
        // Asked of every row of the title block's search and under each heading: a row that
        // does not begin with a label and a colon is answered by its first scalars, before a
        // String is joined and cut into Characters (that had cost an import of 100 documents
        // ~165 M instructions, a tenth of its reading).
        guard mayBeginWithLabel(row) else { return false }
        // A row with no colon in any cell is answered by bytes, before a String is joined.
        guard row.cells.contains(where: { TextNormalization.contains($0, ":") || TextNormalization.contains($0, "：") }) else {
            return false
        }
        let joined = row.nonEmpty.joined(separator: " ")
        // Every such line has a colon after its first label: most lines are answered by bytes.
        guard joined.hasAtMostCharacters(120), TextNormalization.contains(joined, ":") || TextNormalization.contains(joined, "：") else {
            return false
        }
        var t = Array(TextNormalization.halfWidth(joined).filter { !"【】[]".contains($0) })
        while let f = t.first, TextNormalization.isBlank(f) { t.removeFirst() }
        // The labelled fields: (label, the value's text up to the next label).
        var fields: [(label: String, value: String)] = []
        var i = 0
        var value = ""
        while i < t.count {
            let atBoundary = i == 0 || TextNormalization.isBlank(t[i - 1])
            if atBoundary, let label = labelCharacters.first(where: { l in
                let c = l.characters
                return i + c.count < t.count && t[i..<i + c.count].elementsEqual(c) && t[i + c.count] == ":"
            })?.label {
                if !fields.isEmpty { fields[fields.count - 1].value = value }
                fields.append((label, ""))
                value = ""
                i += label.count + 1
                continue
            }
            guard !fields.isEmpty else { return false }
            value.append(t[i])
            i += 1
        }
        guard !fields.isEmpty else { return false }
        fields[fields.count - 1].value = value
        if fields.contains(where: { publicationLabels.contains($0.label) }) || fields.count >= 2 { return true }
        return fields.contains { hasDate($0.value) }
    }

    /// Whether `row`, read as `isPublicationLine` reads it (full-width forms folded, `【】[]`
    /// left out, leading blanks passed), may begin with one of the labels and a colon: false
    /// only where `isPublicationLine` is false. Found from the line's first scalars, each
    /// compared as itself; a scalar whose Character might equal a label's without being its
    /// scalar (a compatibility ideograph, a combining mark, anything outside ASCII, CJK
    /// punctuation, ideographs and full-width forms) answers true, leaving it to the Characters.
    static func mayBeginWithLabel(_ row: Row) -> Bool {
        // Most lines: the first cell's first scalar is no blank or bracket, and begins no label
        // (ASCII, or an ideograph not among the labels' first).
        // By its bytes (valid UTF-8: an ideograph's lead byte is E4…E9).
        var first = row.first
        let firstSays: Bool = first.withUTF8 { b in
            guard let b0 = b.first else { return false }
            if b0 < 0x80 { return b0 != 0x20 && b0 != 0x09 && b0 != 0x5B && b0 != 0x5D }
            guard b0 >= 0xE4 && b0 <= 0xE9 && b.count >= 3 else { return false }
            let v = UInt32(b0 & 0x0F) << 12 | UInt32(b[1] & 0x3F) << 6 | UInt32(b[2] & 0x3F)
            return v >= 0x4E00 && labelFirstBits & (1 << UInt64(v & 63)) == 0
        }
        if firstSays { return false }
        let table = labelTable
        let count = table.count / labelStride
        // The labels the scalars so far begin, one bit each; `k`: how many scalars were compared.
        var open: UInt32 = count == 32 ? .max : (1 << UInt32(count)) - 1
        var k = 0
        /// The next scalar compared: nil to go on, else the answer.
        func next(_ s: Unicode.Scalar) -> Bool? {
            var v = s.value
            switch v {
            case 0...0x7F, 0xA0, 0x3000...0x3029, 0x4E00...0x9FFF: break
            // Full-width forms as `TextNormalization.halfWidth` folds them.
            case 0xFF01...0xFF5E: v -= 0xFEE0
            default: return true
            }
            if v == 0x3000 { v = 0x20 }
            // `【】[]` are left out wherever they stand; blanks before the first label.
            if v == 0x3010 || v == 0x3011 || v == 0x5B || v == 0x5D { return nil }
            if k == 0 {
                if v == 0x20 || v == 0xA0 || v == 0x09 { return nil }
                // Most lines: a first scalar that begins no label.
                if labelFirstBits & (1 << UInt64(v & 63)) == 0 { return false }
            }
            var still: UInt32 = 0
            var rest = open
            while rest != 0 {
                let l = rest.trailingZeroBitCount
                rest &= rest - 1
                let c = table[l * labelStride + k]
                if c == 0 {
                    // The label ended: a colon makes it one.
                    if v == 0x3A { return true }
                } else if c == v {
                    still |= 1 << UInt32(l)
                }
            }
            guard still != 0 else { return false }
            open = still
            k += 1
            return nil
        }
        // The cells as `nonEmpty.joined(separator: " ")`.
        var firstCell = true
        for cell in row.cells where !cell.isEmpty {
            if !firstCell, let answer = next(" ") { return answer }
            firstCell = false
            for s in cell.unicodeScalars {
                if let answer = next(s) { return answer }
            }
        }
        return false
    }

    /// The labels' scalars for `mayBeginWithLabel`, `labelStride` a label, the rest 0 (at
    /// most 32 labels of at most four scalars: one bit each, and a 0 after every label).
    static let labelStride = 5
    static let labelTable: [UInt32] = {
        let labels = publicationLabels + articleLabels
        precondition(labels.count <= 32)
        var table = [UInt32](repeating: 0, count: labels.count * labelStride)
        for (l, label) in labels.enumerated() {
            let scalars = label.unicodeScalars.map(\.value)
            precondition(scalars.count < labelStride)
            // `mayBeginWithLabel` answers a line that begins with ASCII or with an ideograph
            // no label begins with by its first bytes: every label begins with an ideograph.
            precondition((0x4E00...0x9FFF).contains(scalars[0]))
            for (k, v) in scalars.enumerated() { table[l * labelStride + k] = v }
        }
        return table
    }()

    /// Bit `v % 64` set for the first scalar `v` of every label.
    static let labelFirstBits: UInt64 = (publicationLabels + articleLabels).reduce(0) { bits, label in
        bits | 1 << UInt64(label.unicodeScalars.first!.value & 63)
    }

    /// Every label as Characters, made once (this is asked at each word of a line).
    static let labelCharacters: [(label: String, characters: [Character])] = (publicationLabels + articleLabels).map { ($0, Array($0)) }

    /// Labels only a web page prints about an article, longest first.
    static let publicationLabels = ["信息来源", "文章来源", "发布时间", "发布日期", "发布机构", "发布单位", "发文日期",
                                    "浏览次数", "阅读次数", "访问次数", "点击次数", "浏览量", "阅读量", "访问量", "点击量", "点击数",
                                    "责任编辑", "字体", "字号"]
    /// Labels a page prints there that a table might too (`来源:`, `时间:`): with a date, or
    /// beside another label, they are the page's.
    static let articleLabels = ["来源", "时间", "日期", "作者", "编辑"]

    /// `2025-12-25`, `2020/06/01`, `2021.04.22`: a date written with digits.
    static func hasDate(_ text: String) -> Bool {
        let t = Array(text)
        for i in t.indices where i + 7 < t.count {
            let year = t[i..<i + 4]
            guard year.allSatisfy({ $0.isASCII && $0.isNumber }), "-/.".contains(t[i + 4]),
                  t[i + 5].isASCII, t[i + 5].isNumber else { continue }
            return true
        }
        return false
    }

    /// A line of at most four cells, from the line's start, with marks and no letter or
    /// digit (`- /`, `——`).
    static func isMarksOnly(_ row: Row) -> Bool {
        guard !row.isBlank, !row.first.isEmpty, row.nonEmptyCount <= 4 else { return false }
        return row.nonEmpty.allSatisfy { cell in cell.allSatisfy { !($0.isLetter || $0.isNumber) } }
    }

    /// Whether `t` holds one of `pageControls` (Foundation's `contains`): by bytes when `t` is
    /// plain (`PlainText`), where each scalar is a Character with no other spelling.
    static func hasPageControl(_ t: String) -> Bool {
        if PlainText.isPlain(t) { return pageControls.contains { TextNormalization.contains(t, $0) } }
        return pageControls.contains { t.contains($0) }
    }

    /// A web page's controls, longest first (a long one is taken out before a short one in it);
    /// with them the links and buttons a government page prints under an article
    /// (`相关解读`, `- 全部留言`, `- 评论`, `- 有用()`).
    static let pageControls = [
        "扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "在手机上查看当前页面", "在手机打开当前页",
        "字体:大中小", "字号:大中小", "打印本页", "打印此页", "打印页面", "关闭窗口", "关闭本页", "关闭页面",
        "返回顶部", "收藏本页", "加入收藏", "相关解读", "全部留言", "我要留言", "我要纠错", "分享到",
        "上一篇", "下一篇", "扫一扫", "大中小", "打印", "关闭", "评论", "有用", "没用",
    ]

    /// A line of one short cell, at the line's start, that is no label the table knows: a
    /// running head may be. (Text in a later cell alone is a cell's rest, not a head.)
    static func isCandidate(_ row: Row) -> Bool {
        guard row.nonEmptyCount == 1, !row.first.isEmpty, let cell = row.firstNonEmpty, cell.hasAtMostCharacters(60) else { return false }
        let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        if let end = bare.last, "。；;，,".contains(end) { return false }
        return !IndicatorLabel.isLevel1(bare) && !IndicatorLabel.isLevel2(bare) && !TableStarts.isHeading(row)
            && !RowLabels.isNote(row) && !RowLabels.isGoalLabel(cell) && !RowLabels.isBlockLabel(row)
            && !UnitLine.isUnitLine(row) && !TableStarts.isNameRow(row) && !BudgetBlock.beginsBlock(row)
    }

    /// A line of one short cell at the line's start naming a 预算/绩效 document or table.
    static func isTitleHead(_ row: Row) -> Bool {
        guard row.nonEmptyCount == 1, !row.first.isEmpty, row.first.hasAtMostCharacters(60) else { return false }
        let t = RepeatedLines.key(row.first)
        return titleWords.contains { t.contains($0) }
    }

    static let titleWords = ["绩效文本", "部门预算", "预算绩效", "绩效目标表", "项目支出", "目标申报表"]

    /// `续表`, `续上表`, `续表2`, `（续）`, `某项目绩效目标表（续）`: a line that says the table goes on.
    static func isContinuationMark(_ row: Row) -> Bool {
        guard row.nonEmptyCount == 1, let cell = row.firstNonEmpty, TextNormalization.contains(cell, "续"),
              cell.hasAtMostCharacters(60) else { return false }
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        for mark in ["(续表)", "(续)", "续表", "续上表"] where t.hasSuffix(mark) {
            t.removeLast(mark.count)
            return t.isEmpty || TableStarts.namesATable(t)
        }
        // `续表2`, `续表 3`
        if t.hasPrefix("续表") { return t.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber } }
        return false
    }

    /// A cell's text broken by a page, put back together: Chinese runs on without a space
    /// (the break fell inside a word), other text keeps one.
    static func join(_ a: String, _ b: String) -> String {
        guard let x = a.last, let y = b.first else { return a + b }
        return TextNormalization.isHan(x) || TextNormalization.isHan(y) || x.isPunctuation || y.isPunctuation ? a + b : a + " " + b
    }

    /// Whether a line beside a page mark reads as a running head.
    static func isRunningHead(_ cell: String, unitName: String, rows: [Row], repeats: inout RepeatedLines) -> Bool {
        let t = RepeatedLines.key(cell)
        if titleWords.contains(where: { t.contains($0) }) { return true }
        var unit = TextNormalization.withoutBlanks(TextNormalization.halfWidth(unitName))
        if unit.hasSuffix("本级") { unit.removeLast(2) }
        if unit.count >= 4, t.contains(unit) { return true }
        if t.count >= 4, unit.contains(t) { return true }
        return repeats.count(t, in: rows) >= 2
    }
}

/// How often each short line of one cell is printed in a document, counted once, when a
/// running head is first in question.
struct RepeatedLines {
    private var counts: [String: Int]?

    mutating func count(_ bare: String, in rows: [Row]) -> Int {
        if counts == nil {
            var c: [String: Int] = [:]
            for row in rows where row.nonEmptyCount == 1 {
                guard let cell = row.firstNonEmpty, cell.hasAtMostCharacters(60) else { continue }
                c[Self.key(cell), default: 0] += 1
            }
            counts = c
        }
        return counts![bare] ?? 0
    }

    /// A line as compared: without blanks, half-width, without the `**` a title block's
    /// bold marks leave.
    static func key(_ cell: String) -> String {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        return String(t.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed())
    }
}
