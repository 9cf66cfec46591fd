import Foundation
import JixiaoStore
import Testing

/// `FileName.of` must say what `NSString.lastPathComponent` says: it names the file a batch
/// import journals and reports.
@Suite struct FileNameTests {
    @Test func lastComponentAsNSStringGivesIt() {
        for path in ["", "/", "//", "a", "a/", "a//", "/a", "/a/b", "a/b/", "a//b", "./a", "../a/b.txt", "dir/0001-青山区机关事务服务中心-2021.txt",
                     "文件夹/文本.txt", "/tmp/x/.hidden", "a/b/./", "a/b/..", "e\u{301}/f\u{301}", "a/\u{301}b", "a\r\n/b", "a/b c.txt",
                     "～/全角／名.txt", "a/\u{FA10}.txt"] {
            #expect(FileName.of(path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
            #expect(Array(FileName.of(path).utf8) == Array((path as NSString).lastPathComponent.utf8), "\(path.debugDescription)")
        }
    }
}
