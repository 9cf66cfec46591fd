import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoRules

/// A department of many alike projects: a finding names a few of the others and says how
/// many there are, so messages and memory grow with the projects, not with their square.
@Suite struct ManyProjectsTests {
    /// The sample's first project `count` times, same name, code and content.
    func alike(_ count: Int) throws -> Document {
        var d = try DocumentReader.read(bytes: BundledSample.bytes)
        let p = d.projects[0]
        d.projects = (1...count).map { n in var q = p; q.number = n; return q }
        d.contents = []
        return d
    }

    @Test func findingsNameAFewAndCountTheRest() throws {
        let d = try alike(40)
        let found = RuleEngine().check(d).all
        for rule in ["project.duplicate", "header.code-duplicate"] {
            let these = found.filter { $0.rule == rule }
            #expect(these.count == 40, "\(rule)")
            for f in these {
                #expect(f.message.contains("等 39 个项目"), "\(rule): \(f.message)")
                #expect(f.related.count <= Say.relatedLimit, "\(rule)")
                // Five projects named, not thirty-nine: `1“…”、2“…”` and so on.
                #expect(f.message.components(separatedBy: "机关监控设备维护费").count - 1 <= Say.shownProjects + 1, "\(rule): \(f.message)")
            }
        }
    }

    @Test func aFewAreAllNamed() throws {
        let d = try alike(3)
        let found = RuleEngine().check(d).all.filter { $0.rule == "header.code-duplicate" }
        #expect(found.count == 3)
        #expect(found.allSatisfy { !$0.message.contains("等") && $0.related.count == 2 })
    }

    @Test func messagesGrowLinearly() throws {
        func total(_ n: Int) throws -> Int {
            RuleEngine().check(try alike(n)).all.reduce(0) { $0 + $1.message.utf8.count + $1.related.count * 21 }
        }
        let (small, large) = (try total(50), try total(200))
        // Four times the projects: about four times the text (the square would be sixteen).
        #expect(Double(large) / Double(small) < 5, "\(small) → \(large)")
    }
}
