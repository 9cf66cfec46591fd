import JixiaoModel
import JixiaoRules
import Testing
@testable import JixiaoUI

/// The workstation shows the findings across documents on the open document, and they
/// follow its edits.
@Suite struct AcrossDocumentsTests {
    /// Another department whose project 1 has the open document's project 1 code.
    let other = DocumentSetMember(id: "500002-2022", document: ExampleDocument.changed(ExampleDocument.otherDepartment) {
        $0.projects[0].code = ExampleDocument.clean.projects[0].code
    })

    @Test func shownWithTheDocumentsOwnAndGoneOnceTheCodeIsChanged() throws {
        let state = AppState(document: ExampleDocument.clean, alongside: [other])
        let shared = state.findings(ofProject: 0).filter { $0.rule == "bureau.code-shared" }
        #expect(shared.count == 1)
        #expect(shared.first?.relatedDocuments == ["500002-2022"])
        #expect(shared.first?.message.contains("500002-2022") == true)
        #expect(state.ordered.contains { $0.rule == "bureau.code-shared" }, "n and N reach it")
        // The reviewer corrects the code: the finding goes with the next check.
        let fixed = try ExampleDocument.clean.setting(FieldPath(projectIndex: 0, field: .code), to: "50010122ABCDEFGHIJK07")
        let after = Reducer.reduce(state, .applied(fixed, origin: .review, note: "已修改")).0
        #expect(!after.ordered.contains { $0.rule.hasPrefix("bureau.") })
    }

    @Test func noneWithoutOtherDocuments() {
        let state = AppState(document: ExampleDocument.clean)
        #expect(state.acrossDocuments.isEmpty)
        #expect(state.ordered.isEmpty)
    }
}
