import JixiaoModel

/// The indicator table's header row, read by its words: which column holds the 一级, the
/// 三级 name (`三级指标`, `指标内容`), the value — whole or in parts (指标性质 / 目标值 /
/// 度量单位) — the basis, 权重, 指标方向性, 备注, last year's actual, and 中期/长期 columns
/// beside the 年度 ones.
struct IndicatorHeader {
    /// The row's cell index of each column, in order.
    var columns: [(index: Int, column: IndicatorColumn)]
    var line: Int

    var layoutColumns: [IndicatorColumn] { columns.map(\.column) }

    /// How many cells a complete row has: up to the last column with a header.
    var cellCount: Int { (columns.last?.index ?? 0) + 1 }
    /// The cells of columns only the header's first row names (`name(blankColumnsFrom:)`):
    /// headed across both rows, their cells may be one merged cell for the whole table.
    var namedAbove: Set<Int> = []
    /// How many cells a row fills that no merged cell cut short: up to the last column the
    /// header's own row names (a row need not reach a column headed across both rows).
    var filledCellCount: Int { (columns.last { !namedAbove.contains($0.index) }?.index ?? 0) + 1 }

    var isTree: Bool { columns.contains { $0.column.kind == .tree } }

    /// `一级指标 二级指标 三级指标 …` (possibly after a `绩效指标` block cell), or the header
    /// of an indented tree: `项目 指标值 …`.
    static func isHeader(_ row: Row) -> Bool {
        // Asked of most rows two or three times (`TableStarts`, `PageFurniture`, `TableReading`).
        row.remembered(.isIndicatorHeader, isHeaderOnce)
    }

    private static func isHeaderOnce(_ row: Row) -> Bool {
        if PlainText.isWord(row.label, "一级指标") { return true }
        // Asked of most rows: without 级 (一级, 二级, 三级) no cell can begin with them, and
        // the cells are not made bare.
        if row.has("级") {
            let cells = row.cells.map(bare)
            if cells.contains(where: { $0.hasPrefix("一级") }) && cells.contains(where: { $0.hasPrefix("二级") || $0.hasPrefix("三级") }) {
                return true
            }
        }
        return isTreeHeader(row)
    }

    /// A header cell as its words are compared: without blanks, half-width, and without a
    /// scan's stray `*` between two Chinese characters (`二*级指标`, `指*标值`).
    static func bare(_ cell: String) -> String {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        return TextNormalization.strayStarsRemoved(t) ?? t
    }

    /// The first row of a header printed on two rows: the indicator block's label
    /// (`绩效指标`) and the names of columns the second row leaves blank
    /// (`绩效指标 | | | | 保障绩效目标实现措施`, 鄂州 2022) — words only, no figure or amount
    /// among them. The header must follow (`TableReading.heldRow`).
    static func isFirstRow(_ row: Row) -> Bool {
        guard row.nonEmptyCount >= 2, RowLabels.blockLabels.contains(where: { PlainText.isWord(row.label, $0) }) else { return false }
        return row.nonEmpty.dropFirst().allSatisfy { cell in
            cell.hasAtMostCharacters(16) && !cell.unicodeScalars.contains { $0.properties.numericType != nil }
                && BudgetItemKind.of(cell) == nil
        }
    }

    /// Names the columns the header leaves blank by the cells above them on its first row
    /// (`isFirstRow`); the block label's cell, over the columns the header names, stays out.
    mutating func name(blankColumnsFrom row: Row) {
        for (i, cell) in row.cells.enumerated().dropFirst() where !cell.isEmpty && !columns.contains(where: { $0.index == i }) {
            let (kind, term) = Self.classify(cell, isFirst: false, tree: isTree)
            let at = columns.firstIndex { $0.index > i } ?? columns.count
            columns.insert((i, IndicatorColumn(header: TextNormalization.trimmed(cell), kind: kind, term: term)), at: at)
            namedAbove.insert(i)
        }
        settleValueColumns()
    }

    static let treeNames: Set<String> = ["项目", "指标", "指标名称", "绩效指标", "指标项目", "指标体系"]

    static func isTreeHeader(_ row: Row) -> Bool {
        // A tree's header names 指标值 or 目标值: without 值 it is not one.
        guard row.has("值") else { return false }
        let cells = row.nonEmpty.map(bare)
        guard let first = cells.first, treeNames.contains(first), cells.count >= 2 else { return false }
        return cells.dropFirst().contains { $0.contains("指标值") || $0.contains("目标值") } &&
            !cells.contains { $0.hasPrefix("一级") || $0.hasPrefix("二级") }
    }

    static func read(_ row: Row) -> IndicatorHeader {
        let tree = isTreeHeader(row)
        var columns: [(Int, IndicatorColumn)] = []
        for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
            var (kind, term) = classify(cell, isFirst: columns.isEmpty, tree: tree)
            if tree && columns.isEmpty { kind = .tree; term = nil }
            columns.append((i, IndicatorColumn(header: cell, kind: kind, term: term)))
        }
        var header = IndicatorHeader(columns: columns, line: row.number)
        header.markAreaColumns()
        header.settleValueColumns()
        header.settleNameColumns()
        return header
    }

    /// A second name column beside the 三级 one — `三级指标 | 指标内容(150字内)` in 广西's 2021
    /// 财政支出绩效目标申报表, where 指标内容 says what the indicator measures
    /// (`资金到位率=(实际到位资金/计划投入资金)×100%`) — is the description when the table has
    /// none, else a column kept as printed. Before, its cells were dropped (only the first
    /// name column is read). A header with two 一级 or 二级 columns (blocks side by side) is
    /// left to `settleValueColumns`.
    mutating func settleNameColumns() {
        let own = columns.indices.filter { columns[$0].column.term == nil }
        let names = own.filter { columns[$0].column.kind == .name }
        guard names.count > 1, own.filter({ columns[$0].column.kind == .level1 }).count <= 1,
              own.filter({ columns[$0].column.kind == .level2 }).count <= 1 else { return }
        let keep = names.first { TextNormalization.contains(Self.bare(columns[$0].column.header), "三级") } ?? names[0]
        var described = own.contains { columns[$0].column.kind == .description }
        for k in names where k != keep {
            columns[k].column.kind = described ? .other : .description
            described = true
        }
    }

    /// Columns headed by an area's name right of the name column (`笏石街道办 | 埭头镇`,
    /// `西坪镇尧山村 | …`) hold each area's target value; a 合计/全市 column among them, where
    /// the table has no value column of its own, is the table's value (`AreaValues`).
    mutating func markAreaColumns() {
        guard let nameAt = columns.firstIndex(where: { $0.column.kind == .name || $0.column.kind == .tree }) else { return }
        let candidates = columns.indices.filter { $0 > nameAt && columns[$0].column.kind == .other && columns[$0].column.term == nil }
        let areas = candidates.filter { AreaValues.isAreaName(columns[$0].column.header) }
        guard !areas.isEmpty else { return }
        for k in areas { columns[k].column.kind = .areaValue }
        let ownValue = columns.contains { $0.column.term == nil && [.value, .valueNumber].contains($0.column.kind) }
        if !ownValue, let total = candidates.first(where: { AreaValues.isTotalName(columns[$0].column.header) }) {
            columns[total].column.kind = .value
        }
    }

    /// A second header row naming the areas under a merged `区域目标值` (or `指标值`) cell:
    /// `新罗区 永定区 上杭县 …`, perhaps with a `合计`/`全市` among them. Each area's column
    /// holds its target value; the total, if printed, is the table's value.
    mutating func merge(areaSubHeader row: Row) -> Bool {
        // Asked of the first row under every header: where the row's first cell stands is
        // looked at before its cells' words (an indicator row begins under the 一级 column,
        // with no name column before it, and is answered without them).
        guard row.nonEmptyCount >= 2, let first = row.firstNonEmptyIndex,
              let parent = columns.last(where: { $0.index <= first }),
              [.value, .valueNumber, .other].contains(parent.column.kind), parent.column.term == nil,
              columns.contains(where: { ($0.column.kind == .name || $0.column.kind == .tree) && $0.index < first }) else { return false }
        let cells = row.cells.enumerated().filter { !$0.element.isEmpty }
        guard cells.allSatisfy({ AreaValues.isAreaName($0.element) || AreaValues.isTotalName($0.element) }),
              cells.contains(where: { AreaValues.isAreaName($0.element) }) else { return false }
        for (i, text) in cells {
            let kind: IndicatorColumn.Kind = AreaValues.isTotalName(text) ? .value : .areaValue
            let column = IndicatorColumn(header: TextNormalization.trimmed(text), kind: kind)
            if let k = columns.firstIndex(where: { $0.index == i }) {
                columns[k].column = column
            } else {
                let at = columns.firstIndex { $0.index > i } ?? columns.count
                columns.insert((i, column), at: at)
            }
        }
        // The merged cell's own column, where no area sits under its first cell, held nothing.
        columns.removeAll { $0.index == parent.index && $0.column.header == parent.column.header && $0.index < first }
        settleValueColumns()
        line = row.number
        return true
    }

    /// A second header row under a merged `指标值` cell: `2021年实际实现值 预期2022年实现值`,
    /// `中期 年度`. Merges it and returns true; false when the row is data.
    mutating func merge(subHeader row: Row) -> Bool {
        if merge(areaSubHeader: row) { return true }
        // (The words asked before the cells are listed: a data row is answered at its first cell.)
        guard row.nonEmptyCount > 0, row.cells.allSatisfy({ $0.isEmpty || Self.isSubHeaderWord($0) }) else { return false }
        let cells = row.cells.enumerated().filter { !$0.element.isEmpty }
        for (i, text) in cells {
            let parent = columns.last { $0.index <= i }?.column.header ?? ""
            let header = (parent.isEmpty || text.contains("值") ? text : parent + "(" + text + ")")
            let (kind, term) = Self.classify(header, isFirst: false, tree: false)
            let column = IndicatorColumn(header: header, kind: kind == .other ? .value : kind, term: term)
            if let k = columns.firstIndex(where: { $0.index == i }) {
                columns[k].column = column
            } else {
                let at = columns.firstIndex { $0.index > i } ?? columns.count
                columns.insert((i, column), at: at)
            }
        }
        settleValueColumns()
        line = row.number
        return true
    }

    static func isSubHeaderWord(_ cell: String) -> Bool {
        let c = TextNormalization.withoutBlanks(cell)
        guard c.hasAtMostCharacters(16), !IndicatorLabel.isLevel1(c), !IndicatorLabel.isLevel2(c) else { return false }
        return ["实际", "实现值", "完成值", "预期", "中期", "长期", "年度", "指标值", "目标值", "当年", "上年"].contains { c.contains($0) }
    }

    /// Where the comparator or unit has a column of its own, the value column holds the
    /// number; a table with only 中期/长期 values uses them as its own.
    mutating func settleValueColumns() {
        markMediumTermSet()
        // `一级 二级 三级 中期指标值 一级 二级 三级 年度指标值`: two blocks side by side; the
        // whole block takes the term its value column names.
        let starts = columns.indices.filter { columns[$0].column.kind == .level1 && columns[$0].column.term == nil }
        if starts.count > 1 {
            for (b, start) in starts.enumerated() {
                let end = b + 1 < starts.count ? starts[b + 1] : columns.count
                let block = start..<end
                let values = block.filter { [.value, .valueNumber].contains(columns[$0].column.kind) }
                guard !values.contains(where: { columns[$0].column.term == nil }),
                      let term = values.compactMap({ columns[$0].column.term }).first else { continue }
                for k in block where columns[k].column.kind != .blockLabel { columns[k].column.term = term }
            }
        }
        let terms: [IndicatorColumn.Term?] = [nil, .medium, .long]
        for term in terms {
            let split = columns.contains { $0.column.term == term && ($0.column.kind == .valueOperator || $0.column.kind == .valueUnit) }
            for k in columns.indices where columns[k].column.term == term {
                if split && columns[k].column.kind == .value { columns[k].column.kind = .valueNumber }
                if !split && columns[k].column.kind == .valueNumber { columns[k].column.kind = .value }
            }
        }
        let own = columns.contains { $0.column.term == nil && ($0.column.kind == .value || $0.column.kind == .valueNumber) }
        if !own, let term = [IndicatorColumn.Term.medium, .long].first(where: { t in columns.contains { $0.column.term == t } }) {
            for k in columns.indices where columns[k].column.term == term { columns[k].column.term = nil }
        }
    }

    /// The 88号 template's header, `一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值`:
    /// the 中期 set beside the 年度 one, as its 中期资金总额 and 中期目标 stand left of the
    /// 年度 ones. The year's targets are the second set: the first is marked 中期 (kept with
    /// each indicator, `Indicator.extras`). Before, the first set was read and the second's
    /// cells were dropped.
    mutating func markMediumTermSet() {
        let own = columns.indices.filter { columns[$0].column.term == nil }
        let level2s = own.filter { columns[$0].column.kind == .level2 }
        guard level2s.count == 2, own.filter({ columns[$0].column.kind == .level1 }).count <= 1,
              !own.contains(where: { columns[$0].column.kind == .level1 && $0 > level2s[0] }) else { return }
        let first = Array(level2s[0]..<level2s[1]), second = Array(level2s[1]..<columns.count)
        let all = columns
        let kinds = { (ks: [Int]) in ks.map { all[$0].column.kind } }
        guard columns[level2s[0]..<columns.count].allSatisfy({ $0.column.term == nil }),
              kinds(first) == Array(kinds(second).prefix(first.count)), kinds(first).contains(.value) else { return }
        for k in first { columns[k].column.term = .medium }
    }

    /// What a header names. Brackets are ignored for the kind (`权重(%)`, `指标值(包含数字及
    /// 文字描述)`) but name the term (`指标值(长期)`).
    static func classify(_ header: String, isFirst: Bool, tree: Bool) -> (IndicatorColumn.Kind, IndicatorColumn.Term?) {
        let full = bare(header)
        let term: IndicatorColumn.Term? = TextNormalization.contains(full, "长期") ? .long : TextNormalization.contains(full, "中期") ? .medium : nil
        var h = withoutBrackets(full)
        // (`本年度 绩效指标`, 湘潭 2023's block label, is `绩效指标`.)
        for word in ["长期", "中期", "本年度", "年度", "当年"] { h = h.replacingAll(word, with: "") }
        if h.isEmpty { h = full }
        let kind: IndicatorColumn.Kind
        if isFirst && ["绩效指标", "指标", "绩效目标指标", "指标体系"].contains(h) && !tree {
            kind = .blockLabel
        } else if TextNormalization.contains(h, "一级") {
            kind = .level1
        } else if TextNormalization.contains(h, "二级") {
            kind = .level2
        } else if TextNormalization.contains(h, "三级") || ["指标内容", "指标名称", "绩效指标名称", "具体指标", "绩效指标", "指标", "指标项"].contains(h) {
            kind = .name
        } else if TextNormalization.contains(h, "评分") || TextNormalization.contains(h, "扣分") || TextNormalization.contains(h, "计分"),
                  !TextNormalization.contains(h, "分值"), !TextNormalization.contains(h, "权重") {
            // `*评(扣)分标准`, `评分标准`, `扣分规则` (湖南's 整体/项目 templates): how a shortfall is
            // scored, not where the value comes from; kept as printed.
            kind = .other
        } else if TextNormalization.contains(h, "依据") || (TextNormalization.contains(h, "标准") && !TextNormalization.contains(h, "标准值")) {
            kind = .basis
        } else if TextNormalization.contains(h, "解释") {
            kind = .explanation
        } else if TextNormalization.contains(h, "内容") {
            kind = .valueContent
        } else if TextNormalization.contains(h, "描述") || TextNormalization.contains(h, "说明") {
            kind = .description
        } else if TextNormalization.contains(h, "性质") || TextNormalization.contains(h, "类型") || TextNormalization.contains(h, "符号") || TextNormalization.contains(h, "运算") {
            kind = .valueOperator
        } else if TextNormalization.contains(h, "单位"), TextNormalization.contains(h, "指标值") || TextNormalization.contains(h, "目标值"),
                  ["及", "和", "与", "含", "、"].contains(where: { TextNormalization.contains(h, $0) }) {
            // `指标值及单位` (湘潭 2023): the value with its unit, not a unit column.
            kind = .value
        } else if TextNormalization.contains(h, "单位") {
            kind = .valueUnit
        } else if TextNormalization.contains(h, "权重") || TextNormalization.contains(h, "分值") || h == "分数" || h == "得分" {
            kind = .weight
        } else if TextNormalization.contains(h, "方向") {
            kind = .direction
        } else if TextNormalization.contains(h, "备注") {
            kind = .remark
        } else if TextNormalization.contains(h, "实际") || h.hasPrefix("上年") || h.hasPrefix("上一年") {
            kind = .previousActual
        } else if TextNormalization.contains(h, "指标值") || TextNormalization.contains(h, "目标值") || TextNormalization.contains(h, "实现值") || TextNormalization.contains(h, "预期值") || TextNormalization.contains(h, "标准值") || h == "值"
                    // `年度数值` (临邑县 2025, 山东's 项目支出目标申报表).
                    || TextNormalization.contains(h, "数值") {
            kind = .value
        } else if TextNormalization.contains(h, "金额") || TextNormalization.contains(h, "资金") {
            kind = .amount
        } else {
            kind = .other
        }
        return (kind, term)
    }

    /// The header of a 绩效自评表 — a year's results scored after the fact — not of a
    /// target table: a column of this year's actual results (`实际完成值`, not last year's
    /// `2021年实际实现值` that target tables print beside their targets) with a score
    /// obtained (`得分`) or the reasons for missing the target (`偏差原因分析`). Returns
    /// the headers that show it.
    var selfEvaluationColumns: [String]? {
        func bare(_ h: String) -> String { TextNormalization.withoutBlanks(TextNormalization.halfWidth(h)) }
        // Foundation's `contains` by bytes where the header is plain text (`PlainText`): asked
        // of every header cell of every table, it was a fifth of reading.
        func has(_ h: String, _ word: String) -> Bool { PlainText.contains(h, word) }
        // The scores first: a target table has none, and its headers need not be asked for
        // an actual column.
        let scored = columns.filter { c in
            let h = Self.withoutBrackets(bare(c.column.header))
            return h == "得分" || has(h, "偏差")
        }
        guard !scored.isEmpty else { return nil }
        let actual = columns.first { c in
            let h = bare(c.column.header)
            guard has(h, "实际") || has(h, "完成值") else { return false }
            // Last year's actual, as target tables print it: `上年实际`, `2021年实际实现值`.
            return !has(h, "上年") && !has(h, "上一年") && YearMentions.find(in: h).isEmpty
        }
        guard let actual else { return nil }
        return [actual.column.header] + scored.map(\.column.header)
    }

    /// `权重(%)` → `权重`; `指标值(长期)` → `指标值`.
    static func withoutBrackets(_ t: String) -> String {
        // No bracket scalar, no bracket Character: most headers are returned as they are.
        guard t.unicodeScalars.contains(where: { "(（)）".unicodeScalars.contains($0) }) else { return t }
        var out = ""
        var depth = 0
        for c in t {
            if "(（".contains(c) { depth += 1; continue }
            if ")）".contains(c) { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }
}
