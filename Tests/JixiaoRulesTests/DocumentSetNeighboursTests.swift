import JixiaoModel
import JixiaoSynthetic
import JixiaoText
import Testing
@testable import JixiaoRules

/// `DocumentSetNeighbours`: one document's findings across documents, worked out against
/// only the documents related to it, are those the whole set gives it.
@Suite struct DocumentSetNeighboursTests {
    /// A synthetic district of 120 documents: previous years of some units, project codes
    /// shared and projects funded twice across departments. Every document's findings
    /// against its neighbours are the whole set's, and every rule across documents has
    /// something to say somewhere (else the comparison would prove nothing of it).
    @Test func eachDocumentsFindingsAreTheWholeSets() throws {
        let files = try SyntheticBureau.withDevelopmentCorpus().documents(count: 120)
        let members = try files.enumerated().map { k, f in
            DocumentSetMember(id: "doc\(k)", document: try DocumentReader.read(bytes: f.bytes))
        }
        let engine = RuleEngine()
        let whole = engine.checkSet(members)
        var fired = Set<String>()
        for (k, member) in members.enumerated() {
            var others = members
            others.remove(at: k)
            // As the workstation arranges them: the open document first, then the others.
            let expected = engine.checkSet([member] + others)[member.id] ?? []
            let found = engine.checkSet(member, among: DocumentSetNeighbours(others))
            #expect(found == expected, "\(member.id)")
            #expect(Set(found) == Set(whole[member.id] ?? []), "\(member.id)")
            fired.formUnion(found.map(\.rule))
        }
        let acrossDocuments = RuleCatalogue.all.filter { if case .documentSet = $0.check { true } else { false } }.map(\.id)
        #expect(!acrossDocuments.isEmpty)
        #expect(Set(acrossDocuments).subtracting(fired).isEmpty, "never fired: \(Set(acrossDocuments).subtracting(fired).sorted())")
    }

    /// Only related documents are chosen: a unit's other year, a department sharing a code
    /// or a project's name in the same year — not one that shares nothing.
    @Test func onlyRelatedDocumentsAreChosen() {
        // One project each, so that nothing else is shared.
        func document(unit: String, year: Int, code: String, name: String) -> Document {
            var d = ExampleDocument.clean
            d.department.code = unit
            d.department.year = year
            d.projects = [d.projects[0]]
            d.projects[0].code = code
            d.projects[0].name = name
            return d
        }
        let current = document(unit: "500001", year: 2022, code: "CODE-A", name: "2022年教师培训经费")
        let others = [
            document(unit: "500001", year: 2021, code: "CODE-Z", name: "另一个名称"),   // the unit's last year
            document(unit: "500002", year: 2022, code: "CODE-A", name: "第二个名称"),   // the same code
            document(unit: "500003", year: 2022, code: "CODE-B", name: "教师培训经费"),  // the same name, the year left out
            document(unit: "500004", year: 2022, code: "CODE-C", name: "无关项目"),
            document(unit: "500005", year: 2021, code: "CODE-A", name: "教师培训经费"),  // another year: not the same project
        ]
        let neighbours = DocumentSetNeighbours(others.enumerated().map { DocumentSetMember(id: "m\($0.offset)", document: $0.element) })
        #expect(neighbours.sharing(with: current).map(\.id) == ["m0", "m1", "m2"])
    }
}
