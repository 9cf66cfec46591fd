import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoUI

/// A saved change comes back with the findings the session counted with it, when it
/// counted them under the workstation's settings; otherwise the reducer works them out from
/// the findings before the change. Either way they are what a whole check gives.
@Suite struct AppliedFindingsTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)
    let amount = FieldPath(projectIndex: 2, field: .indicator(row: 1, .value))

    @Test func theSessionsCountIsTakenAsItCame() throws {
        let state = AppState(document: sample, width: 120, height: 40)
        let edited = try sample.setting(amount, to: "8万元")
        // Counted under settings that turn every rule off: what the session sent is what is shown.
        var none = RuleSettings()
        for rule in RuleCatalogue.all { none.rules[rule.id] = .init(enabled: false) }
        let counted = RuleEngine(settings: none).check(edited)
        let after = Reducer.reduce(state, .applied(edited, findings: counted, origin: .review, note: "已修改")).0
        #expect(after.findings == counted)
        #expect(after.ordered.isEmpty)
    }

    @Test func withoutItTheChangedProjectIsCheckedAgain() throws {
        let state = AppState(document: sample, width: 120, height: 40)
        #expect(state.findings.all.filter { $0.severity == .error }.count == 1)
        let edited = try sample.setting(amount, to: "8万元")
        let after = Reducer.reduce(state, .applied(edited, origin: .review, note: "已修改")).0
        #expect(after.findings == RuleEngine().check(edited))
        #expect(after.findings.all.filter { $0.severity == .error }.isEmpty)
        #expect(after.message?.hasPrefix("已修改。问题 ") == true, "the counts that changed are said: \(after.message ?? "")")
    }
}
