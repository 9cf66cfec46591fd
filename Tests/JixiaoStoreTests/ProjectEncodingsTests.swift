import JixiaoModel
import JixiaoSamples
import JixiaoText
import Testing
@testable import JixiaoStore

/// A save re-encodes only the projects that changed; the file must be the very bytes the
/// whole document's encoding gives, checksum included, whatever changed in between.
@Suite struct ProjectEncodingsTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    func expectSame(_ encodings: inout ProjectEncodings, _ document: Document, seq: Int = 1) throws {
        let stored = StoredDocument(journal: JournalPosition(seq: seq, head: Hashing.sha256(Array("\(seq)".utf8))), document: document)
        let spliced = try encodings.encoded(stored)
        let whole = try stored.encoded()
        #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        #expect(try StableJSON.decode(StoredDocument.self, from: spliced).checksumMatches(spliced) == true)
    }

    @Test func sameBytesThroughEditsAndChangesOfLength() throws {
        var encodings = ProjectEncodings()
        var doc = sample
        try expectSame(&encodings, doc)
        // An edit to one project: the others' bytes are reused.
        doc = try doc.setting(FieldPath(projectIndex: 2, field: .indicator(row: 1, .value)), to: "8万元")
        try expectSame(&encodings, doc, seq: 2)
        doc = try doc.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "甲", time: "2026-11-26T10:00:00Z")
        try expectSame(&encodings, doc, seq: 3)
        // Fewer projects, more projects, none.
        doc.projects.removeLast(3)
        try expectSame(&encodings, doc, seq: 4)
        doc.projects += sample.projects.prefix(5)
        try expectSame(&encodings, doc, seq: 5)
        doc.projects = []
        try expectSame(&encodings, doc, seq: 6)
        doc.projects = sample.projects
        try expectSame(&encodings, doc, seq: 7)
    }
}
