import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import JixiaoText
import Testing
@testable import JixiaoStore

/// Importing as the command line and the first run do: nothing half-written when the text
/// cannot be read, errors placed in the file the reviewer named.
@Suite struct WorkspaceImportTests {
    let folder = TemporaryFolder()
    let unreadable = Array("标题\n正文\n".utf8) + [0xB2, 0xBF, 0x0A]

    @Test func importsAFileCreatingTheWorkspace() throws {
        let file = folder.write("sample.txt", BundledSample.bytes)
        let doc = try Workspace.importFile(file, into: folder.path("ws"), actor: "甲", time: "t")
        #expect(doc.projects.count == 13)
        #expect(folder.list("ws") == [doc.id, "jixiao.json"])
        let journal = try JournalVerification.verify(folder: folder.path("ws/" + doc.id))
        guard case .imported(let imp)? = journal.entries.first?.event else { Issue.record("no import line"); return }
        #expect(imp.file == "sample.txt")
    }

    @Test func anUnreadableTextCreatesNothingAndNamesTheFile() throws {
        let file = folder.write("bad.txt", unreadable)
        let error = #expect(throws: ErrorInFile.self) {
            try Workspace.importFile(file, into: folder.path("ws"), actor: "甲", time: "t")
        }
        #expect(error?.file == file)
        #expect(error?.line == 3)
        #expect(error?.underlying is ReadError)
        #expect(!folder.exists("ws"))
    }

    @Test func anUnreadableTextLeavesAnExistingWorkspaceAsItWas() throws {
        let ws = folder.path("ws")
        _ = try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: ws, actor: "甲", time: "t")
        let before = folder.list("ws")
        #expect(throws: ErrorInFile.self) {
            try Workspace.importText(unreadable, fileName: "b.txt", namedAs: "b.txt", into: ws, actor: "甲", time: "t")
        }
        #expect(folder.list("ws") == before)
        // The same text again: refused by the store, and the workspace it did not create stays.
        #expect(throws: StoreError.self) {
            try Workspace.importText(BundledSample.bytes, fileName: "a.txt", namedAs: "a.txt", into: ws, actor: "甲", time: "t")
        }
        #expect(folder.list("ws") == before)
    }

    @Test func inputMustBeAReadableFile() {
        let missing = #expect(throws: StoreError.self) { try Workspace.readInput(folder.path("nope.txt")) }
        #expect(missing?.message == "找不到文件 \(folder.path("nope.txt"))")
        let isFolder = #expect(throws: StoreError.self) { try Workspace.readInput(folder.path) }
        #expect(isFolder?.message.contains("是文件夹") == true)
    }

    /// A device is refused without a byte read (/dev/zero would never end); a pipe named on
    /// purpose (`jixiao import <(iconv …)`) is read.
    @Test func aDeviceIsRefusedAndAPipeIsRead() throws {
        let device = #expect(throws: StoreError.self) { try Workspace.readInput("/dev/zero") }
        #expect(device?.message == "/dev/zero 是设备文件，不是文件")
        let pipe = folder.path("pipe")
        #expect(mkfifo(pipe, 0o644) == 0)
        let writer = Thread {
            let fd = open(pipe, O_WRONLY)
            _ = BundledSample.bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        writer.start()
        #expect(try Workspace.readInput(pipe) == BundledSample.bytes)
    }

    /// A pipe fed without end is read to one byte past the limit and refused, saying it was
    /// not finished rather than giving a size it does not know (was `文件有 32.0 MB`).
    @Test func aPipeWithoutEndIsRefusedAtTheLimit() throws {
        let pipe = folder.path("endless")
        #expect(mkfifo(pipe, 0o644) == 0)
        let writer = Thread {
            let fd = open(pipe, O_WRONLY)
            let chunk = [UInt8](repeating: 0x41, count: 65_536)
            while chunk.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) > 0 {}
            close(fd)
        }
        signal(SIGPIPE, SIG_IGN)
        writer.start()
        let error = #expect(throws: StoreError.self) { try Workspace.readInput(pipe) }
        #expect(error?.message == "读到 32 MB 时文件还没有完，超过 Jixiao 能导入的上限 32 MB：一份部门预算绩效文本不会这么大",
                "\(String(describing: error))")
    }

    /// A file too large to be a 绩效文本 is refused from its size, before it is read (a
    /// sparse file: nothing is written to disk).
    @Test func tooLargeAFileIsRefusedBeforeItIsRead() throws {
        let path = folder.path("huge.txt")
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(fd, off_t(SourceText.maximumBytes) + 1) == 0)
        close(fd)
        let error = #expect(throws: StoreError.self) { try Workspace.readInput(path) }
        #expect(error?.message.contains("超过") == true, "\(String(describing: error))")
        // Through a symbolic link, the size is the target's, not the link's.
        #expect(symlink(path, folder.path("link.txt")) == 0)
        let linked = #expect(throws: StoreError.self) { try Workspace.readInput(folder.path("link.txt")) }
        #expect(linked?.message.contains("超过") == true, "\(String(describing: linked))")
    }

    @Test func firstRunSetsUpWhereNothingIs() throws {
        let fresh = folder.path("a/b/workspace")
        let doc = try #require(try Workspace.setUpIfAbsent(at: fresh, importing: BundledSample.bytes,
                                                           fileName: BundledSample.fileName, actor: "甲", time: "t"))
        #expect(Workspace.isWorkspace(fresh))
        #expect(try Workspace.open(at: fresh).documentIDs() == [doc.id])
        // Again: the workspace is there and left alone.
        #expect(try Workspace.setUpIfAbsent(at: fresh, importing: BundledSample.bytes, fileName: BundledSample.fileName,
                                            actor: "甲", time: "t") == nil)
        // An empty folder is set up too.
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: true)
        #expect(try Workspace.setUpIfAbsent(at: folder.path("empty"), importing: BundledSample.bytes,
                                            fileName: BundledSample.fileName, actor: "甲", time: "t") != nil)
    }

    @Test func firstRunRefusesAFolderWithOtherThingsInIt() throws {
        try FileManager.default.createDirectory(atPath: folder.path("notes"), withIntermediateDirectories: true)
        folder.write("notes/todo.txt", Array("x".utf8))
        let error = #expect(throws: StoreError.self) {
            try Workspace.setUpIfAbsent(at: folder.path("notes"), importing: BundledSample.bytes,
                                        fileName: BundledSample.fileName, actor: "甲", time: "t")
        }
        #expect(error?.message.contains("不是 Jixiao 工作区") == true)
        #expect(folder.list("notes") == ["todo.txt"])
    }
}
