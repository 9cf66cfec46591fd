/// One 项目绩效目标表.
public struct Project: Hashable, Sendable {
    /// The number printed before the heading (`3.`).
    public var number: Int
    /// The heading above the table, without its number: `公共机构节能经费绩效目标表`.
    public var heading: String
    /// The table's unit line: `430001 秦皇岛市抚宁区机关事务服务中心本级 … 单位：元`.
    public var unit: TableUnit
    /// 项目编码 with extraction whitespace removed.
    public var code: String
    /// 项目名称.
    public var name: String
    public var budget: Budget
    /// 资金用途: what the money is for, as written.
    public var usage: String
    public var spendingPlan: SpendingPlan
    /// 绩效目标, numbered.
    public var goals: [Goal]
    /// The indicator rows in table order.
    public var indicators: [Indicator]
    public var lines: Lines
    /// Lines printed between the heading and the table: `项目支出绩效目标表`, `(2023年度)`.
    public var tableTitle: String
    /// Labelled facts the table prints on rows of their own: 实施单位, 项目属性, 项目期 ….
    public var facts: [ProjectFact]
    /// Notes and approval lines printed under the table (`注:…`, `财政资金管理科室(盖章) 年 月 日`).
    public var notes: [Paragraph]
    /// The columns and rows the table had.
    public var layout: TableLayout
    /// Where the reader could not tell how to read the text and read it one way (a row
    /// after a page break that may be the rest of the row above): what it did and why,
    /// on the line it concerns. A rule reports each; nothing of the table's own.
    public var readingDoubts: [Paragraph]
    /// Row labels above the indicator header that a scan printed with a stray `*` between
    /// two characters (`项*目名称`, `其中：财*政资金`), read as the label they are: each as
    /// printed, on its line. A rule notes them; the table's own fields are read as usual.
    public var printedLabels: [Paragraph]

    /// Where each part of the table is in the source text.
    public struct Lines: Hashable, Sendable, Codable {
        public var heading: Int
        public var unit: Int
        public var code: Int
        public var budget: Int
        public var usage: Int?
        public var plan: Int
        public var planFigures: Int?
        /// The line the 预算数 figure is printed on, when it is not `budget`'s (the money
        /// block's first): a cost table's 合计 row (鄂州 2022), figures on a row under their labels.
        public var budgetTotal: Int?
        public var goals: Int
        public var indicatorHeader: Int

        public init(heading: Int, unit: Int, code: Int, budget: Int, usage: Int?, plan: Int,
                    planFigures: Int?, goals: Int, indicatorHeader: Int, budgetTotal: Int? = nil) {
            self.heading = heading
            self.unit = unit
            self.code = code
            self.budget = budget
            self.usage = usage
            self.plan = plan
            self.planFigures = planFigures
            self.budgetTotal = budgetTotal
            self.goals = goals
            self.indicatorHeader = indicatorHeader
        }
    }

    public init(number: Int, heading: String, unit: TableUnit, code: String, name: String, budget: Budget,
                usage: String, spendingPlan: SpendingPlan, goals: [Goal], indicators: [Indicator], lines: Lines,
                tableTitle: String = "", facts: [ProjectFact] = [], notes: [Paragraph] = [],
                layout: TableLayout = .standard, readingDoubts: [Paragraph] = [], printedLabels: [Paragraph] = []) {
        self.readingDoubts = readingDoubts
        self.printedLabels = printedLabels
        self.tableTitle = tableTitle
        self.facts = facts
        self.notes = notes
        self.layout = layout
        self.number = number
        self.heading = heading
        self.unit = unit
        self.code = code
        self.name = name
        self.budget = budget
        self.usage = usage
        self.spendingPlan = spendingPlan
        self.goals = goals
        self.indicators = indicators
        self.lines = lines
    }
}

/// The unit line above a project table.
public struct TableUnit: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    /// `元`, from `单位：元`.
    public var currency: String

    public init(code: String, name: String, currency: String) {
        self.code = code
        self.name = name
        self.currency = currency
    }
}

/// One numbered 绩效目标.
public struct Goal: Hashable, Sendable, Codable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// A labelled fact a table prints on a row of its own: `项目属性 常年项目`.
public struct ProjectFact: Hashable, Sendable, Codable {
    /// The label as printed, without its colon.
    public var label: String
    public var text: String
    public var line: Int

    public init(label: String, text: String, line: Int) {
        self.label = label
        self.text = text
        self.line = line
    }
}

/// One row of the indicator table: 一级 / 二级 / 三级 with its target.
public struct Indicator: Hashable, Sendable {
    /// 一级指标 as printed on its block (`项目完成 指标`, `成本指标(0-20)分`); a blank cell in
    /// the document means "as the block it is in", and is filled in. `standardLevel1`
    /// gives the frame's name.
    public var level1: String
    /// 二级指标, as written (extraction spaces kept: rules point them out). `standardLevel2`
    /// gives the frame's name.
    public var level2: String
    /// 三级指标.
    public var name: String
    /// 绩效指标描述.
    public var description: String
    /// 指标值.
    public var value: TargetValue
    /// 指标值确定依据.
    public var basis: String
    public var line: Int
    /// The row's cells in the table's other columns (权重, 指标方向性, 备注, the parts of a
    /// split 指标值, 中期/长期 values …), in column order; `Project.layout` names them.
    public var extras: [IndicatorCell]

    public init(level1: String, level2: String, name: String, description: String,
                value: TargetValue, basis: String, line: Int, extras: [IndicatorCell] = []) {
        self.extras = extras
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.description = description
        self.value = value
        self.basis = basis
        self.line = line
    }
}

extension Indicator {
    /// The text of the first extra cell of a kind (and term), nil when the table had no
    /// such column.
    public func extra(_ kind: IndicatorColumn.Kind, term: IndicatorColumn.Term? = nil) -> String? {
        extras.first { $0.kind == kind && $0.term == term }?.text
    }

    /// 权重 / 分值 as printed.
    public var weight: String? { extra(.weight) }
    /// 权重 / 分值 as a number (`10`, `10%`, `10分` → 10); nil when empty or not a number.
    public var weightNumber: DecimalText? {
        guard var t = weight.map({ TextNormalization.withoutBlanks(TextNormalization.halfWidth($0)) }) else { return nil }
        for suffix in ["%", "分"] where t.hasSuffix(suffix) { t.removeLast() }
        return DecimalText(t)
    }
    /// 指标方向性: `正向指标`, `反向指标`.
    public var direction: String? { extra(.direction) }
    public var remark: String? { extra(.remark) }
    /// 指标解释.
    public var explanation: String? { extra(.explanation) }
    /// 指标值内容.
    public var valueContent: String? { extra(.valueContent) }
    /// Last year's actual value (`2021年实际实现值`).
    public var previousActual: String? { extra(.previousActual) }
    /// The 中期 value printed beside the 年度 one.
    public var mediumTermValue: String? { extra(.value, term: .medium) ?? extra(.valueNumber, term: .medium) }
    /// The 长期 value printed beside the 年度 one.
    public var longTermValue: String? { extra(.value, term: .long) ?? extra(.valueNumber, term: .long) }
}

extension Project: Codable {
    enum CodingKeys: String, CodingKey {
        case number, heading, unit, code, name, budget, usage, spendingPlan, goals, indicators, lines
        case tableTitle, facts, notes, layout, readingDoubts, printedLabels
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try c.decode(Int.self, forKey: .number), heading: try c.decode(String.self, forKey: .heading),
                  unit: try c.decode(TableUnit.self, forKey: .unit), code: try c.decode(String.self, forKey: .code),
                  name: try c.decode(String.self, forKey: .name), budget: try c.decode(Budget.self, forKey: .budget),
                  usage: try c.decode(String.self, forKey: .usage),
                  spendingPlan: try c.decode(SpendingPlan.self, forKey: .spendingPlan),
                  goals: try c.decode([Goal].self, forKey: .goals),
                  indicators: try c.decode([Indicator].self, forKey: .indicators),
                  lines: try c.decode(Lines.self, forKey: .lines),
                  tableTitle: try c.decodeIfPresent(String.self, forKey: .tableTitle) ?? "",
                  facts: try c.decodeIfPresent([ProjectFact].self, forKey: .facts) ?? [],
                  notes: try c.decodeIfPresent([Paragraph].self, forKey: .notes) ?? [],
                  layout: try c.decodeIfPresent(TableLayout.self, forKey: .layout) ?? .standard,
                  readingDoubts: try c.decodeIfPresent([Paragraph].self, forKey: .readingDoubts) ?? [],
                  printedLabels: try c.decodeIfPresent([Paragraph].self, forKey: .printedLabels) ?? [])
    }

    /// What a table beyond the sample's layout had is stored only when it had it, so a
    /// document in the sample's layout is stored exactly as it always was.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(heading, forKey: .heading)
        try c.encode(unit, forKey: .unit)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(budget, forKey: .budget)
        try c.encode(usage, forKey: .usage)
        try c.encode(spendingPlan, forKey: .spendingPlan)
        try c.encode(goals, forKey: .goals)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(lines, forKey: .lines)
        if !tableTitle.isEmpty { try c.encode(tableTitle, forKey: .tableTitle) }
        if !facts.isEmpty { try c.encode(facts, forKey: .facts) }
        if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
        if layout != .standard { try c.encode(layout, forKey: .layout) }
        if !readingDoubts.isEmpty { try c.encode(readingDoubts, forKey: .readingDoubts) }
        if !printedLabels.isEmpty { try c.encode(printedLabels, forKey: .printedLabels) }
    }
}

extension Indicator: Codable {
    enum CodingKeys: String, CodingKey {
        case level1, level2, name, description, value, basis, line, extras
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level1: try c.decode(String.self, forKey: .level1), level2: try c.decode(String.self, forKey: .level2),
                  name: try c.decode(String.self, forKey: .name),
                  description: try c.decode(String.self, forKey: .description),
                  value: try c.decode(TargetValue.self, forKey: .value), basis: try c.decode(String.self, forKey: .basis),
                  line: try c.decode(Int.self, forKey: .line),
                  extras: try c.decodeIfPresent([IndicatorCell].self, forKey: .extras) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level1, forKey: .level1)
        try c.encode(level2, forKey: .level2)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(value, forKey: .value)
        try c.encode(basis, forKey: .basis)
        try c.encode(line, forKey: .line)
        if !extras.isEmpty { try c.encode(extras, forKey: .extras) }
    }
}
