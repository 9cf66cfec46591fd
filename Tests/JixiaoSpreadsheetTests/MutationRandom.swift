import JixiaoTestSupport

extension MutationRandom {
    /// `whole` with 1–8 bytes or 16-bit fields overwritten (a field made zero or large: a
    /// length, an offset, a count) — half of them within 1 kB after `near` when given — and,
    /// one time in `cutOneIn`, cut short.
    mutating func mutate(_ whole: [UInt8], near: Int? = nil, cutOneIn: UInt64) -> [UInt8] {
        var bytes = whole
        for _ in 0..<(1 + Int(next() % 8)) {
            var at = Int(next() % UInt64(bytes.count))
            if let near, next() % 2 == 0 { at = min(near + Int(next() % 1024), bytes.count - 1) }
            if next() % 2 == 0 {
                bytes[at] = UInt8(truncatingIfNeeded: next())
            } else if at + 1 < bytes.count {
                let v: UInt16 = next() % 2 == 0 ? 0 : UInt16(truncatingIfNeeded: next()) | 0x8000
                bytes[at] = UInt8(v & 0xFF)
                bytes[at + 1] = UInt8(v >> 8)
            }
        }
        if next() % cutOneIn == 0 { bytes.removeLast(Int(next() % UInt64(bytes.count))) }
        return bytes
    }
}
