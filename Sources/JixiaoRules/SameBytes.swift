/// Whether two texts have the same UTF-8 bytes, eight bytes at a time. Keys hashed by their
/// bytes (`PlainKey`) and frame names compared by them (`RowLabels`) are compared this way
/// many thousand times a check: the standard library's `elementsEqual` on the buffers took a
/// call per byte.
enum SameBytes {
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        guard n > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        let p = UnsafeRawPointer(pa), q = UnsafeRawPointer(pb)
        var i = 0
        while i + 8 <= n {
            guard p.loadUnaligned(fromByteOffset: i, as: UInt64.self) == q.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            else { return false }
            i += 8
        }
        while i < n {
            guard a[i] == b[i] else { return false }
            i += 1
        }
        return true
    }

    /// `Array(a.utf8) == Array(b.utf8)`.
    static func equal(_ a: String, _ b: String) -> Bool {
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
}
