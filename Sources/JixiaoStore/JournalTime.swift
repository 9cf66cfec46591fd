import Foundation

/// Time as the journal records it: ISO 8601, UTC, to the second.
public enum JournalTime {
    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
