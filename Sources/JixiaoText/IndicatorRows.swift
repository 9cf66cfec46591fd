import JixiaoModel

/// The indicator rows of one table, read by the columns its header names. Handles the
/// row layouts of real tables: blocks with the 一级 printed once (on its first row, or on
/// a middle row where a merged cell centres it), flat lists with the 一级 on every line
/// in any order, 一级/二级 labels on rows of their own (indented trees), and a value
/// printed in parts.
enum IndicatorRows {
    /// One data row as text per header column.
    struct Raw {
        var line: Int
        var texts: [String]
    }

    /// A row's cells under the header's columns. Text a column's merged cells or the
    /// extraction pushed to the right stays with the column it follows.
    ///
    /// `blockLabelLeftOut`: the table's rows leave out the header's block-label cell
    /// (`leavesOutBlockLabel`), so a row that keeps blank cells for its merged 一级/二级
    /// begins one column left of them.
    static func raw(_ row: Row, header: IndicatorHeader, blockLabelLeftOut: Bool = false) -> Raw {
        // A row with a cell under each column and the columns at cells 0, 1, 2 … (most
        // tables): each column's text is its one cell, and the row's cells are the texts —
        // unless a web copy's merged cells left some out at its start: with a table's
        // trailing tab, `质量指标 | 合格率 | 100% | |` under `本年度绩效指标 | 一级指标 | 二级指标 |
        // 三级指标 | 指标值 |` has as many cells as the header has columns (湘潭 2023's page).
        let columns = header.columns
        let keepsBlanks = blockLabelLeftOut && row.cells.first?.isEmpty == true
        if !keepsBlanks, row.cells.count == columns.count, columns.indices.allSatisfy({ columns[$0].index == $0 }),
           row.cells.last?.isEmpty == false || mergedCellsLeftOut(row, header: header) == 0 {
            return Raw(line: row.number, texts: row.cells)
        }
        // The same with the table's trailing tab (`… | 工作计划 | |`, most rows of most texts):
        // the cells past the columns are empty, each other cell is its column's text.
        let n = columns.count
        if !keepsBlanks, row.cells.count > n, row.cells[n...].allSatisfy(\.isEmpty), columns.indices.allSatisfy({ columns[$0].index == $0 }),
           mergedCellsLeftOut(row, header: header) == 0 {
            return Raw(line: row.number, texts: Array(row.cells[..<n]))
        }
        var texts = Array(repeating: "", count: header.columns.count)
        let shift = keepsBlanks ? 1 : mergedCellsLeftOut(row, header: header)
        for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
            let k = header.columns.lastIndex { $0.index <= i + shift } ?? 0
            // (The first cell of a column is taken as it is: no String is built for it.)
            if texts[k].isEmpty { texts[k] = cell } else { texts[k] += " " + cell }
        }
        return Raw(line: row.number, texts: texts)
    }

    /// How many cells a row copied from a web page leaves out at its start: an HTML table's
    /// merged (rowspan) cells are printed on their first row only, so the rows under them
    /// begin further left (`清扫保洁道路条数 | 485条` under `产出指标 | 数量指标 | 清扫保洁道路面积 |
    /// 1346.0088万平方米`; `质量指标 | 垃圾无害化处理率 | 100%`; `产出指标 | …` under a header that
    /// begins with the block's `绩 效 指 标` cell). Such a row starts at the column its first
    /// cell names — a 一级 label's, a 二级 label's, else the 三级 name's — when its cells then
    /// still fit under the header; a row that reaches the header's last column as it stands,
    /// starts with an empty cell (a merged cell exported blank), or has one cell (a label or
    /// text a cell wrapped onto a line of its own: `TableReading` places those), is where it is
    /// — but a lone 二级 label (a 二级 left empty) starts at the 二级's column. (A column headed
    /// across the header's two rows, `保障绩效目标实现措施`, need not be reached.)
    static func mergedCellsLeftOut(_ row: Row, header: IndicatorHeader) -> Int {
        func place(_ kind: IndicatorColumn.Kind) -> Int? { header.columns.first { $0.column.kind == kind }?.index }
        // A 二级 the unit left empty, alone on its row under a rowspan'd 一级 (`生态效益指标 | | |`,
        // 湘潭 2023's page): it starts at the 二级's column, not under the 一级. A label that
        // names a 一级 too (成本指标, 满意度指标) is where it is.
        if row.firstNonEmptyIndex == 0, row.nonEmptyCount == 1, isLevel2(row.cells[0]), !IndicatorLabel.isLevel1(row.cells[0]),
           let two = place(.level2), two < header.cellCount {
            return two
        }
        guard row.firstNonEmptyIndex == 0, row.nonEmptyCount >= 2, let last = row.cells.lastIndex(where: { !$0.isEmpty }),
              last + 1 < header.filledCellCount else { return 0 }
        let first = row.cells[0]
        // The cell a place would put under the value's column, and whether it begins as a value
        // does (a digit, a comparator): `计划标准` under it says the place is wrong.
        let values = header.columns.filter { [.value, .valueNumber].contains($0.column.kind) }.map(\.index)
        func valueCell(_ at: Int) -> String? {
            values.lazy.filter { $0 - at >= 0 && $0 - at < row.cells.count }.map { row.cells[$0 - at] }.first { !$0.isEmpty }
        }
        func readsAsValue(_ at: Int) -> Bool {
            valueCell(at).map(beginsAsValue) ?? false
        }
        var kinds: [IndicatorColumn.Kind] = []
        if IndicatorLabel.isLevel1(first) { kinds.append(.level1) }
        // A label followed by a 二级 label is the 一级 (`满意度指标 | 服务对象满意度指标 | …`) —
        // unless only the 二级's place puts a value under the value's column:
        // `社会公众或服务对象满意度指标 | 市民满意度 | ≥90% | 计划标准` under a rowspan'd 效益指标 (湘潭 2023).
        if isLevel2(first) {
            if kinds.isEmpty || !(row.cells.count > 1 && isLevel2(row.cells[1])) {
                kinds.append(.level2)
            } else if let one = place(.level1), let two = place(.level2), last + 1 + two <= header.cellCount,
                      !readsAsValue(one), readsAsValue(two) {
                kinds = [.level2]
            }
        }
        if kinds.isEmpty {
            // A row that prints a 一级 or 二级 label after its first cell has its labels (`(50分) |
            // 数量指标 | …`: the first cell is the 一级's rest): not a row a merged cell cut short.
            if row.cells.dropFirst().contains(where: { !$0.isEmpty && (IndicatorLabel.isLevel1($0) || isLevel2($0)) }) { return 0 }
            kinds = [.name]
        }
        // Where the cells fit; `成本指标` names a 一级 (101号) and a 二级 (88号), `满意度指标` a 一级
        // and (as some tables print it) a 二级: the place that puts a value under the value's
        // column is the row's own (`成本指标 | 控制在预算成本内 | 250万 | 计划标准`: a 二级), else one
        // that puts any text there.
        let fits = kinds.compactMap(place).filter { last + 1 + $0 <= header.cellCount }
        // A 三级 name that has 满意 in it (`游客满意度(≥**%) | >=90% |` under a rowspan'd
        // 服务对象满意度指标, 南岳 2018's page) reads as the 二级 label too, as any label with
        // 满意 does: where no label's place puts a value under the value's column and the
        // name's does, the row starts at the name.
        if kinds != [.name], !TextNormalization.withoutBlanks(first).hasSuffix("指标"), let name = place(.name),
           last + 1 + name <= header.cellCount, readsAsValue(name), !fits.contains(where: readsAsValue) {
            return name
        }
        guard fits.count > 1 else { return fits.first ?? 0 }
        return fits.first(where: readsAsValue) ?? fits.first { valueCell($0) != nil } ?? fits[0]
    }

    /// `IndicatorLabel.isLevel2(cell)`, answered at once for a plain cell (`PlainText`) with
    /// none of `level2Scalars`: asked here of every cell of a row, a description's too, where
    /// making a long cell's standard name cost thirty times the scan. Each name and each
    /// name's core (`IndicatorLabel.level2ByCore`) holds one of them, as does 满意 (any label
    /// with it names 服务对象满意度指标), and the standard name is made of the cell's own
    /// Characters: in a plain cell, its own scalars.
    static func isLevel2(_ cell: String) -> Bool {
        // The frames' 一级 names (the first cell of a block's first row), answered once.
        let count = cell.utf8.count
        for known in level1NamesAsLevel2 where known.bytes.count == count && cell.utf8.elementsEqual(known.bytes) {
            return known.isLevel2
        }
        return mayBeLevel2(cell) && IndicatorLabel.isLevel2(cell)
    }

    /// `IndicatorLabel.isLevel2` of each of the frames' 一级 names, by its bytes (成本指标 is a
    /// 二级 of 88号's too, 满意度指标 names 服务对象满意度指标).
    static let level1NamesAsLevel2: [(bytes: [UInt8], isLevel2: Bool)] = IndicatorLabel.level1Names.map {
        (Array($0.utf8), IndicatorLabel.isLevel2($0))
    }

    /// False when `cell` is plain and holds none of `level2Scalars`.
    static func mayBeLevel2(_ cell: String) -> Bool {
        var copy = cell
        return copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                let (v, width) = UTF8Scalars.scalar(b, at: i)
                guard PlainLabel.isPlain(v) else { return true }
                if v >= 0x4000, level2ScalarValues.contains(v) { return true }
                i += width
            }
            return false
        }
    }

    /// The scalars one of which every 二级 name and core holds: 数 (数量), 质 (质量), 时 (时效),
    /// 进 (进度), 本 (成本), 益 (效益), 续 (可持续) and 满 (满意).
    static let level2Scalars: [Unicode.Scalar] = ["数", "质", "时", "进", "本", "益", "续", "满", "控"]
    static let level2ScalarValues: [UInt32] = level2Scalars.map(\.value)

    /// Whether a table's first indicator row leaves out the header's block-label cell: the
    /// header begins with it (`本年度绩效指标 | 一级指标 | …`, merged down the rows in the
    /// page) and the row begins with its 一级 under it. Rows below that keep blank cells for
    /// their merged 一级/二级 then begin one column left too (`| | 脱贫户供水设施数量 | | ≥20座`).
    static func leavesOutBlockLabel(_ row: Row, header: IndicatorHeader) -> Bool {
        guard header.columns.count > 1, header.columns[0].index == 0, header.columns[0].column.kind == .blockLabel,
              header.columns[1].column.kind == .level1, let first = row.cells.first, !first.isEmpty else { return false }
        return IndicatorLabel.isLevel1(first) && mergedCellsLeftOut(row, header: header) == 1
    }

    /// What the first row after a page break is to the row the page broke in.
    enum Continuation: Equatable {
        /// The rest of that row: joined to it.
        case continues
        /// An indicator row of its own.
        case newRow
        /// Either could be: read as a new row, and said (`Project.readingDoubts`, a finding).
        case cannotTell(String)
    }

    /// Whether `next`, the first row after a page break, is the rest of `last`, the row the
    /// page broke in (`earlier`: the table's rows before `last`).
    ///
    /// A row with a 一级 or 二级 of its own is a new row. Without a name, text in other
    /// columns is the rest of `last` (its first cells on one page, the others on the next).
    /// With a name, the columns tell: a column every earlier row fills (the name and value,
    /// in most tables the description and basis too) left empty in `next` while `last` has
    /// it means the cells were broken, each its rest on the new page — unless both rows
    /// hold a value of their own, when either could be (read as a new row and said). A `next` that
    /// fills a column `last` had no reason to leave empty is a row of its own. When `next`
    /// is as complete as a row is, only unfinished text says it continues: `last`'s cell
    /// with a bracket left open, `next`'s beginning with a closing bracket or a stop, or
    /// the value's number on one page and its unit on the next (`≥95` / `%`, `2` / `万元`).
    static func continuation(_ last: Raw, with next: Raw, earlier: ArraySlice<Raw>, header: IndicatorHeader) -> Continuation {
        var labels = false, name = false, other = false
        for (k, c) in header.columns.enumerated() where !next.texts[k].isEmpty {
            let kind = c.column.kind
            if [.level1, .level2, .blockLabel].contains(kind) { labels = true }
            else if kind == .name || kind == .tree { name = true }
            else { other = true }
        }
        guard !labels else { return .newRow }
        if !name { return other ? .continues : .newRow }
        // The columns an indicator row fills here: every earlier row's (or `last`'s, when it is the first).
        let body = header.columns.indices.filter { ![.level1, .level2, .blockLabel].contains(header.columns[$0].column.kind) }
        let typical = body.filter { k in earlier.isEmpty ? !last.texts[k].isEmpty : earlier.allSatisfy { !$0.texts[k].isEmpty } }
        let owed = Set(typical.filter { last.texts[$0].isEmpty })
        let fillsNew = body.contains { !next.texts[$0].isEmpty && last.texts[$0].isEmpty && !owed.contains($0) }
        if fillsNew { return .newRow }
        let partial = typical.contains { next.texts[$0].isEmpty && !last.texts[$0].isEmpty }
        let valueAt = header.columns.firstIndex { [.value, .valueNumber].contains($0.column.kind) && $0.column.term == nil }
        if partial {
            if let v = valueAt, ownValues(last.texts[v], next.texts[v]) {
                let empty = typical.filter { next.texts[$0].isEmpty }.map { "“\(header.columns[$0].column.header)”" }.joined(separator: "、")
                return .cannotTell("它的\(empty)空着（像是上一行跨页的续行），却有自己的指标值“\(next.texts[v])”（上一行是“\(last.texts[v])”）")
            }
            return .continues
        }
        if !owed.isEmpty { return .newRow }
        for k in body where !last.texts[k].isEmpty && !next.texts[k].isEmpty {
            if leftOpen(last.texts[k]) || beginsAsRest(next.texts[k]) { return .continues }
            if k == valueAt, numberWithoutUnit(last.texts[k]), !beginsAsValue(next.texts[k]) { return .continues }
        }
        // A table whose rows hold a name and a value only: a row wrapped over the break has
        // both halves in both columns, as a new row has. A value of its own (`≥95%`), or
        // after a value that is whole or too short to have wrapped (`公里`, `稳步提高`),
        // makes a new row; words after a line of words could be either.
        if let v = valueAt, body.filter({ !next.texts[$0].isEmpty }).count <= 2, !last.texts[v].isEmpty, !next.texts[v].isEmpty,
           !beginsAsValue(next.texts[v]), !(beginsAsValue(last.texts[v]) && !numberWithoutUnit(last.texts[v])),
           !last.texts[v].hasAtMostCharacters(4) {
            return .cannotTell("这张表的指标行只有名称和指标值两格，它的指标值“\(next.texts[v])”可能是上一行指标值“\(last.texts[v])”跨页未印完的部分，名称也可能是")
        }
        return .newRow
    }

    /// Whether two rows each hold a value of their own: `next`'s begins as a value does (a
    /// digit or a comparator), and `last`'s is not a comparator or a decimal point waiting
    /// for its number.
    static func ownValues(_ last: String, _ next: String) -> Bool {
        guard let l = TextNormalization.halfWidth(last).last else { return false }
        return beginsAsValue(next) && !"≥≤<>=≧≦.".contains(l)
    }

    static func beginsAsValue(_ t: String) -> Bool {
        guard let c = TextNormalization.halfWidth(t).first else { return false }
        return c.isASCII && c.isNumber || "≥≤<>=≧≦".contains(c)
    }

    /// A value that stops after its number or comparator (`≥95`, `2`, `≥`): its unit may be on the next page.
    static func numberWithoutUnit(_ t: String) -> Bool {
        guard let c = TextNormalization.halfWidth(t).last else { return false }
        return c.isASCII && c.isNumber || "≥≤<>=≧≦.".contains(c)
    }

    /// A cell whose brackets are left open (`采购价（含`), or that stops at a joining word or
    /// mark (`2021年1月-`, `设备及`, `维修、`).
    static func leftOpen(_ t: String) -> Bool {
        if let c = t.last, "-—~～至、，,及和与：:/".contains(c) { return true }
        var depth = 0
        for c in t {
            if "(（[【《“".contains(c) { depth += 1 } else if ")）]】》”".contains(c) { depth -= 1 }
        }
        return depth > 0
    }

    /// A cell that begins where only a rest can: a closing bracket, a stop or a range's dash.
    static func beginsAsRest(_ t: String) -> Bool {
        guard let c = t.first else { return false }
        return ")）]】》”、，,。；;：:％%-—~～".contains(c)
    }

    /// A line of one cell in the 一级 or 二级 column reads as an indicator label: a frame's
    /// 一级 or 二级 (in any of the printed forms `IndicatorLabel` knows: `社会效益目标`), or a
    /// label of the template's own (`实施效果指标`).
    static func readsAsLabel(_ cell: String) -> Bool {
        if IndicatorLabel.isLevel1(cell) || IndicatorLabel.isLevel2(cell) { return true }
        var t = IndicatorHeader.withoutBrackets(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
        while let c = t.last, c == "*" || c == "★" || c.isNumber || c == "分" { t.removeLast() }
        return t.count > 2 && t.hasSuffix("指标")
    }

    /// `last` with `next`'s text added to each of its columns.
    static func joined(_ last: Raw, _ next: Raw) -> Raw {
        var r = last
        for k in r.texts.indices where !next.texts[k].isEmpty {
            r.texts[k] = r.texts[k].isEmpty ? next.texts[k] : PageFurniture.join(r.texts[k], next.texts[k])
        }
        return r
    }

    static func indicators(_ rows: [Raw], header: IndicatorHeader, values: inout TargetValues) -> [Indicator] {
        header.isTree ? tree(rows, header: header, values: &values) : table(rows, header: header, values: &values)
    }

    /// The text of the first column of a kind (of the table's own term).
    static func text(_ r: Raw, _ kind: IndicatorColumn.Kind, header: IndicatorHeader) -> String {
        guard let k = header.columns.firstIndex(where: { $0.column.kind == kind && $0.column.term == nil }) else { return "" }
        return r.texts[k]
    }

    /// 指标值 of a row: the value column, or its parts put together.
    static func value(_ r: Raw, header: IndicatorHeader) -> String {
        value(r, header: header, splitsValue: splitsValue(header))
    }

    /// Whether the header prints the value in parts (`TableLayout.splitsValue`): asked once
    /// per table, not once per row.
    static func splitsValue(_ header: IndicatorHeader) -> Bool {
        TableLayout(indicatorColumns: header.layoutColumns, hasSpendingPlan: false).splitsValue
    }

    static func value(_ r: Raw, header: IndicatorHeader, splitsValue: Bool) -> String {
        if header.columns.contains(where: { $0.column.kind == .areaValue && $0.column.term == nil }) {
            return areaValue(r, header: header, splitsValue: splitsValue)
        }
        if splitsValue {
            return SplitValue.combine(operator: SplitValue.comparator(operator: text(r, .valueOperator, header: header),
                                                                      direction: text(r, .direction, header: header)),
                                      number: text(r, .valueNumber, header: header),
                                      unit: text(r, .valueUnit, header: header))
        }
        return text(r, .value, header: header)
    }

    /// 指标值 of a row in a table with a value column per area: its 合计/全市 column, or —
    /// where it prints none — the value the areas' cells stand for (`AreaValues.combine`).
    /// A comparator printed in the 指标方向 column goes with each number.
    static func areaValue(_ r: Raw, header: IndicatorHeader, splitsValue: Bool) -> String {
        let comparator = text(r, .direction, header: header)
        if header.columns.contains(where: { $0.column.term == nil && [.value, .valueNumber].contains($0.column.kind) }) {
            let own = splitsValue ? SplitValue.combine(operator: SplitValue.comparator(operator: text(r, .valueOperator, header: header), direction: comparator),
                                                       number: text(r, .valueNumber, header: header), unit: text(r, .valueUnit, header: header))
                : AreaValues.withComparator(text(r, .value, header: header), comparator)
            return own
        }
        let cells = header.columns.indices.filter { header.columns[$0].column.kind == .areaValue && header.columns[$0].column.term == nil }
            .map { r.texts[$0] }
        return AreaValues.combine(cells, comparator: comparator, name: text(r, .name, header: header)).text
    }

    static func extras(_ r: Raw, header: IndicatorHeader) -> [IndicatorCell] {
        header.columns.enumerated().compactMap { k, c in
            c.column.isExtra ? IndicatorCell(header: c.column.header, kind: c.column.kind, term: c.column.term, text: r.texts[k]) : nil
        }
    }

    static func indicator(_ r: Raw, level1: String, level2: String, name: String, header: IndicatorHeader,
                          splitsValue: Bool, values: inout TargetValues) -> Indicator {
        Indicator(level1: level1, level2: level2, name: name, description: text(r, .description, header: header),
                  value: values.value(value(r, header: header, splitsValue: splitsValue)), basis: text(r, .basis, header: header), line: r.line,
                  extras: extras(r, header: header))
    }

    /// Whether a row has nothing but its 一级 / 二级 labels.
    static func labelsOnly(_ r: Raw, header: IndicatorHeader) -> Bool {
        header.columns.enumerated().allSatisfy { k, c in
            [.level1, .level2, .tree, .blockLabel].contains(c.column.kind) && c.column.term == nil || r.texts[k].isEmpty
        }
    }

    // MARK: - Column layouts

    static func table(_ rows: [Raw], header: IndicatorHeader, values: inout TargetValues) -> [Indicator] {
        // 1. Rows holding only labels that the rows below continue are labels, not indicators.
        var data: [(raw: Raw, level1: String, level2: String)] = []
        var pending1 = "", pending2 = ""
        for (n, r) in rows.enumerated() {
            var l1 = text(r, .level1, header: header), l2 = text(r, .level2, header: header)
            if l1.isEmpty { l1 = pending1 }
            if l2.isEmpty { l2 = pending2 }
            pending1 = ""
            pending2 = ""
            if labelsOnly(r, header: header), n + 1 < rows.count {
                let next = rows[n + 1]
                let next1 = text(next, .level1, header: header), next2 = text(next, .level2, header: header)
                if !l1.isEmpty && l2.isEmpty && next1.isEmpty {
                    pending1 = l1
                    continue
                }
                if !l2.isEmpty && next1.isEmpty && next2.isEmpty {
                    pending1 = l1
                    pending2 = l2
                    continue
                }
            }
            data.append((r, l1, l2))
        }

        // 2. A blank 一级 belongs to the block it is in: the one above, unless its 二级 belongs
        //    to the 一级 printed below (a label centred on a middle row of its block).
        var naive2: [String] = []
        for d in data { naive2.append(d.level2.isEmpty ? (naive2.last ?? "") : d.level2) }
        var level1 = data.map(\.level1)
        for i in data.indices where data[i].level1.isEmpty {
            let above = data[..<i].last { !$0.level1.isEmpty }?.level1
            let below = data[(i + 1)...].first { !$0.level1.isEmpty }?.level1
            guard let a = above else {
                level1[i] = below ?? ""
                continue
            }
            if let b = below, IndicatorLabel.standardLevel1(b) != IndicatorLabel.standardLevel1(a),
               !belongs(naive2[i], to: a), belongs(naive2[i], to: b) {
                level1[i] = b
            } else {
                level1[i] = a
            }
        }

        // 3. A blank 二级 continues the row above within the same 一级.
        let splits = splitsValue(header)
        var out: [Indicator] = []
        for (i, d) in data.enumerated() {
            var l2 = d.level2
            if l2.isEmpty, i > 0, level1[i] == level1[i - 1] { l2 = out[i - 1].level2 }
            out.append(indicator(d.raw, level1: level1[i], level2: l2, name: text(d.raw, .name, header: header), header: header,
                                 splitsValue: splits, values: &values))
        }
        return out
    }

    /// Whether a 二级 belongs under a 一级 in either frame.
    static func belongs(_ level2: String, to level1: String) -> Bool {
        guard !level2.isEmpty else { return false }
        let l1 = IndicatorLabel.standardLevel1(level1), l2 = IndicatorLabel.standardLevel2(level2)
        // The frames' own spellings, as most tables print them, are answered by their bytes
        // (a `String` key hashed and compared was most of this); other text as Strings compare.
        if allowedByBytes(l2, to: l1) { return true }
        return allowedByFrame.contains { $0[l1]?.contains(l2) == true }
    }

    /// Each frame's `allowed`, made once: the property builds its dictionary at every call.
    static let allowedByFrame = IndicatorFrame.allCases.map(\.allowed)

    /// `allowedByFrame` as UTF-8 bytes: each 一级 with the 二级 it allows, per frame.
    static let allowedBytes: [(level1: [UInt8], level2: [[UInt8]])] = allowedByFrame.flatMap { frame in
        frame.map { (Array($0.key.utf8), $0.value.map { Array($0.utf8) }) }
    }

    /// Whether some frame allows `level2` under `level1` with both spelt as its very bytes:
    /// true only where `allowedByFrame` says so (the same bytes are the same String).
    static func allowedByBytes(_ level2: String, to level1: String) -> Bool {
        var l1 = level1, l2 = level2
        return l1.withUTF8 { one in
            l2.withUTF8 { two in
                // `SameBytes.equal` compares the counts first.
                for k in allowedBytes.indices where allowedBytes[k].level1.withUnsafeBufferPointer({ SameBytes.equal($0, one) }) {
                    for name in allowedBytes[k].level2 where name.withUnsafeBufferPointer({ SameBytes.equal($0, two) }) { return true }
                }
                return false
            }
        }
    }

    // MARK: - Indented trees

    /// One name column: a row with only a 一级 or 二级 label opens that level; the rows
    /// below are its indicators. A label with no indicator under it stays as an empty row.
    static func tree(_ rows: [Raw], header: IndicatorHeader, values: inout TargetValues) -> [Indicator] {
        var out: [Indicator] = []
        var level1 = "", level2 = ""
        // The last label row, while no indicator has followed it.
        var pending: (raw: Raw, level: Int)?
        let splits = splitsValue(header)
        func flush() {
            if let p = pending {
                out.append(indicator(p.raw, level1: level1, level2: level2, name: "", header: header, splitsValue: splits, values: &values))
            }
            pending = nil
        }
        for r in rows {
            let name = text(r, .tree, header: header)
            if labelsOnly(r, header: header), !name.isEmpty {
                // 成本指标 and 满意度指标 are 一级 in one frame and 二级 in the other: under a
                // 一级 that allows them, they are its 二级.
                let asLevel2 = IndicatorLabel.isLevel2(name) && !level1.isEmpty && belongs(name, to: level1)
                if IndicatorLabel.isLevel1(name) && !asLevel2 {
                    flush()
                    level1 = name
                    level2 = ""
                    pending = (r, 1)
                    continue
                }
                if IndicatorLabel.isLevel2(name) {
                    if pending?.level == 2 { flush() }
                    level2 = name
                    pending = (r, 2)
                    continue
                }
            }
            pending = nil
            out.append(indicator(r, level1: level1, level2: level2, name: name, header: header, splitsValue: splits, values: &values))
        }
        flush()
        return out
    }
}
