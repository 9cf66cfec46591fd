/// How much a finding matters. `error` is 强制性 (blocking: structure, completeness,
/// arithmetic); `warning` and `info` are 提示性 (advisory: judgement).
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case error, warning, info

    public var chinese: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    /// One-letter marker for screens and reports: E / W / i.
    public var marker: String {
        switch self {
        case .error: "E"
        case .warning: "W"
        case .info: "i"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// error < warning < info: most serious first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    public init?(chineseOrRaw s: String) {
        switch s {
        case "error", "错误": self = .error
        case "warning", "警告": self = .warning
        case "info", "提示": self = .info
        default: return nil
        }
    }
}

/// The four criteria the bureau's review form groups opinions by, and 规范 for how the
/// text is written.
public enum RuleCategory: String, Codable, Hashable, Sendable, CaseIterable {
    case completeness = "完整性"
    case relevance = "相关性"
    case appropriateness = "适当性"
    case feasibility = "可行性"
    case convention = "规范"
}

/// Why a reviewer should trust a rule.
public enum RuleBasis: Hashable, Sendable {
    /// A regulation, with its document number.
    case regulation(String)
    /// What the national budget systems check (系统惯例).
    case systemConvention
    /// What experienced reviewers mark (审核经验).
    case reviewExperience

    public var chinese: String {
        switch self {
        case .regulation(let doc): "法规：\(doc)"
        case .systemConvention: "系统惯例"
        case .reviewExperience: "审核经验"
        }
    }
}
