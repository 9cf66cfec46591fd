/// 综合评定: the bureau's outcome for a whole document (domain.md). 优 goes ahead; 良 may be
/// perfected together with the bureau; 中 must be revised and resubmitted; 差 gets no budget.
public enum Grade: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case excellent, good, fair, poor

    /// 优 / 良 / 中 / 差.
    public var chinese: String {
        switch self {
        case .excellent: "优"
        case .good: "良"
        case .fair: "中"
        case .poor: "差"
        }
    }

    /// What the grade means for the unit, as the bureau's practice has it.
    public var meaning: String {
        switch self {
        case .excellent: "按程序进入预算安排"
        case .good: "可与财政部门共同完善后进入预算"
        case .fair: "须修改完善后重新报送"
        case .poor: "不予安排预算"
        }
    }

    /// From `优` or `excellent`.
    public init?(parsing text: String) {
        let t = TextNormalization.trimmed(text)
        guard let g = Grade.allCases.first(where: { $0.chinese == t || $0.rawValue == t }) else { return nil }
        self = g
    }

    /// 优 < 良 < 中 < 差: best first.
    public static func < (a: Grade, b: Grade) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The grade the reviewer gave the document, with the overall opinion, and what Jixiao
/// suggested at the time (so the record shows where the reviewer decided otherwise).
public struct DocumentGrade: Hashable, Sendable, Codable {
    public var grade: Grade
    /// 总体审核意见; required when the grade is not the one suggested.
    public var comment: String
    /// What Jixiao's scoring suggested when the grade was given, and its score out of 100.
    public var suggested: Grade?
    public var score: Double?
    public var reviewer: String
    /// ISO 8601, UTC.
    public var time: String

    public init(grade: Grade, comment: String, suggested: Grade?, score: Double?, reviewer: String, time: String) {
        self.grade = grade
        self.comment = comment
        self.suggested = suggested
        self.score = score
        self.reviewer = reviewer
        self.time = time
    }

    /// Whether the reviewer set a grade other than the one suggested.
    public var differsFromSuggestion: Bool { suggested.map { $0 != grade } ?? false }
}

extension Document {
    /// The document with its 综合评定 set. A grade other than the suggested one needs a
    /// reason in the comment.
    public func grading(_ grade: DocumentGrade) throws(EditError) -> Document {
        if let refusal = InvisibleCharacters.refusal(of: grade.comment, as: "总体审核意见")
            ?? InvisibleCharacters.refusal(of: grade.reviewer, as: "审核人姓名") { throw EditError(refusal) }
        var g = grade
        g.comment = TextNormalization.trimmed(grade.comment)
        if g.differsFromSuggestion && g.comment.isEmpty {
            throw EditError("评定为“\(g.grade.chinese)”与建议的“\(g.suggested?.chinese ?? "")”不同，须写明理由")
        }
        var doc = self
        doc.review.grade = g
        return doc
    }
}
