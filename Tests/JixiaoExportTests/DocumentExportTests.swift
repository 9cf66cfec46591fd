import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoSamples
import JixiaoStore
import JixiaoTestSupport
import Testing

/// The export workflow on a real workspace with the sample: refused, drafted, final,
/// journaled with the format it was written in and the digest of what was written.
@Suite struct DocumentExportTests {
    let folder = TemporaryFolder()
    let ws: Workspace
    let id: String

    init() throws {
        let doc = try Workspace.importText(BundledSample.bytes, fileName: "sample.txt", namedAs: "sample.txt",
                                           into: folder.path("ws"), actor: "甲", time: "t0")
        ws = try Workspace.open(at: folder.path("ws"))
        id = doc.id
    }

    func session(_ access: DocumentSession.Access = .write) throws -> DocumentSession {
        try ws.openDocument(id, access: access)
    }

    /// Approves the projects; project 3's error is corrected first, as approval requires.
    func approve(_ projects: ClosedRange<Int>, in s: DocumentSession) throws {
        if projects.contains(3) {
            try s.set(FieldPath(projectIndex: 2, field: .indicator(row: 1, .value)), to: "8 万元", actor: "甲", time: "t")
        }
        for n in projects { try s.review(.approve, projectAt: n - 1, comment: nil, actor: "甲", time: "t") }
    }

    func exports() throws -> [JournalEntry] {
        try JournalVerification.verify(folder: ws.folder(of: id)).entries.filter { $0.kind == "export" }
    }

    @Test func refusedWhileAProjectIsPendingAndNothingIsWritten() throws {
        let s = try session()
        try approve(1...12, in: s)
        #expect(throws: ExportError.notApproved([13])) {
            try DocumentExport.write(TextFormat(), of: s, to: folder.path("final.txt"), allowDraft: false, actor: "甲", time: "t")
        }
        #expect(!folder.exists("final.txt"))
        #expect(try exports().isEmpty)
        let all = ExportError.notApproved(Array(1...13))
        #expect(all.message == "还有 13 个项目未通过审核（1、2、3、4、5、6、7、8……），不能导出定稿")
        #expect(all.hint.contains("--draft"))
    }

    /// Ctrl-C while the export rendered: it stops before the file, nothing written or
    /// journaled, and says so (`jixiao export` exits 128 + the signal).
    @Test func interruptedBeforeTheFileNothingIsWritten() throws {
        let s = try session()
        #expect(throws: ExportError.interrupted(folder.path("draft.txt"))) {
            try DocumentExport.write(TextFormat(), of: s, to: folder.path("draft.txt"), allowDraft: true, actor: "甲", time: "t",
                                     interrupted: { true })
        }
        #expect(!folder.exists("draft.txt"))
        #expect(try exports().isEmpty)
        #expect(ExportError.interrupted("x.txt").message == "已中断：收到中断信号时 x.txt 还没有开始写，没有写出")
        // Asked but not interrupted: written as ever.
        _ = try DocumentExport.write(TextFormat(), of: s, to: folder.path("draft.txt"), allowDraft: true, actor: "甲", time: "t",
                                     interrupted: { false })
        #expect(try exports().count == 1)
    }

    @Test func aDraftIsWrittenAndJournaledWithItsDigest() throws {
        let s = try session()
        try approve(1...10, in: s)
        let out = folder.path("draft.txt")
        let outcome = try DocumentExport.write(TextFormat(), of: s, to: out, allowDraft: true, actor: "乙", time: "t9")
        let written = folder.read("draft.txt")
        #expect(String(decoding: written, as: UTF8.self).hasPrefix("【审核中的草稿：3 个项目未通过审核】"))
        #expect(outcome.isDraft)
        #expect(outcome.sha256 == Hashing.sha256(written))
        let entry = outcome.entry
        #expect(entry.seq == 13 && entry.actor == "乙")
        #expect(entry.event == .exported(.init(format: "text", file: out, sha256: outcome.sha256, draft: true)))
        #expect(outcome.summary == "已导出草稿（text，日志第 13 条，SHA-256 \(Hashing.abbreviated(outcome.sha256))）：\(out)")
        #expect(try JournalVerification.verify(folder: ws.folder(of: id)).problems == [])
    }

    @Test func theFinalDocumentOnceEveryProjectIsApproved() throws {
        let s = try session()
        try approve(1...13, in: s)
        let outcome = try DocumentExport.write(TextFormat(), of: s, to: folder.path("final.txt"), allowDraft: false,
                                               actor: "甲", time: "t")
        #expect(!outcome.isDraft)
        #expect(outcome.summary.hasPrefix("已导出定稿（text，日志第 16 条"))
        #expect(!String(decoding: folder.read("final.txt"), as: UTF8.self).contains("草稿"))
    }

    /// The journal records the format that wrote the file, whatever it is.
    @Test func theJournalRecordsTheFormatUsed() throws {
        struct Plain: ExportFormat {
            var id: String { "plain" }
            var title: String { "测试" }
            var fileExtension: String { "dat" }
            var kind: ExportKind { .report }
            func render(_ input: ExportInput) -> [UInt8] { Array(input.document.id.utf8) }
        }
        let s = try session()
        let outcome = try DocumentExport.write(Plain(), of: s, to: folder.path("r.dat"), allowDraft: false, actor: "甲", time: "t")
        // A report is made at any stage: no refusal, no draft mark.
        #expect(!outcome.isDraft)
        #expect(folder.read("r.dat") == Array(id.utf8))
        guard case .exported(let x)? = try exports().last?.event else { Issue.record("not journaled"); return }
        #expect(x.format == "plain")
        #expect(x.sha256 == Hashing.sha256(Array(id.utf8)))
    }

    /// An export the journal cannot record could never be verified: a read-only session
    /// (a second instance) writes nothing.
    @Test func readOnlyWritesNothing() throws {
        let s = try session(.read)
        #expect(throws: ExportError.readOnly("以只读方式打开")) {
            try DocumentExport.write(TextFormat(), of: s, to: folder.path("ro.txt"), allowDraft: true, actor: "甲", time: "t")
        }
        #expect(!folder.exists("ro.txt"))
        #expect(try exports().isEmpty)
    }

    @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
        let s = try session()
        folder.write("old.txt", Array("旧内容".utf8))
        #expect(throws: ExportError.exists(folder.path("old.txt"))) {
            try DocumentExport.write(TextFormat(), of: s, to: folder.path("old.txt"), allowDraft: true, actor: "甲", time: "t")
        }
        #expect(folder.read("old.txt") == Array("旧内容".utf8))
        #expect(try exports().isEmpty)
        let outcome = try DocumentExport.write(TextFormat(), of: s, to: folder.path("old.txt"), allowDraft: true, replace: true,
                                               actor: "甲", time: "t")
        #expect(Hashing.sha256(folder.read("old.txt")) == outcome.sha256)
        #expect(try exports().count == 1)
    }

    @Test func theWorkspaceExportsFolderIsMadeOtherFoldersMustExist() throws {
        let s = try session()
        let suggested = DocumentExport.suggestedPath(in: ws, document: id, format: TextFormat())
        #expect(suggested == folder.path("ws/exports/\(id).txt"))
        _ = try DocumentExport.write(TextFormat(), of: s, to: suggested, allowDraft: true, actor: "甲", time: "t")
        #expect(folder.exists("ws/exports/\(id).txt"))
        #expect(throws: ExportError.noSuchFolder(folder.path("nowhere"))) {
            try DocumentExport.write(TextFormat(), of: s, to: folder.path("nowhere/x.txt"), allowDraft: true, actor: "甲", time: "t")
        }
        #expect(!folder.exists("nowhere"))
    }
    /// The record is never an export's target, even when the reviewer says to replace: the
    /// workstation's prompt takes `../430001-2021/journal.jsonl` (relative to exports/), and
    /// its `y` replaced the journal with the export — the whole record lost, found by
    /// scripts/fuzz-workstation. A document's folder, any file in it, and the workspace's
    /// own files are refused; nothing is written or journaled, and the record stays whole.
    @Test func theRecordItselfIsNeverTheTarget() throws {
        let s = try session()
        let record = "ws/\(id)/"
        let targets = [record + "journal.jsonl", record + "document.json", record + "source.txt", record + "new.txt",
                       "ws/exports/../\(id)/source-2.txt", "ws/jixiao.json", "ws/exports.jsonl"]
        let before = targets.map { folder.exists($0) ? folder.read($0) : nil }
        for target in targets {
            for replace in [false, true] {
                #expect(throws: ExportError.self, "\(target)") {
                    try DocumentExport.write(TextFormat(), of: s, to: folder.path(target), allowDraft: true, replace: replace,
                                             actor: "甲", time: "t")
                }
            }
        }
        #expect(targets.map { folder.exists($0) ? folder.read($0) : nil } == before)
        #expect(try exports().isEmpty)
        #expect(try JournalVerification.verify(folder: ws.folder(of: id)).isIntact)
        // Beside the record, in the workspace's folder, a file of another name is written as anywhere.
        _ = try DocumentExport.write(TextFormat(), of: s, to: folder.path("ws/定稿.txt"), allowDraft: true, actor: "甲", time: "t")
        #expect(try exports().count == 1)
    }
}
