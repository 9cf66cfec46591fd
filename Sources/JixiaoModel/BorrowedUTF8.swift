extension String {
    /// `var copy = self; copy.withUTF8(body)` without the copy: a native String's UTF-8
    /// is read where it lies (a small one from the stack), so the String is not retained
    /// and released for the call. The rules read the bytes of every cell many times, and
    /// the copy's retain and release cost as much as reading a short cell.
    @inlinable @inline(__always)
    public func withBorrowedUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = self
        return try copy.withUTF8(body)
    }
}
