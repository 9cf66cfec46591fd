import JixiaoModel

/// The money block of a table: the `预算规模及资金用途` row and the itemised money rows
/// under it. Labels come from the vocabulary real tables use (`BudgetItemKind`), amounts
/// as printed (`PrintedAmount`).
struct BudgetBlock {
    /// A label and the figure after it, as printed.
    struct Pair {
        var label: String {
            didSet { kind = BudgetItemKind.of(label) }
        }
        var value: String
        var line: Int
        /// `BudgetItemKind.of(label)`, found once: `add` and `budget` both ask it.
        private(set) var kind: BudgetItemKind?

        init(label: String, value: String, line: Int) {
            self.init(label: label, value: value, line: line, kind: BudgetItemKind.of(label))
        }

        /// A pair whose label's kind (`BudgetItemKind.of(label)`) was found already.
        init(label: String, value: String, line: Int, kind: BudgetItemKind?) {
            self.label = label
            self.value = value
            self.line = line
            self.kind = kind
        }
    }

    var pairs: [Pair] = []
    /// Text in the money rows that is neither a label nor a figure: kept as 资金用途.
    var leftover: [String] = []
    /// A bracketed note printed after a figure in its cell (`财政拨款:6923.3552万元(其中:上级财政
    /// 资金:6923.3552万元;本级财政:0万元)`): kept as 资金用途, the figure read as the pair's.
    var notes: [String] = []
    /// Which pairs of a row are 中期 ones, from the first row that printed 中期 and 年度
    /// amounts side by side (`中期资金总额 68.50 | 年度资金总额 51.35`).
    var mediumPattern: [Bool] = []

    /// Adds a row's pairs. Under a row with 中期 and 年度 amounts side by side, a row with
    /// as many pairs takes the same sides: its 中期 lines are marked `(中期)`.
    mutating func add(_ row: [Pair]) {
        var row = row
        let medium = row.map { $0.kind == .mediumTerm }
        if mediumPattern.isEmpty, medium.contains(true), medium.contains(false) {
            mediumPattern = medium
        } else if mediumPattern.count == row.count, !medium.contains(true) {
            for k in row.indices where mediumPattern[k] { row[k].label += "(中期)" }
        }
        pairs += row
    }

    /// `预算规模及资金用途 预算数 … 其中：财政资金 … 其他资金 …`, or a row starting with a
    /// money label (`年度资金总额 16`), or one with a `预算数` cell.
    static func isBudgetRow(_ row: Row) -> Bool {
        // Asked of a row below a heading (`TableStarts.isAnchor`) and again when it is read.
        row.remembered(.isBudgetRow) { row in
            // `isLabel(first) || inline(first) != nil`, with `inline` read once.
            beginsBlock(row) || inline(row.first) != nil || namesAmount(row.first)
        }
    }

    /// The row that begins a table's money block: labelled as one (`预算规模及资金用途`,
    /// `项目资金`) or with a 预算数 cell — not a money line inside the block, nor a line
    /// that only mentions money (`财政资金管理科室(盖章)`).
    static func beginsBlock(_ row: Row) -> Bool {
        let l = row.label
        // Asked of every row: the words begin with 预, 项 or 资, so other labels are not compared.
        if let head = l.unicodeScalars.first, head == "预" || head == "项" || head == "资",
           ["预算规模", "项目资金", "资金规模", "项目预算", "资金情况", "资金投入"].contains(where: { TextNormalization.hasPrefix(l, $0) }) { return true }
        // Asked of every row: only a cell holding 预 and 数 can be `预算数` once bare.
        return row.has("数") && row.has("预")
            && row.cells.contains(where: { TextNormalization.contains($0, "数") && TextNormalization.contains($0, "预")
                                               && BudgetItemKind.isBare($0, "预算数") })
    }

    /// The row a 部门整体 table's money block begins with where its label names no amount
    /// of its own (`金额（万元） | 年度资金总额 | 5000`, `资金（万元） | 资金总额 | …`): 金额 or
    /// 资金 (a unit in brackets aside), then a money label. Asked only of such a table
    /// (`TableReading.departmentWide`): its money is the department's, and a project
    /// table's bare 金额 heads other things (a cost table's column).
    static func beginsDepartmentBlock(_ row: Row) -> Bool {
        guard departmentBlockLabels.contains(where: { BudgetItemKind.isBare(row.first, $0) }),
              let next = row.cells.dropFirst().first(where: { !$0.isEmpty }) else { return false }
        return inline(next) != nil || namesAmount(next)
    }

    static let departmentBlockLabels = ["金额", "资金", "部门资金", "部门金额"]

    /// Whether `text` has a CJK ideograph (U+4E00–U+9FFF: UTF-8 lead bytes E4–E9), as every
    /// money word does: figures and codes are ruled out before any label is made bare.
    static func hasIdeograph(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= 0xE4 && $0 <= 0xE9 }
    }

    /// Where a money row's label/figure pairs begin: 0 when its first cell is a money line
    /// (`年度资金总额 16`), 1 when it labels the block (`预算规模及资金用途`, or
    /// `项目资金（万元）` followed by another label).
    static func firstPairCell(_ row: Row) -> Int {
        // (`isLabel(c) || inline(c) != nil` is `inline(c) != nil || namesAmount(c)`.)
        let firstInline = inline(row.first) != nil
        guard firstInline || namesAmount(row.first) else { return 1 }
        guard !firstInline, let next = row.cells.dropFirst().first(where: { !$0.isEmpty }) else { return 0 }
        return inline(next) != nil || namesAmount(next) ? 1 : 0
    }

    /// A cell that is a money label: its words name an amount and it is not itself a figure.
    static func isLabel(_ cell: String) -> Bool {
        namesAmount(cell) && inline(cell) == nil
    }

    /// `isLabel` but for the figure glued to it: callers that have asked `inline` already
    /// ask this, so that no cell is read twice.
    static func namesAmount(_ cell: String) -> Bool {
        amountNamed(cell) != nil
    }

    /// The kind `namesAmount` finds (`BudgetItemKind.of(cell)`) when it is true; nil when false.
    static func amountNamed(_ cell: String) -> BudgetItemKind? {
        guard hasIdeograph(cell), let kind = BudgetItemKind.of(cell), !looksLikeAmount(cell) else { return nil }
        return kind
    }

    static func looksLikeAmount(_ cell: String) -> Bool {
        // An amount has a digit, ASCII or full-width (EF BC 90…99): the labels asked about
        // have none, and are answered without a parse that throws.
        guard hasDigit(cell) else { return false }
        return (try? PrintedAmount.read(cell)) != nil
    }

    static func hasDigit(_ cell: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in cell.utf8 {
            if (0x30...0x39).contains(b) || (previous == (0xEF, 0xBC) && (0x90...0x99).contains(b)) { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// `年度资金总额:16`, `上级资金16`, `其中:财政拨款：500` → (label, figure).
    static func inline(_ cell: String) -> (String, String)? {
        inlinePair(cell).map { ($0.label, $0.value) }
    }

    /// `inline`, with the label's kind it found (`BudgetItemKind.of(label)`).
    static func inlinePair(_ cell: String) -> (label: String, value: String, kind: BudgetItemKind)? {
        // A money label names its amount in Chinese; a figure follows it.
        // (By bytes: a colon's byte inside a longer Character leaves no Character colon nor
        // digit to split at, and the answer is nil all the same.)
        // (The bytes looked at once, for the ideograph, the digits and both colons.)
        var copy = cell
        let (hasIdeograph, hasDigit, hasColon, hasFullWidthDigit, labelTooLong) = copy.withUTF8 { b in
            var ideograph = false, digit = false, colon = false, fullWidthDigit = false
            // Where the first digit or colon begins.
            var first = b.count
            // A scalar at a time (the bytes looked for are each a lead byte or ASCII, never a
            // continuation byte): a long 资金用途 cell is read a third as often.
            var k = 0
            while k < b.count {
                let c = b[k]
                if c >= 0xE4 && c <= 0xE9 { ideograph = true }
                else if c >= 0x30 && c <= 0x39 { digit = true; first = min(first, k) }
                else if c == 0x3A || (c == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x9A) { colon = true; first = min(first, k) }
                else if c == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] >= 0x90 && b[k + 2] <= 0x99 { fullWidthDigit = true }
                if ideograph && digit && colon { break }
                k += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            }
            // Either label below (before the last colon, or before the first digit) begins
            // with the text before the first digit or colon, blanks aside: when that is
            // surely too long to be a money label (`BudgetItemKind.surelyTooLong`, decided
            // at an ideograph), so is the label, and `of` says nil — a sentence is answered here.
            var tooLong = (digit || colon) && BudgetItemKind.surelyTooLong(UnsafeBufferPointer(rebasing: b[..<first]))
            // Without a colon, a text whose first digit has only blanks before it (`2.某项目…`,
            // `1、…`) has no label before its figure: nil, as `trimmed` leaves the digit first.
            if digit && !colon && !tooLong {
                var k = 0
                while k < first {
                    if b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                    else if b[k] == 0xC2, k + 1 < first, b[k + 1] == 0xA0 { k += 2 }
                    else if b[k] == 0xE3, k + 2 < first, b[k + 1] == 0x80, b[k + 2] == 0x80 { k += 3 }
                    else { break }
                }
                if k == first { tooLong = true }
            }
            return (ideograph, digit, colon, fullWidthDigit, tooLong)
        }
        // Without an ASCII digit there is no figure glued to a label, and a figure after a
        // colon has a digit (`looksLikeAmount`), ASCII or full-width (EF BC 90…99): a text with
        // neither (a paragraph, a goal) is answered here, before it is copied and searched.
        guard hasIdeograph, hasDigit || (hasColon && hasFullWidthDigit), !labelTooLong else { return nil }
        let t = TextNormalization.trimmed(cell)
        if hasColon, let colon = lastColon(t) {
            let label = TextNormalization.trimmed(t[..<colon])
            // `年度资金总额：` with its figure in the next cell is a label, not a pair.
            // (The figure is copied only after a money label: a sentence's is long.)
            if let kind = BudgetItemKind.of(label) {
                let value = TextNormalization.trimmed(t[t.index(after: colon)...])
                return looksLikeAmount(value) ? (label, value, kind) : nil
            }
        }
        // A figure glued to its label: the longest tail that is an amount.
        let scalars = t.unicodeScalars
        guard let firstDigit = scalars.firstIndex(where: { ("0"..."9").contains($0) }), firstDigit > scalars.startIndex else { return nil }
        let label = TextNormalization.trimmed(String(scalars[..<firstDigit]))
        let value = String(scalars[firstDigit...])
        guard let kind = BudgetItemKind.of(label), looksLikeAmount(value) else { return nil }
        return (label, value, kind)
    }

    /// `inlinePair` of a cell whose figure a bracketed note follows (`财政拨款:6923.3552万元(其中:
    /// 上级财政资金:6923.3552万元;本级财政:0万元)`, 宁乡 坝塘镇 2021): the pair before the bracket, and
    /// the note as printed. A unit in the brackets (`16(万元)`) is no note: nil.
    static func inlinePairWithNote(_ cell: String) -> (pair: (label: String, value: String, kind: BudgetItemKind), note: String)? {
        let t = TextNormalization.trimmed(cell)
        guard let last = t.last, last == ")" || last == "）", let open = t.firstIndex(where: { $0 == "(" || $0 == "（" }),
              open > t.startIndex, let pair = inlinePair(String(t[..<open])) else { return nil }
        let note = String(t[open...])
        let inside = note.dropFirst().dropLast()
        guard inside.filter({ TextNormalization.isHan($0) }).count >= 2, bracketedCurrency("x" + note) == nil else { return nil }
        return (pair, note)
    }

    /// `t.lastIndex { $0 == ":" || $0 == "：" }`, by bytes in plain text (`PlainText`),
    /// where each colon scalar is a Character of its own.
    static func lastColon(_ t: String) -> String.Index? {
        guard PlainText.isPlain(t) else { return t.lastIndex(where: { $0 == ":" || $0 == "：" }) }
        var copy = t
        let at: Int? = copy.withUTF8 { b in
            var k = b.count - 1
            while k >= 0 {
                if b[k] == 0x3A { return k }
                if b[k] == 0x9A, k >= 2, b[k - 1] == 0xBC, b[k - 2] == 0xEF { return k - 2 }
                k -= 1
            }
            return nil
        }
        return at.map { t.utf8.index(t.utf8.startIndex, offsetBy: $0) }
    }

    /// Reads the label/figure pairs of a money row from `start`. Returns nil when the row
    /// has no money label at all (a 资金用途 line).
    static func pairs(in row: Row, from start: Int) -> BudgetBlock? {
        pairs(in: row, from: start, withoutLeftover: false)
    }

    /// `pairs(in:from:)`; nil as soon as a cell is left over when `withoutLeftover` (for
    /// `moneyRow`, which refuses such a block: the cells after it are not read).
    static func pairs(in row: Row, from start: Int, withoutLeftover: Bool) -> BudgetBlock? {
        var block = BudgetBlock()
        let cells = row.cells
        var i = start
        while i < cells.count {
            let c = cells[i]
            if c.isEmpty { i += 1; continue }
            // `inline` once per cell: `isLabel(c)` is `namesAmount(c)` once `inline(c)` is nil.
            // Each label's kind as `inline` and `namesAmount` found it: not looked for again.
            if let (label, value, kind) = inlinePair(c) {
                block.pairs.append(Pair(label: label, value: value, line: row.number, kind: kind))
                i += 1
            } else if let (pair, note) = inlinePairWithNote(c) {
                block.pairs.append(Pair(label: pair.label, value: pair.value, line: row.number, kind: pair.kind))
                block.notes.append(note)
                i += 1
            } else if let kind = amountNamed(c) {
                var j = i + 1
                while j < cells.count, cells[j].isEmpty { j += 1 }
                // The cell's label is the cell itself when `isOwnLabel`: its kind is the cell's.
                let l = label(c)
                let pair = { (value: String) in
                    Pair(label: l, value: value, line: row.number, kind: isOwnLabel(c) ? kind : BudgetItemKind.of(l))
                }
                if j < cells.count, inline(cells[j]) == nil, !namesAmount(cells[j]) {
                    block.pairs.append(pair(cells[j]))
                    i = j + 1
                } else {
                    block.pairs.append(pair(""))
                    i += 1
                }
            } else {
                if withoutLeftover { return nil }
                block.leftover.append(c)
                i += 1
            }
        }
        return block.pairs.isEmpty ? nil : block
    }

    /// The columns of a money row printed as a header — every label without its figure and
    /// nothing else (`预算规模（元） | 预算数 | 财政资金 | 其他资金`) — each with its pair's
    /// index in the table's block (`firstPair` for the row's first); empty for any other row.
    static func headerColumns(_ row: Row, from start: Int, block: BudgetBlock, firstPair: Int) -> [(column: Int, pair: Int)] {
        guard block.leftover.isEmpty, block.pairs.count > 1, block.pairs.allSatisfy({ $0.value.isEmpty }) else { return [] }
        let columns = row.cells.indices.filter { $0 >= start && !row.cells[$0].isEmpty }
        guard columns.count == block.pairs.count else { return [] }
        return columns.enumerated().map { ($0.element, firstPair + $0.offset) }
    }

    /// The figures a row prints under a header of money labels (`headerColumns`): every
    /// filled cell an amount (or a dash for none) in one of the labels' columns; nil for any
    /// other row (a 资金用途 text, a money line).
    static func figures(_ row: Row, under header: [(column: Int, pair: Int)]) -> [(pair: Int, figure: String)]? {
        guard !header.isEmpty else { return nil }
        var found: [(pair: Int, figure: String)] = []
        for (j, cell) in row.cells.enumerated() where !cell.isEmpty {
            guard let h = header.first(where: { $0.column == j }), looksLikeAmount(cell) || isUnfilled(cell) else { return nil }
            found.append((h.pair, cell))
        }
        return found.isEmpty ? nil : found
    }

    /// The unit a block label names in brackets at its end: `预算规模（元）` → 元,
    /// `项目资金(万元)` → 万元; nil for any other label.
    static func bracketedCurrency(_ label: String) -> String? {
        // Each ends in `)`, which only `)` or `）` becomes (`halfWidth`): a label whose last
        // scalar that is no blank is neither ends in none, and is answered without a copy
        // (a budget row's label was made bare and compared three times, 5,000 a row).
        guard let end = label.unicodeScalars.last(where: { !isBlank($0) }), end == ")" || end == "）" else { return nil }
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
        return ["(元)": "元", "(万元)": "万元", "(亿元)": "亿元"].first { t.hasSuffix($0.key) }?.value
    }

    /// A label without its trailing colon.
    static func label(_ cell: String) -> String {
        if isOwnLabel(cell) { return cell }
        var l = TextNormalization.trimmed(cell)
        while let c = l.last, c == ":" || c == "：" { l.removeLast() }
        return TextNormalization.trimmed(l)
    }

    /// Whether `label(cell)` is `cell`: its first and last scalar are no blank and its last
    /// no colon — nothing to trim or take off (a Character that is a colon is that one
    /// scalar), and no copy is made.
    static func isOwnLabel(_ cell: String) -> Bool {
        let scalars = cell.unicodeScalars
        guard let f = scalars.first, let e = scalars.last else { return false }
        return !isBlank(f) && !isBlank(e) && e != ":" && e != "："
    }

    /// `TextNormalization.isBlank` of a scalar: what `trimmed` takes off.
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{00A0}" || s == "\t"
    }

    /// A continuation row of the money block: every cell a money label or its figure
    /// (`其他资金` with its cell empty is a money line too).
    static func moneyRow(_ row: Row) -> BudgetBlock? {
        guard let block = pairs(in: row, from: 0, withoutLeftover: true), block.leftover.isEmpty else { return nil }
        return block
    }

    /// The budget: 预算数, 财政资金 and 其他资金 from the first unnumbered line of each
    /// kind with a figure (or the first of its kind, when none has one); every other money
    /// line with a figure is kept as an item. Amounts the table left empty are derived
    /// from the numbered lines where they can be (`Budget.derivingMissing`).
    func budget(currency: Money.Unit, tableName: String) throws(ReadError) -> Budget {
        try budgetAndTotalLine(currency: currency, tableName: tableName).budget
    }

    /// `budget`, and the line its 预算数 figure is on (nil when it prints none).
    /// `stated`: the table prints its money unit (else `currency` is 元 only for holding).
    func budgetAndTotalLine(currency: Money.Unit, stated: Bool = true, tableName: String) throws(ReadError) -> (budget: Budget, totalLine: Int?) {
        // Each part's principal pair, by the part's place in `allCases` (three parts: an array,
        // not a dictionary hashed for each).
        let parts = Budget.Part.allCases
        var principal: [Int?] = Array(repeating: nil, count: parts.count)
        // Each label's kind once, not once per part; each value's emptiness once.
        var kinds = pairs.map(\.kind)
        let unfilled = pairs.map { Self.isUnfilled($0.value) }
        // `年度资金总额 16 | 其中：本年预算 10 | 上年结转 6`: a budget's label printed as a part
        // (其中) of a total before it is no second total but the year's own money — the
        // 财政资金 line, where the table prints none.
        if let first = kinds.firstIndex(of: .total),
           !kinds.indices.contains(where: { kinds[$0] == .fiscal && !BudgetItemKind.isCarryOver(pairs[$0].label) }),
           let part = kinds.indices.first(where: { $0 > first && kinds[$0] == .total && Self.isPartLabel(pairs[$0].label) }) {
            kinds[part] = .fiscal
        }
        for (p, part) in parts.enumerated() {
            let kind = kind(of: part)
            // Money carried over (`上年结转资金`) is a source beside the part, never the part itself.
            let candidates = pairs.indices.filter {
                kinds[$0] == kind && Self.level(of: pairs[$0].label) == 0 && !BudgetItemKind.isCarryOver(pairs[$0].label)
            }
            principal[p] = candidates.first { !unfilled[$0] } ?? candidates.first
        }
        var budget = Budget(total: .zero, fiscal: .zero, other: .zero, totalFigure: .missing, fiscalFigure: .missing,
                            otherFigure: .missing)
        var totalLine: Int?
        // The table's figures added as they are read (`FigureSum`): its derived amounts add them.
        var sum = FigureSum()
        func add(_ money: Money, _ pair: Pair) throws(ReadError) {
            guard !sum.add(money) else { return }
            throw ReadError(line: pair.line, "\(tableName)的金额加到“\(pair.label)”已超过 720 万亿元，不是一个项目的预算", hint: FigureSum.hint)
        }
        for (p, part) in parts.enumerated() {
            guard let k = principal[p], !unfilled[k] else { continue }
            if part == .total { totalLine = pairs[k].line }
            let printed = try read(pairs[k], currency: currency, stated: stated, tableName: tableName)
            try add(printed.money, pairs[k])
            let plain = DecimalText(TextNormalization.withoutBlanks(pairs[k].value)) != nil
            budget.set(part, printed.money, BudgetFigure(source: .stated, printed: plain ? nil : pairs[k].value,
                                                         defect: printed.defect))
        }
        for (k, pair) in pairs.enumerated() where !principal.contains(k) && !unfilled[k] {
            let printed = try read(pair, currency: currency, stated: stated, tableName: tableName)
            try add(printed.money, pair)
            budget.items.append(BudgetItem(label: pair.label, printed: pair.value, amount: printed.money, line: pair.line))
        }
        return (budget.derivingMissing(), totalLine)
    }

    /// The unit every figure printed without one is in by its label (`预算数（万元）`,
    /// `项目资金(万元)`), when they all name the same; nil when a bare figure's label names
    /// none, or there is no bare figure (`854万` carries its own).
    func unitNamedForBareFigures() -> String? {
        var named: String?
        for pair in pairs where !Self.isUnfilled(pair.value) {
            // Bare: the figure is worth the same whatever unit it is read in.
            guard let asYuan = try? PrintedAmount.read(pair.value, defaultUnit: .yuan),
                  let asWan = try? PrintedAmount.read(pair.value, defaultUnit: .wan), asYuan.money != asWan.money else { continue }
            let label = TextNormalization.halfWidth(pair.label)
            let unit = label.contains("亿元") ? "亿元" : label.contains("万元") ? "万元" : Self.bracketedCurrency(label)
            guard let unit, named == nil || named == unit else { return nil }
            named = unit
        }
        return named
    }

    /// A label printed as a part of the total above it: `其中：本年预算`, `其中:财政拨款`.
    static func isPartLabel(_ label: String) -> Bool {
        TextNormalization.withoutBlanks(label).hasPrefix("其中")
    }

    /// An amount cell left unfilled: empty, or a dash or slash put there for “none”
    /// (`—`, `-`, `——`, `/`, `无`), as published tables print an empty 其他资金.
    static func isUnfilled(_ value: String) -> Bool {
        guard !value.isEmpty else { return true }
        // A figure's first byte is a digit, which makes it neither 无 nor dashes: answered at once.
        if let f = value.utf8.first, f >= 0x30 && f <= 0x39 { return false }
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(value))
        return t == "无" || (!t.isEmpty && t.unicodeScalars.allSatisfy { "-—–―/\u{2212}".unicodeScalars.contains($0) })
    }

    /// `BudgetItemKind.level(of:)`, answered at once for a label whose first scalar that is not
    /// a blank is an ideograph other than the numerals 一 … 十 (most labels: 预算数, 财政资金):
    /// the numbered levels begin with a digit, a bracket or a numeral, and a Character that
    /// begins with another unified ideograph is none of them.
    static func level(of label: String) -> Int {
        var copy = label
        let surelyZero = copy.withUTF8 { b in
            // The blanks `withoutBlanks` removes.
            let i = TextNormalization.leadingBlankBytes(b)
            guard i + 2 < b.count, b[i] >= 0xE4 && b[i] <= 0xE9 else { return false }
            let v = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            return v >= 0x4E00 && v <= 0x9FFF && !levelNumerals.contains(v)
        }
        return surelyZero ? 0 : BudgetItemKind.level(of: label)
    }

    static let levelNumerals = Set("一二三四五六七八九十".unicodeScalars.map(\.value))

    func kind(of part: Budget.Part) -> BudgetItemKind {
        switch part {
        case .total: .total
        case .fiscal: .fiscal
        case .other: .other
        }
    }

    func read(_ pair: Pair, currency: Money.Unit, stated: Bool = true, tableName: String) throws(ReadError) -> PrintedAmount {
        // A unit in the label (`项目资金(万元)`) overrides the table's.
        // (The byte search first: a label without the bytes cannot contain the word.)
        let unit: Money.Unit = TextNormalization.contains(pair.label, "万元") && pair.label.contains("万元") ? .wan
            : TextNormalization.contains(pair.label, "亿元") && pair.label.contains("亿元") ? .yi : currency
        do {
            return try PrintedAmount.read(pair.value, defaultUnit: unit)
        } catch {
            // A figure with more decimals than 分 in a table that prints no unit: not 元, and
            // the table does not say what it is in (`12.3456`, most likely 万元).
            if case .tooPrecise = error, !stated, unit == currency, !Project.namesUnit(pair.value) {
                let figure = TextNormalization.trimmed(pair.value)
                let decimals = figure.split(separator: ".").last.map(\.count) ?? 0
                throw ReadError(line: pair.line, "\(tableName)的“\(pair.label)”：“\(figure)”有 \(decimals) 位小数，而表中没有印金额单位：按元计精确到分以下，无法表示",
                                hint: "金额若以万元计，在表头补上“单位：万元”（或写作 \(figure)万元）再导入")
            }
            throw ReadError(line: pair.line, "\(tableName)的“\(pair.label)”：\(error)",
                            hint: "金额写作 20000.00、3,309,840.00 或 854万 这样的数字；没有单位时按表头的“单位：\(currency.rawValue)”计")
        }
    }
}
