import JixiaoModel
import JixiaoRules

extension Workspace {
    /// What the document-set rules see of every document in the workspace (each opened
    /// read-only, one at a time, and kept without the text those rules never read).
    /// `excluding`: a document already open (the workstation's), left out.
    public func documentSetMembers(excluding: String? = nil) throws(StoreError) -> [DocumentSetMember] {
        var members: [DocumentSetMember] = []
        for id in documentIDs() where id != excluding {
            members.append(DocumentSetMember(id: id, document: try openDocument(id, access: .read).document))
        }
        return members
    }

    /// The same, made from the documents' summaries where that is all the rules read: the
    /// rules across departments compare only codes, names and 预算数, which a summary
    /// keeps; a document of the year before or after is opened in full, for the
    /// year-over-year rules read its indicators — with `excluding` (the document being
    /// checked or shown, whose findings alone are wanted), only those of its own unit.
    public func documentSetMembers(from summaries: [DocumentSummary], excluding: String? = nil) throws(StoreError) -> [DocumentSetMember] {
        var years: [String: Set<Int>] = [:]
        for s in summaries {
            let code = TextNormalization.withoutBlanks(s.unitCode)
            if !code.isEmpty { years[code, default: []].insert(s.year) }
        }
        let shown = summaries.filter { $0.id != excluding }
        let unit = excluding.flatMap { id in summaries.first { $0.id == id } }.map { TextNormalization.withoutBlanks($0.unitCode) }
        let read = shown.filter { s in
            let code = TextNormalization.withoutBlanks(s.unitCode)
            let unitYears = years[code] ?? []
            return (unit == nil || unit == code) && (unitYears.contains(s.year - 1) || unitYears.contains(s.year + 1))
        }.map(\.id)
        // Those read in full, several at a time.
        var opened: [String: Document] = [:]
        for (id, result) in zip(read, Parallel.map(read.count) { k throws(StoreError) in try openDocument(read[k], access: .read).document }) {
            opened[id] = try result.get()
        }
        return shown.map { s in DocumentSetMember(id: s.id, document: opened[s.id] ?? s.keysOnly) }
    }

    /// The findings across documents — the same project code or the same project funded in
    /// two departments, and each unit's year-over-year comparison — by document id, with
    /// the workspace's rule settings: what `jixiao check` reports across documents.
    public func documentSetFindings() throws(StoreError) -> [String: [Finding]] {
        RuleEngine(settings: settings.review).checkSet(try documentSetMembers())
    }
}

extension Workspace {
    /// One document's findings across documents, its waivers of them applied: what an
    /// approval of one of its projects must also answer. The others are read from their
    /// summaries (and the unit's other years in full).
    public func findingsAcrossDocuments(of id: String, document: Document) throws(StoreError) -> [Finding] {
        let (summaries, _) = summaries()
        guard summaries.contains(where: { $0.id != id }) else { return [] }
        let members = [DocumentSetMember(id: id, document: document)] + (try documentSetMembers(from: summaries, excluding: id))
        return FindingSet.acrossDocuments(RuleEngine(settings: settings.review).checkSet(members)[id] ?? [],
                                          waivedBy: document.review.waivers).findings
    }
}

extension DocumentSummary {
    /// The document as far as the summary knows it: the department and each project's
    /// code, name and 预算数 where the tables print them — all that the rules across
    /// departments read.
    public var keysOnly: Document {
        let department = Department(code: unitCode, unitName: unitName, name: departmentName, year: year, preparedBy: "",
                                    reviewedBy: "", isDraft: false, currency: "元", lines: Department.Lines(title: 0))
        let projects = projectKeys.enumerated().map { k, key in
            Project(number: key.number, heading: "", unit: TableUnit(code: unitCode, name: unitName, currency: "元"), code: key.code,
                    name: key.name, budget: Budget(total: key.budget, fiscal: key.budget, other: .zero), usage: "",
                    spendingPlan: SpendingPlan(checkpoints: []), goals: [], indicators: [],
                    lines: Project.Lines(heading: 0, unit: 0, code: key.codeLine, budget: key.budgetLine, usage: nil, plan: 0,
                                         planFigures: nil, goals: 0, indicatorHeader: 0))
        }
        return Document(department: department, overall: OverallTargets(), contents: [], projects: projects)
    }
}
