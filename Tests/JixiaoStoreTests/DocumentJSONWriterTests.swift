import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// `document.json` written by hand must be JSONEncoder's bytes exactly: the file's
/// checksum is over its bytes. JSONEncoder is the oracle.
@Suite struct DocumentJSONWriterTests {
    func expectSameAsEncoder(_ stored: StoredDocument, _ name: String) throws {
        let oracle = try StableJSON.pretty(stored)
        let written = try DocumentJSONWriter.encode(stored)
        if written != oracle {
            let a = String(decoding: written, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: oracle, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("\(name): line \(at + 1) written \(at < a.count ? String(a[at]) : "(end)") / encoder \(at < b.count ? String(b[at]) : "(end)")")
        }
    }

    @Test func everyFixtureIsWrittenAsTheEncoderWritesIt() throws {
        #expect(StoredDocumentFixtures.all.count > 80)
        for (name, stored) in StoredDocumentFixtures.all { try expectSameAsEncoder(stored, name) }
    }

    /// The file with its checksum: the hand-written bytes are those the checksum was
    /// computed over before, and the checksum verifies.
    @Test func theStoredFileAndItsChecksumAreUnchanged() throws {
        for (name, stored) in StoredDocumentFixtures.all where stored.checksum == nil {
            var blank = stored
            blank.checksum = Hashing.genesis
            let before = StoredDocument.withChecksum(try StableJSON.pretty(blank))
            let now = try stored.encoded()
            #expect(now == before, "\(name)")
            #expect(try StableJSON.decode(StoredDocument.self, from: now).checksumMatches(now) == true, "\(name)")
        }
    }

    /// Every scalar of the BMP's first part and a few beyond, alone in a string.
    @Test func everyCharacterIsEscapedAsTheEncoderEscapesIt() throws {
        var doc = StoredDocumentFixtures.sample
        doc.projects = []
        var scalars = (0..<0x3000).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        scalars += ["\u{FFFD}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "\r\n"]
        doc.overall.summary = scalars.enumerated().map { Paragraph(text: $1, line: $0) }
        doc.department.name = scalars.joined()
        try expectSameAsEncoder(StoredDocument(journal: .start, document: doc), "scalars")
    }

    /// The score is the one Double: written as the encoder writes it, shortest form.
    @Test func scoresAreWrittenAsTheEncoderWritesDoubles() throws {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 70.5, 1.0 / 3, 2.0 / 3, 100, 99.99, 1e15, 1e16, 1e17, 1e-5, 1e-4, 123456.789,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude, .ulpOfOne, 0.1 + 0.2]
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let d = Double(bitPattern: x)
            if d.isFinite { values.append(d) }
            values.append(Double(x % 10_000) / 100)
        }
        var doc = StoredDocumentFixtures.sample
        doc.projects = []
        for v in values {
            doc.review.grade = DocumentGrade(grade: .good, comment: "", suggested: .good, score: v, reviewer: "甲", time: "t")
            try expectSameAsEncoder(StoredDocument(journal: .start, document: doc), "score \(v)")
        }
    }

    /// Review keys sort as the encoder sorts them (`10` before `2`); a key that is not
    /// ASCII is left to the encoder, as is a score the encoder refuses.
    @Test func whatTheWriterCannotWriteIsLeftToTheEncoder() throws {
        var doc = StoredDocumentFixtures.sample
        doc.review.projects = Dictionary(uniqueKeysWithValues: (1...23).map { (String($0), ProjectReview(status: .approved)) })
        doc.review.projects["a"] = ProjectReview()
        doc.review.projects["B"] = ProjectReview()
        try expectSameAsEncoder(StoredDocument(journal: .start, document: doc), "keys")
        doc.review.projects["项目"] = ProjectReview()
        let stored = StoredDocument(journal: .start, document: doc)
        #expect(throws: DocumentJSONWriter.Unwritable.self) { try DocumentJSONWriter.encode(stored) }
        #expect(try StoredDocument.pretty(stored) == StableJSON.pretty(stored))
        doc.review.grade = DocumentGrade(grade: .good, comment: "", suggested: nil, score: .nan, reviewer: "甲", time: "t")
        let nan = StoredDocument(journal: .start, document: doc)
        #expect(throws: (any Error).self) { try nan.encoded() }
    }

    /// The files a workspace writes through review, waiver, grade and revision are the
    /// encoder's bytes.
    @Test func theFilesAWorkspaceWritesAreTheEncodersBytes() throws {
        let s = try SampleWorkspace()
        func expectFileAsEncoder(_ step: String) throws {
            let bytes = try #require(FileManager.default.contents(atPath: s.docFolder + "/document.json")).map { $0 }
            var stored = try StableJSON.decode(StoredDocument.self, from: bytes)
            #expect(stored.checksumMatches(bytes) == true, "\(step)")
            stored.checksum = Hashing.genesis
            #expect(StoredDocument.withChecksum(try StableJSON.pretty(stored)) == bytes, "\(step)")
        }
        try expectFileAsEncoder("import")
        let session = try s.ws.openDocument("430001-2021", access: .write)
        _ = try session.review(.return, projectAt: 1, comment: "完成率目标偏低", row: 1, actor: "甲", time: "t1")
        try expectFileAsEncoder("return")
        _ = try session.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "t3")
        _ = try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t4")
        try expectFileAsEncoder("edit")
        _ = try session.grade(DocumentGrade(grade: .fair, comment: "须修改", suggested: .fair, score: 70.5, reviewer: "甲", time: "t5"),
                          actor: "甲", time: "t5")
        try expectFileAsEncoder("grade")
        session.close()
        _ = try s.ws.importRevision(s.folder.write("revised.txt", try RevisionStoreTests.revisedSample()), of: "430001-2021", actor: "甲", time: "t6")
        try expectFileAsEncoder("revision")
    }

    /// The writer names each stored property of each type it writes; a property added to
    /// the model must be added to the writer (and here), or this fails.
    @Test func theWriterKnowsEveryStoredProperty() throws {
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label).sorted() }
        let doc = StoredDocumentFixtures.awkward(StoredDocumentFixtures.sample)
        let p = doc.projects[1]
        let stored = StoredDocument(journal: .start, document: doc)
        let expected: [(Any, [String])] = [
            (stored, ["checksum", "document", "formatVersion", "journal"]),
            (stored.journal, ["head", "seq"]),
            (doc, ["contents", "department", "overall", "projects", "review"]),
            (doc.department, ["code", "currency", "isDraft", "lines", "name", "preparedBy", "reviewedBy", "unitName", "year"]),
            (doc.department.lines, ["preparedBy", "reviewedBy", "title", "unit"]),
            (doc.overall, ["measures", "subGoals", "summary"]),
            (doc.overall.summary[0], ["line", "number", "text"]),
            (doc.overall.subGoals[0], ["goal", "indicators", "indicatorsLine", "line", "number"]),
            (doc.contents[0], ["line", "number", "page", "part", "title"]),
            (p, ["budget", "code", "facts", "goals", "heading", "indicators", "layout", "lines", "name", "notes", "number",
                 "printedLabels", "readingDoubts", "spendingPlan", "tableTitle", "unit", "usage"]),
            (p.lines, ["budget", "budgetTotal", "code", "goals", "heading", "indicatorHeader", "plan", "planFigures", "unit", "usage"]),
            (p.unit, ["code", "currency", "name"]),
            (p.budget, ["fiscal", "fiscalFigure", "items", "other", "otherFigure", "total", "totalFigure"]),
            (p.budget.total, ["fen"]),
            (p.budget.totalFigure, ["defect", "printed", "source"]),
            (p.budget.items[0], ["amount", "label", "line", "printed"]),
            (p.spendingPlan, ["checkpoints"]),
            (p.spendingPlan.checkpoints[0], ["figure", "labelled", "month"]),
            (p.goals[0], ["number", "text"]),
            (p.facts[0], ["label", "line", "text"]),
            (p.layout, ["hasSpendingPlan", "indicatorColumns"]),
            (p.layout.indicatorColumns[0], ["header", "kind", "term"]),
            (p.indicators[0], ["basis", "description", "extras", "level1", "level2", "line", "name", "value"]),
            (p.indicators[0].extras[0], ["header", "kind", "term", "text"]),
            (p.indicators[0].value, ["kind", "raw"]),
            (doc.review, ["grade", "projects", "waivers"]),
            (doc.review.projects["1"]!, ["opinions", "status"]),
            (doc.review.projects["1"]!.opinions[0], ["action", "reviewer", "row", "text", "time"]),
            (doc.review.waivers[0], ["code", "field", "line", "message", "part", "project", "reason", "reviewer", "row", "rule",
                                     "severity", "time"]),
            (doc.review.grade!, ["comment", "grade", "reviewer", "score", "suggested", "time"]),
        ]
        for (value, names) in expected {
            #expect(labels(value) == names, "\(type(of: value))")
        }
    }
}
