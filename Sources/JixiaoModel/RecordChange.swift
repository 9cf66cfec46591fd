/// What one action did to a document, exactly enough to take it back: the fields it set
/// (text before and after), the projects' review records (status and opinions), the
/// waivers it added or removed, and the 综合评定. Undo applies the inverse; the journal
/// records it in the undo line itself, so the line says what it did and replays without
/// looking elsewhere.
public struct RecordChange: Hashable, Sendable {
    public var fields: [FieldChange]
    public var reviews: [ReviewChange]
    public var waivers: WaiverChange?
    public var grade: GradeChange?

    public init(fields: [FieldChange] = [], reviews: [ReviewChange] = [], waivers: WaiverChange? = nil,
                grade: GradeChange? = nil) {
        self.fields = fields
        self.reviews = reviews
        self.waivers = waivers
        self.grade = grade
    }

    public var isEmpty: Bool { fields.isEmpty && reviews.isEmpty && waivers == nil && grade == nil }

    /// The change that takes this one back.
    public var inverse: RecordChange {
        RecordChange(fields: fields.reversed().map { FieldChange(project: $0.project, code: $0.code, field: $0.field, old: $0.new, new: $0.old) },
                     reviews: reviews.map { ReviewChange(project: $0.project, old: $0.new, new: $0.old) },
                     waivers: waivers.map { WaiverChange(removed: $0.added, added: $0.removed) },
                     grade: grade.map { GradeChange(old: $0.new, new: $0.old) })
    }

    /// What turned `before` into `after`, for an action that changes fields, review records,
    /// waivers or the grade (never the number of projects).
    public static func between(_ before: Document, _ after: Document) -> RecordChange {
        var change = RecordChange()
        if before.overall != after.overall {
            for path in before.departmentFieldPaths() + after.departmentFieldPaths() where !change.fields.contains(where: { $0.path == path }) {
                let old = before.value(at: path), new = after.value(at: path)
                if old != new { change.fields.append(FieldChange(project: 0, code: "", field: path.field, old: old ?? "", new: new ?? "")) }
            }
        }
        for i in before.projects.indices where after.projects.indices.contains(i) && before.projects[i] != after.projects[i] {
            var seen = Set<FieldPath>()
            for path in before.fieldPaths(ofProjectAt: i) + after.fieldPaths(ofProjectAt: i) where seen.insert(path).inserted {
                let old = before.value(at: path), new = after.value(at: path)
                if old != new {
                    change.fields.append(FieldChange(project: i + 1, code: before.projects[i].code, field: path.field,
                                                     old: old ?? "", new: new ?? ""))
                }
            }
        }
        let keys = Set(before.review.projects.keys).union(after.review.projects.keys)
        for key in keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) where before.review.projects[key] != after.review.projects[key] {
            change.reviews.append(ReviewChange(project: Int(key) ?? 0, old: before.review.projects[key], new: after.review.projects[key]))
        }
        let removed = before.review.waivers.filter { !after.review.waivers.contains($0) }
        let added = after.review.waivers.filter { !before.review.waivers.contains($0) }
        if !removed.isEmpty || !added.isEmpty { change.waivers = WaiverChange(removed: removed, added: added) }
        if before.review.grade != after.review.grade { change.grade = GradeChange(old: before.review.grade, new: after.review.grade) }
        return change
    }

    /// The document with this change made. Each part must find what the change says was
    /// there before (a field's old text, a project's review record, the waivers it
    /// removes, the grade); anything else means the document is not where the change left
    /// it, and nothing is changed.
    public func apply(to document: Document) throws(EditError) -> Document {
        var doc = document
        for f in fields {
            let path = FieldPath(projectIndex: f.project - 1, field: f.field)
            let current = doc.value(at: path)
            guard current == f.old else {
                throw EditError("\(FieldPath.place(ofProject: f.project)) 的\(f.field.chinese)应为“\(f.old)”，现在是“\(current ?? "（无）")”")
            }
            doc = try doc.setting(path, to: f.new)
        }
        for r in reviews {
            let key = String(r.project)
            guard doc.projects.indices.contains(r.project - 1) else { throw EditError("没有第 \(r.project) 个项目") }
            guard doc.review.projects[key] == r.old else {
                throw EditError("项目 \(r.project) 的审核记录已不是这一步之后的样子（现在是\(doc.review.status(ofProjectAt: r.project - 1).chinese)）")
            }
            doc.review.projects[key] = r.new
        }
        if let w = waivers {
            var list = doc.review.waivers
            for gone in w.removed {
                guard let k = list.firstIndex(of: gone) else {
                    throw EditError("没有这条豁免：规则 \(gone.rule)，\(gone.project.map { "项目 \($0)" } ?? "部门")")
                }
                list.remove(at: k)
            }
            for new in w.added {
                guard !list.contains(where: { $0.address == new.address }) else {
                    throw EditError("规则 \(new.rule) 在\(new.project.map { "项目 \($0)" } ?? "部门")已有豁免")
                }
                list.append(new)
            }
            doc.review.waivers = list.sorted(by: Waiver.order)
        }
        if let g = grade {
            guard doc.review.grade == g.old else { throw EditError("综合评定已不是这一步之后的样子") }
            doc.review.grade = g.new
        }
        return doc
    }

    /// The projects (0-based) the change touches, in order; the department part's fields
    /// are not a project's (`touchesDepartment`).
    public var projectIndices: [Int] {
        var out: [Int] = []
        for p in fields.map(\.project) + reviews.map(\.project) + (waivers.map { ($0.removed + $0.added).compactMap(\.project) } ?? [])
            where p > 0 && !out.contains(p - 1) {
            out.append(p - 1)
        }
        return out
    }
}

/// One field set from `old` to `new` (as `Document.value(at:)` reads them).
public struct FieldChange: Hashable, Sendable, Codable {
    /// 1-based position of the project; 0 for the department part.
    public var project: Int
    /// The project's code then, for readers; empty for the department part.
    public var code: String
    public var field: ProjectField
    public var old: String
    public var new: String

    public init(project: Int, code: String, field: ProjectField, old: String, new: String) {
        self.project = project
        self.code = code
        self.field = field
        self.old = old
        self.new = new
    }

    public var path: FieldPath { FieldPath(projectIndex: project - 1, field: field) }
}

extension RecordChange {
    /// Whether the change sets a field of the department part.
    public var touchesDepartment: Bool { fields.contains { $0.project == 0 } }
}

/// A project's review record before and after (nil: none recorded).
public struct ReviewChange: Hashable, Sendable, Codable {
    public var project: Int
    public var old: ProjectReview?
    public var new: ProjectReview?

    public init(project: Int, old: ProjectReview?, new: ProjectReview?) {
        self.project = project
        self.old = old
        self.new = new
    }

    /// The status before and after: 通过 → 待审.
    public var statusChange: (old: ReviewStatus, new: ReviewStatus) {
        (old?.status ?? .pending, new?.status ?? .pending)
    }
}

public struct WaiverChange: Hashable, Sendable, Codable {
    public var removed: [Waiver]
    public var added: [Waiver]

    public init(removed: [Waiver], added: [Waiver]) {
        self.removed = removed
        self.added = added
    }
}

public struct GradeChange: Hashable, Sendable, Codable {
    public var old: DocumentGrade?
    public var new: DocumentGrade?

    public init(old: DocumentGrade?, new: DocumentGrade?) {
        self.old = old
        self.new = new
    }
}

/// Parts with nothing in them are left out of the journal line.
extension RecordChange: Codable {
    enum CodingKeys: String, CodingKey { case fields, reviews, waivers, grade }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(fields: try c.decodeIfPresent([FieldChange].self, forKey: .fields) ?? [],
                  reviews: try c.decodeIfPresent([ReviewChange].self, forKey: .reviews) ?? [],
                  waivers: try c.decodeIfPresent(WaiverChange.self, forKey: .waivers),
                  grade: try c.decodeIfPresent(GradeChange.self, forKey: .grade))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !fields.isEmpty { try c.encode(fields, forKey: .fields) }
        if !reviews.isEmpty { try c.encode(reviews, forKey: .reviews) }
        try c.encodeIfPresent(waivers, forKey: .waivers)
        try c.encodeIfPresent(grade, forKey: .grade)
    }
}
