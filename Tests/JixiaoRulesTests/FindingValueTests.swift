import Foundation
import Testing
import JixiaoModel
@testable import JixiaoRules

/// A `Finding` keeps its fields in one shared box: it must still behave as the value of
/// those fields — equal and hashed alike when they are, each copy changed on its own, and
/// encoded and decoded as before.
@Suite struct FindingValueTests {
    static func finding(message: String = "成本指标“设备购置”的指标值“按标准执行”没有数值，年终无法考核") -> Finding {
        Finding(rule: "indicator.not-quantified", severity: .warning, department: "130306", project: "13030622ABCDEFGHIJKLM",
                projectIndex: 0, location: Location(part: .indicator, level1: "产出指标", level2: "成本指标", level3: "设备购置",
                                                    field: .value, line: 12, row: 4),
                message: message, suggestion: "写明成本上限", related: ["13030622ABCDEFGHIJKLN"],
                fix: Fix(.indicator(row: 4, .value), from: "按标准执行", to: "≤2万元"))
    }

    static let waiver = Waiver(rule: "indicator.not-quantified", project: 1, code: "13030622ABCDEFGHIJKLM", part: "indicator", row: 4,
                               field: .value, line: 12, severity: "warning", message: "……", reason: "核实无误", reviewer: "王",
                               time: "2026-11-25T12:05:00Z")

    @Test func equalFieldsAreEqualFindings() {
        let a = Self.finding(), b = Self.finding()
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(a != Self.finding(message: "另一条"))
    }

    @Test func eachCopyChangesOnItsOwn() {
        let original = Self.finding()
        var copy = original
        copy.message = "另一条"
        copy.location.line = 30
        copy.waiver = Self.waiver
        #expect(original.message == Self.finding().message && original.location.line == 12 && original.isOpen)
        #expect(copy.message == "另一条" && copy.location.line == 30 && !copy.isOpen && copy.waiver == Self.waiver)
        #expect(copy != original)
        copy.message = original.message
        copy.location.line = 12
        copy.waiver = nil
        #expect(copy == original && copy.hashValue == original.hashValue)
        // Clearing a waiver that is not there changes nothing.
        var cleared = original
        cleared.waiver = nil
        #expect(cleared == original && cleared.isOpen)
    }

    @Test func everyFieldIsKept() {
        var f = Self.finding()
        f.rule = "r"; f.severity = .error; f.department = "d"; f.project = nil; f.projectIndex = 3
        f.suggestion = nil; f.related = []; f.fix = nil; f.document = "430001-2021"; f.relatedDocuments = ["430001-2020"]
        #expect(f.rule == "r" && f.severity == .error && f.department == "d" && f.project == nil && f.projectIndex == 3)
        #expect(f.suggestion == nil && f.related.isEmpty && f.fix == nil && f.document == "430001-2021")
        #expect(f.relatedDocuments == ["430001-2020"] && f.location.level3 == "设备购置")
    }

    @Test func encodedAndDecodedAsBefore() throws {
        var f = Self.finding()
        f.waiver = Self.waiver
        let data = try JSONEncoder().encode(f)
        var back = try JSONDecoder().decode(Finding.self, from: data)
        // The position is not encoded (the code is).
        #expect(back.projectIndex == nil)
        back.projectIndex = 0
        back.location.row = 4
        #expect(back == f)
    }
}
