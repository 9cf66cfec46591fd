/// A table that prints one target-value column per area (a transfer shared out among
/// counties, towns or villages: `区域目标值 | 新罗区 | 永定区 | …`, `指标方向 | 笏石街道办 |
/// 埭头镇`, `西坪镇尧山村 | 桃舟乡吾培村 | …`). Every area's cell is kept
/// (`IndicatorColumn.Kind.areaValue`, in `Indicator.extras`); the value the rules judge is
/// the table's 合计/全市/全区 column where it prints one, else one put together from the
/// areas: their sum when each is a count of the same unit and comparator, else their
/// common value when every area prints the same, none otherwise (rates, durations,
/// differing words). `indicator.area-values` says which, row by row.
public enum AreaValues {
    /// How the judged value of a row was put together from its areas' cells.
    public enum Basis: Equatable, Sendable {
        /// Every area prints this value.
        case same
        /// The areas' counts added up.
        case sum
        /// No value stands for the whole table: the areas differ and cannot be added.
        case none
        /// No area cell is filled.
        case empty
    }

    /// Place-name endings of the areas a transfer goes to: 县/区/市 … down to 村 and 社区.
    static let areaEndings = ["省", "市", "区", "县", "旗", "盟", "州", "镇", "乡", "村", "街道", "街道办", "办事处", "社区", "管委会"]

    /// Headers of a column that totals the areas.
    static let totalNames: Set<String> = ["合计", "总计", "小计", "汇总", "全省", "全市", "全区", "全县", "全旗", "全州", "全盟",
                                          "全镇", "全乡", "本级", "市本级", "县本级", "区本级", "全市合计", "全区合计", "全县合计"]

    /// Headers no area column has, although they end like a place.
    static let notAreas: Set<String> = ["地区", "区域", "补助区域", "所属区", "实施地区", "项目区", "城市", "城区", "辖区", "园区",
                                        "社区", "乡村", "农村", "行政村", "村", "镇", "乡", "县", "市", "区"]

    public static func bare(_ header: String) -> String {
        TextNormalization.withoutBlanks(TextNormalization.halfWidth(header))
    }

    /// A column header naming a total of the areas: `合计`, `全市`, `全区合计`.
    public static func isTotalName(_ header: String) -> Bool { totalNames.contains(bare(header)) }

    /// A column header naming an area: a short place name (`新罗区`, `笏石街道办`,
    /// `西坪镇尧山村`) made of Chinese characters and ending as places do.
    public static func isAreaName(_ header: String) -> Bool {
        let h = bare(header)
        guard !notAreas.contains(h), h.count >= 2, h.count <= 12, h.allSatisfy(TextNormalization.isHan) else { return false }
        guard !["指标", "目标", "资金", "金额", "单位", "标准", "依据", "说明", "解释", "方向", "权重", "分值", "性质", "备注"]
            .contains(where: { h.contains($0) }) else { return false }
        return areaEndings.contains { h.hasSuffix($0) && h.count > $0.count }
    }

    /// The value a row's area cells stand for, and how it was found. `comparator` is the
    /// 指标方向 column's when it holds one (`≥`): each area's bare number takes it.
    public static func combine(_ cells: [String], comparator: String = "", name: String = "") -> (text: String, basis: Basis) {
        let filled = cells.map { TextNormalization.trimmed($0) }.filter { !$0.isEmpty }.map { withComparator($0, comparator) }
        guard let first = filled.first else { return ("", .empty) }
        guard filled.count == cells.count else { return ("", .none) }
        // Counts add up even where every area prints the same (`1`, `1` → `2`: two works, one each).
        if let sum = sum(filled, name: name) { return (sum, .sum) }
        if filled.allSatisfy({ bare($0) == bare(first) }) { return (first, .same) }
        return ("", .none)
    }

    /// `≥` + `1` → `≥1`; a cell with its own comparator keeps it.
    public static func withComparator(_ cell: String, _ comparator: String) -> String {
        let c = TextNormalization.trimmed(comparator)
        guard !c.isEmpty, SplitValue.isComparator(c), let f = cell.first, f.isASCII && f.isNumber else { return cell }
        return c + cell
    }

    /// Units that are not counts of things: rates and lengths of time do not add across areas.
    static let unaddable: Set<String> = ["%", "‰", "天", "日", "月", "年", "小时", "分钟", "工作日", "个月", "周", "个工作日", "季度"]
    /// Names of rates, shares and levels: their areas' values do not add either.
    static let rateWords = ["率", "满意", "比例", "占比", "比重", "指数", "程度", "水平", "等级", "时限", "时间", "周期"]

    /// A cell read as a count: a plain number, a comparator or none, and a unit that adds
    /// (no rate or time); nil for anything else.
    static func count(_ cell: String) -> (operator: String, number: String, unit: String)? {
        let parts = SplitValue.split(TextNormalization.halfWidth(TextNormalization.withoutBlanks(cell)))
        guard !parts.number.isEmpty, parts.number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              parts.operator.isEmpty || SplitValue.isComparator(parts.operator),
              !unaddable.contains(parts.unit) else { return nil }
        return parts
    }

    /// The units of areas' counts that would add up but for their units (`1座`, `2个` → `座`, `个`):
    /// every cell a number with a unit, one comparator, no rate or time; nil when the cells are
    /// not such counts or share one unit.
    public static func clashingUnits(_ cells: [String], comparator: String = "", name: String = "") -> [String]? {
        guard cells.count > 1, !rateWords.contains(where: { name.contains($0) }) else { return nil }
        var comparators: Set<String> = [], units: [String] = []
        for cell in cells {
            guard let parts = count(withComparator(TextNormalization.trimmed(cell), comparator)), !parts.unit.isEmpty else { return nil }
            comparators.insert(parts.operator)
            if !units.contains(parts.unit) { units.append(parts.unit) }
        }
        return comparators.count == 1 && units.count > 1 ? units : nil
    }

    /// The areas' counts added up — `≥1`, `≥1` → `≥2`; `2个`, `3个` → `5个` — when every
    /// cell is a number with the same comparator and unit, and the unit (or the name) is no rate or time.
    static func sum(_ cells: [String], name: String) -> String? {
        guard !rateWords.contains(where: { name.contains($0) }) else { return nil }
        var comparator: String?, unit: String?, scale = 0
        var numbers: [(whole: String, fraction: String)] = []
        for cell in cells {
            guard let parts = count(cell), comparator == nil || comparator == parts.operator,
                  unit == nil || unit == parts.unit else { return nil }
            comparator = parts.operator
            unit = parts.unit
            let split = parts.number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard split.count <= 2, let whole = split.first, !whole.isEmpty, !(split.count == 2 && split[1].isEmpty),
                  whole.count <= 12 else { return nil }
            let fraction = split.count == 2 ? split[1] : ""
            guard fraction.count <= 6 else { return nil }
            scale = max(scale, fraction.count)
            numbers.append((whole, fraction))
        }
        var total = 0
        for n in numbers {
            let digits = n.whole + n.fraction + String(repeating: "0", count: scale - n.fraction.count)
            guard let v = Int(digits) else { return nil }
            let (t, overflow) = total.addingReportingOverflow(v)
            guard !overflow else { return nil }
            total = t
        }
        var text = String(total)
        if scale > 0 {
            while text.count <= scale { text = "0" + text }
            let cut = text.index(text.endIndex, offsetBy: -scale)
            text = text[..<cut] + "." + text[cut...]
        }
        return (comparator ?? "") + text + (unit ?? "")
    }
}

extension TableLayout {
    /// The table prints one target-value column per area.
    public var hasAreaValues: Bool { has(.areaValue) }

    /// The table's areas, as its columns name them.
    public var areaNames: [String] { indicatorColumns.filter { $0.kind == .areaValue && $0.term == nil }.map(\.header) }

    /// 指标值 is put together from the areas' columns: the table prints no value or total column.
    public var composesValueFromAreas: Bool { hasAreaValues && !has(.value) && !has(.valueNumber) }
}

extension Indicator {
    /// The row's cells in the areas' columns, in order.
    public var areaCells: [IndicatorCell] { extras.filter { $0.kind == .areaValue && $0.term == nil } }

    /// How the value of a row of a table without a total column was put together from its areas.
    public var areaBasis: AreaValues.Basis {
        AreaValues.combine(areaCells.map(\.text), comparator: extra(.direction) ?? "", name: name).basis
    }
}
