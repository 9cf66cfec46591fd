import JixiaoModel

/// Where a project table begins: its heading (when it has one), the title lines under it
/// (`项目支出绩效目标表`, `(2023年度)`) and its first table row — the unit line, or the
/// `项目编码 … 项目名称 …` row of a table without one.
struct TableStart {
    /// Index of the heading row; nil for a table printed without a heading.
    var heading: Int?
    /// Indices of the title lines between the heading and the table.
    var titleLines: [Int]
    /// Index of the first table row.
    var anchor: Int

    /// The first row that belongs to the table.
    var first: Int { heading ?? titleLines.first ?? anchor }
}

enum TableStarts {
    /// The tables of a text, in order. A heading (`3.公共机构节能经费绩效目标表`,
    /// `1.2023年…绩效目标表`, `12、…`, or an unnumbered `项目支出绩效目标表`) followed —
    /// after at most three short title lines — by a unit line or a 项目编码/项目名称 row
    /// starts a table. A text with no such heading is one table, starting at its first
    /// unit line (or 项目名称 row).
    static func find(_ rows: [Row]) -> [TableStart] {
        var starts: [TableStart] = []
        var i = 0
        // The number the next entry of a notice's list of attachments would have.
        var nextAttachment: Int?
        while i < rows.count {
            let row = rows[i]
            // (Counted, not looked at: a row with no cell that holds anything is blank; one
            // of more such cells is no entry.)
            if row.nonEmptyCount != 0 {
                nextAttachment = row.nonEmptyCount == 1 ? attachmentListEntry(row, after: nextAttachment) : nil
                // `附件：1.某分配表` / `2.某绩效目标表`: a notice names its attachments, whose
                // tables follow it; an entry names a table, it does not begin one.
                if nextAttachment != nil { i += 1; continue }
            }
            if isHeading(row), let (titles, anchor) = anchorBelow(i, in: rows) {
                starts.append(TableStart(heading: i, titleLines: titles, anchor: anchor))
                i = anchor + 1
            } else {
                i += 1
            }
        }
        if !starts.isEmpty { return starts }
        // No headings: each unit line begins a table (or, with none, the first 项目名称 row)
        // — when an indicator header follows it: a 收支总表 has a unit line too.
        var anchors = rows.indices.filter { UnitLine.isUnitLine(rows[$0]) }
        if anchors.isEmpty, let name = rows.firstIndex(where: isNameRow) { anchors = [name] }
        return anchors.enumerated().compactMap { k, a in
            let next = k + 1 < anchors.count ? anchors[k + 1] : rows.count
            guard rows[a..<next].contains(where: IndicatorHeader.isHeader) else { return nil }
            return TableStart(heading: nil, titleLines: titleLinesAbove(a, in: rows), anchor: a)
        }
    }

    /// The rows that read as a table's heading, or as a table's own title (`…绩效目标表`), with
    /// no table under them — not a notice's list of its attachments. (For a refusal: `find`
    /// found no table.)
    static func titlesWithoutTable(_ rows: [Row]) -> [Int] {
        var found: [Int] = []
        var nextAttachment: Int?
        for i in rows.indices where !rows[i].isBlank {
            nextAttachment = attachmentListEntry(rows[i], after: nextAttachment)
            guard nextAttachment == nil, isHeading(rows[i]), looksLikeTableTitle(rows[i]), anchorBelow(i, in: rows) == nil else { continue }
            found.append(i)
        }
        return found
    }

    /// A notice's list of attachments: `附件：1.某分配表` begins it, `2.某绩效目标表` (the next
    /// number, on the next line that is not blank) goes on with it. The number the entry
    /// after `row` would have when `row` is one; nil when it is none (`next`: the number a
    /// continuing entry must have, nil when no list is open).
    static func attachmentListEntry(_ row: Row, after next: Int?) -> Int? {
        guard row.nonEmptyCount == 1, let cell = row.firstNonEmpty else { return nil }
        // Asked of every paragraph: outside a list, only a cell that begins with 附件 can
        // begin one, which its bytes say.
        if next == nil, !beginsWithAttachmentWord(cell) { return nil }
        let t = TextNormalization.trimmed(TextNormalization.halfWidth(cell))
        if t.hasPrefix("附件") {
            let rest = TextNormalization.trimmed(t.dropFirst(2).drop { $0 == ":" })
            guard let (n, _) = leadingNumber(rest) else { return nil }
            return n + 1
        }
        guard let next, let (n, _) = leadingNumber(t), n == next else { return nil }
        return n + 1
    }

    /// Whether `cell`'s bytes, after its leading blanks, begin with those of 附件: they do
    /// in every cell whose Characters, trimmed and folded to half width, begin with 附件 (no
    /// other scalar or sequence equals 附 or 件 as a Character).
    static func beginsWithAttachmentWord(_ cell: String) -> Bool {
        var cell = cell
        return cell.withUTF8 { b in
            // Blanks as `TextNormalization.trimmed` passes them.
            let i = TextNormalization.leadingBlankBytes(b)
            // 附件: E9 99 84 E4 BB B6.
            return i + 6 <= b.count && b[i] == 0xE9 && b[i + 1] == 0x99 && b[i + 2] == 0x84
                && b[i + 3] == 0xE4 && b[i + 4] == 0xBB && b[i + 5] == 0xB6
        }
    }

    static func isHeading(_ row: Row) -> Bool {
        // Asked of every row by `find`, and again of each row under an indicator header
        // (`TableReading`) and of each candidate running head (`PageFurniture`).
        row.remembered(.isHeading, isHeadingOnce)
    }

    static func isHeadingOnce(_ row: Row) -> Bool {
        // Asked of every row: the heading cell is found once for both kinds.
        guard let cell = headingCell(row) else { return false }
        return numberedHeading(cell: cell) != nil || unnumberedHeading(cell: cell) != nil
    }

    /// The one cell of a heading row, without the page number a PDF's extraction can put
    /// on the same line (`3.某项目绩效目标表    8`, `- 8 -` in a cell before it); a
    /// `单位：万元` cell printed beside it does not count either.
    static func headingCell(_ row: Row) -> String? {
        // Asked of nearly every row: stop at the second cell that counts, and look at
        // scalars (this was a third of reading when it filtered Characters).
        var found: String?
        // One page number beside the heading; figures in two cells or more (`3、编制咨询费 | 88 | 160`,
        // a spending line copied from a web page, 岳阳楼 2021) make a row of a table, no heading.
        var numbers = 0
        for cell in row.cells where !cell.isEmpty && UnitLine.currency(in: cell) == nil {
            if isPageNumber(cell) {
                numbers += 1
                if numbers > 1 { return nil }
                continue
            }
            if found != nil { return nil }
            found = cell
        }
        return found.map(withoutPageNumber)
    }

    /// `8`, `- 8 -`, `—8—`: a page number in a cell of its own.
    static func isPageNumber(_ cell: String) -> Bool {
        // Asked of nearly every cell: one whose first byte begins none of the scalars below
        // (a digit, `-`, a space, or E2 of `—` `–`) is answered by it, as the definition would at
        // its first scalar (`isPageNumberByScalars`).
        guard let head = cell.utf8.first, (head >= 0x30 && head <= 0x39) || head == 0x2D || head == 0x20 || head == 0xE2 else {
            return false
        }
        return isPageNumberByScalars(cell)
    }

    /// `isPageNumber`'s definition, scalar by scalar: digits (one to four) among dashes and spaces.
    static func isPageNumberByScalars(_ cell: String) -> Bool {
        var digits = 0
        for s in cell.unicodeScalars {
            switch s {
            case "0"..."9": digits += 1
            case "-", "—", "–", " ": continue
            default: return false
            }
        }
        return digits > 0 && digits <= 4
    }

    /// `某项目绩效目标表    8` → `某项目绩效目标表`: digits after blanks, where what comes
    /// before ends as a table's title does (表, or a closing bracket: `申报表（2023年度）`).
    static func withoutPageNumber(_ cell: String) -> String {
        guard let end = cell.unicodeScalars.last, ("0"..."9").contains(end) else { return cell }
        let digits = cell.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return cell }
        let rest = cell.dropLast(digits.count)
        guard let last = rest.last, TextNormalization.isBlank(last) else { return cell }
        let title = TextNormalization.trimmed(rest)
        guard let end = title.last, "表)）".contains(end) else { return cell }
        return title
    }

    /// `3.公共机构节能经费绩效目标表` → (3, `公共机构节能经费绩效目标表`). Any number of
    /// digits, `一、`, `(1)`, `（一）`; `.`, `．`, `、` with or without a space after; the
    /// title may begin with a year (`1.2023年…`, `2.2025金安…`) but must have a Chinese
    /// character.
    static func numberedHeading(_ row: Row) -> (Int, String)? {
        headingCell(row).flatMap(numberedHeading(cell:))
    }

    static func numberedHeading(cell t: String) -> (Int, String)? {
        guard let (n, rest) = leadingNumber(t) else { return nil }
        let title = TextNormalization.trimmed(rest)
        // `1.5万元…` is a number, not a heading: a title starts with a digit when that digit
        // begins a year, or when it names itself a table (`1.3岁以下婴幼儿照护服务项目绩效目标`,
        // `2.5G基站建设项目绩效目标表`): a project's name may begin with a number.
        // (A first byte that is no ASCII digit begins no Character that is one: most titles
        // are answered without making their first Character.)
        if let h = title.utf8.first, h >= 0x30 && h <= 0x39, let c = title.first, c.isASCII && c.isNumber {
            let year = title.prefix { $0.isASCII && $0.isNumber }
            let isYear = year.count == 4 && Int(year).map { (1990...2100).contains($0) } == true
            guard isYear || namesATable(title) else { return nil }
        }
        // A first scalar that is Han begins the first Character: the title has one.
        if let s = title.unicodeScalars.first, (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) { return (n, title) }
        guard title.contains(where: TextNormalization.isHan) else { return nil }
        return (n, title)
    }

    /// `12.` `12、` `12．` `一、` `(3)` `（三）` at the start → (number, the rest).
    static func leadingNumber(_ t: String) -> (Int, Substring)? {
        // Most text does not begin with a bracket or a numeral: answered by its first
        // scalar before the Characters are made (full-width forms count, as halfWidth maps them).
        guard let head = t.unicodeScalars.first, isNumberInitial(head) else { return nil }
        if let plain = leadingNumberOfPlain(t) { return plain }
        return leadingNumberOfCharacters(t)
    }

    /// `leadingNumber` by Characters, for text that is not plain.
    static func leadingNumberOfCharacters(_ t: String) -> (Int, Substring)? {
        guard let head = t.unicodeScalars.first, isNumberInitial(head) else { return nil }
        // Only the first Characters count (a bracket closes by the sixth, at most nine
        // digits and their separator): a long cell is not made into Characters whole.
        let h = Array(TextNormalization.halfWidth(String(t.prefix(12))))
        if let open = h.first, open == "(", let close = h.firstIndex(of: ")"), close > 1, close <= 5,
           let n = number(String(h[1..<close])) {
            return (n, t.dropFirst(close + 1))
        }
        let digits = h.prefix { ($0.isASCII && $0.isNumber) || chineseDigits[$0] != nil || $0 == "十" }
        guard !digits.isEmpty, digits.count <= 9, let n = number(String(digits)) else { return nil }
        guard digits.count < h.count, [".", "、"].contains(h[digits.count]) else { return nil }
        // A Chinese numeral takes 、 (`一、`); `一.` is not a heading number.
        if !(digits.first!.isASCII) && h[digits.count] != "、" { return nil }
        return (n, t.dropFirst(digits.count + 1))
    }

    /// `leadingNumber` by scalars, when the first 13 are plain (`PlainLabel`): each of the
    /// first 12 is then a Character of its own, and `halfWidth` makes each one scalar. nil
    /// when they are not plain (the caller asks Characters); `.some(nil)` for no number.
    static func leadingNumberOfPlain(_ t: String) -> (Int, Substring)?? {
        var copy = t
        // The first 12 scalars' values (half-width) and where each begins in the bytes; on
        // the stack, as this is asked of every line that begins with a digit or a bracket.
        return copy.withUTF8 { b -> (Int, Substring)?? in
            withUnsafeTemporaryAllocation(of: (value: UInt32, end: Int).self, capacity: 12) { h in
                var n = 0, seen = 0, i = 0
                while i < b.count && seen < 13 {
                    let (value, width) = UTF8Scalars.scalar(b, at: i)
                    var v = value
                    if width == 4 { return nil }
                    guard PlainLabel.isPlain(v) else { return nil }
                    if seen < 12 {
                        // `TextNormalization.halfWidth`: U+FF01…U+FF5E to ASCII, U+3000 to a space.
                        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 } else if v == 0x3000 { v = 0x20 }
                        h[n] = (v, i + width)
                        n += 1
                    }
                    seen += 1
                    i += width
                }
                // The text after the first k scalars.
                func rest(_ k: Int) -> Substring {
                    let at = k == 0 ? 0 : h[k - 1].end
                    return Substring(t.utf8[t.utf8.index(t.utf8.startIndex, offsetBy: at)...])
                }
                func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
                if n > 0, h[0].value == 0x28 {
                    var close = 1
                    while close < n && h[close].value != 0x29 { close += 1 }
                    if close < n, close > 1, close <= 5, let value = number(h.baseAddress!, 1, close) {
                        return .some((value, rest(close + 1)))
                    }
                }
                var d = 0
                while d < n && (isDigit(h[d].value) || chineseDigitValues[h[d].value] != nil || h[d].value == 0x5341) { d += 1 }
                guard d > 0, d <= 9, let value = number(h.baseAddress!, 0, d) else { return .some(nil) }
                guard d < n, h[d].value == 0x2E || h[d].value == 0x3001 else { return .some(nil) }  // . 、
                if !(h[0].value < 0x80) && h[d].value != 0x3001 { return .some(nil) }
                return .some((value, rest(d + 1)))
            }
        }
    }

    /// `number` of the scalars `h[from..<to]` (each a Character).
    static func number(_ h: UnsafeMutablePointer<(value: UInt32, end: Int)>, _ from: Int, _ to: Int) -> Int? {
        let count = to - from
        if (from..<to).allSatisfy({ h[$0].value >= 0x30 && h[$0].value <= 0x39 }) {
            // `Int(s)`: at most 9 digits here, none signed.
            var n = 0
            for k in from..<to { n = n * 10 + Int(h[k].value - 0x30) }
            return n
        }
        let ten: UInt32 = 0x5341  // 十
        let c = (from..<to).map { h[$0].value }
        switch count {
        case 1: return c[0] == ten ? 10 : chineseDigitValues[c[0]]
        case 2:
            if c[0] == ten { return chineseDigitValues[c[1]].map { 10 + $0 } }
            if c[1] == ten { return chineseDigitValues[c[0]].map { $0 * 10 } }
            return nil
        case 3:
            guard c[1] == ten, let a = chineseDigitValues[c[0]], let b = chineseDigitValues[c[2]] else { return nil }
            return a * 10 + b
        default: return nil
        }
    }

    /// `chineseDigits` by scalar value.
    static let chineseDigitValues: [UInt32: Int] = Dictionary(uniqueKeysWithValues: chineseDigits.map { ($0.key.unicodeScalars.first!.value, $0.value) })

    static let numberInitials = Set("(（0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars)

    /// `numberInitials.contains(s)`, by value: asked of nearly every line's heading cell (a
    /// Set hashed each scalar).
    @inline(__always)
    static func isNumberInitial(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x28, 0x30...0x39, 0xFF08, 0xFF10...0xFF19: true
        // 一 二 三 四 五 六 七 八 九 十
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
        default: false
        }
    }

    static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// `12` → 12; `十二` → 12, `二十三` → 23, `九十九` → 99.
    static func number(_ s: String) -> Int? {
        if s.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(s) }
        let c = Array(s)
        switch c.count {
        case 1: return c[0] == "十" ? 10 : chineseDigits[c[0]]
        case 2:
            if c[0] == "十" { return chineseDigits[c[1]].map { 10 + $0 } }
            if c[1] == "十" { return chineseDigits[c[0]].map { $0 * 10 } }
            return nil
        case 3:
            guard c[1] == "十", let a = chineseDigits[c[0]], let b = chineseDigits[c[2]] else { return nil }
            return a * 10 + b
        default: return nil
        }
    }

    /// `项目支出绩效目标表`, `部门预算项目绩效目标申报表(2023年度)`: a table's own title
    /// without a number.
    static func unnumberedHeading(_ row: Row) -> String? {
        headingCell(row).flatMap(unnumberedHeading(cell:))
    }

    static func unnumberedHeading(cell: String) -> String? {
        // Such a title ends in 表: a byte search rules out most cells before any copy.
        guard TextNormalization.contains(cell, "表") else { return nil }
        let t = TextNormalization.trimmed(cell)
        let bare = withoutTrailingBrackets(TextNormalization.withoutBlanks(TextNormalization.halfWidth(t)))
        guard bare.hasAtMostCharacters(60), bare.hasSuffix("表"), bare.contains("绩效") || bare.contains("目标"),
              !bare.hasPrefix("*") else { return nil }
        return t
    }

    /// A heading that names a table (`…绩效目标表`, `…申报表(2023年度)`), not a numbered
    /// label inside one (`一、产出指标`).
    static func looksLikeTableTitle(_ row: Row) -> Bool {
        headingCell(row).map(namesATable) ?? false
    }

    static func namesATable(_ cell: String) -> Bool {
        let bare = withoutTrailingBrackets(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
        return bare.hasSuffix("表") || TextNormalization.contains(bare, "绩效目标")
    }

    /// `…申报表(2023年度)` → `…申报表`.
    static func withoutTrailingBrackets(_ t: String) -> String {
        // A last Character that is `)` or `）` is that scalar alone (neither has another
        // spelling): a text whose last scalar is neither is returned as it is.
        guard let end = t.unicodeScalars.last, end == ")" || end == "）" else { return t }
        var s = Substring(t)
        while let last = s.last, ")）".contains(last), let open = s.lastIndex(where: { "(（".contains($0) }) {
            s = s[..<open]
        }
        return String(s)
    }

    /// The title lines and the first table row below a heading, if a table follows.
    static func anchorBelow(_ heading: Int, in rows: [Row]) -> ([Int], Int)? {
        var titles: [Int] = []
        var j = heading + 1
        while j < rows.count {
            let row = rows[j]
            // A web page's line about its article (`信息来源:… 发布时间:…`) is passed over, as
            // a blank line is: it is no title line, nor does it end the table's start.
            if row.isBlank { j += 1; continue }
            // (The anchor first: it is the row asked most, and no article line is one.)
            if isAnchor(row) { return (titles, j) }
            if PageFurniture.isPublicationLine(row) { j += 1; continue }
            // (`isTitleLine` without asking again whether it is an article line.)
            guard isTitleShaped(row), titles.count < 3 else { return nil }
            titles.append(j)
            j += 1
        }
        return nil
    }

    /// Title lines directly above a table that has no heading.
    static func titleLinesAbove(_ anchor: Int, in rows: [Row]) -> [Int] {
        var titles: [Int] = []
        var j = anchor - 1
        while j >= 0, titles.count < 3, !rows[j].isBlank, isTitleLine(rows[j]) {
            titles.insert(j, at: 0)
            j -= 1
        }
        return titles
    }

    /// A short line of one cell: `(2023年度)`, `项目支出绩效目标表` — not a web page's line
    /// about its article (`信息来源:… 发布时间:…`), above which a table's title does not go.
    static func isTitleLine(_ row: Row) -> Bool {
        isTitleShaped(row) && !PageFurniture.isPublicationLine(row)
    }

    /// A short line of one cell that is no numbered heading.
    static func isTitleShaped(_ row: Row) -> Bool {
        row.nonEmptyCount == 1 && row.firstNonEmpty!.hasAtMostCharacters(40) && numberedHeading(row) == nil
    }

    static func isAnchor(_ row: Row) -> Bool {
        // `部门(单位)名称 | 某中心` first: a 部门整体 table (湖南's 整体绩效目标表) names its unit
        // where a project table names its project.
        UnitLine.isUnitLine(row) || isNameRow(row) || BudgetBlock.isBudgetRow(row) || UnitLine.isUnitNameRow(row)
    }

    /// `项目编码 … 项目名称 …`, or `项目名称 …` alone (`专项名称`, `项目(专项)名称`).
    static func isNameRow(_ row: Row) -> Bool {
        // Both codes' labels hold 码, every name label 称 (`Row.has`): most rows have neither.
        // (No scalar decomposes to 码, so a label that begins with 项目编码 as Characters holds it.)
        (row.has("码") && isCodeLabel(row.label)) || row.has("称") && row.cells.contains(where: namesAName)
    }

    /// `isNameRow(Row(number: 0, cells: [cell]))` without making the row: its keys are the
    /// cell's (`Row.keyScalars`), its label the cell without blanks.
    static func isNameCell(_ cell: String) -> Bool {
        let keys = Row.keyScalars(in: cell)
        return (keys & Row.keyBit("码") != 0 && isCodeLabel(TextNormalization.withoutBlanks(cell)))
            || keys & Row.keyBit("称") != 0 && namesAName(cell)
    }

    /// A row label that begins with 项目编码 or 项目代码.
    static func isCodeLabel(_ label: String) -> Bool {
        TextNormalization.hasPrefix(label, "项目编码") || TextNormalization.hasPrefix(label, "项目代码")
    }

    /// A cell that is a name label (`项目名称`), or one with its name after a colon (`项目名称：…`).
    static func namesAName(_ cell: String) -> Bool {
        // Every label ends in 名称: a byte search rules out most cells before any copy.
        guard TextNormalization.contains(cell, "称") else { return false }
        let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        return isNameLabel(cell) || nameLabels.contains { TextNormalization.hasPrefix(bare, $0 + ":") }
    }

    /// (`项目支出名称`: 湘潭 2023's 项目支出绩效目标申报表.)
    static let nameLabels = ["项目名称", "专项名称", "项目(专项)名称", "项目（专项）名称", "项目支出名称", "二级项目名称"]

    static func isNameLabel(_ cell: String) -> Bool {
        // Every label holds 称, which nothing else spells (no scalar decomposes to it): a cell
        // without its bytes equals none of them, and is not copied.
        guard TextNormalization.contains(cell, "称") else { return false }
        var c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        while let l = c.last, l == ":" { c.removeLast() }
        let half = TextNormalization.halfWidth(c)
        return nameLabels.contains { PlainText.isWord(c, $0) } || nameLabels.contains { PlainText.isWord(half, $0) }
    }
}
