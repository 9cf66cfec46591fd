/// One 项目绩效目标表.
public struct Project: Hashable, Sendable, Codable {
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

    /// Where each part of the table is in the source text.
    public struct Lines: Hashable, Sendable, Codable {
        public var heading: Int
        public var unit: Int
        public var code: Int
        public var budget: Int
        public var usage: Int?
        public var plan: Int
        public var planFigures: Int?
        public var goals: Int
        public var indicatorHeader: Int

        public init(heading: Int, unit: Int, code: Int, budget: Int, usage: Int?, plan: Int,
                    planFigures: Int?, goals: Int, indicatorHeader: Int) {
            self.heading = heading
            self.unit = unit
            self.code = code
            self.budget = budget
            self.usage = usage
            self.plan = plan
            self.planFigures = planFigures
            self.goals = goals
            self.indicatorHeader = indicatorHeader
        }
    }

    public init(number: Int, heading: String, unit: TableUnit, code: String, name: String, budget: Budget,
                usage: String, spendingPlan: SpendingPlan, goals: [Goal], indicators: [Indicator], lines: Lines) {
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

/// 预算规模: 预算数 = 财政资金 + 其他资金 (when the document is right).
public struct Budget: Hashable, Sendable, Codable {
    public var total: Money
    public var fiscal: Money
    public var other: Money

    public init(total: Money, fiscal: Money, other: Money) {
        self.total = total
        self.fiscal = fiscal
        self.other = other
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

/// One row of the indicator table: 一级 / 二级 / 三级 with its target.
public struct Indicator: Hashable, Sendable, Codable {
    /// 一级指标; a blank cell in the document means "as the row above", and is filled in.
    public var level1: String
    /// 二级指标, as written (extraction spaces kept: rules point them out).
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

    public init(level1: String, level2: String, name: String, description: String,
                value: TargetValue, basis: String, line: Int) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.description = description
        self.value = value
        self.basis = basis
        self.line = line
    }
}
