/// Runs of printable ASCII found eight bytes at a time: the JSON and text writers scan
/// every string they write for what must be escaped, and codes, rule ids, figures and
/// keys are printable ASCII throughout — a byte at a time that was most of the scan.
package enum PlainASCIIRun {
    /// Where the run of bytes 0x20–0x7E starting at `k` ends, to within its last eight
    /// bytes: whole words of eight such bytes are passed over, the first word holding any
    /// other byte (or fewer than eight left) is not. `json`: `"` and `\` end it too.
    @inline(__always)
    package static func skip(_ utf8: UnsafeBufferPointer<UInt8>, from k: Int, json: Bool) -> Int {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return k }
        let n = utf8.count
        var k = k
        let lo: UInt64 = 0x0101_0101_0101_0101
        let hi: UInt64 = 0x8080_8080_8080_8080
        while k &+ 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // A byte below 0x20 (`hasless`), at or above 0x80, or 0x7F (the only byte below
            // 0x80 that adding one lifts to 0x80; no carry crosses a byte below 0x80).
            var stop = ((x &- lo &* 0x20) & ~x) | x | (x &+ lo)
            if json {
                // A zero byte once `"` or `\` is taken away (`haszero`).
                let q = x ^ (lo &* 0x22), b = x ^ (lo &* 0x5C)
                stop |= ((q &- lo) & ~q) | ((b &- lo) & ~b)
            }
            if stop & hi != 0 { return k }
            k &+= 8
        }
        return k
    }

    /// Where the run of bytes JSON writes as they are — all but the C0 controls, `"` and
    /// `\` (DEL and every byte of a multi-byte scalar included) — starting at `k` ends, to
    /// within its last eight bytes, as `skip` finds it: `document.json`'s strings, mostly
    /// ideographs, go eight bytes a step.
    @inline(__always)
    package static func skipUnescaped(_ utf8: UnsafeBufferPointer<UInt8>, from k: Int) -> Int {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return k }
        let n = utf8.count
        var k = k
        let lo: UInt64 = 0x0101_0101_0101_0101
        let hi: UInt64 = 0x8080_8080_8080_8080
        while k &+ 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // `hasless(x, 0x20)` and `haszero` of `x` without `"` or `\`: exact as yes or no
            // whatever the other bytes are (a borrow only follows a byte that is itself found).
            let q = x ^ (lo &* 0x22), b = x ^ (lo &* 0x5C)
            let stop = ((x &- lo &* 0x20) & ~x) | ((q &- lo) & ~q) | ((b &- lo) & ~b)
            if stop & hi != 0 { return k }
            k &+= 8
        }
        return k
    }
}
