import JixiaoSynthetic

/// The mutation tests' seeded generator: the synthetic documents' SplitMix64, so the same
/// seed makes the same mutations and a failure names what to run again.
public typealias MutationRandom = SplitMix

extension SplitMix {
    /// A number in `0..<n` (`n` > 0).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
