/// The second round: a revised text (修改稿) the unit sent back replaces the document,
/// and the review carries over to it.
extension Document {
    /// The revised text's document with this document's review carried over, and what that
    /// did. Projects are matched by code, else by name (a code missing or changed); a
    /// project the unit did not change (every field as this document has it now, the
    /// reviewer's edits included) keeps its decision — a 退回 stays 退回, the unit did not
    /// answer it; a changed one goes to 待审, to be reviewed again. Opinions always move
    /// with their project (row opinions with their row, matched by its 一级/二级/三级
    /// names, else by position); waivers move too, and a project that disappeared keeps
    /// its review and waivers in the comparison. Any change clears the 综合评定.
    ///
    /// Replaying a journal's `revise` line runs this again and must get the comparison the
    /// line recorded: what it computes is part of the workspace format, to be changed only
    /// with a way for old lines to replay as they were.
    public func revised(by revised: Document) -> (Document, RevisionComparison) {
        let pairs = Self.matchProjects(projects, revised.projects)
        let oldFor = Dictionary(uniqueKeysWithValues: pairs.map { ($0.value.0, ($0.key, $0.value.1)) })
        var review = Review(projects: [:], waivers: [], grade: nil)
        var entries: [ProjectRevision] = []
        var newOf: [Int: Int] = [:]          // old 0-based → new 0-based
        var rowMaps: [Int: [Int: Int]] = [:]  // old 0-based → (old row → new row), 1-based rows
        for (j, p) in revised.projects.enumerated() {
            guard let (i, how) = oldFor[j] else {
                entries.append(ProjectRevision(match: .added, old: nil, new: j + 1, code: p.code, name: p.name,
                                               before: .pending, after: .pending))
                continue
            }
            newOf[i] = j
            let old = projects[i]
            let rows = Self.matchRows(old.indicators, p.indicators)
            rowMaps[i] = rows
            let changes = Self.fieldChanges(old, p, rows: rows)
            let before = self.review.status(ofProjectAt: i)
            let after: ReviewStatus = changes.isEmpty ? before : .pending
            var moves: [RowMove] = []
            if var pr = self.review.projects[String(i + 1)] {
                pr.status = after
                for k in pr.opinions.indices {
                    guard let r = pr.opinions[k].row else { continue }
                    let to = rows[r]
                    if to != r, !moves.contains(where: { $0.from == r }) { moves.append(RowMove(from: r, to: to)) }
                    pr.opinions[k].row = to
                }
                review.projects[String(j + 1)] = pr
            }
            entries.append(ProjectRevision(match: how, old: i + 1, new: j + 1, code: p.code, name: p.name, changes: changes,
                                           before: before, after: after, movedRows: moves.sorted { $0.from < $1.from }))
        }
        var waivers: [Waiver] = []
        var goneWaivers: [Int: [Waiver]] = [:]
        for w in self.review.waivers {
            guard let p = w.project else { waivers.append(w); continue }
            guard let j = newOf[p - 1] else { goneWaivers[p - 1, default: []].append(w); continue }
            var moved = w
            moved.project = j + 1
            // A row the revised text no longer has: the waiver stays, about no row, and is reported stale.
            if let r = w.row { moved.row = rowMaps[p - 1]?[r] }
            waivers.append(moved)
        }
        for (i, p) in projects.enumerated() where newOf[i] == nil {
            entries.append(ProjectRevision(match: .removed, old: i + 1, new: nil, code: p.code, name: p.name,
                                           before: self.review.status(ofProjectAt: i), after: .pending,
                                           review: self.review.projects[String(i + 1)], waivers: goneWaivers[i] ?? []))
        }
        let departmentChanged = Self.departmentText(self) != Self.departmentText(revised)
        let anything = departmentChanged || entries.contains { !$0.match.isMatched || !$0.changes.isEmpty }
        review.waivers = waivers.sorted(by: Waiver.order)
        review.grade = anything ? nil : self.review.grade
        var doc = revised
        doc.review = review
        return (doc, RevisionComparison(projects: entries, clearedGrade: anything ? self.review.grade : nil,
                                        departmentChanged: departmentChanged,
                                        departmentChanges: departmentChanged ? Self.departmentChanges(self, revised) : nil))
    }

    /// The department part's fields that differ (this document's, the reviewer's edits
    /// included, against the revised text's), in reading order: paragraphs and 分项绩效目标
    /// by position, as `jixiao set` and `show 部门` number them; a field only one side has
    /// is empty on the other.
    static func departmentChanges(_ old: Document, _ new: Document) -> [FieldRevision] {
        let (a, b) = (old.overall, new.overall)
        var fields: [OverallField] = (0..<max(a.summary.count, b.summary.count)).map { .summary($0 + 1) }
        fields += (0..<max(a.subGoals.count, b.subGoals.count)).flatMap { n in OverallField.SubGoalPart.allCases.map { .subGoal(n + 1, $0) } }
        fields += (0..<max(a.measures.count, b.measures.count)).map { .measure($0 + 1) }
        return fields.compactMap { f in
            let before = old.value(at: .department(f)) ?? "", after = new.value(at: .department(f)) ?? ""
            return before == after ? nil : FieldRevision(field: .overall(f), old: before, new: after)
        }
    }

    /// Old position → (new position, how), 0-based: by code, then by name among the rest.
    /// A code (or name) that several projects share is matched in order when both versions
    /// have it as often; otherwise it matches nothing, and the next key is tried.
    static func matchProjects(_ old: [Project], _ new: [Project]) -> [Int: (Int, ProjectRevision.Match)] {
        var pairs: [Int: (Int, ProjectRevision.Match)] = [:]
        var taken = Set<Int>()
        func pass(_ key: (Project) -> String, _ how: ProjectRevision.Match) {
            var oldAt: [String: [Int]] = [:], newAt: [String: [Int]] = [:]
            for i in old.indices where pairs[i] == nil { oldAt[key(old[i]), default: []].append(i) }
            for j in new.indices where !taken.contains(j) { newAt[key(new[j]), default: []].append(j) }
            for (k, olds) in oldAt where !k.isEmpty {
                guard let js = newAt[k], js.count == olds.count else { continue }
                for (i, j) in zip(olds, js) {
                    pairs[i] = (j, how)
                    taken.insert(j)
                }
            }
        }
        pass({ TextNormalization.withoutBlanks(TextNormalization.halfWidth($0.code)).uppercased() }, .code)
        pass({ TextNormalization.withoutBlanks($0.name) }, .name)
        return pairs
    }

    /// Old row → new row, 1-based: rows with the same 一级, 二级 and 三级 names, in order;
    /// then rows with the same 三级 name (a table that prints a 一级 or 二级 only on the first
    /// row of its group gives a row other labels once a row above it is deleted); then a
    /// row left over at the same position under the same 一级 and 二级 (its name reworded).
    /// A row matched by none is deleted: an opinion on it stays with the project, never on
    /// another indicator.
    static func matchRows(_ old: [Indicator], _ new: [Indicator]) -> [Int: Int] {
        func bare(_ s: String) -> String { TextNormalization.withoutBlanks(s) }
        func key(_ r: Indicator) -> [String] { [r.level1, r.level2, r.name].map(bare) }
        var map: [Int: Int] = [:]
        var taken = Set<Int>()
        func pass(_ same: (Indicator, Indicator) -> Bool) {
            for (i, r) in old.enumerated() where map[i + 1] == nil {
                if let j = new.indices.first(where: { !taken.contains($0) && same(new[$0], r) }) {
                    map[i + 1] = j + 1
                    taken.insert(j)
                }
            }
        }
        pass { key($0) == key($1) }
        pass { !bare($0.name).isEmpty && bare($0.name) == bare($1.name) }
        for i in old.indices where map[i + 1] == nil && new.indices.contains(i) && !taken.contains(i)
            && bare(old[i].level1) == bare(new[i].level1) && bare(old[i].level2) == bare(new[i].level2) {
            map[i + 1] = i + 1
            taken.insert(i)
        }
        return map
    }

    /// The fields that differ, in `fieldPaths` order: the project's own fields, then each
    /// row of the revised text (against the row it was matched to, or empty for a new
    /// row), then the rows the revised text no longer has.
    static func fieldChanges(_ old: Project, _ new: Project, rows: [Int: Int]) -> [FieldRevision] {
        let before = Document(department: .blank, overall: OverallTargets(), contents: [], projects: [old])
        let after = Document(department: .blank, overall: OverallTargets(), contents: [], projects: [new])
        var fields: [ProjectField] = [.code, .name, .heading, .usage] + ProjectField.BudgetPart.allCases.map { .budget($0) }
        let months = Set(old.spendingPlan.checkpoints.map(\.month) + new.spendingPlan.checkpoints.map(\.month))
        fields += months.sorted().map { .plan(month: $0) }
        fields += (0..<max(old.goals.count, new.goals.count)).map { .goal($0 + 1) }
        var out: [FieldRevision] = []
        for f in fields {
            let a = before.value(at: FieldPath(projectIndex: 0, field: f)) ?? ""
            let b = after.value(at: FieldPath(projectIndex: 0, field: f)) ?? ""
            if a != b { out.append(FieldRevision(field: f, old: a, new: b)) }
        }
        let oldOf = Dictionary(uniqueKeysWithValues: rows.map { ($0.value, $0.key) })
        for (j, row) in new.indicators.enumerated() {
            let i = oldOf[j + 1]
            for f in IndicatorField.allCases {
                let a = i.map { old.indicators[$0 - 1][f] } ?? "", b = row[f]
                if a != b || (i == nil && !b.isEmpty) {
                    out.append(FieldRevision(field: .indicator(row: j + 1, f), old: a, new: b,
                                             previousRow: i.flatMap { $0 == j + 1 ? nil : $0 }))
                }
            }
            // A new row whose cells are all empty is a change too.
            if i == nil, !out.contains(where: { $0.row == j + 1 }) {
                out.append(FieldRevision(field: .indicator(row: j + 1, .name), old: "", new: ""))
            }
        }
        for (i, row) in old.indicators.enumerated() where rows[i + 1] == nil {
            let cells = IndicatorField.allCases.filter { !row[$0].isEmpty }
            for f in cells.isEmpty ? [.name] : cells {
                out.append(FieldRevision(field: .indicator(row: i + 1, f), old: row[f], new: "", removedRow: true))
            }
        }
        return out
    }

    /// The department's own text, without the source lines it came from.
    static func departmentText(_ d: Document) -> [String] {
        let dep = d.department
        var out = [dep.code, dep.unitName, dep.name, String(dep.year), dep.preparedBy, dep.reviewedBy, String(dep.isDraft), dep.currency]
        out += d.overall.summary.map(\.text) + ["|"] + d.overall.subGoals.flatMap { [$0.goal, $0.indicators] }
        out += ["|"] + d.overall.measures.map(\.text) + ["|"] + d.contents.map { "\($0.number) \($0.title) \($0.page)" }
        return out
    }
}

extension Department {
    /// A department with nothing in it, for comparing projects on their own.
    static let blank = Department(code: "", unitName: "", name: "", year: 0, preparedBy: "", reviewedBy: "",
                                  isDraft: false, currency: "", lines: Lines(title: 0))
}
