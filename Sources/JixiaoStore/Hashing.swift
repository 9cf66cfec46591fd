import Crypto

/// SHA-256 as lowercase hex, the form the journal and exports record.
public enum Hashing {
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        return digest.map { byte in
            let h = String(byte, radix: 16)
            return byte < 16 ? "0" + h : h
        }.joined()
    }

    /// A digest as people see it (`3f2a9c…`): enough to tell two apart at a glance; what
    /// is checked is always the whole digest.
    public static func abbreviated(_ digest: String) -> String { digest.prefix(shownLength) + "…" }

    static let shownLength = 12

    /// The `prev` of the first journal line: there is no line before it.
    public static let genesis = String(repeating: "0", count: 64)
}
