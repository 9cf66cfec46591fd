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
}
