/// What importing a revised text (修改稿) did to the review: per project, how it was
/// matched to the version before, which fields the unit changed, and what became of its
/// decision; the projects that disappeared keep their review here, so nothing a reviewer
/// recorded is lost. The journal's `revise` line stores it, and a replay must compute
/// the same.
public struct RevisionComparison: Hashable, Sendable, Codable {
    /// The revised document's projects in order, then the projects that disappeared.
    public var projects: [ProjectRevision]
    /// The 综合评定 the revision cleared (it was given on a document that has changed).
    public var clearedGrade: DocumentGrade?
    /// The department's own text (总体绩效目标, 目录, title block) differs.
    public var departmentChanged: Bool

    public init(projects: [ProjectRevision], clearedGrade: DocumentGrade?, departmentChanged: Bool) {
        self.projects = projects
        self.clearedGrade = clearedGrade
        self.departmentChanged = departmentChanged
    }

    public var changed: [ProjectRevision] { projects.filter { $0.match.isMatched && !$0.changes.isEmpty } }
    public var unchanged: [ProjectRevision] { projects.filter { $0.match.isMatched && $0.changes.isEmpty } }
    public var added: [ProjectRevision] { projects.filter { $0.match == .added } }
    public var removed: [ProjectRevision] { projects.filter { $0.match == .removed } }
    /// Approvals the revision kept (通过 on a project the unit did not change).
    public var approvalsKept: Int { projects.filter { $0.match.isMatched && $0.before == .approved && $0.after == .approved }.count }
    /// Decisions the revision reset to 待审 (通过 or 退回 on a project the unit changed).
    public var decisionsReset: Int { projects.filter { $0.match.isMatched && $0.before != .pending && $0.after == .pending }.count }

    /// 改了 3 个项目，2 个通过保留，1 个回到待审: the revision in one phrase.
    public var summary: String {
        var parts = ["改了 \(changed.count) 个项目", "\(unchanged.count) 个未改"]
        if !added.isEmpty { parts.append("新增 \(added.count) 个") }
        if !removed.isEmpty { parts.append("删去 \(removed.count) 个") }
        parts.append("\(approvalsKept) 个通过保留")
        parts.append("\(decisionsReset) 个回到待审")
        if clearedGrade != nil { parts.append("综合评定已清除") }
        return parts.joined(separator: "，")
    }

    /// The entry for the project at `index` (0-based) of the revised document.
    public func project(atRevised index: Int) -> ProjectRevision? {
        projects.first { $0.new == index + 1 }
    }
}

/// One project across a revision.
public struct ProjectRevision: Hashable, Sendable, Codable {
    public enum Match: String, Hashable, Sendable, Codable {
        /// Found by its project code.
        case code
        /// Found by its name: the code is missing or the unit changed it.
        case name
        /// New in the revised text.
        case added
        /// Not in the revised text.
        case removed

        public var isMatched: Bool { self == .code || self == .name }
    }

    public var match: Match
    /// 1-based position in the version before; nil for an added project.
    public var old: Int?
    /// 1-based position in the revised version; nil for a removed project.
    public var new: Int?
    /// The code and name as the revised text has them (as before, for a removed project).
    public var code: String
    public var name: String
    /// The fields the unit changed.
    public var changes: [FieldRevision]
    public var before: ReviewStatus
    public var after: ReviewStatus
    /// Opinions on indicator rows the revised text numbers differently, or no longer has.
    public var movedRows: [RowMove]
    /// A removed project's review as it stood — decision and opinions — and its waivers.
    public var review: ProjectReview?
    public var waivers: [Waiver]

    public init(match: Match, old: Int?, new: Int?, code: String, name: String, changes: [FieldRevision] = [],
                before: ReviewStatus, after: ReviewStatus, movedRows: [RowMove] = [], review: ProjectReview? = nil,
                waivers: [Waiver] = []) {
        self.match = match
        self.old = old
        self.new = new
        self.code = code
        self.name = name
        self.changes = changes
        self.before = before
        self.after = after
        self.movedRows = movedRows
        self.review = review
        self.waivers = waivers
    }

    /// 通过保留 / 通过 → 待审 / 新增，待审 …: the decision across the revision.
    public var decisionText: String {
        switch match {
        case .added: return "新增项目，待审"
        case .removed: return "修改稿中已删去（原为\(before.chinese)）"
        case .code, .name:
            return before == after ? "\(before.chinese)（保留）" : "\(before.chinese) → \(after.chinese)"
        }
    }

    // Empty lists are left out, so the journal line stays short.
    enum CodingKeys: String, CodingKey { case match, old, new, code, name, changes, before, after, movedRows, review, waivers }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(match: try c.decode(Match.self, forKey: .match), old: try c.decodeIfPresent(Int.self, forKey: .old),
                  new: try c.decodeIfPresent(Int.self, forKey: .new), code: try c.decode(String.self, forKey: .code),
                  name: try c.decode(String.self, forKey: .name),
                  changes: try c.decodeIfPresent([FieldRevision].self, forKey: .changes) ?? [],
                  before: try c.decode(ReviewStatus.self, forKey: .before), after: try c.decode(ReviewStatus.self, forKey: .after),
                  movedRows: try c.decodeIfPresent([RowMove].self, forKey: .movedRows) ?? [],
                  review: try c.decodeIfPresent(ProjectReview.self, forKey: .review),
                  waivers: try c.decodeIfPresent([Waiver].self, forKey: .waivers) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(match, forKey: .match)
        try c.encodeIfPresent(old, forKey: .old)
        try c.encodeIfPresent(new, forKey: .new)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        if !changes.isEmpty { try c.encode(changes, forKey: .changes) }
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        if !movedRows.isEmpty { try c.encode(movedRows, forKey: .movedRows) }
        try c.encodeIfPresent(review, forKey: .review)
        if !waivers.isEmpty { try c.encode(waivers, forKey: .waivers) }
    }
}

/// One field the unit changed: its path as `jixiao set` spells it (`indicator.3.value`,
/// in the revised text's rows), the text before and after. A row the revised text no
/// longer has is named by its row before (`removedRow`); a row that moved says where it
/// was (`previousRow`).
public struct FieldRevision: Hashable, Sendable, Codable {
    public var field: ProjectField
    public var old: String
    public var new: String
    public var previousRow: Int?
    public var removedRow: Bool?

    public init(field: ProjectField, old: String, new: String, previousRow: Int? = nil, removedRow: Bool? = nil) {
        self.field = field
        self.old = old
        self.new = new
        self.previousRow = previousRow
        self.removedRow = removedRow
    }

    /// The indicator row the change is in, in the revised text (nil: not a row, or a removed row).
    public var row: Int? {
        if case .indicator(let r, _) = field, removedRow != true { return r }
        return nil
    }

    /// `第 3 行指标的指标值`, with where the row was or that it is gone.
    public var label: String {
        if case .indicator(let r, let f) = field {
            if removedRow == true { return "原第 \(r) 行指标的\(f.chinese)（该行已删去）" }
            if let p = previousRow { return "第 \(r) 行（原第 \(p) 行）指标的\(f.chinese)" }
        }
        return field.chinese
    }
}

/// Opinions on row `from` now on row `to`, or — when the row is gone — kept on the project.
public struct RowMove: Hashable, Sendable, Codable {
    public var from: Int
    public var to: Int?
    public init(from: Int, to: Int?) {
        self.from = from
        self.to = to
    }
}
