import JixiaoModel

extension Indicator {
    /// 一级 as the frames name it (`项目完成 指标` → 产出指标, `成本指标(0-20)分` → 成本指标).
    public var level1Key: String { standardLevel1 }
    /// 二级 as the frames name it (blanks and required marks removed, 环境效益 read as 生态效益,
    /// 满意度指标 as 服务对象满意度指标).
    public var level2Key: String { standardLevel2 }
    /// 三级 name, description and value: what the row says, for vocabulary checks.
    public var text: String { name + " " + description + " " + value.raw }

    /// The row measures one of the quantitative dimensions: 数量, 质量, 时效, 成本, 满意度.
    /// 101号's 社会成本 and 生态环境成本 may be stated in words (`减少`), so they are not.
    public var isQuantitativeDimension: Bool {
        Self.quantitativeDimensions.contains(level2Key) || level1Key == IndicatorFrame.satisfaction
    }

    private static let quantitativeDimensions: Set<String> = {
        typealias L = IndicatorFrame.Level2
        return [L.quantity, L.quality, L.timeliness, L.cost, L.economicCost, L.serviceSatisfaction]
    }()

    /// A cost row: 成本指标 under 产出 (88号) or any 二级 under the 成本 一级 (101号).
    public var isCost: Bool {
        PlainScalars.hasSuffix(level2Key, IndicatorFrame.Level2.cost) || level1Key == IndicatorFrame.cost
    }

    /// A cost row whose value should be an amount of money: 88号's 成本指标 and 101号's
    /// 经济成本指标 (社会成本 and 生态环境成本 are not money).
    public var isMoneyCost: Bool {
        // Each key worked out once (rules ask for every row).
        let level2 = level2Key
        return level2 == IndicatorFrame.Level2.cost || level2 == IndicatorFrame.Level2.economicCost
            || (level1Key == IndicatorFrame.cost && level2.isEmpty)
    }

    /// A satisfaction row, wherever the template put it (older templates put
    /// 社会公众或服务对象满意度指标 under 效益指标).
    public var isSatisfaction: Bool {
        level1Key == IndicatorFrame.satisfaction || level2Key == IndicatorFrame.Level2.serviceSatisfaction
    }

    /// The dimension's Chinese name: the standard 二级, or the 一级 when the row has none.
    public var dimension: String {
        let level2 = level2Key
        return level2.isEmpty ? level1Key : level2
    }

    /// How messages name the row: `时效指标“经费保障及时性”`; a row without a name is named
    /// by its dimension alone, never with empty quotes.
    public var label: String {
        BareText.isOnlyBlanks(name) ? "\(dimension)下未写名称的一行" : "\(dimension)“\(name)”"
    }

    /// Words that say a row does not apply to this project.
    static let notApplicableWords: Set<String> = ["无", "不适用", "本项目不适用此指标", "本项目不适用", "不涉及", "本项目不涉及",
                                                  "/", "-", "—", "——", "略", "暂无", "无此项"]

    /// A row that says it does not apply (`本项目不适用此指标`, `无`), or an optional row
    /// left empty (101号's 社会成本指标 with nothing in it): not an incomplete row, not a
    /// wrong meaning, and not an indicator of its dimension either.
    public var isNotApplicable: Bool { Self.isNotApplicable(name: name, value: value.raw) }

    /// `isNotApplicable` of a row with this name and 指标值, for callers that have the cells
    /// where they lie (asking it of an `Indicator` in an array or a box copies the row).
    static func isNotApplicable(name: String, value raw: String) -> Bool {
        // Every rule asks for every row: answer without normalising text that cannot be one
        // of the words (they all begin with one of `notApplicableStarts`).
        // The first scalar that is not a blank, by a switch on its value: searching the
        // blanks' String and hashing into the set for every row was most of the question.
        // (`notApplicableStartsAgree` holds the switch to the set.)
        func mayBe(_ s: String) -> Bool {
            for u in s.unicodeScalars {
                switch u.value {
                case 0x20, 0x09, 0x3000, 0xA0: continue
                default: return Self.isNotApplicableStart(u)
                }
            }
            return true
        }
        guard mayBe(name) || mayBe(raw) else { return false }
        func norm(_ s: String) -> String { TextNormalization.withoutBlanks(TextNormalization.halfWidth(s)) }
        let n = norm(name), v = norm(raw)
        // Said in so many words, in the name or the value.
        if Self.notApplicablePhrases.contains(n) || Self.notApplicablePhrases.contains(v) { return true }
        // Nothing in either, or only `无` / `/`: an optional row left as the template had it.
        return (n.isEmpty || Self.notApplicableWords.contains(n)) && (v.isEmpty || Self.notApplicableWords.contains(v))
    }

    static let notApplicableStarts: Set<Unicode.Scalar> = ["无", "不", "本", "略", "暂", "/", "-", "—", "／", "－"]

    /// `notApplicableStarts.contains(s)`.
    static func isNotApplicableStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x65E0, 0x4E0D, 0x672C, 0x7565, 0x6682, 0x2F, 0x2D, 0x2014, 0xFF0F, 0xFF0D: true
        default: false
        }
    }

    static let notApplicablePhrases: Set<String> = ["不适用", "本项目不适用此指标", "本项目不适用", "不涉及", "本项目不涉及", "无此项"]
}

extension Project {
    /// The indicator rows with their 1-based numbers, as findings, fixes and the screen
    /// count them: `for (row, i) in project.indicatorRows`.
    public var indicatorRows: [(row: Int, indicator: Indicator)] {
        indicators.enumerated().map { ($0.offset + 1, $0.element) }
    }

    /// The rows a reviewer judges: every row but those that say they do not apply.
    public var judgedRows: [(row: Int, indicator: Indicator)] {
        indicatorRows.filter { !$0.indicator.isNotApplicable }
    }

    /// Rows of one 一级 (by its standard name), numbered as `indicatorRows` numbers them.
    public func rows(level1: String) -> [(row: Int, indicator: Indicator)] {
        indicatorRows.filter { $0.indicator.level1Key == level1 }
    }

    /// Whether row `k` (0-based) is judged: `judgedRows` without copying the rows.
    func isJudged(_ k: Int) -> Bool {
        !Indicator.isNotApplicable(name: indicators[k].name, value: indicators[k].value.raw)
    }
}
