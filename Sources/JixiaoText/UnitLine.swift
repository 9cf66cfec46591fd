import JixiaoModel

/// The line above a table naming the unit and the money unit: `430001 某单位本级 … 单位：元`,
/// `[015001]武汉市青山区教育局 … 单位：万元`, `820001-井研县马踏镇人民政府`, `[066]六安市农业农村局`,
/// or the unit's name alone.
enum UnitLine {
    /// A row with a `单位：元` / `金额单位：万元` cell.
    static func isUnitLine(_ row: Row) -> Bool {
        // Every form has 单位 (`currency(in:)`): a row without 位 is answered at once.
        row.has("位") && row.cells.contains { currency(in: $0) != nil }
    }

    /// `单位：元`, `金额单位:万元`, `(单位：万元)` → `元` / `万元`.
    static func currency(in cell: String) -> String? {
        // Every form has 单位; most cells do not (a byte search, before anything is copied).
        guard mayBeginWithUnitWord(cell), TextNormalization.contains(cell, "位") else { return nil }
        // A unit line's cell is asked this five times and more (the heading, anchor and
        // table questions, the unit read): by bytes where the cell is plain text.
        var copy = cell
        if let answer = copy.withUTF8(currencyOfPlain) { return answer }
        return currencyByCharacters(cell)
    }

    /// `currencyByCharacters` by UTF-8 bytes, for a cell whose every scalar is plain
    /// (`PlainLabel`): each is then a Character of its own with no other spelling, and so
    /// is every scalar `halfWidth` makes of one, so the Character operations are the same
    /// operations on bytes. nil when the cell is not plain (the caller asks Characters);
    /// `.some(nil)` for no currency.
    static func currencyOfPlain(_ b: UnsafeBufferPointer<UInt8>) -> String?? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            // `withoutBlanks(halfWidth(cell))`: full-width forms to ASCII, U+3000 to a space,
            // then the blanks (space, tab, U+00A0) left out.
            var n = 0, i = 0
            while i < b.count {
                let (v, width) = UTF8Scalars.scalar(b, at: i)
                guard width < 4, PlainLabel.isPlain(v) else { return nil }
                if v >= 0xFF01 && v <= 0xFF5E {
                    out[n] = UInt8(v - 0xFEE0); n += 1
                } else if v != 0x20 && v != 0x09 && v != 0xA0 && v != 0x3000 {
                    for k in 0..<width { out[n + k] = b[i + k] }
                    n += width
                }
                i += width
            }
            var s = 0, e = n
            // One bracket off each end (`（` is `(` once half-width).
            if s < e, out[s] == 0x28 { s += 1 }
            if s < e, out[e - 1] == 0x29 { e -= 1 }
            let c = UnsafeBufferPointer(rebasing: out[s..<e])
            for prefix in currencyPrefixBytes where c.starts(with: prefix) {
                let rest = String(decoding: UnsafeBufferPointer(rebasing: c[prefix.count...]), as: UTF8.self)
                return .some(Money.Unit(printed: rest)?.rawValue)
            }
            return .some(nil)
        }
    }

    static let currencyPrefixes = ["金额单位:", "资金单位:", "单位:", "金额单位", "单位"]
    static let currencyPrefixBytes = currencyPrefixes.map { Array($0.utf8) }

    /// `currency(in:)` by Characters: the definition the bytes must agree with.
    static func currencyByCharacters(_ cell: String) -> String? {
        guard mayBeginWithUnitWord(cell), TextNormalization.contains(cell, "位") else { return nil }
        var c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        if let f = c.first, "(（".contains(f) { c.removeFirst() }
        if let l = c.last, ")）".contains(l) { c.removeLast() }
        for prefix in currencyPrefixes where TextNormalization.hasPrefix(c, prefix) {
            let rest = String(c.dropFirst(prefix.count))
            if let unit = Money.Unit(printed: rest) { return unit.rawValue }
            return nil
        }
        return nil
    }

    /// Whether `cell`, its blanks and one opening bracket passed over, begins with 金, 资 or
    /// 单, as every form `currency(in:)` reads does once blank-free and half-width: the
    /// many cells that only mention a 单位 (`单位工作人员满意度` aside) are ruled out by
    /// their first scalars, before any copy.
    static func mayBeginWithUnitWord(_ cell: String) -> Bool {
        // By UTF-8 bytes (asked of every cell of every row): each sequence tested is that
        // scalar's and nothing else's.
        var cell = cell
        return cell.withUTF8 { b in
            // The blanks `TextNormalization.withoutBlanks` removes: space, tab, U+00A0, U+3000.
            func skipBlanks(_ i: inout Int) {
                while i < b.count {
                    if b[i] == 0x20 || b[i] == 0x09 { i += 1 }
                    else if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2 }
                    else if b[i] == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { i += 3 }
                    else { return }
                }
            }
            var i = 0
            skipBlanks(&i)
            if i < b.count, b[i] == 0x28 {  // (
                i += 1
                skipBlanks(&i)
            } else if i + 2 < b.count, b[i] == 0xEF, b[i + 1] == 0xBC, b[i + 2] == 0x88 {  // （
                i += 3
                skipBlanks(&i)
            }
            guard i + 2 < b.count else { return false }
            return (b[i] == 0xE9 && b[i + 1] == 0x87 && b[i + 2] == 0x91)  // 金
                || (b[i] == 0xE8 && b[i + 1] == 0xB5 && b[i + 2] == 0x84)  // 资
                || (b[i] == 0xE5 && b[i + 1] == 0x8D && b[i + 2] == 0x95)  // 单
        }
    }

    /// `mayBeginWithUnitWord` by scalars, as it was: the definition the bytes must agree with.
    static func mayBeginWithUnitWordByScalars(_ cell: String) -> Bool {
        func blank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" || s == "\u{00A0}" || s == "\t" }
        var scalars = cell.unicodeScalars.drop(while: blank)
        if let f = scalars.first, f == "(" || f == "（" { scalars = scalars.dropFirst().drop(while: blank) }
        guard let head = scalars.first else { return false }
        return head == "金" || head == "资" || head == "单"
    }

    static func read(_ row: Row) -> TableUnit {
        // Each cell's currency read once, for both questions.
        let currencies = row.cells.map { currency(in: $0) }
        let unit = currencies.lazy.compactMap { $0 }.first ?? "元"
        var cells = zip(row.cells, currencies).filter { !$0.0.isEmpty && $0.1 == nil }.map(\.0)
        // `预算单位 | 某局`: the label in a cell of its own.
        if cells.count > 1, isNameLabel(cells[0]) { cells.removeFirst() }
        var (code, name) = splitCode(cells.first ?? "")
        // `填报单位:(盖章)` (湘潭 2023): the form's place for the stamp, no unit's name.
        if isStampPlace(name) { name = "" }
        // `430001 | 某局`: the code in a cell of its own.
        if name.isEmpty, !code.isEmpty, cells.count > 1 { name = splitCode(cells[1]).1 }
        // `部门(单位)名称 | 某局 | 部门预算编码 | 901001033`: the code in a labelled cell after the name.
        if code.isEmpty, let k = cells.indices.dropFirst().first(where: { isCodeLabel(cells[$0]) }), k + 1 < cells.count {
            let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cells[k + 1]))
            if !c.isEmpty, c.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) { code = c }
        }
        return TableUnit(code: code, name: name, currency: unit)
    }

    /// `(盖章)`, `（公章）`, `(单位签章)`: where a form is stamped, left as printed.
    static func isStampPlace(_ text: String) -> Bool {
        let b = TextNormalization.withoutBlanks(TextNormalization.halfWidth(text))
        return b.hasPrefix("(") && b.hasSuffix(")") && b.hasAtMostCharacters(8)
            && ["盖章", "公章", "签章"].contains { TextNormalization.contains(b, $0) }
    }

    /// A unit code's label beside the unit's name: `部门预算编码`, `单位编码`, `单位代码`.
    static func isCodeLabel(_ cell: String) -> Bool {
        let l = RowLabels.bareLabel(cell)
        return l.hasAtMostCharacters(8) && (PlainText.hasSuffix(l, "编码") || PlainText.hasSuffix(l, "代码"))
            && !TextNormalization.hasPrefix(l, "项目")
    }

    /// Labels some tables print before the unit: `预算单位：…`.
    static let nameLabels = ["单位名称", "预算单位", "填报单位", "申报单位", "部门名称", "单位编码及名称", "部门(单位)",
                             "预算单位名称", "单位", "部门(单位)名称", "单位(部门)名称"]

    static let nameLabelInitials = Set(nameLabels.compactMap(\.unicodeScalars.first))

    /// `单位名称`, `预算单位：` — a label with nothing after it.
    static func isNameLabel(_ cell: String) -> Bool {
        isNameLabel(bare: TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
    }

    /// `isNameLabel` of a cell already made `withoutBlanks(halfWidth(cell))`.
    static func isNameLabel(bare: String) -> Bool {
        var bare = bare
        while let c = bare.last, c == ":" { bare.removeLast() }
        return nameLabels.contains { PlainText.isWord(bare, $0) }
    }

    /// Each of `nameLabels` with a colon after it, made once (not at each row asked).
    static let nameLabelsWithColon = nameLabels.map { $0 + ":" }
    /// Their bytes, for `PlainText.hasPrefix(_:anyOf:)`.
    static let nameLabelsWithColonBytes = nameLabelsWithColon.map { Array($0.utf8) }

    /// A row naming the unit inside a table: `单位名称 | 820001-某镇人民政府`.
    static func isUnitNameRow(_ row: Row) -> Bool {
        // Every label has 单 or 部: other rows are answered by a byte search.
        guard row.has("单") || row.has("部"), let first = row.firstNonEmpty,
              TextNormalization.contains(first, "单") || TextNormalization.contains(first, "部") else { return false }
        // (The cell made bare once for both questions: `TableStarts.isAnchor` asks this of
        // the line under each heading, a long one under each 目录 entry.)
        let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(first))
        if isNameLabel(bare: bare) { return row.nonEmptyCount >= 2 }
        if PlainText.hasPrefix(bare, anyOf: nameLabelsWithColonBytes) { return true }
        // `填报单位(盖章):宁乡市坝塘镇人民政府` (宁乡 2021): the stamp's place between label and colon.
        guard let open = bare.firstIndex(of: "("), let close = bare[open...].firstIndex(of: ")"),
              isStampPlace(String(bare[open...close])) else { return false }
        let named = String(bare[..<open]) + String(bare[bare.index(after: close)...])
        return PlainText.hasPrefix(named, anyOf: nameLabelsWithColonBytes) && named.hasAtMostCharacters(60)
            && !named.hasSuffix(":")
    }

    /// `430001 某单位本级`, `[015001]某局`, `【015001】某局`, `820001-某镇人民政府`, `[066]某局`,
    /// `某局` → (code, name).
    static func splitCode(_ cell: String) -> (String, String) {
        var t = TextNormalization.trimmed(cell)
        let bare = TextNormalization.withoutBlanks(t)
        // The labels begin with 单, 预, 填, 申 or 部: other cells are not compared with each.
        for label in nameLabels where bare.unicodeScalars.first.map(nameLabelInitials.contains) == true {
            guard bare.hasPrefix(label), let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            t = TextNormalization.trimmed(t[t.index(after: colon)...])
            break
        }
        let half = TextNormalization.halfWidth(t)
        return PlainText.isPlain(half) ? codeAndNameOfPlain(half, t) : codeAndNameOfCharacters(half, t)
    }

    /// `splitCode`'s reading of the half-width text `half` of `t`, by its scalars: each is a
    /// Character of a plain text (`PlainText`).
    static func codeAndNameOfPlain(_ half: String, _ t: String) -> (String, String) {
        let h = half.unicodeScalars
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        // Bracketed: [015001]名称.
        if let open = h.first, "[【(".unicodeScalars.contains(open),
           let close = h.firstIndex(where: { "]】)".unicodeScalars.contains($0) }), h.distance(from: h.startIndex, to: close) > 1,
           h[h.index(after: h.startIndex)..<close].allSatisfy(isDigit) {
            return (String(h[h.index(after: h.startIndex)..<close]), TextNormalization.trimmed(String(h[h.index(after: close)...])))
        }
        // Leading digits then a blank, a dash or the name: 430001 名称, 820001-名称.
        let digits = h.prefix(while: isDigit)
        if digits.count >= 3 {
            var rest = h[digits.endIndex...]
            // 2020年… is a year, not a code.
            if let c = rest.first, "年月日.%".unicodeScalars.contains(c) { return ("", TextNormalization.trimmed(t)) }
            while let c = rest.first, c == " " || c == "\u{3000}" || c == "\u{00A0}" || c == "\t" || "-—–_:：".unicodeScalars.contains(c) {
                rest = rest.dropFirst()
            }
            return (String(digits), TextNormalization.trimmed(String(rest)))
        }
        return ("", TextNormalization.trimmed(t))
    }

    /// `splitCode`'s reading of the half-width text `half` of `t`, by Characters.
    static func codeAndNameOfCharacters(_ half: String, _ t: String) -> (String, String) {
        let h = Array(half)
        // Bracketed: [015001]名称.
        if let open = h.first, "[【(".contains(open),
           let close = h.firstIndex(where: { "]】)".contains($0) }), close > 1,
           h[1..<close].allSatisfy({ $0.isASCII && $0.isNumber }) {
            return (String(h[1..<close]), TextNormalization.trimmed(String(h[(close + 1)...])))
        }
        // Leading digits then a blank, a dash or the name: 430001 名称, 820001-名称.
        let digits = h.prefix { $0.isASCII && $0.isNumber }
        if digits.count >= 3 {
            var rest = h.dropFirst(digits.count)
            // 2020年… is a year, not a code.
            if let c = rest.first, "年月日.%".contains(c) { return ("", TextNormalization.trimmed(t)) }
            while let c = rest.first, TextNormalization.isBlank(c) || "-—–_:：".contains(c) { rest = rest.dropFirst() }
            return (String(digits), TextNormalization.trimmed(String(rest)))
        }
        return ("", TextNormalization.trimmed(t))
    }
}

/// The unit lines of a document's tables, each distinct line read once (`UnitLine.read`):
/// every table of a department prints the same line above it, and splitting its code from
/// its name cost each table more than reading most of its rows. A reading is a function of
/// the line's text alone (its cells are the text split at tabs and trimmed).
struct UnitLines {
    private var known: [(text: String, unit: TableUnit)] = []

    /// Enough for the variants one document prints; past it, lines are read each time.
    static let capacity = 8

    /// `UnitLine.read(row)`.
    mutating func read(_ row: Row) -> TableUnit {
        let text = row.text
        for k in known.indices where SameBytes.equal(known[k].text, text) { return known[k].unit }
        let unit = UnitLine.read(row)
        if known.count < Self.capacity { known.append((text, unit)) }
        return unit
    }
}
