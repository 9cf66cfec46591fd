/// Whether two texts have the same UTF-8 bytes — the one comparison of bytes every module
/// uses (the reader's labels and 指标值, the rules' keys and frame names, the store's JSON
/// strings). Eight bytes at a time: the standard library's `elementsEqual` on the buffers
/// took a call per byte, and most texts compared are shorter than `memcmp`'s call is worth.
public enum SameBytes {
    @inlinable
    public static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && startsWith(a, b)
    }

    /// Whether `text` begins with the bytes of `prefix`.
    @inlinable
    public static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count >= prefix.count && startsWith(text, prefix)
    }

    /// `a`'s first `b.count` bytes are `b`'s (`a` holds at least that many).
    @inlinable
    static func startsWith(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        let p = UnsafeRawPointer(pa), q = UnsafeRawPointer(pb)
        var i = 0
        while i + 8 <= n {
            guard p.loadUnaligned(fromByteOffset: i, as: UInt64.self) == q.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            else { return false }
            i += 8
        }
        while i < n {
            guard pa[i] == pb[i] else { return false }
            i += 1
        }
        return true
    }

    /// `Array(a.utf8) == Array(b.utf8)`.
    @inlinable
    public static func equal(_ a: String, _ b: String) -> Bool {
        // The same String (one storage, or a small string of the same bytes held inline) is
        // the same bit pattern: equal without reading the bytes. Labels of neighbouring rows
        // and vocabulary words are mostly such (a small string is canonical).
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self), y = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if x == y { return true }
        // Two small strings (bit 61 of the second word: up to 15 bytes held inline, zero
        // beyond their count, their count and ASCII flag in the top byte) of other bit
        // patterns have other bytes: unequal without reading them. Most unequal labels
        // and names compared here are such (a 二级 of four characters is twelve bytes).
        if x.1 & y.1 & (1 << 61) != 0 { return false }
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withBorrowedUTF8 { p in b.withBorrowedUTF8 { q in equal(p, q) } }
    }

    /// `Array(a.utf8) == b`.
    @inlinable
    public static func equal(_ a: String, _ b: [UInt8]) -> Bool {
        a.utf8.count == b.count && a.withBorrowedUTF8 { p in b.withUnsafeBufferPointer { q in equal(p, q) } }
    }
}
