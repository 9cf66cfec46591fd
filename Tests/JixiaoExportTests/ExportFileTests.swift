import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import JixiaoExport
import JixiaoTestSupport
import Testing

/// Where an export may be written (issue 13 item 7): regular files only, never through a
/// link, never over a file unless asked, and a failed write reported with nothing left.
@Suite struct ExportFileTests {
    let folder = TemporaryFolder()
    let bytes = Array("导出内容\n".utf8)

    @Test func aNewFileIsWrittenWithTheUmasksMode() throws {
        try ExportFile.write(bytes, to: folder.path("a.txt"), replace: false)
        #expect(folder.read("a.txt") == bytes)
        var st = stat()
        stat(folder.path("a.txt"), &st)
        #expect(st.st_mode & 0o777 == ExportFile.newFileMode())
        // Nothing else is left in the folder: the temporary file was linked, then removed.
        #expect(folder.list() == ["a.txt"])
    }

    @Test func anExistingFileIsKeptUnlessReplacingAndKeepsItsMode() throws {
        folder.write("a.txt", Array("旧".utf8))
        chmod(folder.path("a.txt"), 0o600)
        #expect(throws: ExportError.exists(folder.path("a.txt"))) {
            try ExportFile.write(bytes, to: folder.path("a.txt"), replace: false)
        }
        #expect(folder.read("a.txt") == Array("旧".utf8))
        try ExportFile.write(bytes, to: folder.path("a.txt"), replace: true)
        #expect(folder.read("a.txt") == bytes)
        var st = stat()
        stat(folder.path("a.txt"), &st)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(folder.list() == ["a.txt"])
    }

    /// A link at the target is refused even with --force: the export is not written through
    /// it and the link is not replaced.
    @Test func aSymbolicLinkIsRefusedAndLeftAlone() throws {
        folder.write("real.txt", Array("真".utf8))
        symlink(folder.path("real.txt"), folder.path("link.txt"))
        for replace in [false, true] {
            #expect(throws: ExportError.symbolicLink(folder.path("link.txt"), to: folder.path("real.txt"))) {
                try ExportFile.write(bytes, to: folder.path("link.txt"), replace: replace)
            }
        }
        #expect(folder.read("real.txt") == Array("真".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path("link.txt"))) == folder.path("real.txt"))
        // A dangling link too: writing would create a file wherever it points.
        symlink(folder.path("nowhere.txt"), folder.path("dangling.txt"))
        #expect(throws: ExportError.symbolicLink(folder.path("dangling.txt"), to: folder.path("nowhere.txt"))) {
            try ExportFile.write(bytes, to: folder.path("dangling.txt"), replace: true)
        }
        #expect(!folder.exists("nowhere.txt"))
    }

    /// As root a rename over /dev/null replaced the device with a file (issue 13 item 7).
    @Test(arguments: ["/dev/null", "/dev/full"])
    func aDeviceIsRefusedEvenWithForce(_ device: String) throws {
        for replace in [false, true] {
            #expect(throws: ExportError.notARegularFile(device, what: "字符设备")) {
                try ExportFile.write(bytes, to: device, replace: replace)
            }
        }
        var st = stat()
        lstat(device, &st)
        #expect(st.st_mode & S_IFMT == S_IFCHR)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: "/dev")).contains { $0.hasSuffix(".jixiao-tmp") })
    }

    @Test func aFolderOrAPipeIsRefused() throws {
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: false)
        #expect(throws: ExportError.notARegularFile(folder.path("sub"), what: "文件夹")) {
            try ExportFile.write(bytes, to: folder.path("sub"), replace: true)
        }
        mkfifo(folder.path("pipe"), 0o644)
        #expect(throws: ExportError.notARegularFile(folder.path("pipe"), what: "管道")) {
            try ExportFile.write(bytes, to: folder.path("pipe"), replace: true)
        }
    }

    @Test func aMissingFolderIsAClearErrorAndNothingIsMade() throws {
        #expect(throws: ExportError.noSuchFolder(folder.path("no/such"))) {
            try ExportFile.write(bytes, to: folder.path("no/such/a.txt"), replace: false)
        }
        #expect(!folder.exists("no"))
        // A file where the folder should be is no folder either.
        folder.write("plain", [])
        #expect(throws: ExportError.noSuchFolder(folder.path("plain"))) {
            try ExportFile.write(bytes, to: folder.path("plain/a.txt"), replace: false)
        }
    }

    /// A disk that fills mid-write: the error says so, the target is as it was, and no
    /// temporary file is left behind.
    @Test func aFailedWriteIsReportedAndLeavesNothing() throws {
        folder.write("kept.txt", Array("旧".utf8))
        for (name, replace) in [("new.txt", false), ("kept.txt", true)] {
            var calls = 0
            #expect(throws: ExportError.writeFailed(folder.path(name), reason: "磁盘空间已满")) {
                try ExportFile.write(bytes, to: folder.path(name), replace: replace) { fd, p, n in
                    calls += 1
                    if calls == 1 { return Glibc.write(fd, p, min(n, 3)) }
                    errno = ENOSPC
                    return -1
                }
            }
        }
        #expect(!folder.exists("new.txt"))
        #expect(folder.read("kept.txt") == Array("旧".utf8))
        #expect(folder.list() == ["kept.txt"])
    }

    @Test func theMessagesSayWhatAndWhatToDo() {
        #expect(ExportError.exists("/x/a.txt").message == "文件 /x/a.txt 已经存在，没有覆盖")
        #expect(ExportError.exists("/x/a.txt").hint.contains("--force"))
        #expect(ExportError.notARegularFile("/dev/null", what: "字符设备").message == "/dev/null 是字符设备，不是普通文件：不能导出到这里")
        #expect(ExportError.unknownExtension("a.doc", known: ["txt", "md"]).hint == "用 --format 指定格式，或用这些扩展名之一：.txt .md")
        // Typed in the workstation's prompt, which takes no --format.
        #expect(ExportError.unknownExtension("a.pdf", known: ["txt", "md"], typed: true).hint == "文件名的扩展名决定格式，用这些扩展名之一：.txt .md")
    }
}
