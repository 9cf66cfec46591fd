import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoRules
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
import Testing

/// `FindingsText.render` appends to one string; it must write what the line-by-line
/// version it replaced (kept here as the oracle) wrote, for every finding.
@Suite struct FindingsTextOracleTests {
    enum Oracle {
        static func render(_ findings: [Finding], document: Document, sourcePath: String, staleWaivers: [Waiver] = []) -> String {
            var out: [String] = []
            let dep = document.department
            out.append("\(dep.name) \(dep.year) 年部门预算绩效文本（\(document.id)）")
            var group: Int?? = .none
            for f in findings {
                if group != .some(f.projectIndex) {
                    group = .some(f.projectIndex)
                    out.append("")
                    if let i = f.projectIndex {
                        let p = document.projects[i]
                        out.append("\(p.number). \(shownName(p))" + (p.code.isEmpty ? "" : "（\(p.code)）"))
                    } else {
                        out.append("部门")
                    }
                }
                out.append(line(f, document: document, sourcePath: sourcePath))
            }
            if !staleWaivers.isEmpty {
                out.append("")
                out.append("已失效的豁免（问题已不存在，可用 jixiao unwaive 取消）")
                for w in staleWaivers { out.append("  \(w.place) [\(w.rule)]：\(w.reason)（\(w.reviewer)）") }
            }
            out.append("")
            out.append(summary(findings, document: document))
            return out.joined(separator: "\n") + "\n"
        }

        static func line(_ f: Finding, document: Document, sourcePath: String) -> String {
            var where_ = "\(sourcePath):\(f.location.line): "
            if let i = f.projectIndex {
                let p = document.projects[i]
                where_ += "\(p.number).\(shownName(p)) › "
            }
            where_ += place(f.location)
            var s = "\(where_): \(f.severity.chinese): \(f.message)"
            if let suggestion = f.suggestion { s += "。建议：\(suggestion)" }
            s += "  [\(f.rule)]"
            if let w = f.waiver { s += "  （已豁免：\(w.reason) —— \(w.reviewer)）" }
            return s
        }

        static func shownName(_ p: Project) -> String { p.shownName.isEmpty ? "（项目名称为空）" : p.shownName }

        static func place(_ l: Location) -> String {
            guard l.part == .indicator else { return l.part.chinese }
            let path = [l.level1, l.level2, l.level3].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "/")
            let field = l.field?.chinese
            return [path.isEmpty ? "绩效指标" : path, field].compactMap { $0 }.joined(separator: " › ")
        }

        static func summary(_ findings: [Finding], document: Document) -> String {
            let open = findings.filter(\.isOpen)
            let waived = findings.count - open.count
            let c = { (s: Severity) in open.filter { $0.severity == s }.count }
            let projects = Set(open.compactMap(\.projectIndex)).count
            let also = waived > 0 ? "；另有 \(waived) 个已豁免" : ""
            if findings.isEmpty { return "没有发现问题（\(document.projects.count) 个项目）" }
            if open.isEmpty { return "没有未处理的问题（\(document.projects.count) 个项目）" + also }
            return "共 \(c(.error)) 个错误、\(c(.warning)) 个警告、\(c(.info)) 个提示，涉及 \(projects) 个项目（共 \(document.projects.count) 个）" + also
        }
    }

    func expectSame(_ findings: [Finding], document: Document, stale: [Waiver] = [], _ what: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let got = FindingsText.render(findings, document: document, sourcePath: "430001-2021/source.txt", staleWaivers: stale)
        let expected = Oracle.render(findings, document: document, sourcePath: "430001-2021/source.txt", staleWaivers: stale)
        // Compared as a Bool, the first differing line named: the texts would fill the log.
        let same = got == expected
        let differing = zip(got.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
        #expect(same, "\(what): \(differing.map { "\($0.0) | expected \($0.1)" } ?? "lengths differ")", sourceLocation: sourceLocation)
        // `check` writes it safe for a terminal as it goes: what escaping the whole gives.
        let safe = FindingsText.renderBytes(findings, document: document, sourcePath: "430001-2021/source.txt", staleWaivers: stale, safe: true)
        let escaped = Array(InvisibleCharacters.escaped(got, keepingLineBreaks: true, keepingTabs: true).utf8)
        #expect(safe == escaped, "\(what): safe", sourceLocation: sourceLocation)
        // `check.cache`'s two made in one pass: the text as above and the JSON elements as
        // `FindingsJSON` writes them safe, each string the JSON wrote as it is copied.
        let both = FindingsText.renderBytesAndElements(findings, document: document, sourcePath: "430001-2021/source.txt", staleWaivers: stale)
        var json = FindingsJSON()
        #expect(both.text == safe, "\(what): text made with the JSON", sourceLocation: sourceLocation)
        #expect(both.elements == json.elements(findings, safe: true), "\(what): JSON made with the text", sourceLocation: sourceLocation)
        for f in findings.prefix(40) {
            #expect(FindingsText.line(f, document: document, sourcePath: "s") == Oracle.line(f, document: document, sourcePath: "s"),
                    sourceLocation: sourceLocation)
            #expect(FindingsText.place(f.location) == Oracle.place(f.location), sourceLocation: sourceLocation)
        }
    }

    @Test func sampleCorpusAndSyntheticDocuments() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        let folder = SyntheticBureau.developmentCorpusFolder
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".txt") }).sorted() {
            documents.append(try DocumentReader.read(bytes: [UInt8](try #require(FileManager.default.contents(atPath: folder + "/" + name)))))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 12) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        #expect(documents.count >= 27)
        for d in documents { expectSame(RuleEngine().check(d).all, document: d, d.id) }
    }

    /// Waived findings (open none, some or all), stale waivers, nameless and codeless
    /// projects, every indicator level empty or missing, no findings.
    @Test func waiversEmptyNamesAndEveryPlace() throws {
        var d = try DocumentReader.read(bytes: BundledSample.bytes)
        d.projects[0].name = ""
        d.projects[1].code = ""
        var findings = RuleEngine().check(d).all
        let w = Waiver(rule: "r", project: 1, code: nil, part: "indicator", row: 2, field: .value, line: 3,
                       severity: "error", message: "m", reason: "豁免：原因", reviewer: "张三", time: "2026-11-27T00:00:00Z")
        let levels: [String?] = [nil, "", "产出指标", "数量指标"]
        for (k, _) in findings.enumerated() where k.isMultiple(of: 3) {
            findings[k].location = Location(part: .indicator, level1: levels[k % 4], level2: levels[(k / 4) % 4], level3: levels[(k / 16) % 4],
                                            field: k.isMultiple(of: 2) ? nil : .basis, line: k)
        }
        expectSame(findings, document: d, "as checked")
        var someWaived = findings
        for k in someWaived.indices where k.isMultiple(of: 5) { someWaived[k].waiver = w }
        expectSame(someWaived, document: d, stale: [w, w], "some waived")
        expectSame(findings.map { var f = $0; f.waiver = w; return f }, document: d, "all waived")
        expectSame([], document: d, stale: [w], "none")
        // Controls, bidi and format characters, CR LF, tabs, combining marks, compatibility
        // ideographs and full-width forms in everything the text shows.
        let awkward = "\u{1B}[2J\u{7F}\u{85}\u{202E}\u{200B}\u{FEFF}\u{2028}\r\n\t é\u{301} \u{F900}ＡＢ😀\u{E0001} 中文"
        var strange = d
        strange.department.name += awkward
        strange.projects[2].name = awkward
        strange.projects[3].code = awkward
        let odd = Waiver(rule: awkward, project: 1, code: nil, part: awkward, row: 2, field: .value, line: 3,
                         severity: "error", message: awkward, reason: awkward, reviewer: awkward, time: "")
        let planted = findings.enumerated().map { k, f in
            var f = f
            if k.isMultiple(of: 2) { f.message += awkward }
            if k.isMultiple(of: 3) { f.suggestion = awkward }
            if k.isMultiple(of: 4) { f.rule = awkward }
            if k.isMultiple(of: 5) { f.waiver = odd }
            if k.isMultiple(of: 7) { f.location = Location(part: .indicator, level1: awkward, level2: nil, level3: awkward, field: .basis, line: k) }
            return f
        }
        expectSame(planted, document: strange, stale: [odd], "awkward")
        // What the JSON escapes and the text does not: quotes, backslashes, line feeds, tabs.
        let quoted = "“引号”\"quoted\" back\\slash\n第二行\t制表"
        let inQuotes = findings.enumerated().map { k, f in
            var f = f
            if k.isMultiple(of: 2) { f.message += quoted }
            if k.isMultiple(of: 3) { f.suggestion = quoted }
            if k.isMultiple(of: 5) { f.rule = quoted }
            if k.isMultiple(of: 7) { f.location = Location(part: .indicator, level1: quoted, level2: "产出指标", level3: quoted, field: .value, line: k) }
            return f
        }
        var quotedNames = d
        quotedNames.projects[2].name = quoted
        expectSame(inQuotes, document: quotedNames, "quoted")
        expectSame([], document: d, "nothing at all")
    }
}
