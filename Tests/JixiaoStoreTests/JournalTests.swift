import Foundation
import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// Tampering, a torn last line, a cut tail: each is detected and reported, never repaired.
@Suite struct JournalTests {
    /// The sample with three edits: four journal lines.
    func edited() throws -> SampleWorkspace {
        let s = try SampleWorkspace()
        let session = try s.ws.openDocument("430001-2021", access: .write)
        try session.set(s.path(3, "indicator.1.value"), to: "8万元", actor: "甲", time: "t1")
        try session.set(s.path(1, "indicator.3.description"), to: "及时保障各项维修需要", actor: "甲", time: "t2")
        try session.set(s.path(2, "plan.3"), to: "25.00%", actor: "甲", time: "t3")
        session.close()
        return s
    }

    @Test func appendedLinesChain() throws {
        let t = TemporaryFolder()
        let path = t.path("journal.jsonl")
        let first = try JournalFile.append(.imported(.init(document: "430001-2021", file: "a.txt", sourceSHA256: "x", projects: 1)),
                                           after: .start, actor: "甲", time: "t1", to: path)
        let second = try JournalFile.append(.reviewed(.init(project: 1, code: "A", action: "approve", comment: nil)),
                                            after: first.position, actor: "甲", time: "t2", to: path)
        #expect(first.entry.seq == 1 && first.entry.prev == Hashing.genesis)
        #expect(second.entry.seq == 2 && second.entry.prev == first.position.head)
        let journal = JournalFile.parse(t.read("journal.jsonl"))
        #expect(journal.problems == [])
        #expect(journal.entries == [first.entry, second.entry])
        #expect(journal.head == second.position.head)
        #expect(journal.lastSeq == second.position.seq)
    }

    @Test func intactJournalVerifies() throws {
        let s = try edited()
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.isIntact)
        #expect(v.entries.count == 4)
    }

    @Test func modifiedMiddleLineBreaksTheChain() throws {
        let s = try edited()
        var lines = s.journalLines()
        lines[1] = lines[1].replacingOccurrences(of: "8万元", with: "80万元")
        s.writeJournal(lines)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [.brokenChain(line: 3)])
        #expect(v.problems[0].description.contains("第 2 行被改动过"))
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.isReadOnly)
    }

    @Test func modifiedLastLineDoesNotMatchTheDocument() throws {
        let s = try edited()
        var lines = s.journalLines()
        lines[3] = lines[3].replacingOccurrences(of: "25.00%", with: "35.00%")
        s.writeJournal(lines)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [.headMismatch(seq: 4)])
        // Opening notices it too: nothing is journaled on top of a line that is not the
        // one document.json reflects.
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.isReadOnly)
        #expect(session.readOnlyReason?.contains(JournalProblem.headMismatch(seq: 4).description) == true, "\(session.readOnlyReason ?? "")")
    }

    @Test func tornLastLineIsReported() throws {
        let s = try edited()
        var lines = s.journalLines()
        lines[3] = String(lines[3].prefix(40))
        s.writeJournal(lines, trailingNewline: false)
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [.tornLastLine(line: 4)])
        #expect(v.problems[0].description.contains("不完整"))
        // Never repaired: the file is as it was.
        #expect(s.journalLines()[3] == lines[3])
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.isReadOnly)
        #expect(s.journalLines()[3] == lines[3])
    }

    @Test func cutTailIsReported() throws {
        let s = try edited()
        s.writeJournal(Array(s.journalLines().prefix(2)))
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [.cutTail(expectedSeq: 4, foundSeq: 2)])
        // Opening a cut journal is read-only with the reason, never a crash.
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.isReadOnly)
        #expect(session.readOnlyReason?.contains(JournalProblem.cutTail(expectedSeq: 4, foundSeq: 2).description) == true,
                "\(session.readOnlyReason ?? "")")
    }

    @Test func changedSourceIsReported() throws {
        let s = try edited()
        let source = s.docFolder + "/source.txt"
        chmod(source, 0o644)
        var bytes = [UInt8](FileManager.default.contents(atPath: source)!)
        bytes[bytes.count - 3] = UInt8(ascii: "X")
        _ = FileManager.default.createFile(atPath: source, contents: Data(bytes))
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems == [.sourceChanged])
    }

    @Test func handEditedDocumentDiffersFromTheReplay() throws {
        let s = try edited()
        let path = s.docFolder + "/document.json"
        let text = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
            .replacingOccurrences(of: "\"value\" : \"≥95%\"", with: "\"value\" : \"≥99%\"")
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.problems.first == .documentEdited)
        guard case .replayDiffers(let what)? = v.problems.last else {
            Issue.record("expected a replay difference, got \(v.problems)")
            return
        }
        #expect(what.contains("indicator.6.value"))
        #expect(what.contains("≥99%"))
    }

    /// The import line is written by hand (`JournalFile.importLine`): byte for byte what the
    /// encoder writes, awkward names included, and its hash is the line's.
    @Test func importLineIsTheEncodersBytes() throws {
        let awkward = ["430001-2021", "a\"b\\c/d", "控制\u{1}\u{1F}\t\n\r\u{8}\u{C}", "\u{7F}\u{202E}\u{2028}\u{FEFF}é😀", "", " 空 格 "]
        for (k, text) in awkward.enumerated() {
            let event = JournalEvent.imported(.init(document: text, file: awkward[(k + 1) % awkward.count] + ".txt",
                                                    sourceSHA256: Hashing.sha256(Array(text.utf8)), projects: k * 1000 - 1))
            for position in [JournalPosition.start, JournalPosition(seq: 41, head: Hashing.sha256([1, 2, 3]))] {
                let (entry, line, next) = try JournalFile.line(event, after: position, actor: awkward[(k + 2) % awkward.count],
                                                               time: awkward[(k + 3) % awkward.count])
                let encoded = try StableJSON.line(entry)
                #expect(line == encoded + [0x0A])
                #expect(next.head == Hashing.sha256(encoded))
                #expect(next.seq == position.seq + 1)
            }
        }
    }

    /// Hex as `String(byte, radix: 16)` padded to two digits, whatever the bytes are held in.
    @Test func sha256IsLowercaseHex() {
        #expect(Hashing.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Hashing.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let bytes: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(Hashing.sha256(bytes) == Hashing.sha256(bytes[...]))
        #expect(Hashing.sha256(bytes) == Hashing.sha256(bytes.lazy.map { $0 }))
    }

    @Test func interruptedSaveIsRolledForward() throws {
        // A crash after the journal line was appended but before document.json was
        // saved: the next writer applies the line.
        let s = try edited()
        let lines = s.journalLines()
        let head = Hashing.sha256(Array(lines[3].utf8))
        let entry = JournalEntry(seq: 5, time: "t5", actor: "甲", event: .edited(.init(
            project: 13, code: "13030621XVSFQA3VN6R2Y", field: "indicator.4.value", old: "按统一规定执行", new: "≤85万元")),
            prev: head)
        let line = String(decoding: try StableJSON.line(entry), as: UTF8.self)
        s.writeJournal(lines + [line])

        let reader = try s.ws.openDocument("430001-2021", access: .read)
        #expect(reader.document.projects[12].indicators[3].value.raw == "≤85万元")
        let writer = try s.ws.openDocument("430001-2021", access: .write)
        #expect(!writer.isReadOnly)
        #expect(writer.notices.first?.contains("已从日志恢复上次未保存完的修改：第 5 条（甲，t5，修改 项目 13 第 4 行指标的指标值") == true)
        #expect(writer.position.seq == 5)
        writer.close()
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(v.isIntact)
    }

    @Test func impossiblePositionInTheDocumentIsReportedNotACrash() throws {
        let s = try edited()
        let path = s.docFolder + "/document.json"
        let text = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
            .replacingOccurrences(of: "\"seq\" : 4", with: "\"seq\" : 0")
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let v = try JournalVerification.verify(folder: s.docFolder)
        #expect(!v.isIntact)
        let session = try s.ws.openDocument("430001-2021", access: .write)
        #expect(session.isReadOnly)
    }

    @Test func parseEmptyAndGarbage() {
        #expect(JournalFile.parse([]).problems == [.empty])
        #expect(JournalFile.parse(Array("not json\n".utf8)).problems == [.unreadable(line: 1)])
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
