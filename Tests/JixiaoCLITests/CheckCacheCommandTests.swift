import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `check` copies what it wrote for a document last time (`check.cache`) while the
/// document, its journal, the settings and the program are the same: every report must be
/// the one a check without any cache writes, and any change must be seen.
@Suite(.serialized) struct CheckCacheCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }
    var sample: String { String(decoding: BundledSample.bytes, as: UTF8.self) }
    let documents = ["430001-2020", "430001-2021", "430002-2021"]

    /// The sample, another department funding the same projects, and the sample unit's
    /// previous year (project 3's satisfaction target was higher): findings of every kind,
    /// across documents and year over year included.
    func workspace() throws {
        let other = sample.replacingOccurrences(of: "430001 ", with: "430002 ")
            .replacingOccurrences(of: "机关事务服务中心", with: "机关事务管理局").replacingOccurrences(of: "130306", with: "130307")
        let previous = sample.replacingOccurrences(of: "2021 年部门预算绩效文本", with: "2020 年部门预算绩效文本")
            .replacingOccurrences(of: "预算数\t80000.00\t其中：财政资金\t80000.00", with: "预算数\t60000.00\t其中：财政资金\t60000.00")
            .replacingOccurrences(of: "工作人员满意度程度\t≥95%", with: "工作人员满意度程度\t≥98%")
        for (name, text) in [("a.txt", sample), ("b.txt", other), ("c.txt", previous)] {
            #expect(try jixiao.run(["import", scratch.write(name, Array(text.utf8)), "-w", "ws"]).status == 0)
        }
    }

    /// Every cache of the workspace deleted: what follows is checked from the documents.
    func forgetCaches() {
        try? FileManager.default.removeItem(atPath: scratch.path("ws/check-across.cache"))
        for id in documents {
            for name in ["check.cache", "summary.json", "year-over-year.json"] {
                try? FileManager.default.removeItem(atPath: scratch.path("ws/\(id)/\(name)"))
            }
        }
    }

    /// The three formats' output and exit status.
    func reports(_ extra: [String] = []) throws -> [String] {
        try ["text", "json", "sarif"].map { format in
            let r = try jixiao.run(["check", "-w", "ws", "--format", format] + extra)
            #expect(r.stderr.isEmpty)
            return "\(r.status)\n" + r.stdout
        }
    }

    @Test func aCachedCheckSaysWhatAFreshOneSays() throws {
        try workspace()
        let first = try reports()
        for id in documents { #expect(scratch.exists("ws/\(id)/check.cache")) }
        let copied = try reports()
        forgetCaches()
        let fresh = try reports()
        #expect(copied == first)
        #expect(fresh == first)
        // Year over year from its own cache names the project, as a fresh comparison does.
        #expect(first[0].split(separator: "\n").contains { $0.contains("3.公共机构节能经费 › ") && $0.hasSuffix("[bureau.target-lowered]") })
        #expect(try reports(["--document", "430001-2021"]) == { forgetCaches(); return try reports(["--document", "430001-2021"]) }())
    }

    /// An import of many keeps what the first `check` would write (the rules ran for the
    /// summaries anyway), made with the settings the workspace has.
    @Test func anImportOfManyLeavesTheFirstCheckReady() throws {
        let other = sample.replacingOccurrences(of: "430001 ", with: "430002 ").replacingOccurrences(of: "130306", with: "130307")
        _ = scratch.write("texts/a.txt", BundledSample.bytes)
        _ = scratch.write("texts/b.txt", Array(other.utf8))
        let r = try jixiao.run(["import", scratch.path("texts"), "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        for id in ["430001-2021", "430002-2021"] {
            #expect(scratch.exists("ws/\(id)/check.cache"))
            #expect(scratch.exists("ws/\(id)/summary.json"))
        }
        func reportsOfTwo() throws -> [String] {
            try ["text", "json"].map { "\(try jixiao.run(["check", "-w", "ws", "--format", $0]).stdout)" }
        }
        // The import's cache is the one the first check copies: a mark put into it shows.
        let cache = scratch.path("ws/430001-2021/check.cache")
        let original = String(decoding: scratch.read("ws/430001-2021/check.cache"), as: UTF8.self)
        #expect(original.contains("个警告"))
        _ = FileManager.default.createFile(atPath: cache, contents: Data(original.replacingOccurrences(of: "个警告", with: "个警吿").utf8))
        #expect(try jixiao.run(["check", "-w", "ws"]).stdout.contains("个警吿"))
        _ = FileManager.default.createFile(atPath: cache, contents: Data(original.utf8))
        let first = try reportsOfTwo()
        #expect(first[0].contains("[bureau.funded-twice]"))
        for id in ["430001-2021", "430002-2021"] {
            try FileManager.default.removeItem(atPath: scratch.path("ws/\(id)/check.cache"))
            try FileManager.default.removeItem(atPath: scratch.path("ws/\(id)/summary.json"))
        }
        #expect(try reportsOfTwo() == first)
    }

    /// While no document changed, the findings across documents are copied too; a change
    /// to any document — a waiver of one of them — is seen.
    @Test func theFindingsAcrossDocumentsAreCopiedWhileNothingChanges() throws {
        try workspace()
        let first = try reports()
        let cache = scratch.path("ws/check-across.cache")
        let original = String(decoding: scratch.read("ws/check-across.cache"), as: UTF8.self)
        #expect(original.contains("中也有项目"))
        _ = FileManager.default.createFile(atPath: cache, contents: Data(original.replacingOccurrences(of: "中也有项目", with: "中亦有项目").utf8))
        #expect(try reports()[0].contains("中亦有项目"))
        _ = FileManager.default.createFile(atPath: cache, contents: Data(original.utf8))
        #expect(try reports() == first)
        let waive = try jixiao.run(["waive", "-w", "ws", "--document", "430002-2021", "2", "bureau.funded-twice", "--reason", "两个单位分别承担"])
        #expect(waive.status == 0, "\(waive.stderr)")
        let waived = try reports()
        #expect(waived[0].contains("已豁免：两个单位分别承担"))
        forgetCaches()
        #expect(try reports() == waived)
    }

    /// The real tables, imported at once: what the import kept for `check` (made from the
    /// document as read) is what `check` makes from the stored documents.
    @Test func theCorpusImportedAtOnceChecksAsFromItsDocuments() throws {
        let r = try jixiao.run(["import"] + CorpusCommandTests.files.map { CorpusCommandTests.folder + "/" + $0 } + ["-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        let ids = scratch.list("ws").filter { $0 != "jixiao.json" }
        #expect(ids.count == 14)
        func both() throws -> [String] { try ["text", "json"].map { try jixiao.run(["check", "-w", "ws", "--format", $0]).stdout } }
        let fromImport = try both()
        for id in ids {
            for name in ["check.cache", "summary.json", "year-over-year.json"] { try? FileManager.default.removeItem(atPath: scratch.path("ws/\(id)/\(name)")) }
        }
        try? FileManager.default.removeItem(atPath: scratch.path("ws/check-across.cache"))
        #expect(try both() == fromImport)
    }

    @Test func anEditIsSeen() throws {
        try workspace()
        let before = try reports()
        #expect(before[0].hasPrefix("1\n"))
        #expect(try jixiao.run(["set", "-w", "ws", "--document", "430001-2021", "3", "indicator.1.value", "8 万元"]).status == 0)
        let after = try reports()
        #expect(after != before)
        forgetCaches()
        #expect(try reports() == after)
        #expect(try jixiao.run(["waive", "-w", "ws", "--document", "430002-2021", "3", "indicator.amount-vs-budget", "--row", "1",
                                "--reason", "核实无误"]).status == 0)
        let waived = try reports()
        #expect(waived[0].contains("已豁免：核实无误"))
        forgetCaches()
        #expect(try reports() == waived)
    }

    @Test func settingsAreSeen() throws {
        try workspace()
        let before = try reports()
        _ = FileManager.default.createFile(atPath: scratch.path("ws/jixiao.json"), contents: Data("""
        {"formatVersion": 1, "review": {"rules": {"indicator.amount-vs-budget": {"severity": "warning"}, "bureau.funded-twice": {"enabled": false}}}}
        """.utf8))
        let after = try reports()
        #expect(after != before)
        #expect(!after[0].contains("[indicator.amount-vs-budget]  （") && !after[0].contains("bureau.funded-twice"))
        forgetCaches()
        #expect(try reports() == after)
    }

    @Test func aTornOrForeignCacheIsNotBelieved() throws {
        try workspace()
        let truth = try reports()
        let path = scratch.path("ws/430001-2021/check.cache")
        let whole = scratch.read("ws/430001-2021/check.cache")
        // Torn by a crash: a few bytes short.
        _ = FileManager.default.createFile(atPath: path, contents: Data(whole.dropLast(7)))
        #expect(try reports() == truth)
        // Another document's cache copied over this one: its key names that document.
        _ = FileManager.default.createFile(atPath: path, contents: Data(scratch.read("ws/430002-2021/check.cache")))
        #expect(try reports() == truth)
        // Garbage.
        _ = FileManager.default.createFile(atPath: path, contents: Data("{\n".utf8))
        #expect(try reports() == truth)
    }

    @Test func aDocumentChangedByHandIsReadAsItIsNow() throws {
        try workspace()
        let before = try reports()
        let path = scratch.path("ws/430001-2021/document.json")
        let text = String(decoding: scratch.read("ws/430001-2021/document.json"), as: UTF8.self)
        #expect(text.contains("57.66 万元"))
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.replacingOccurrences(of: "57.66 万元", with: "8 万元").utf8))
        let after = try reports()
        #expect(after != before)
        forgetCaches()
        #expect(try reports() == after)
    }
}
