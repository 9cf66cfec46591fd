/// An indicator frame: which 二级 belong under which 一级.
public enum IndicatorFrame: String, Hashable, Sendable, Codable, CaseIterable {
    /// 财预〔2015〕88号: 产出 (数量/质量/时效/成本), 效益, 满意度. County documents in 2021.
    case caiyu2015no88 = "88号"
    /// 财预〔2021〕101号: 成本 raised to a 一级 with 经济/社会/生态环境成本.
    case caiyu2021no101 = "101号"

    public static let output = "产出指标"
    public static let benefit = "效益指标"
    public static let satisfaction = "满意度指标"
    public static let cost = "成本指标"

    /// The 二级 names the frames use, as they spell them.
    public enum Level2 {
        public static let quantity = "数量指标"
        public static let quality = "质量指标"
        public static let timeliness = "时效指标"
        /// 成本指标 under 产出 (88号); 101号 makes it a 一级 (`IndicatorFrame.cost`) with
        /// the three below. Every cost 二级 ends in it.
        public static let cost = "成本指标"
        public static let economicCost = "经济成本指标"
        public static let socialCost = "社会成本指标"
        public static let environmentalCost = "生态环境成本指标"
        public static let economicBenefit = "经济效益指标"
        public static let socialBenefit = "社会效益指标"
        public static let ecologicalBenefit = "生态效益指标"
        public static let sustainableImpact = "可持续影响指标"
        public static let serviceSatisfaction = "服务对象满意度指标"
    }

    /// The 二级 each 一级 allows in this frame.
    public var allowed: [String: [String]] {
        // Made once per frame: a rule asks for each project's frame.
        switch self {
        case .caiyu2015no88: Self.allowed88
        case .caiyu2021no101: Self.allowed101
        }
    }

    private static let allowed88: [String: [String]] = [
        output: [Level2.quantity, Level2.quality, Level2.timeliness, Level2.cost],
        benefit: benefits,
        satisfaction: [Level2.serviceSatisfaction],
    ]

    private static let allowed101: [String: [String]] = [
        output: [Level2.quantity, Level2.quality, Level2.timeliness],
        cost: [Level2.economicCost, Level2.socialCost, Level2.environmentalCost],
        benefit: benefits,
        satisfaction: [Level2.serviceSatisfaction],
    ]

    private static let benefits = [Level2.economicBenefit, Level2.socialBenefit, Level2.ecologicalBenefit, Level2.sustainableImpact]

    /// Older texts say 环境效益 where the frames say 生态效益.
    public static let synonyms: [String: String] = ["环境效益指标": Level2.ecologicalBenefit]

    /// A 二级 name as the frame spells it: blanks, marks and score ranges removed, old
    /// and variant names mapped (`IndicatorLabel.standardLevel2`).
    public static func canonical(_ name: String) -> String {
        IndicatorLabel.standardLevel2(name)
    }

    /// 101号 when any 一级 is 成本指标 (as printed in any variant: `成本指标(0-20)分`),
    /// 88号 otherwise.
    public static func detect(level1Names: [String]) -> IndicatorFrame {
        level1Names.contains { IndicatorLabel.standardLevel1($0) == cost } ? .caiyu2021no101 : .caiyu2015no88
    }
}
