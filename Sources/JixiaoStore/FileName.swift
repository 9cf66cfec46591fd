import Foundation
import JixiaoModel

/// A path's last component, as `NSString.lastPathComponent` gives it: the name a reviewer's
/// file is reported and journaled under. By bytes for a plain path (`PlainLabel.isPlain`:
/// each scalar a Character of its own, so every `/` byte is a `/` Character) that does not
/// end in `/` — every file a batch import reads, as a rule: the bridge to NSString cost
/// 37,000 instructions a file, twice per file imported.
public enum FileName {
    public static func of(_ path: String) -> String {
        var copy = path
        let utf8 = path.utf8
        guard let last = utf8.last, last != 0x2F,
              copy.withUTF8({ TextNormalization.allScalarValues($0, PlainLabel.isPlain) }) else {
            return (path as NSString).lastPathComponent
        }
        guard let slash = utf8.lastIndex(of: 0x2F) else { return path }
        return String(path[utf8.index(after: slash)...])
    }

    /// A path without its last component, as `NSString.deletingLastPathComponent` gives it:
    /// by bytes for a plain path that does not end in `/` and has no `//` (every file of a
    /// workspace), by NSString otherwise. `DurableFile.write` asks it of every file it
    /// writes, and the bridge cost ~28,000 instructions a call (with `of`, 0.9 % of a cold check).
    public static func folder(of path: String) -> String {
        var copy = path
        let utf8 = path.utf8
        guard let last = utf8.last, last != 0x2F,
              copy.withUTF8({ b in TextNormalization.allScalarValues(b, PlainLabel.isPlain) && !hasDoubleSlash(b) }) else {
            return (path as NSString).deletingLastPathComponent
        }
        guard let slash = utf8.lastIndex(of: 0x2F) else { return "" }
        guard slash != utf8.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func hasDoubleSlash(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k < b.count {
            if b[k] == 0x2F && b[k - 1] == 0x2F { return true }
            k += 1
        }
        return false
    }
}
