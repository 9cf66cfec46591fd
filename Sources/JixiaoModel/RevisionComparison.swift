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
    /// The fields of the department part (部门整体绩效目标: `overall.summary.2`,
    /// `overall.subgoal.1.indicators`, `overall.measure.3`) the unit changed, as a project's
    /// `changes` are, in reading order; empty when only the 目录 or the title block did.
    /// Recorded when `departmentChanged`, else nil — and nil on a journal line written before
    /// they were recorded, which said only `departmentChanged` (a replay does not ask them
    /// of such a line: `JournalReplay`).
    public var departmentChanges: [FieldRevision]?

    public init(projects: [ProjectRevision], clearedGrade: DocumentGrade?, departmentChanged: Bool,
                departmentChanges: [FieldRevision]? = nil) {
        self.projects = projects
        self.clearedGrade = clearedGrade
        self.departmentChanged = departmentChanged
        self.departmentChanges = departmentChanges
    }

    public var changed: [ProjectRevision] { projects.filter { $0.match.isMatched && !$0.changes.isEmpty } }
    public var unchanged: [ProjectRevision] { projects.filter { $0.match.isMatched && $0.changes.isEmpty } }
    public var added: [ProjectRevision] { projects.filter { $0.match == .added } }
    public var removed: [ProjectRevision] { projects.filter { $0.match == .removed } }
    /// What a reader of the revision is told about project by project: changed, added,
    /// removed, or matched only by its name; the rest are summed up as unchanged.
    public var notable: [ProjectRevision] { projects.filter { !$0.changes.isEmpty || !$0.match.isMatched || $0.match == .name } }
    /// Approvals the revision kept (通过 on a project the unit did not change).
    public var approvalsKept: Int { projects.filter { $0.match.isMatched && $0.before == .approved && $0.after == .approved }.count }
    /// Decisions the revision reset to 待审 (通过 or 退回 on a project the unit changed).
    public var decisionsReset: Int { projects.filter { $0.match.isMatched && $0.before != .pending && $0.after == .pending }.count }

    /// 改了 3 个项目，2 个通过保留，1 个回到待审 (after 部门整体绩效目标改了 2 处 when the
    /// department part changed): the revision in one phrase.
    public var summary: String {
        var parts = ["改了 \(changed.count) 个项目", "\(unchanged.count) 个未改"]
        // The department part's changes too: "改了 0 个项目" alone hid them.
        if let fields = departmentChanges, !fields.isEmpty {
            parts.insert("部门整体绩效目标改了 \(fields.count) 处", at: 0)
        } else if departmentChanged {
            // No fields: only the 目录 or title block — or a line written before they were recorded.
            parts.insert(departmentChanges == nil ? "部门整体部分有改动" : "目录或封面有改动", at: 0)
        }
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

/// A revision as the journal recorded it: version `version` imported from `file` by
/// `actor` at `time` (journal line `seq`), and what it did.
public struct RevisionRecord: Hashable, Sendable, Codable {
    public var version: Int
    public var file: String
    public var actor: String
    public var time: String
    public var seq: Int
    public var comparison: RevisionComparison
    /// When the version before it was imported as a 修改稿 (nil for version 2, whose round
    /// began with the import): the opinions recorded before then were that version's to
    /// answer, not this one's.
    public var since: String?

    public init(version: Int, file: String, actor: String, time: String, seq: Int, comparison: RevisionComparison,
                since: String? = nil) {
        self.version = version
        self.file = file
        self.actor = actor
        self.time = time
        self.seq = seq
        self.comparison = comparison
        self.since = since
    }
}

/// One line of the second round's comparison as the reviewer reads it — on the command
/// line (`changes --since-revision`) and on the workstation's `d` screen alike.
public struct RevisionLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// What the revision did, in one line; the department's changes; the cleared grade.
        case heading
        /// A project: number, name, code, the decision before → after.
        case project
        /// An opinion on the project as a whole, or a note about it.
        case opinion
        /// A field the unit changed.
        case change
        /// An opinion about the row of the change above it.
        case rowOpinion
        /// A note: no change, an unchanged row's opinion, the projects left as they were.
        case note
    }

    public var kind: Kind
    public var text: String
    /// The project (0-based in the current document) the line is about, when it has one.
    public var project: Int?
    /// The field a change line is about (in the current document).
    public var field: ProjectField?

    public init(kind: Kind, text: String, project: Int? = nil, field: ProjectField? = nil) {
        self.kind = kind
        self.text = text
        self.project = project
        self.field = field
    }
}

extension RevisionRecord {
    /// The comparison, per project, with the reviewer's opinions recorded in its round
    /// (after the version before it, before it) beside the changes that answer them: the project's own at its head, a
    /// row's under the last change to that row. Every project the unit changed, added,
    /// dropped or renumbered its code — or only the project at `project` (0-based) — then
    /// the unchanged ones in one line. `time` formats a journal time.
    public func lines(in d: Document, project: Int? = nil, time: (String) -> String) -> [RevisionLine] {
        let cmp = comparison
        var out = [RevisionLine(kind: .heading, text: "第 \(version) 版（\(file)，\(actor) \(time(self.time)) 导入，日志第 \(seq) 条）与第 \(version - 1) 版比较：\(cmp.summary)")]
        if project == FieldPath.departmentIndex { return out + departmentLines() }
        if project == nil {
            if let g = cmp.clearedGrade { out.append(RevisionLine(kind: .heading, text: "原综合评定 \(g.grade.chinese) 已清除，须重新评定")) }
            if cmp.departmentChanges?.isEmpty == false {
                out += departmentLines()
            } else if cmp.departmentChanged {
                // Only the 目录 or the title block; or a line that recorded no fields.
                out.append(RevisionLine(kind: .heading, text: cmp.departmentChanges == nil ? "部门整体部分（总体目标、目录或封面）也有改动"
                                                                                            : "目录或封面也有改动（部门整体绩效目标未改）"))
            }
        }
        let shown = project.map { i in cmp.projects.filter { $0.new == i + 1 } }
            ?? cmp.notable
        for p in shown { out += lines(p, in: d, time: time) }
        if project == nil, !cmp.unchanged.isEmpty {
            let same = cmp.unchanged
            let numbers = same.compactMap(\.new).map { String(Self.number($0, in: d)) }.joined(separator: "、")
            out.append(RevisionLine(kind: .note, text: "未改的 \(same.count) 个项目（\(numbers)）保留审核结论"))
            let returned = same.filter { $0.before == .returned }
            if !returned.isEmpty {
                out.append(RevisionLine(kind: .note, text: "其中退回而单位没有改动：" + returned.map { "\(Self.number($0.new, in: d)). \($0.name)" }.joined(separator: "、")))
            }
        }
        return out
    }

    /// The department part (部门整体绩效目标) as a project is shown: a head line, then each
    /// field the unit changed, old → new (`project` is `FieldPath.departmentIndex`, so that
    /// the workstation opens the department part at the field).
    func departmentLines() -> [RevisionLine] {
        let d = FieldPath.departmentIndex
        guard let changes = comparison.departmentChanges else {
            // A journal line written before the fields were recorded.
            return [RevisionLine(kind: .project, text: "部门整体绩效目标", project: d),
                    RevisionLine(kind: .note, text: comparison.departmentChanged ? "有改动（这一版导入时没有逐项记录；jixiao changes 部门 看自导入以来的修改）" : "没有改动",
                                 project: d)]
        }
        var out = [RevisionLine(kind: .project, text: "部门整体绩效目标" + (changes.isEmpty ? "" : "：\(changes.count) 处改动"), project: d)]
        if changes.isEmpty {
            out.append(RevisionLine(kind: .note, text: comparison.departmentChanged ? "没有改动（改的是目录或封面）" : "没有改动", project: d))
        }
        for c in changes {
            out.append(RevisionLine(kind: .change, text: "\(c.label)：“\(c.old.isEmpty ? "（空）" : c.old)” → “\(c.new.isEmpty ? "（空）" : c.new)”",
                                    project: d, field: c.field))
        }
        return out
    }

    /// A project as `show` and the workstation number it — the number its table prints —
    /// from its position (1-based) in the current document: after a project was taken out
    /// the two differ, and the reviewer types the printed one.
    public static func number(_ position: Int?, in d: Document) -> Int {
        guard let position else { return 0 }
        return d.projects.indices.contains(position - 1) ? d.projects[position - 1].number : position
    }

    func lines(_ p: ProjectRevision, in d: Document, time: (String) -> String) -> [RevisionLine] {
        let index = p.new.map { $0 - 1 }
        func line(_ kind: RevisionLine.Kind, _ text: String, _ field: ProjectField? = nil) -> RevisionLine {
            RevisionLine(kind: kind, text: text, project: index, field: field)
        }
        var decision = p.decisionText
        if let index, d.review.status(ofProjectAt: index) != p.after {
            decision += "（现在：\(d.review.status(ofProjectAt: index).chinese)）"
        }
        switch p.match {
        case .removed:
            var out = [line(.project, "原 \(p.old ?? 0). \(p.name)（\(p.code)）：\(decision)")]
            out += (p.review?.opinions ?? []).map { line(.opinion, Self.opinion($0, time: time)) }
            out += p.waivers.map { line(.opinion, "豁免 [\($0.rule)]：\($0.reason)（\($0.reviewer)）") }
            return out
        case .added:
            var out = [line(.project, "\(Self.number(p.new, in: d)). \(p.name)（\(p.code)）：\(decision)")]
            // A project in the place of one taken out, with another code and name: perhaps the
            // same project renamed — its 退回 must not be shaken off unnoticed.
            if let gone = comparison.removed.first(where: { $0.old == p.new }) {
                out.append(line(.note, "注意：它在原第 \(gone.old ?? 0) 个“\(gone.name)”（\(gone.before.chinese)）的位置上，编码和名称都不同；"
                                + "如是同一项目改了名，请对照原审核意见审核"))
            }
            return out
        case .code, .name:
            break
        }
        // Renumbered: the number it has now differs from its place in the version before.
        let moved = p.old.map { $0 != Self.number(p.new, in: d) } == true ? "，原第 \(p.old ?? 0) 个" : ""
        let how = p.match == .name ? "，项目编码不同，按项目名称对应" : ""
        var out = [line(.project, "\(Self.number(p.new, in: d)). \(p.name)（\(p.code)\(moved)\(how)）：\(decision)")]
        // The opinions recorded in this round, before the revision: what the changes may
        // answer. (Times are to the second: one in the second of either import is shown.)
        let opinions = index.map { d.review.opinions(ofProjectAt: $0) }?
            .filter { o in o.time <= self.time && since.map { o.time >= $0 } ?? true } ?? []
        for o in opinions where o.row == nil { out.append(line(.opinion, Self.opinion(o, time: time))) }
        for m in p.movedRows where m.to == nil {
            out.append(line(.opinion, "原第 \(m.from) 行的意见：该行在修改稿中已删去，意见留在项目上"))
        }
        if p.changes.isEmpty { out.append(line(.note, "没有改动")) }
        var rowsShown = Set<Int>()
        for (k, c) in p.changes.enumerated() {
            let field: ProjectField? = c.removedRow == true ? nil : c.field
            out.append(line(.change, "\(c.label)：“\(c.old.isEmpty ? "（空）" : c.old)” → “\(c.new.isEmpty ? "（空）" : c.new)”", field))
            // A row's opinions under the last change to that row.
            if let row = c.row, !p.changes[(k + 1)...].contains(where: { $0.row == row }) {
                rowsShown.insert(row)
                for o in opinions where o.row == row { out.append(line(.rowOpinion, Self.opinion(o, time: time), field)) }
            }
        }
        for o in opinions {
            if let row = o.row, !rowsShown.contains(row) { out.append(line(.note, "第 \(row) 行（未改）的" + Self.opinion(o, time: time))) }
        }
        return out
    }

    /// `第 1 行的退回意见（王审核，2026-11-26 09:00）：完成率目标偏低`.
    static func opinion(_ o: Opinion, time: (String) -> String) -> String {
        "\(o.row.map { "第 \($0) 行的" } ?? "")\(o.label)（\(o.reviewer)，\(time(o.time))）：\(oneLine(o.text))"
    }

    /// An opinion typed on several lines (Ctrl-J), on the one line a comparison gives it:
    /// its lines joined by `；` (none after a line that ends in punctuation of its own). A
    /// line break left in would break the listing's table, or show as `<U+000A>`.
    static func oneLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { TextNormalization.trimmed(String($0)) }.filter { !$0.isEmpty }
        var out = ""
        for line in lines {
            if let last = out.last, !"。；，：！？;,.:!?、".contains(last) { out += "；" }
            out += line
        }
        return out
    }
}

/// A change of the reviewer's that a 修改稿 did not take: the reviewer had changed a field
/// from what the text said, and the revised text has it back as the text said.
public struct EditNotTaken: Hashable, Sendable {
    /// The project's position (1-based) in the revised version.
    public var project: Int
    public var change: FieldRevision
}

extension RevisionComparison {
    /// The reviewer's edits the revised text did not take, against `original`: the text of
    /// the version before as it was imported. The unit may well be right to keep its text,
    /// but the reviewer must see that the change they made is gone.
    public func editsNotTaken(original: Document) -> [EditNotTaken] {
        var out: [EditNotTaken] = []
        for p in projects where p.match.isMatched {
            guard let old = p.old, let new = p.new, original.projects.indices.contains(old - 1) else { continue }
            for c in p.changes where c.removedRow != true {
                var field = c.field
                if case .indicator(let row, let f) = c.field { field = .indicator(row: c.previousRow ?? row, f) }
                guard let text = original.value(at: FieldPath(projectIndex: old - 1, field: field)) else { continue }
                if c.old != text && c.new == text { out.append(EditNotTaken(project: new, change: c)) }
            }
        }
        return out
    }
}
