/// What a project table had, as printed: its indicator columns (found by reading the
/// header row, not by position) and whether it had a 资金支出计划 row. Rules use it to
/// say once that a layout has no 指标值确定依据 column or no spending plan, instead of a
/// finding on every row.
public struct TableLayout: Hashable, Sendable, Codable {
    /// The indicator header, one entry per column, in order.
    public var indicatorColumns: [IndicatorColumn]
    /// The table had a 资金支出计划 row (with or without figures).
    public var hasSpendingPlan: Bool

    public init(indicatorColumns: [IndicatorColumn], hasSpendingPlan: Bool) {
        self.indicatorColumns = indicatorColumns
        self.hasSpendingPlan = hasSpendingPlan
    }

    /// The layout of the bundled sample and of the 88号 template: six columns and a
    /// spending plan.
    public static let standard = TableLayout(indicatorColumns: IndicatorColumn.standardSix, hasSpendingPlan: true)

    public func has(_ kind: IndicatorColumn.Kind) -> Bool {
        indicatorColumns.contains { $0.kind == kind && $0.term == nil }
    }

    /// The table had a 指标值确定依据 (or 指标标准或依据) column.
    public var hasBasisColumn: Bool { has(.basis) }
    /// The table had a 绩效指标描述 column.
    public var hasDescriptionColumn: Bool { has(.description) }
    /// The table had a 三级指标 (or 指标内容) column.
    public var hasNameColumn: Bool { has(.name) || has(.tree) }

    /// The columns beyond the six standard ones (and the parts of a split 指标值), in order:
    /// what `Indicator.extras` holds a cell for.
    public var extraColumns: [IndicatorColumn] { indicatorColumns.filter(\.isExtra) }

    /// Whether 指标值 is printed in parts (operator, number, unit columns) and put together.
    public var splitsValue: Bool { indicatorColumns.contains { $0.term == nil && $0.kind.isValuePart } }
}

/// One column of the indicator table: its header as printed and what it holds.
public struct IndicatorColumn: Hashable, Sendable, Codable {
    /// The header as printed: `权重(%)`, `指标值(长期)`, `2021年实际实现值`.
    public var header: String
    public var kind: Kind
    /// 中期 or 长期 for a column beside the 年度 one (`指标值(长期)`); nil for the
    /// table's own (年度) columns.
    public var term: Term?

    public init(header: String, kind: Kind, term: Term? = nil) {
        self.header = header
        self.kind = kind
        self.term = term
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case level1, level2, name, description, value, basis
        /// 指标性质 / 指标值类型: the comparator (`≥`) or `定性` of a split value.
        case valueOperator
        /// 目标值 / 指标值 when the comparator or unit has a column of its own.
        case valueNumber
        /// 度量单位 / 计量单位.
        case valueUnit
        /// 权重, 权重(%), 分值.
        case weight
        /// 指标方向性 (正向 / 反向).
        case direction
        /// 备注.
        case remark
        /// 指标解释.
        case explanation
        /// 指标值内容.
        case valueContent
        /// Last year's actual value: `2021年实际实现值`.
        case previousActual
        /// 绩效金额 and other amounts per indicator.
        case amount
        /// One area's target value, in a table printing a value column per area (`新罗区`,
        /// `笏石街道办`): the header is the area's name (`AreaValues`).
        case areaValue
        /// The one name column of an indented tree (`项目`): 一级 and 二级 labels on
        /// rows of their own, 三级 names below them.
        case tree
        /// A leading column that only labels the block (`绩效指标`).
        case blockLabel
        /// Any other column, kept as printed.
        case other

        /// The standard name, for screens: `权重`, `度量单位`.
        public var chinese: String {
            switch self {
            case .level1: "一级指标"
            case .level2: "二级指标"
            case .name: "三级指标"
            case .description: "绩效指标描述"
            case .value: "指标值"
            case .basis: "指标值确定依据"
            case .valueOperator: "指标性质"
            case .valueNumber: "目标值"
            case .valueUnit: "度量单位"
            case .weight: "权重"
            case .direction: "指标方向性"
            case .remark: "备注"
            case .explanation: "指标解释"
            case .valueContent: "指标值内容"
            case .previousActual: "上年实际值"
            case .amount: "金额"
            case .areaValue: "区域目标值"
            case .tree: "项目"
            case .blockLabel: "绩效指标"
            case .other: "其他"
            }
        }

        public var isValuePart: Bool { self == .valueOperator || self == .valueNumber || self == .valueUnit }
    }

    public enum Term: String, Hashable, Sendable, Codable {
        case medium = "中期"
        case long = "长期"
    }

    /// Whether an indicator keeps this column's cell among its extras: everything but the
    /// six standard columns of the table's own term (and a block label, which is empty).
    public var isExtra: Bool {
        if term != nil { return true }
        switch kind {
        case .level1, .level2, .name, .description, .value, .basis, .tree, .blockLabel: return false
        default: return true
        }
    }

    public static let standardSix: [IndicatorColumn] = [
        IndicatorColumn(header: "一级指标", kind: .level1), IndicatorColumn(header: "二级指标", kind: .level2),
        IndicatorColumn(header: "三级指标", kind: .name), IndicatorColumn(header: "绩效指标描述", kind: .description),
        IndicatorColumn(header: "指标值", kind: .value), IndicatorColumn(header: "指标值确定依据", kind: .basis),
    ]
}

/// The cell of an indicator row in a column beyond the six standard ones.
public struct IndicatorCell: Hashable, Sendable, Codable {
    /// The column's header as printed.
    public var header: String
    public var kind: IndicatorColumn.Kind
    public var term: IndicatorColumn.Term?
    public var text: String

    public init(header: String, kind: IndicatorColumn.Kind, term: IndicatorColumn.Term? = nil, text: String) {
        self.header = header
        self.kind = kind
        self.term = term
        self.text = text
    }
}

/// A 指标值 printed in parts — 指标性质 (`≥`, `定性`), 目标值 (`95`), 度量单位 (`%`) — and
/// put together as one value (`≥95%`).
public enum SplitValue {
    /// Words an operator column holds that are not comparators: the kind of indicator.
    static let kindWords: Set<String> = ["定性", "定量", "正向", "反向", "中性", "正向指标", "反向指标", "定性指标", "定量指标"]

    public static func isKindWord(_ op: String) -> Bool { kindWords.contains(TextNormalization.withoutBlanks(op)) }

    /// A comparator on its own: `=`, `≥`, `<=`, `大于等于`.
    public static func isComparator(_ text: String) -> Bool {
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(text))
        guard !t.isEmpty else { return false }
        return t.unicodeScalars.allSatisfy { "=≥≤><≧≦".unicodeScalars.contains($0) } || comparatorWords.contains(t)
    }

    static let comparatorWords: Set<String> = ["大于", "小于", "等于", "大于等于", "小于等于", "不低于", "不高于", "不少于", "不多于",
                                               "不超过", "不大于", "不小于"]

    /// The comparator of a split value: the operator column's, or — where that column holds
    /// the kind of indicator (`正向`) or nothing and the 指标方向 column holds the comparator
    /// (内蒙古's template: `指标性质 正向 | 指标方向 =`) — the direction column's.
    public static func comparator(operator op: String, direction: String) -> String {
        (op.isEmpty || isKindWord(op)) && isComparator(direction) ? direction : op
    }

    /// `≥` + `95` + `%` → `≥95%`; `定性` + `高中低` → `高中低`.
    public static func combine(operator op: String, number: String, unit: String) -> String {
        // A number cell that already carries its comparator or unit (`≥95%`) keeps them once.
        let o = isKindWord(op) || number.hasPrefix(op) ? "" : op
        let u = !unit.isEmpty && (number.hasSuffix(unit) || !takesUnit(number)) ? "" : unit
        return o + number + u
    }

    /// Whether a 目标值 cell takes the 计量单位 column's unit after it: not when it carries a
    /// unit of its own after its figure (`28.8万元` under a `%` column — the unit cell is the
    /// template's default left standing: `28.8万元%` would be neither) and not when it is a
    /// word, not a figure (`应保尽保`, `按月安排` under `%`). An empty cell or a template's
    /// slot (`**`) does.
    public static func takesUnit(_ number: String) -> Bool {
        let t = TextNormalization.trimmed(number)
        guard let lastDigit = t.lastIndex(where: { $0.isASCII && $0.isNumber }) else {
            return !t.contains(where: TextNormalization.isHan) || t.contains { "*＊Xx×□?？_…".contains($0) }
        }
        let after = TextNormalization.trimmed(t[t.index(after: lastDigit)...])
        // `100以上` is a figure with a qualifier, `1.5万` one with a magnitude (`元` completes it),
        // not with a unit: as before, the unit follows.
        return after.isEmpty || ["以上", "以下", "以内", "左右", "及以上", "及以下"].contains(after) || UnitKind.magnitudes.contains(after)
    }

    /// The parts a value is printed in: what comes before the first digit, the number,
    /// what follows. A value without a digit is all number (`高中低`). `previousOperator`
    /// is kept when it names the kind of indicator (`定性`) and the value has no comparator.
    public static func split(_ raw: String, previousOperator: String = "") -> (operator: String, number: String, unit: String) {
        let t = TextNormalization.trimmed(raw)
        let keep = isKindWord(previousOperator) ? previousOperator : ""
        guard let first = t.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return (keep, t, "") }
        let end = t[first...].firstIndex { !($0.isASCII && $0.isNumber) && $0 != "." && $0 != "," } ?? t.endIndex
        let op = TextNormalization.trimmed(t[..<first])
        return (op.isEmpty ? keep : op, String(t[first..<end]), TextNormalization.trimmed(t[end...]))
    }
}

extension Indicator {
    /// Sets 指标值; where the table prints it in parts, the parts follow.
    public mutating func setValue(_ text: String) {
        guard extras.contains(where: { $0.kind == .valueNumber && $0.term == nil }) else {
            value = TargetValue(text)
            return
        }
        let previous = extra(.valueOperator) ?? ""
        let parts = SplitValue.split(text, previousOperator: previous)
        // Where the comparator is printed in the 指标方向 column (`SplitValue.comparator`),
        // a new one goes there, and the operator column keeps the kind it names.
        let inDirection = SplitValue.comparator(operator: previous, direction: extra(.direction) ?? "") != previous
        for k in extras.indices where extras[k].term == nil {
            switch extras[k].kind {
            case .valueOperator where inDirection: break
            case .direction where inDirection: extras[k].text = SplitValue.isKindWord(parts.operator) ? "" : parts.operator
            case .valueOperator: extras[k].text = parts.operator
            case .valueNumber: extras[k].text = parts.number
            case .valueUnit: extras[k].text = parts.unit
            default: break
            }
        }
        let hasOperator = inDirection || extras.contains { $0.kind == .valueOperator && $0.term == nil }
        let hasUnit = extras.contains { $0.kind == .valueUnit && $0.term == nil }
        // A part without a column of its own stays in the number's cell.
        var number = parts.number
        if !hasOperator { number = (SplitValue.isKindWord(parts.operator) ? "" : parts.operator) + number }
        if !hasUnit { number += parts.unit }
        if !hasOperator || !hasUnit {
            for k in extras.indices where extras[k].term == nil && extras[k].kind == .valueNumber { extras[k].text = number }
        }
        value = TargetValue(SplitValue.combine(operator: hasOperator ? parts.operator : "", number: number,
                                               unit: hasUnit ? parts.unit : ""))
    }
}
