import JixiaoModel

/// The review settings a workspace keeps in `jixiao.json`: which rules run and how
/// serious each is, which indicator frame applies, whether 成本指标 is required.
public struct RuleSettings: Codable, Hashable, Sendable {
    /// The frame to judge by; nil to detect it from the document's 一级. Written `88号`,
    /// `101号` or `auto` (nil) in `jixiao.json`.
    public var frame: IndicatorFrame?
    /// Whether 产出指标 must have a 成本指标 (88号) or the document a 成本 一级 (101号).
    public var requireCostIndicator: Bool
    /// Per rule: `enabled` and/or `severity`.
    public var rules: [String: RuleOverride]
    /// How much a continuing project's 预算数 may change from the previous year before
    /// indicators copied unchanged are reported (`bureau.indicators-unchanged`), as a share:
    /// 0.2 is 20%. Written `budgetChangeShare` in `jixiao.json` when set.
    public var budgetChangeShare: Double?

    public static let defaultBudgetChangeShare = 0.2
    public var budgetChangeShareInForce: Double { budgetChangeShare ?? Self.defaultBudgetChangeShare }

    public struct RuleOverride: Codable, Hashable, Sendable {
        public var enabled: Bool?
        public var severity: Severity?

        public init(enabled: Bool? = nil, severity: Severity? = nil) {
            self.enabled = enabled
            self.severity = severity
        }
    }

    public init(frame: IndicatorFrame? = nil, requireCostIndicator: Bool = false, rules: [String: RuleOverride] = [:],
                budgetChangeShare: Double? = nil) {
        self.frame = frame
        self.requireCostIndicator = requireCostIndicator
        self.rules = rules
        self.budgetChangeShare = budgetChangeShare
    }

    public static let standard = RuleSettings()

    public func frame(for document: Document) -> IndicatorFrame { frame ?? document.frame }

    public func isEnabled(_ rule: Rule) -> Bool { rules[rule.id]?.enabled ?? true }
    public func severity(of rule: Rule) -> Severity { rules[rule.id]?.severity ?? rule.severity }

    enum CodingKeys: String, CodingKey { case frame, requireCostIndicator, rules, budgetChangeShare }

    /// How `jixiao.json` spells a frame detected from the document.
    static let autoFrame = "auto"

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decodeIfPresent(String.self, forKey: .frame) {
        case nil, Self.autoFrame?: frame = nil
        case let name?:
            guard let f = IndicatorFrame(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .frame, in: c, debugDescription: "no frame \(name)")
            }
            frame = f
        }
        requireCostIndicator = try c.decodeIfPresent(Bool.self, forKey: .requireCostIndicator) ?? false
        rules = try c.decodeIfPresent([String: RuleOverride].self, forKey: .rules) ?? [:]
        budgetChangeShare = try c.decodeIfPresent(Double.self, forKey: .budgetChangeShare)
        if let share = budgetChangeShare, !(share >= 0 && share.isFinite) {
            throw DecodingError.dataCorruptedError(forKey: .budgetChangeShare, in: c, debugDescription: "budgetChangeShare must be 0 or more (0.2 is 20%)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(frame?.rawValue ?? Self.autoFrame, forKey: .frame)
        try c.encode(requireCostIndicator, forKey: .requireCostIndicator)
        try c.encode(rules, forKey: .rules)
        try c.encodeIfPresent(budgetChangeShare, forKey: .budgetChangeShare)
    }
}
