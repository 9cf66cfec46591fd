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

    /// `indicator.copied-text` too: a row that mentions the subject of forty other projects
    /// names five of them and counts the rest, and relates at most `Say.relatedLimit`.
    @Test func copiedTextNamesAFewAndCountsTheRest() throws {
        var d = try DocumentReader.read(bytes: BundledSample.bytes)
        let monitor = d.projects[0]
        var cleaning = d.projects[0]
        cleaning.name = "集体宿舍保洁服务经费"
        cleaning.usage = "集体宿舍保洁"
        d.projects = [monitor] + (1...40).map { n in
            var q = cleaning
            q.number = n + 1
            q.code = String(format: "1303062138CLEAN%05dX", n)
            return q
        }
        d.projects[0].indicators[0].description = "及时保障各项保洁需要"
        d.contents = []
        let found = RuleEngine().check(d).all.filter { $0.rule == "indicator.copied-text" && $0.projectIndex == 0 }
        let f = try #require(found.first, "\(RuleEngine().check(d).all.map(\.rule))")
        #expect(f.message.contains("等 40 个项目"), "\(f.message)")
        #expect(f.related.count <= Say.relatedLimit)
        #expect(f.message.components(separatedBy: "集体宿舍保洁服务经费").count - 1 <= Say.shownProjects, "\(f.message)")
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
