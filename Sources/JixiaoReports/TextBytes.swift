import JixiaoModel

/// A text report written as UTF-8 bytes: the program's own words (`raw`) as they are,
/// the document's and the reviewer's (`text`) escaped for a terminal when `safe`, as
/// `InvisibleCharacters.escaped` (line breaks and tabs kept) would escape the whole.
struct TextBytes {
    private var out: ByteWriter
    let safe: Bool

    init(safe: Bool, capacity: Int = 0) {
        self.safe = safe
        out = ByteWriter(capacity: capacity)
    }

    /// What was written.
    var bytes: [UInt8] { out.bytes }

    /// Words of the program's own: nothing in them to escape.
    mutating func raw(_ s: StaticString) {
        out.append(s)
    }

    /// `asItIs`: the caller knows `s` has nothing to escape (`FindingStrings`).
    mutating func text(_ s: String, asItIs: Bool = false) {
        if safe && !asItIs {
            InvisibleCharacters.append(s, escapedTo: &out, keepingLineBreaks: true, keepingTabs: true)
        } else {
            out.append(utf8Of: s)
        }
    }

    /// Bytes written by a `TextBytes` as safe as this one, as they are.
    mutating func bytes(_ b: ArraySlice<UInt8>) {
        b.withUnsafeBufferPointer { out.append($0) }
    }

    /// `n` in decimal, as `"\(n)"` writes it.
    mutating func integer(_ n: Int) { out.appendDecimal(n) }
}
