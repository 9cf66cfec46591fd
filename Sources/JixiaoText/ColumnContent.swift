import JixiaoModel

/// What a column's cells hold, read from the cells: target values (`≥95%`, `2280次`),
/// bases (`计划标准`, `100%(计划标准)`), or sentences that describe the indicator
/// (`反映办公大楼全年维修维护情况`). Some headers do not say which: `指标解释` and
/// `指标值内容` describe the indicator in 南县's template but hold 计划标准 in 宁德's;
/// `绩效标准` holds the basis in 湘潭's and the description in 鄂州's.
enum ColumnContent: Equatable {
    case values, bases, descriptions
    /// No cell filled: nothing to tell by.
    case empty

    /// The kind most of the filled cells are (values and bases before descriptions: a
    /// description is whatever is neither).
    static func of(_ cells: [String]) -> ColumnContent {
        var filled = 0, values = 0, bases = 0
        for cell in cells {
            let t = IndicatorHeader.bare(cell)
            guard !t.isEmpty else { continue }
            filled += 1
            if isBasis(t) { bases += 1 } else if isValue(t) { values += 1 }
        }
        guard filled > 0 else { return .empty }
        if bases * 2 >= filled { return .bases }
        if values * 2 >= filled { return .values }
        return .descriptions
    }

    /// A basis names where a value comes from: a short cell with 标准 or 依据 in it
    /// (`计划标准`, `行业标准`, `100%(计划标准)`, `依据招标文件`), not a sentence that mentions a
    /// standard (`反映是否符合国家标准`).
    static func isBasis(_ bare: String) -> Bool {
        guard bare.hasAtMostCharacters(16), !describes(bare) else { return false }
        return TextNormalization.contains(bare, "标准") || TextNormalization.contains(bare, "依据")
    }

    /// A value begins with a figure or a comparator (`2280次`, `≥92%`, `>92%`), or is a
    /// short figure with its words (`全年100%`).
    static func isValue(_ bare: String) -> Bool {
        if IndicatorRows.beginsAsValue(bare) { return true }
        return bare.hasAtMostCharacters(8) && bare.contains { $0.isASCII && $0.isNumber }
    }

    /// The words a description begins with: `反映…`, `考核…`, `衡量…`.
    static func describes(_ bare: String) -> Bool {
        ["反映", "考核", "考察", "衡量", "评价", "用于", "是指", "指"].contains { bare.hasPrefix($0) }
    }
}

extension IndicatorHeader {
    /// The header with its unsure columns read by what their cells hold (`ColumnContent`):
    ///
    /// - `指标解释` / `指标值内容` where the table has no 绩效指标描述 is the description
    ///   when its cells describe, the basis when they name bases and the table has none;
    /// - a basis column headed by a standard, not by 依据 (`绩效标准`), holding
    ///   descriptions is the description (鄂州 2022: `反映…情况`), holding values is the
    ///   value where the table has no value column, else kept as printed.
    ///
    /// An empty column, or cells that agree with the header, leave it as it is.
    func settled(byCells rows: [IndicatorRows.Raw]) -> IndicatorHeader {
        let header = twoLevelsSettled(byCells: rows)
        return header.unsureColumnsSettled(byCells: rows)
    }

    /// A two-level template (鄂州 2022: `一级指标 | 二级指标 | 绩效标准 | 当年预期实现值`, no 三级
    /// column) whose 一级 column holds the frames' 二级 (`数量指标`, `质量指标`) and whose 二级
    /// column holds the indicators' names: the columns are read as 二级 and 三级, and each
    /// row's 一级 is the one its 二级 belongs to (`IndicatorLabel.standardLevels`). Before,
    /// every row lacked its 三级 and the table its 产出/效益/满意度.
    func twoLevelsSettled(byCells rows: [IndicatorRows.Raw]) -> IndicatorHeader {
        let own = columns.indices.filter { columns[$0].column.term == nil }
        guard !own.contains(where: { [.name, .tree].contains(columns[$0].column.kind) }),
              let one = own.first(where: { columns[$0].column.kind == .level1 }),
              let two = own.first(where: { columns[$0].column.kind == .level2 }), one < two,
              own.filter({ [.level1, .level2].contains(columns[$0].column.kind) }).count == 2 else { return self }
        let firsts = rows.map { $0.texts[one] }.filter { !TextNormalization.withoutBlanks($0).isEmpty }
        let seconds = rows.map { $0.texts[two] }.filter { !TextNormalization.withoutBlanks($0).isEmpty }
        guard !firsts.isEmpty, firsts.allSatisfy(IndicatorLabel.isLevel2), !firsts.allSatisfy(IndicatorLabel.isLevel1),
              seconds.count >= firsts.count, !seconds.contains(where: IndicatorLabel.isLevel2) else { return self }
        var out = self
        out.columns[one].column.kind = .level2
        out.columns[two].column.kind = .name
        return out
    }

    /// `settled(byCells:)`'s columns of a header that does not say what they hold.
    func unsureColumnsSettled(byCells rows: [IndicatorRows.Raw]) -> IndicatorHeader {
        // Most tables name their columns plainly: no column to ask its cells about.
        let unsure = columns.indices.filter { k in
            let c = columns[k].column
            guard c.term == nil else { return false }
            switch c.kind {
            case .explanation, .valueContent: return true
            case .basis: return !TextNormalization.contains(Self.bare(c.header), "依据")
            default: return false
            }
        }
        guard !unsure.isEmpty else { return self }
        var out = self
        func has(_ kinds: [IndicatorColumn.Kind], besides k: Int) -> Bool {
            out.columns.indices.contains { $0 != k && out.columns[$0].column.term == nil && kinds.contains(out.columns[$0].column.kind) }
        }
        for k in unsure {
            let content = ColumnContent.of(rows.map { $0.texts[k] })
            switch (out.columns[k].column.kind, content) {
            case (_, .empty): break
            case (.explanation, .descriptions), (.valueContent, .descriptions), (.basis, .descriptions):
                if !has([.description], besides: k) { out.columns[k].column.kind = .description }
            case (.explanation, .bases), (.valueContent, .bases):
                if !has([.basis], besides: k) { out.columns[k].column.kind = .basis }
            case (.basis, .values):
                out.columns[k].column.kind = has([.value, .valueNumber], besides: k) ? .other : .value
            default: break
            }
        }
        return out
    }
}
