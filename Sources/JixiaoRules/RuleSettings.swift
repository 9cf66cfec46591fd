import JixiaoModel

/// The review settings a workspace keeps in `jixiao.json`: which rules run and how
/// serious each is, which indicator frame applies, whether 成本指标 is required.
public struct RuleSettings: Codable, Hashable, Sendable {
    /// `auto` (from the document's 一级), `88号` or `101号`.
    public var frame: FrameChoice
    /// Whether 产出指标 must have a 成本指标 (88号) or the document a 成本 一级 (101号).
    public var requireCostIndicator: Bool
    /// Per rule: `enabled` and/or `severity`.
    public var rules: [String: RuleOverride]

    public enum FrameChoice: String, Codable, Hashable, Sendable, CaseIterable {
        case auto
        case caiyu2015no88 = "88号"
        case caiyu2021no101 = "101号"
    }

    public struct RuleOverride: Codable, Hashable, Sendable {
        public var enabled: Bool?
        public var severity: Severity?

        public init(enabled: Bool? = nil, severity: Severity? = nil) {
            self.enabled = enabled
            self.severity = severity
        }
    }

    public init(frame: FrameChoice = .auto, requireCostIndicator: Bool = false, rules: [String: RuleOverride] = [:]) {
        self.frame = frame
        self.requireCostIndicator = requireCostIndicator
        self.rules = rules
    }

    public static let standard = RuleSettings()

    public func frame(for document: Document) -> IndicatorFrame {
        switch frame {
        case .auto: document.frame
        case .caiyu2015no88: .caiyu2015no88
        case .caiyu2021no101: .caiyu2021no101
        }
    }

    public func isEnabled(_ rule: Rule) -> Bool { rules[rule.id]?.enabled ?? true }
    public func severity(of rule: Rule) -> Severity { rules[rule.id]?.severity ?? rule.severity }

    enum CodingKeys: String, CodingKey { case frame, requireCostIndicator, rules }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        frame = try c.decodeIfPresent(FrameChoice.self, forKey: .frame) ?? .auto
        requireCostIndicator = try c.decodeIfPresent(Bool.self, forKey: .requireCostIndicator) ?? false
        rules = try c.decodeIfPresent([String: RuleOverride].self, forKey: .rules) ?? [:]
    }
}
