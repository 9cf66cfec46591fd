/// The scalars the byte paths are tested over against their String and Character
/// definitions: every one below U+3400 (ASCII, Latin, combining marks, punctuation, CJK
/// symbols) and in the `dense` ranges, and every `step`-th one above, up to U+2FFFF — the
/// ideographs are many and alike, so a sample of them is enough.
public enum ScalarSample {
    public static func forEach(dense: [ClosedRange<UInt32>] = [], step: UInt32 = 7, _ body: (Unicode.Scalar) -> Void) {
        var v: UInt32 = 0
        while v < 0x3_0000 {
            if let s = Unicode.Scalar(v) { body(s) }
            v += v < 0x3400 || dense.contains { $0.contains(v) } ? 1 : step
        }
    }
}
