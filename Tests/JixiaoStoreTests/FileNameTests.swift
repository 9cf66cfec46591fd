import Foundation
import JixiaoStore
import Testing

/// `FileName.of` must say what `NSString.lastPathComponent` says: it names the file a batch
/// import journals and reports.
@Suite struct FileNameTests {
    static let paths = ["", "/", "//", "a", "a/", "a//", "/a", "/a/b", "a/b/", "a//b", "./a", "../a/b.txt", "dir/0001-青山区机关事务服务中心-2021.txt",
                     "文件夹/文本.txt", "/tmp/x/.hidden", "a/b/./", "a/b/..", "e\u{301}/f\u{301}", "a/\u{301}b", "a\r\n/b", "a/b c.txt",
                     "～/全角／名.txt", "a/\u{FA10}.txt",
                     "/tmp/ws/100001-2021/summary.json", "ws/100001-2021/check.cache", "/a/./b", "a/../b", "/a//b/c", ".", "..", "/.", "a/.",
                     "/tmp/工作区/100001-2021/document.json", "e\u{301}/x", "/x/e\u{301}"]

    @Test func lastComponentAsNSStringGivesIt() {
        for path in Self.paths {
            #expect(FileName.of(path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
            #expect(Array(FileName.of(path).utf8) == Array((path as NSString).lastPathComponent.utf8), "\(path.debugDescription)")
        }
    }

    /// `FileName.folder(of:)` must say what `NSString.deletingLastPathComponent` says: it is
    /// where `DurableFile.write` makes its temporary file and which folder it syncs.
    /// (Not asked of a path whose folder would have no `/` left, "a" or "a/": this Foundation
    /// traps on those. The documented answer for "a" is "", which the bytes give.)
    @Test func folderAsNSStringGivesIt() {
        #expect(FileName.folder(of: "a") == "" && FileName.folder(of: "文本.txt") == "")
        for path in Self.paths where path.contains("/") && !["a/", "a//"].contains(path) {
            #expect(FileName.folder(of: path) == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
            #expect(Array(FileName.folder(of: path).utf8) == Array((path as NSString).deletingLastPathComponent.utf8), "\(path.debugDescription)")
        }
    }
}
