import JixiaoModel
import Testing
@testable import JixiaoRules

/// One case per rule example: generated from the rule descriptions, so a new rule's
/// examples are tests without anyone writing them twice.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let index: Int
    let failing: Bool

    var example: RuleExample {
        let r = RuleCatalogue.rule(rule)!
        return failing ? r.failing[index] : r.passing[index]
    }

    var testDescription: String { "\(rule) \(failing ? "✗" : "✓") \(example.title)" }

    static let all: [ExampleCase] = RuleCatalogue.all.flatMap { r in
        r.failing.indices.map { ExampleCase(rule: r.id, index: $0, failing: true) }
            + r.passing.indices.map { ExampleCase(rule: r.id, index: $0, failing: false) }
    }
}

@Suite struct RuleExampleTests {
    let engine = RuleEngine()

    @Test func cleanExampleHasNoFindings() {
        let findings = engine.check(ExampleDocument.clean).all
        #expect(findings.map { "\($0.rule): \($0.message)" } == [])
    }

    /// The example documents for the rules across documents are quiet together: other
    /// departments and last year's document of the same unit are not findings by themselves.
    @Test func cleanSetHasNoFindings() {
        let set = [ExampleDocument.clean, ExampleDocument.otherDepartment, ExampleDocument.previousYear]
        let findings = engine.checkSet(set.map { DocumentSetMember(id: $0.id, document: $0) })
        #expect(findings.values.flatMap { $0 }.map { "\($0.rule): \($0.message)" } == [])
        #expect(engine.check(ExampleDocument.otherDepartment).all.map(\.rule) == [])
    }

    /// The share a continuing project's budget may change by is the workspace's to set.
    @Test func budgetChangeShareIsASetting() throws {
        let example = RuleCatalogue.rule("bureau.indicators-unchanged")!.failing[0]
        let members = ([example.document] + example.alongside).enumerated().map { DocumentSetMember(id: "d\($0.offset)", document: $0.element) }
        #expect(engine.checkSet(members)["d0"]?.count == 1)
        let lenient = RuleEngine(settings: RuleSettings(budgetChangeShare: 0.8))
        #expect(lenient.checkSet(members)["d0"] == nil, "a 67% change is within 80%")
    }

    /// Only document-set rules use documents alongside; a single document's rule would ignore them.
    @Test func onlyDocumentSetRulesHaveDocumentsAlongside() {
        for r in RuleCatalogue.all where !r.isDocumentSet {
            for e in r.failing + r.passing { #expect(e.alongside.isEmpty, "\(r.id) “\(e.title)”") }
        }
    }

    @Test func everyRuleHasBothKindsOfExample() {
        for r in RuleCatalogue.all {
            #expect(!r.failing.isEmpty, "\(r.id) has no failing example")
            #expect(!r.passing.isEmpty, "\(r.id) has no passing example")
            for e in r.failing {
                #expect(!e.places.isEmpty, "\(r.id) ✗ “\(e.title)” should say where its finding lands: RuleExample(title, at: …)")
            }
            for e in r.passing {
                #expect(e.places.isEmpty, "\(r.id) ✓ “\(e.title)” is a passing example: it names no place")
            }
        }
    }

    @Test func idsAreUniqueAndDotted() {
        let ids = RuleCatalogue.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.split(separator: ".").count == 2, "\(id)")
            #expect(id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" || $0.isNumber }, "\(id)")
        }
    }

    @Test func everyRuleExplainsItselfInChinese() {
        for r in RuleCatalogue.all {
            #expect(r.title.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(r.id)")
            #expect(r.help.count >= 60, "\(r.id) help is too short to say what, why and what to do")
        }
    }

    /// The rule's findings on an example's document: its own check, or for a document-set
    /// rule the set of it and the documents alongside, as found in it.
    func findings(_ c: ExampleCase) -> [Finding] {
        guard RuleCatalogue.rule(c.rule)!.isDocumentSet else {
            return engine.check(c.example.document).all.filter { $0.rule == c.rule }
        }
        let members = ([c.example.document] + c.example.alongside).enumerated().map { DocumentSetMember(id: "d\($0.offset)", document: $0.element) }
        return (engine.checkSet(members)["d0"] ?? []).filter { $0.rule == c.rule }
    }

    @Test(arguments: ExampleCase.all)
    func example(_ c: ExampleCase) {
        let findings = findings(c)
        if c.failing {
            #expect(!findings.isEmpty, "\(c.rule) should fire on “\(c.example.title)”")
            let landed = Set(findings.map(FindingPlace.init)).sorted { $0.description < $1.description }
            let expected = Set(c.example.places).sorted { $0.description < $1.description }
            #expect(landed == expected, "\(c.rule) on “\(c.example.title)” should find \(expected), found \(landed)")
            for f in findings {
                if RuleCatalogue.rule(c.rule)!.isDocumentSet {
                    // A finding across documents says which document it is in and names the others.
                    #expect(f.document == "d0")
                    #expect(!f.relatedDocuments.isEmpty && !f.relatedDocuments.contains("d0"), "\(c.rule) names the other document")
                }
                #expect(!f.message.isEmpty)
                #expect(f.location.line > 0)
                #expect(f.suggestion?.isEmpty == false, "\(c.rule) says what to do")
            }
        } else {
            #expect(findings.map(\.message) == [], "\(c.rule) should stay quiet on “\(c.example.title)”")
        }
    }

    /// A failing example should not make unrelated rules fire on the clean parts: the
    /// rule under test finds it, and a fix, where offered, resolves it.
    @Test(arguments: ExampleCase.all.filter(\.failing))
    func offeredFixesResolveTheFinding(_ c: ExampleCase) throws {
        let doc = c.example.document
        for f in engine.check(doc).all where f.rule == c.rule {
            guard let fix = f.fix, let index = f.projectIndex else { continue }
            let path = FieldPath(projectIndex: index, field: fix.field)
            #expect(doc.value(at: path) == fix.from)
            let fixed = try doc.setting(path, to: fix.to)
            let again = engine.check(fixed).all.filter { $0.rule == c.rule && $0.location == f.location && $0.message == f.message }
            #expect(again.isEmpty, "fix of \(c.rule) did not resolve it")
        }
    }
}
