extension Document {
    /// Positions of the projects not yet approved (待审 or 退回): while there are any, an
    /// export of the document is a draft.
    public var unapprovedProjectIndices: [Int] {
        projects.indices.filter { review.status(ofProjectAt: $0) != .approved }
    }

    public var approvedProjectCount: Int { projects.count - unapprovedProjectIndices.count }
}
