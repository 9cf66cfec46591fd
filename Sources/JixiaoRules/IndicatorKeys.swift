import JixiaoModel

extension Indicator {
    /// 一级 as the frames spell it (blanks removed).
    public var level1Key: String { TextNormalization.withoutBlanks(level1) }
    /// 二级 as the frames spell it (blanks removed, 环境效益 read as 生态效益).
    public var level2Key: String { IndicatorFrame.canonical(level2) }
    /// 三级 name, description and value: what the row says, for vocabulary checks.
    public var text: String { name + " " + description + " " + value.raw }

    /// The row measures one of the quantitative dimensions: 数量, 质量, 时效, 成本, 满意度.
    public var isQuantitativeDimension: Bool {
        Self.quantitativeDimensions.contains(level2Key) || level1Key == IndicatorFrame.satisfaction
    }

    private static let quantitativeDimensions: Set<String> = {
        typealias L = IndicatorFrame.Level2
        return [L.quantity, L.quality, L.timeliness, L.cost, L.economicCost, L.socialCost, L.environmentalCost,
                L.serviceSatisfaction]
    }()

    /// A cost row: 成本指标 under 产出 (88号) or any 二级 under the 成本 一级 (101号).
    public var isCost: Bool { level2Key.hasSuffix(IndicatorFrame.Level2.cost) || level1Key == IndicatorFrame.cost }

    /// The dimension's Chinese name for messages: `时效指标“经费保障及时性”`.
    public var label: String { "\(level2Key.isEmpty ? level1Key : level2Key)“\(name)”" }
}

extension Project {
    /// The indicator rows with their 1-based numbers, as findings, fixes and the screen
    /// count them: `for (row, i) in project.indicatorRows`.
    public var indicatorRows: [(row: Int, indicator: Indicator)] {
        indicators.enumerated().map { ($0.offset + 1, $0.element) }
    }

    /// Rows of one 一级, numbered as `indicatorRows` numbers them.
    public func rows(level1: String) -> [(row: Int, indicator: Indicator)] {
        indicatorRows.filter { $0.indicator.level1Key == level1 }
    }
}
