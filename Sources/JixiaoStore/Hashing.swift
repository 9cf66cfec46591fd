import Crypto

/// SHA-256 as lowercase hex, the form the journal and exports record.
public enum Hashing {
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// The digest's 32 bytes as 64 lowercase hex digits, written into one string (a
    /// `String(byte, radix: 16)` per byte joined was 32 small strings for every hash).
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits: StaticString = "0123456789abcdef"
        return digest.withUnsafeBytes { d in
            String(unsafeUninitializedCapacity: 2 * d.count) { out in
                for k in 0..<d.count {
                    out[2 * k] = digits.utf8Start[Int(d[k] >> 4)]
                    out[2 * k + 1] = digits.utf8Start[Int(d[k] & 0xF)]
                }
                return 2 * d.count
            }
        }
    }

    /// A digest as people see it (`3f2a9c…`): enough to tell two apart at a glance; what
    /// is checked is always the whole digest.
    public static func abbreviated(_ digest: String) -> String { digest.prefix(shownLength) + "…" }

    static let shownLength = 12

    /// The `prev` of the first journal line: there is no line before it.
    public static let genesis = String(repeating: "0", count: 64)
}
