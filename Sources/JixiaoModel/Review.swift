/// The finance bureau's review: a decision and opinions per project, the findings the
/// reviewer checked and let stand (waivers), and the document's 综合评定.
public struct Review: Hashable, Sendable {
    /// Keyed by the project's position in the document, 1-based, as a string
    /// (JSON object keys are strings).
    public var projects: [String: ProjectReview]
    /// Findings the reviewer checked and accepted (核实无误) or exempted (豁免：理由), kept
    /// in `Waiver.order` so the same waivers are always stored the same way.
    public var waivers: [Waiver]
    /// 综合评定, once the reviewer has given one.
    public var grade: DocumentGrade?

    public init(projects: [String: ProjectReview] = [:], waivers: [Waiver] = [], grade: DocumentGrade? = nil) {
        self.projects = projects
        self.waivers = waivers.sorted(by: Waiver.order)
        self.grade = grade
    }

    public func status(ofProjectAt index: Int) -> ReviewStatus {
        projects[String(index + 1)]?.status ?? .pending
    }

    /// The opinions recorded on the project at `index`, oldest first.
    public func opinions(ofProjectAt index: Int) -> [Opinion] {
        projects[String(index + 1)]?.opinions ?? []
    }

    /// The waivers of findings about the project at `index` (nil: the department).
    public func waivers(ofProjectAt index: Int?) -> [Waiver] {
        waivers.filter { $0.project == index.map { $0 + 1 } }
    }
}

/// `waivers` and `grade` are left out while there are none, so a document without them is
/// stored exactly as before they existed.
extension Review: Codable {
    enum CodingKeys: String, CodingKey { case projects, waivers, grade }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(projects: try c.decode([String: ProjectReview].self, forKey: .projects),
                  waivers: try c.decodeIfPresent([Waiver].self, forKey: .waivers) ?? [],
                  grade: try c.decodeIfPresent(DocumentGrade.self, forKey: .grade))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(projects, forKey: .projects)
        if !waivers.isEmpty { try c.encode(waivers, forKey: .waivers) }
        try c.encodeIfPresent(grade, forKey: .grade)
    }
}

public struct ProjectReview: Hashable, Sendable, Codable {
    public var status: ReviewStatus
    public var opinions: [Opinion]

    public init(status: ReviewStatus = .pending, opinions: [Opinion] = []) {
        self.status = status
        self.opinions = opinions
    }
}

public enum ReviewStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case pending, approved, returned

    /// 待审 / 通过 / 退回.
    public var chinese: String {
        switch self {
        case .pending: "待审"
        case .approved: "通过"
        case .returned: "退回"
        }
    }
}

/// A 审核意见 a reviewer recorded.
public struct Opinion: Hashable, Sendable, Codable {
    public var reviewer: String
    /// When, as the journal records it: ISO 8601, UTC.
    public var time: String
    public var text: String
    /// What the opinion was written with: 退回, or 意见 alone. Nil on opinions recorded
    /// before opinions said so.
    public var action: ReviewAction?
    /// The indicator row (1-based) the opinion is about; nil for the project as a whole.
    public var row: Int?

    public init(reviewer: String, time: String, text: String, action: ReviewAction? = nil, row: Int? = nil) {
        self.reviewer = reviewer
        self.time = time
        self.text = text
        self.action = action
        self.row = row
    }

    /// `退回意见`, `审核意见`: what the opinion is, for the reviewer.
    public var label: String {
        switch action {
        case .return?: "退回意见"
        case .approve?: "通过意见"
        case .reopen?: "取消审核意见"
        case .comment?, nil: "审核意见"
        }
    }
}
