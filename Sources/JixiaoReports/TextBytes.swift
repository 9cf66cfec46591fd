import JixiaoModel

/// A text report written as UTF-8 bytes: the program's own words (`raw`) as they are,
/// the document's and the reviewer's (`text`) escaped for a terminal when `safe`, as
/// `InvisibleCharacters.escaped` (line breaks and tabs kept) would escape the whole.
struct TextBytes {
    private(set) var bytes: [UInt8] = []
    let safe: Bool

    init(safe: Bool, capacity: Int = 0) {
        self.safe = safe
        bytes.reserveCapacity(capacity)
    }

    /// Words of the program's own: nothing in them to escape.
    mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func text(_ s: String) {
        if safe {
            InvisibleCharacters.append(s, escapedTo: &bytes, keepingLineBreaks: true, keepingTabs: true)
        } else {
            bytes.append(contentsOf: s.utf8)
        }
    }

    /// `n` in decimal, as `"\(n)"` writes it.
    mutating func integer(_ n: Int) { bytes.appendDecimal(n) }
}
