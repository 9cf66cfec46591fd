import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

/// `Workspace.importFiles`: every file tried, each refusal its own, nothing half-written.
@Suite struct BatchImportTests {
    let folder = TemporaryFolder()

    @Test func aFolderExpandsToItsFilesSortedWithoutHiddenOnesOrSubfolders() throws {
        _ = folder.write("in/b.txt", [1])
        _ = folder.write("in/a.txt", [1])
        _ = folder.write("in/.hidden", [1])
        // What Excel leaves beside a workbook open on the unit's machine.
        _ = folder.write("in/~$a.xlsx", [1])
        _ = folder.write("in/a.xlsx", [1])
        _ = folder.write("in/sub/c.txt", [1])
        let inputs = ImportInputs(expanding: [folder.path("in") + "/", folder.path("x.txt")])
        #expect(inputs.files == [folder.path("in/a.txt"), folder.path("in/a.xlsx"), folder.path("in/b.txt"), folder.path("x.txt")])
        #expect(inputs.skippedFolders == [folder.path("in/sub")])
    }

    /// A named pipe in the folder is listed, not opened (nobody writes to it: reading would
    /// wait for ever); a link is taken as what it points to, a link to nothing is read (and
    /// refused with its name), a link to a folder is a folder.
    @Test func aFolderIsListedWithoutOpeningWhatIsNoFile() throws {
        let file = folder.write("in/a.txt", [1])
        #expect(mkfifo(folder.path("in/pipe.txt"), 0o644) == 0)
        #expect(symlink(file, folder.path("in/b.txt")) == 0)
        #expect(symlink(folder.path("nowhere.txt"), folder.path("in/c.txt")) == 0)
        #expect(symlink(folder.path("in"), folder.path("in/loop")) == 0)
        let inputs = ImportInputs(expanding: [folder.path("in")])
        #expect(inputs.files == [folder.path("in/a.txt"), folder.path("in/b.txt"), folder.path("in/c.txt")])
        #expect(inputs.skippedFolders == [folder.path("in/loop")])
        #expect(inputs.notFiles.map(\.path) == [folder.path("in/pipe.txt")])
        #expect(inputs.notFiles.map(\.kind) == ["命名管道"])
    }

    /// The staging folder an import killed mid-batch leaves is cleared by the next import.
    @Test func theNextImportClearsWhatAKilledOneLeft() throws {
        let good = folder.write("a.txt", BundledSample.bytes)
        _ = Workspace.importFiles([good], into: folder.path("ws"), actor: "甲", time: "t")
        _ = folder.write("ws/.import-430009-2021-0A1B2C3D.jixiao-tmp/document.json", [1])
        let outcomes = Workspace.importFiles([good], into: folder.path("ws"), actor: "甲", time: "t")
        #expect(outcomes.count == 1)
        #expect(folder.list("ws") == ["430001-2021", "jixiao.json"])
    }

    @Test func oneRefusalStopsNothingAndTheSecondCopyIsAlreadyPresent() throws {
        let good = folder.write("a.txt", BundledSample.bytes)
        let bad = folder.write("b.txt", Array("标题\n正文\n".utf8) + [0xB2, 0xBF, 0x0A])
        let copy = folder.write("c.txt", BundledSample.bytes)
        var seen: [Int] = []
        let outcomes = Workspace.importFiles([good, bad, folder.path("missing.txt"), copy], into: folder.path("ws"),
                                             actor: "甲", time: "t") { done, _, _ in seen.append(done) }
        #expect(seen == [0, 1, 2, 3, 4])
        guard case .imported(let doc) = outcomes[0].result else { Issue.record("\(outcomes[0])"); return }
        guard case .refused(let error) = outcomes[1].result else { Issue.record("\(outcomes[1])"); return }
        #expect(error.file == bad)
        #expect(error.line == 3)
        #expect(outcomes[2].isRefused)
        guard case .alreadyPresent(let again, let same) = outcomes[3].result else { Issue.record("\(outcomes[3])"); return }
        #expect(again.id == doc.id && same)
        #expect(folder.list("ws") == [doc.id, "jixiao.json"])
    }

    /// Two departments' texts: the sample and the same tables under unit 430002.
    func twoTexts() -> [String] {
        let other = String(decoding: BundledSample.bytes, as: UTF8.self).replacingOccurrences(of: "430001 ", with: "430002 ")
        return [folder.write("a.txt", BundledSample.bytes), folder.write("b.txt", Array(other.utf8))]
    }

    /// Several batches: each stored as it comes, a document seen in an earlier batch is
    /// already present in a later one, and the progress counts every file once.
    @Test func batchesFollowOneAnotherAndADocumentOfAnEarlierOneIsAlreadyPresent() throws {
        let sample = String(decoding: BundledSample.bytes, as: UTF8.self)
        let units = ["430001", "430002", "430003", "430004"]
        var texts = units.map { folder.write("\($0).txt", Array(sample.replacingOccurrences(of: "430001 ", with: "\($0) ").utf8)) }
        texts.insert(folder.write("again.txt", BundledSample.bytes), at: 3)
        var seen: [Int] = []
        let outcomes = Workspace.importFiles(texts, into: folder.path("ws"), actor: "甲", time: "t",
                                             progress: { done, _, _ in seen.append(done) }, batch: 2)
        #expect(seen == [0, 1, 2, 3, 4, 5])
        #expect(outcomes.map(\.path) == texts)
        for k in [0, 1, 2, 4] {
            guard case .imported = outcomes[k].result else { Issue.record("\(outcomes[k])"); continue }
        }
        guard case .alreadyPresent(let again, let same) = outcomes[3].result else { Issue.record("\(outcomes[3])"); return }
        #expect(again.id == "430001-2021" && same)
        #expect(folder.list("ws") == units.map { "\($0)-2021" } + ["jixiao.json"])
        let ws = try Workspace.open(at: folder.path("ws"))
        for unit in units {
            #expect(ws.freshSummary(of: "\(unit)-2021") != nil)
            #expect(try ws.openDocument("\(unit)-2021", access: .read).document.projects.count == 13)
        }
    }

    /// The batch is written back once: when that fails, none of it is reported imported
    /// and nothing of it is left in the workspace.
    @Test func aFailedWriteBackRefusesTheWholeBatchAndLeavesNothing() throws {
        let texts = twoTexts()
        let outcomes = StorageFaults.$active.withValue(.failing(.syncfs, on: "ws", errno: EIO)) {
            Workspace.importFiles(texts, into: folder.path("ws"), actor: "甲", time: "t")
        }
        #expect(outcomes.allSatisfy { $0.isRefused })
        guard case .refused(let error) = outcomes[0].result else { return }
        #expect((error as? StoreError)?.message.contains("无法把导入的文档写到磁盘") == true)
        #expect(!folder.exists("ws"))
    }

    /// One document that cannot be moved into place is refused; the other is imported.
    @Test func aFailedMoveRefusesOnlyItsDocument() throws {
        let texts = twoTexts()
        let outcomes = StorageFaults.$active.withValue(.failing(.rename, on: "ws/430002-2021", errno: EACCES)) {
            Workspace.importFiles(texts, into: folder.path("ws"), actor: "甲", time: "t")
        }
        guard case .imported = outcomes[0].result else { Issue.record("\(outcomes[0])"); return }
        #expect(outcomes[1].isRefused)
        #expect(folder.list("ws") == ["430001-2021", "jixiao.json"])
        // What it stored is whole: the check's cache and the summary are there and fresh.
        let ws = try Workspace.open(at: folder.path("ws"))
        #expect(ws.freshSummary(of: "430001-2021") != nil)
        let key = try #require(ws.checkCacheKey(of: "430001-2021"))
        #expect(ws.cachedCheck(of: "430001-2021", key: key) == nil, "no renderer was given, so no cache")
        #expect(try ws.openDocument("430001-2021", access: .read).document.projects.count == 13)
    }

    /// With a renderer, the import keeps what `check` writes, under the key `check` computes.
    @Test func theCheckOutputIsKeptUnderCheckKey() throws {
        let texts = twoTexts()
        let outcomes = Workspace.importFiles(texts, into: folder.path("ws"), actor: "甲", time: "t", checkOutput: { id, _, findings in
            CachedCheck(open: [.error: findings.count(.error)], waived: 0, staleWaivers: [], json: [], text: Array(id.utf8))
        })
        #expect(!outcomes.contains { $0.isRefused })
        let ws = try Workspace.open(at: folder.path("ws"))
        for id in ["430001-2021", "430002-2021"] {
            let key = try #require(ws.checkCacheKey(of: id))
            let cached = try #require(ws.cachedCheck(of: id, key: key))
            #expect(cached.text == Array(id.utf8))
            #expect(cached.open(.error) == 1)
        }
    }

    /// A unit's two years in one batch: the pair's year-over-year cache is written from the
    /// documents the import holds, and says what one rebuilt from the stored files says.
    @Test func bothYearsInOneBatchWriteThePairsCacheAsTheStoredDocumentsWould() throws {
        let sample = String(decoding: BundledSample.bytes, as: UTF8.self)
        let lastYear = sample.replacingOccurrences(of: "2021", with: "2020")
            .replacing(/预算数\t20000\.00/, maxReplacements: 1) { _ in "预算数\t10000.00" }
        let texts = [folder.write("a.txt", BundledSample.bytes), folder.write("b.txt", Array(lastYear.utf8))]
        #expect(!Workspace.importFiles(texts, into: folder.path("ws"), actor: "甲", time: "t").contains { $0.isRefused })
        let written = folder.read("ws/430001-2021/year-over-year.json")
        #expect(try StableJSON.decode(YearOverYearCache.self, from: written).findings.map(\.rule) == ["bureau.indicators-unchanged"])
        #expect(!folder.exists("ws/430001-2020/year-over-year.json"), "no year before 2020")
        try FileManager.default.removeItem(atPath: folder.path("ws/430001-2021/year-over-year.json"))
        let ws = try Workspace.open(at: folder.path("ws"))
        _ = try ws.openFindingsAcrossDocuments(ws.summaries().summaries)
        #expect(folder.read("ws/430001-2021/year-over-year.json") == written)
    }
}
