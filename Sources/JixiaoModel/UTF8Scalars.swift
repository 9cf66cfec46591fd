/// Scalar values read straight from well-formed UTF-8 (a String's own bytes), for the byte
/// paths that ask of every cell: cheaper than the standard library's scalar decoding, and
/// written once here rather than at each of them.
public enum UTF8Scalars {
    /// The value of the scalar that begins at `i` in `b`, and how many bytes it takes.
    @inlinable @inline(__always)
    public static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let lead = b[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return (UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F), 4)
    }
}

package extension Array where Element == UInt8 {
    /// `n` in decimal, as `"\(n)"` writes it, without the String: writers append a number
    /// for every finding's line and every count.
    mutating func appendDecimal(_ n: Int) {
        guard n >= 0 else {
            append(contentsOf: String(n).utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var v = n
            var k = 20
            repeat {
                k -= 1
                buffer[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
            } while v > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[k..<20]))
        }
    }
}
