import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
import Testing
@testable import JixiaoRules

@Suite struct EngineTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    @Test func settingsDisableAndChangeSeverity() {
        let settings = RuleSettings(rules: [
            "indicator.not-quantified": .init(enabled: false),
            "indicator.basis-category": .init(severity: .warning),
        ])
        let all = RuleEngine(settings: settings).check(sample).all
        #expect(!all.contains { $0.rule == "indicator.not-quantified" })
        #expect(all.filter { $0.rule == "indicator.basis-category" }.allSatisfy { $0.severity == .warning })
        #expect(all.filter { $0.rule == "indicator.basis-category" }.count == 9)
    }

    @Test func requiringCostIndicator() {
        var doc = ExampleDocument.clean
        doc.projects[0].indicators.remove(at: 3)
        #expect(RuleEngine().check(doc).all.isEmpty)
        let strict = RuleEngine(settings: RuleSettings(requireCostIndicator: true)).check(doc).all
        #expect(strict.map(\.rule) == ["indicator.output-dimension-missing"])
        #expect(strict[0].message.contains("成本指标"))
    }

    @Test func choosingTheFrame() {
        // Under 101号, 成本指标 is a 一级 of its own: a 成本指标 二级 under 产出 is out of frame.
        let f101 = RuleEngine(settings: RuleSettings(frame: .caiyu2021no101)).check(ExampleDocument.clean).all
        #expect(f101.filter { $0.rule == "indicator.level2-frame" }.count == 2)
        var doc = ExampleDocument.clean
        for p in doc.projects.indices { doc.projects[p].indicators[3].level1 = "成本指标"; doc.projects[p].indicators[3].level2 = "经济成本指标" }
        #expect(doc.frame == .caiyu2021no101)
        #expect(RuleEngine().check(doc).all.map(\.rule) == [])
    }

    /// jixiao.json spells the frame `auto`, `88号` or `101号`; auto is no frame chosen.
    @Test func frameSettingSpelling() throws {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        for (frame, spelled) in [(nil, "auto"), (IndicatorFrame.caiyu2015no88, "88号"), (.caiyu2021no101, "101号")] {
            let data = try e.encode(RuleSettings(frame: frame))
            #expect(String(decoding: data, as: UTF8.self) == "{\"frame\":\"\(spelled)\",\"requireCostIndicator\":false,\"rules\":{}}")
            #expect(try JSONDecoder().decode(RuleSettings.self, from: data).frame == frame)
        }
        #expect(try JSONDecoder().decode(RuleSettings.self, from: Data("{}".utf8)) == .standard)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RuleSettings.self, from: Data(#"{"frame": "99号"}"#.utf8)) }
    }

    @Test func findingJSONShape() throws {
        let report = FindingReport(findings: RuleEngine().check(sample).all)
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        let obj = try JSONSerialization.jsonObject(with: e.encode(report)) as! [String: Any]
        #expect(Set(obj.keys) == ["summary", "findings"])
        #expect(obj["summary"] as? [String: Int] == ["error": 1, "warning": 61, "info": 18])
        let findings = obj["findings"] as! [[String: Any]]
        for f in findings {
            #expect(Set(f.keys) == ["rule", "severity", "department", "project", "location", "message", "suggestion", "related", "fix"])
            #expect(["error", "warning", "info"].contains(f["severity"] as! String))
            #expect(f["department"] as? String == "430001")
            let loc = f["location"] as! [String: Any]
            let part = loc["part"] as! String
            #expect(["department", "contents", "header", "budget", "usage", "spendingPlan", "goals", "indicator"].contains(part))
            #expect((loc["line"] as? Int ?? 0) > 0)
            if part == "indicator" {
                #expect(["level2", "name", "description", "value", "basis"].contains(loc["field"] as! String))
                #expect(loc["level1"] is String && loc["level2"] is String && loc["level3"] is String)
            }
        }
        let amount = findings.first { $0["rule"] as? String == "indicator.amount-vs-budget" }!
        #expect(amount["project"] as? String == "13030621A4W2U9FHZ556R")
        #expect((amount["location"] as! [String: Any])["line"] as? Int == 137)
        // A 数量指标 with the budget figure would still state money: no one-click fix.
        #expect(amount["fix"] is NSNull)
        let damage = findings.first { $0["rule"] as? String == "text.extraction-damage" && $0["fix"] is [String: String] }!
        #expect(damage["fix"] as? [String: String] == ["field": "indicator.2.name", "from": "推行社会化 管理，提升 服务档次",
                                                       "to": "推行社会化管理，提升服务档次"])
        // Department-level findings: no project; the 分项绩效目标's first, by line.
        let dept = findings.filter { $0["project"] is NSNull }.compactMap { $0["rule"] as? String }
        #expect(dept == Array(repeating: "department.subgoal-not-quantified", count: 5) + ["indicator.uniform-satisfaction"])
        let decoded = try JSONDecoder().decode(FindingReport.self, from: e.encode(report))
        #expect(decoded.findings.map(\.message) == report.findings.map(\.message))
    }

    /// After each of many random edits, re-checking one project gives what a full check gives.
    @Test func incrementalEqualsFull() throws {
        var rng = SplitMix(seed: 20211125)
        let engine = RuleEngine()
        var doc = sample
        var set = engine.check(doc)
        let values = ["8万元", "≥95%", "按规定执行", "2021年12月底前", "≥4次", "", "提升 服务", "保障各项保洁需要", "57.66 万元",
                      "采购疫情防控物资", "预算执行率", "工作计划", "服务资金", "费用金额", "生态效益指标", "社会效益指标", "100.00%",
                      "20.00%", "疫情防控工作资金", "13030621A4W2U9FHZ556R", "120%", "进一步提升"]
        var edits = 0
        for _ in 0..<400 {
            let p = Int(rng.next() % UInt64(doc.projects.count))
            let paths = doc.fieldPaths(ofProjectAt: p)
            let path = paths[Int(rng.next() % UInt64(paths.count))]
            let value = values[Int(rng.next() % UInt64(values.count))]
            guard let edited = try? doc.setting(path, to: value) else { continue }
            doc = edited
            edits += 1
            set = engine.recheck(set, doc, changedProject: p)
            let full = engine.check(doc)
            #expect(set.all == full.all, "after \(edits) edits (\(path.field) of project \(p + 1) = “\(value)”)")
            if set.all != full.all { return }
        }
        #expect(edits > 200)
    }

    /// Findings brought forward from a change's `before` — after edits to one project, to
    /// two at once, review actions, waivers and their withdrawal — are a full check's.
    @Test func findingsAfterAChangeEqualAFullCheck() throws {
        var rng = SplitMix(seed: 20261129)
        let engine = RuleEngine()
        var doc = sample
        var set = engine.check(doc)
        let values = ["8万元", "≥95%", "按规定执行", "2021年12月底前", "", "保障各项保洁需要", "57.66 万元", "服务资金", "生态效益指标"]
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        var kinds: [Int: Int] = [:]
        for step in 0..<160 {
            let before = doc
            let kind = Int(rng.next() % 5)
            let p = Int(rng.next() % UInt64(doc.projects.count))
            switch kind {
            case 0:  // one field of one project
                guard let edited = try? doc.setting(pick(doc.fieldPaths(ofProjectAt: p)), to: pick(values)) else { continue }
                doc = edited
            case 1:  // two projects at once (an undo of a multi-project change does this)
                let q = (p + 1) % doc.projects.count
                guard let one = try? doc.setting(pick(doc.fieldPaths(ofProjectAt: p)), to: pick(values)),
                      let two = try? one.setting(pick(one.fieldPaths(ofProjectAt: q)), to: pick(values)) else { continue }
                doc = two
            case 2:  // a review action: the content is unchanged
                doc = try doc.applying(pick([.approve, .return, .reopen, .comment]), toProjectAt: p, comment: "意见 \(step)",
                                       reviewer: "王", time: "t\(step)")
            case 3:  // a finding waived
                guard let f = set.all.filter(\.isOpen).randomElement(using: &rng) else { continue }
                doc = try doc.waiving([Waiver(f, reason: Waiver.verified, reviewer: "王", time: "t\(step)")])
            default:  // a waiver taken back
                guard let w = doc.review.waivers.randomElement(using: &rng) else { continue }
                doc = try doc.unwaiving([w.address])
            }
            kinds[kind, default: 0] += 1
            set = engine.check(doc, changedFrom: before, previous: set)
            // Compared as a Bool: a failure printing two whole finding sets says nothing more.
            let same = set == engine.check(doc)
            #expect(same, "step \(step), change of kind \(kind)")
            if !same { return }
        }
        #expect(kinds.count == 5 && kinds.values.allSatisfy { $0 >= 10 }, "\(kinds)")
    }

    /// A document whose projects were replaced (a revision with another number of projects)
    /// is checked whole.
    @Test func findingsAfterProjectsAddedOrRemovedAreAFullCheck() {
        let engine = RuleEngine()
        var fewer = sample
        fewer.projects.removeLast()
        #expect(engine.check(fewer, changedFrom: sample, previous: engine.check(sample)) == engine.check(fewer))
    }
}
