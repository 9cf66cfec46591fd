import JixiaoModel

/// The other documents of a workspace, arranged by what the rules across documents relate
/// two documents by: the unit (its code: the year-over-year rules pair a unit's years), a
/// year and a 项目编码 (`bureau.code-shared`), a year and a project's name as compared
/// across documents (`bureau.funded-twice`). One document's findings across documents are
/// then worked out against only the documents that share one of these with it, not against
/// every document of the workspace: the workstation does this after every edit, and at
/// 1,000 documents checking the whole set took 66 ms a time (`jixiao-bench picker`).
///
/// A rule across documents that relates documents by anything else must add its key here;
/// `DocumentSetNeighboursTests` compares the two ways on a synthetic district.
public struct DocumentSetNeighbours: Sendable, Equatable {
    public let members: [DocumentSetMember]
    /// Positions in `members` by key, each list in the members' order.
    private var byKey: [String: [Int]] = [:]

    public init(_ members: [DocumentSetMember]) {
        self.members = members
        for (m, member) in members.enumerated() {
            for key in Set(Self.keys(member.document)) { byKey[key, default: []].append(m) }
        }
    }

    /// What a document is related to others by.
    static func keys(_ document: Document) -> [String] {
        let year = document.department.year
        var keys: [String] = []
        let unit = TextNormalization.withoutBlanks(document.department.code)
        if !unit.isEmpty { keys.append("unit|\(unit)") }
        for p in document.projects {
            if !p.code.isEmpty { keys.append("code|\(year)|\(p.code)") }
            let name = YearOverYear.name(p.name)
            if !name.isEmpty { keys.append("name|\(year)|\(name)") }
        }
        return keys
    }

    /// The members that share something with `document`, in their order.
    public func sharing(with document: Document) -> [DocumentSetMember] {
        var chosen = Set<Int>()
        for key in Self.keys(document) { chosen.formUnion(byKey[key] ?? []) }
        return chosen.sorted().map { members[$0] }
    }
}

extension RuleEngine {
    /// The findings across documents of `member` alone among `neighbours` (the others):
    /// the same as those `checkSet([member] + neighbours.members)` gives it, worked out
    /// against only the documents that share something with it.
    public func checkSet(_ member: DocumentSetMember, among neighbours: DocumentSetNeighbours) -> [Finding] {
        checkSet([member] + neighbours.sharing(with: member.document))[member.id] ?? []
    }
}
