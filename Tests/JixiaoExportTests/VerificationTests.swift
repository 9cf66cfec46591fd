import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoSamples
import JixiaoStore
import JixiaoTestSupport
import Testing

/// The same workspace state gives the same bytes in every format, whenever it is
/// exported; `verify` tells an export from a changed or a foreign file.
@Suite struct VerificationTests {
    let folder = TemporaryFolder()
    let ws: Workspace
    let id: String

    init() throws {
        let doc = try Workspace.importText(BundledSample.bytes, fileName: "sample.txt", namedAs: "sample.txt",
                                           into: folder.path("ws"), actor: "甲", time: "2021-03-01T01:00:00Z")
        ws = try Workspace.open(at: folder.path("ws"))
        id = doc.id
    }

    func export(_ format: any ExportFormat, to name: String, at time: String) throws -> DocumentExport.Outcome {
        let s = try ws.openDocument(id, access: .write)
        defer { s.close() }
        return try DocumentExport.write(format, of: s, to: folder.path(name), allowDraft: true, actor: "乙", time: time,
                                        timeZone: TimeZone(secondsFromGMT: 8 * 3600)!)
    }

    @Test func everyFormatIsByteIdenticalWhenExportedAgainLater() throws {
        for format in ExportFormats.all {
            let a = try export(format, to: "a-\(format.id).\(format.fileExtension)", at: "2021-03-02T01:00:00Z")
            let b = try export(format, to: "b-\(format.id).\(format.fileExtension)", at: "2021-03-09T07:00:00Z")
            #expect(folder.read("a-\(format.id).\(format.fileExtension)") == folder.read("b-\(format.id).\(format.fileExtension)"),
                    "\(format.id) differs between two exports of the same state")
            #expect(a.sha256 == b.sha256)
        }
    }

    @Test func anUntouchedExportIsRecognised() throws {
        let outcome = try export(TextFormat(), to: "out.txt", at: "2021-03-02T01:00:00Z")
        let v = try ExportVerification.verify(file: folder.path("out.txt"), in: ws, documents: [id])
        #expect(v.matches)
        guard case .exported(let ms) = v.verdict else { Issue.record("not recognised"); return }
        #expect(ms.map(\.entry.seq) == [outcome.entry.seq])
        #expect(ms[0].export.draft && ms[0].export.format == "text" && ms[0].entry.actor == "乙")
        #expect(ms[0].laterChanges.isEmpty)
        #expect(v.report.hasPrefix("一致：\(folder.path("out.txt")) 是本工作区导出的文件，内容未改动"))
        #expect(v.report.contains("日志第 2 条：文档草稿，原绩效文本版式（格式 text），乙 于 2021-03-02 09:00（UTC+08:00） 导出到")
                || v.report.contains("日志第 2 条：文档草稿，原绩效文本版式（格式 text），乙 于 "))
        #expect(v.report.contains("此后文档和审核记录没有变化"))
    }

    @Test func laterReviewIsReported() throws {
        _ = try export(TextFormat(), to: "out.txt", at: "2021-03-02T01:00:00Z")
        let s = try ws.openDocument(id, access: .write)
        try s.review(.approve, projectAt: 0, comment: nil, actor: "甲", time: "2021-03-03T01:00:00Z")
        s.close()
        let v = try ExportVerification.verify(file: folder.path("out.txt"), in: ws, documents: [id])
        guard case .exported(let ms) = v.verdict else { Issue.record("not recognised"); return }
        #expect(ms[0].laterChanges.map(\.seq) == [3])
        #expect(v.report.contains("此后文档或审核记录又有 1 处变化（日志第 3 条）"))
    }

    @Test func aFileEditedAfterExportDoesNotMatch() throws {
        _ = try export(CSVFormat(), to: "out.csv", at: "2021-03-02T01:00:00Z")
        var bytes = folder.read("out.csv")
        bytes[bytes.count - 3] = UInt8(ascii: "X")
        folder.write("out.csv", bytes)
        let v = try ExportVerification.verify(file: folder.path("out.csv"), in: ws, documents: [id])
        #expect(!v.matches)
        guard case .changedSinceExport(let ms) = v.verdict else { Issue.record("not seen as changed"); return }
        #expect(ms.map(\.entry.seq) == [2])
        #expect(v.report.hasPrefix("不一致：\(folder.path("out.csv")) 导出后被改动过"))
    }

    @Test func aForeignFileIsNotAnExport() throws {
        folder.write("other.txt", Array("别处的文件".utf8))
        let v = try ExportVerification.verify(file: folder.path("other.txt"), in: ws, documents: [id])
        #expect(!v.matches)
        guard case .unknown = v.verdict else { Issue.record("recognised a foreign file"); return }
        #expect(v.report.hasPrefix("不一致：\(folder.path("other.txt")) 不是本工作区导出的文件"))
    }
}
