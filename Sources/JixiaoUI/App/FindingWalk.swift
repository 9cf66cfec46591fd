import JixiaoRules

/// Which findings n and N walk through: the open ones (not waived: the default, what is
/// left to settle), errors only (what blocks approval and the 定稿), or every finding.
public enum FindingWalk: Hashable, Sendable, CaseIterable {
    case open, errors, all

    /// `未豁免的问题`, for the status line.
    public var title: String {
        switch self {
        case .open: "未豁免的问题"
        case .errors: "错误（未豁免）"
        case .all: "全部问题（含已豁免）"
        }
    }

    public func includes(_ f: Finding) -> Bool {
        switch self {
        case .open: f.isOpen
        case .errors: f.isOpen && f.severity == .error
        case .all: true
        }
    }

    /// The next mode, as `m` goes round them.
    var next: FindingWalk {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
