/// The finance bureau's review: a decision and opinions per project.
public struct Review: Hashable, Sendable, Codable {
    /// Keyed by the project's position in the document, 1-based, as a string
    /// (JSON object keys are strings).
    public var projects: [String: ProjectReview]

    public init(projects: [String: ProjectReview] = [:]) {
        self.projects = projects
    }

    public func status(ofProjectAt index: Int) -> ReviewStatus {
        projects[String(index + 1)]?.status ?? .pending
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
    public var time: String
    public var text: String

    public init(reviewer: String, time: String, text: String) {
        self.reviewer = reviewer
        self.time = time
        self.text = text
    }
}
